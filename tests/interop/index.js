// Entry point for `node --test tests/interop/`: Node 22's test runner treats a directory argument as a
// module path and loads its index.js, so this file pulls in every interop test of the folder.
import "./registry-abi.test.js";
import "./ethr-did-resolver.test.js";
import "./record-anchor.test.js";

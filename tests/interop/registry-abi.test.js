// ABI compatibility: every function and event that the did:ethr tooling knows from uPort's deployed
// ERC-1056 registry (the ABI shipped inside ethr-did-resolver) exists in our artifact with the same
// signature, mutability and event topic. Errors are deliberately not compared (we use custom errors).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Interface } from "ethers";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const artifactPath = path.join(root, "artifacts/contracts/identity/EthereumDIDRegistry.sol/EthereumDIDRegistry.json");

test("EthereumDIDRegistry ABI matches the ERC-1056 ABI used by ethr-did-resolver", async () => {
  const require = createRequire(import.meta.url);
  const resolverConfig = require.resolve("ethr-did-resolver").replace(/index\.js$/, "config/EthereumDIDRegistry.js");
  const reference = require(resolverConfig).EthereumDIDRegistry;
  const ours = new Interface(JSON.parse(await readFile(artifactPath, "utf8")).abi);
  const theirs = new Interface(reference.abi ?? reference);

  const describe = (iface) =>
    iface.fragments
      .filter((f) => f.type === "function" || f.type === "event")
      .map((f) =>
        f.type === "function"
          ? `function ${f.format("sighash")} ${f.stateMutability} returns (${f.outputs.map((o) => o.type).join(",")})`
          : `event ${f.format("sighash")} indexed[${f.inputs.map((i) => i.indexed).join(",")}] ${f.topicHash}`,
      )
      .sort();

  assert.deepEqual(describe(ours), describe(theirs));
  assert.equal(describe(ours).length, 19, "16 functions and 3 events");
});

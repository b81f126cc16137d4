// Interoperability of the service's Merkle trees with @openzeppelin/merkle-tree and RecordAnchor on chain. Run by
// tests/CityToken.Tests/Anchoring/AnchoringTests.cs with one JSON object on stdin:
//   { rpcUrl, contract, hashes: [0x…], records: [{ hash, root, proof }] }
// It prints { root, proofs } for `hashes` as StandardMerkleTree.of(…, ["bytes32"]) builds them (the C# tree must
// match), and for each record what StandardMerkleTree.verify and the contract's verify view say about its proof.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { verifyAnchor } from "../../scripts/verify-anchor.mjs";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { rpcUrl, contract, hashes = [], records = [] } = JSON.parse(input);

const out = { root: null, proofs: {}, records: [] };
if (hashes.length > 0) {
  const tree = StandardMerkleTree.of(hashes.map((h) => [h]), ["bytes32"]);
  out.root = tree.root;
  for (const [i, [h]] of tree.entries()) out.proofs[h.toLowerCase()] = tree.getProof(i);
}
for (const record of records) out.records.push(await verifyAnchor({ ...record, contract, rpcUrl }));
console.log(JSON.stringify(out));

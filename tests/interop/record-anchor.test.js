// Interoperability: trees built by @openzeppelin/merkle-tree (StandardMerkleTree, leaf encoding ["bytes32"]), the
// format the service's C# tree reproduces (same vector in AnchoringTests and RecordAnchor.t.sol), anchored on OUR
// RecordAnchor on Hardhat's in-process chain and checked by scripts/verify-anchor.mjs: the library and the contract's
// verify view accept every record's proof, refuse a record outside the tree, and a root anchors once.
//
// Run after `hardhat compile`: node --test tests/interop/
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import hre from "hardhat";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { id } from "ethers";
import { verifyAnchor } from "../../scripts/verify-anchor.mjs";

describe("RecordAnchor with @openzeppelin/merkle-tree", () => {
  let ethers;
  let anchors;
  let address;

  before(async () => {
    ({ ethers } = await hre.network.connect());
    const [admin] = await ethers.getSigners();
    anchors = await (await ethers.getContractFactory("RecordAnchor")).deploy(admin.address);
    address = await anchors.getAddress();
  });

  test("the library's tree is the vector the C# tree and the Solidity test assert", () => {
    const tree = StandardMerkleTree.of([["0x" + "11".repeat(32)], ["0x" + "22".repeat(32)], ["0x" + "33".repeat(32)]], ["bytes32"]);
    assert.equal(tree.root, "0xa9b9d19e00269b8e357d6b17ae987e7f306e63b8e77615ce706ec522974d2fea");
    assert.deepEqual(tree.getProof(["0x" + "33".repeat(32)]), ["0xcb18cb5843115351c1cf5f505b6c5929e5b4480a0f3666d63f5d885c49f4acad"]);
  });

  for (const size of [1, 2, 3, 5, 8, 13]) {
    test(`a tree of ${size} record(s): every proof holds on chain and in the library, a stranger's does not`, async () => {
      const hashes = Array.from({ length: size }, (_, i) => id(`record ${size}/${i}`));
      const tree = StandardMerkleTree.of(hashes.map((h) => [h]), ["bytes32"]);
      await (await anchors.anchor(tree.root, size)).wait();
      for (const [i, [hash]] of tree.entries()) {
        const result = await verifyAnchor({ hash, root: tree.root, proof: tree.getProof(i), contract: address, provider: ethers.provider });
        assert.equal(result.library, true, `library accepts ${hash}`);
        assert.equal(result.onChain, true, `contract accepts ${hash}`);
        assert.match(result.blockTime, /^\d{4}-\d\d-\d\dT/);
      }
      const stranger = await verifyAnchor({ hash: id("not a record"), root: tree.root, proof: tree.getProof(0), contract: address, provider: ethers.provider });
      assert.equal(stranger.library || stranger.onChain, false);
    });
  }

  test("a root anchors once: the second anchor reverts with RecordAnchorAlreadyAnchored", async () => {
    const tree = StandardMerkleTree.of([[id("once a")], [id("once b")]], ["bytes32"]);
    await (await anchors.anchor(tree.root, 2)).wait();
    assert.equal(await anchors.isAnchored(tree.root), true);
    await assert.rejects(anchors.anchor(tree.root, 2), /RecordAnchorAlreadyAnchored/);
  });
});

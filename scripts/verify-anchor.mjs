#!/usr/bin/env node
// Standalone verifier of an anchored record: needs only an RPC URL and RecordAnchor's address, no trust in the service.
//
//   node scripts/verify-anchor.mjs <file-or-0xhash> <proof.json> [--rpc URL] [--contract 0xADDRESS]
//
// <proof.json> is the answer of GET /api/anchors/{hash} (root, proof, contract). A file is hashed here (SHA-256,
// streamed); a 0x argument is the record hash itself. The proof is checked twice: by @openzeppelin/merkle-tree
// (StandardMerkleTree, leaf encoding ["bytes32"]) against the root, and by the contract's verify(root, hash, proof)
// view, which also requires the root to be anchored and answers its block time. RPC URL: --rpc, else
// CITYTOKEN_RPC_URL, else http://127.0.0.1:8545. Contract: --contract, else the proof file's "contract".
// Exit code 0 when both checks pass, 1 when the record is not proven, 2 on bad usage.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { Contract, JsonRpcProvider } from "ethers";

const ABI = ["function verify(bytes32 root, bytes32 hash, bytes32[] proof) view returns (bool ok, uint64 timestamp)"];
const HASH = /^0x[0-9a-fA-F]{64}$/;

/** SHA-256 of a file, streamed, as 0x hex. */
export async function hashFile(path) {
  const digest = createHash("sha256");
  for await (const chunk of createReadStream(path)) digest.update(chunk);
  return "0x" + digest.digest("hex");
}

/**
 * Checks that `hash` is a record of the tree whose root `root` is anchored on `contract` (reached through `rpcUrl`, or
 * an ethers `provider` the caller keeps). Returns { hash, root, library, onChain, blockTime } (blockTime: ISO 8601, or
 * null when not anchored/proven).
 */
export async function verifyAnchor({ hash, root, proof, contract, rpcUrl, provider: given }) {
  for (const [name, value] of [["hash", hash], ["root", root], ...proof.map((p, i) => [`proof[${i}]`, p])]) {
    if (!HASH.test(value ?? "")) throw new Error(`${name} is not 0x and 64 hex digits: ${value}`);
  }
  const library = StandardMerkleTree.verify(root, ["bytes32"], [hash], proof);
  const provider = given ?? new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  try {
    const [onChain, timestamp] = await new Contract(contract, ABI, provider).verify(root, hash, proof);
    return {
      hash: hash.toLowerCase(),
      root: root.toLowerCase(),
      library,
      onChain,
      blockTime: onChain ? new Date(Number(timestamp) * 1000).toISOString() : null,
    };
  } finally {
    if (!given) provider.destroy();
  }
}

async function main(argv) {
  const positional = [];
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--rpc" || argv[i] === "--contract") options[argv[i].slice(2)] = argv[++i];
    else positional.push(argv[i]);
  }
  if (positional.length !== 2) {
    console.error("usage: node scripts/verify-anchor.mjs <file-or-0xhash> <proof.json> [--rpc URL] [--contract 0xADDRESS]");
    return 2;
  }
  const [subject, proofFile] = positional;
  const answer = JSON.parse(await readFile(proofFile, "utf8"));
  const hash = HASH.test(subject) ? subject : await hashFile(subject);
  if (!answer.root || !Array.isArray(answer.proof)) {
    console.error(`${proofFile} holds no root and proof (status ${answer.status ?? "unknown"}): the record is not in an anchored tree yet.`);
    return 1;
  }
  const contract = options.contract ?? answer.contract;
  if (!contract) {
    console.error("No contract address: pass --contract.");
    return 2;
  }
  const result = await verifyAnchor({
    hash, root: answer.root, proof: answer.proof, contract,
    rpcUrl: options.rpc ?? process.env.CITYTOKEN_RPC_URL ?? "http://127.0.0.1:8545",
  });
  console.log(JSON.stringify(result, null, 2));
  if (result.library && result.onChain) {
    console.error(`OK: ${result.hash} existed unchanged at ${result.blockTime} (root ${result.root}).`);
    return 0;
  }
  console.error(`NOT PROVEN: merkle-tree says ${result.library}, the contract says ${result.onChain}.`);
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
    console.error(error.message);
    process.exit(2);
  });
}

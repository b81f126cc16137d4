// Generates many events across the CityToken contracts on a local node, for `./scripts/bench.sh indexer`.
// Run: CITYTOKEN_CHAIN_PORT=… CITYTOKEN_DEPLOYMENTS_DIR=… hardhat run --no-compile scripts/bench/indexer-events.js --network localhost
// Environment: BENCH_BATCHES (mintBatch transactions, default 250) × BENCH_BATCH_SIZE (recipients, default 200)
// Transfer events, plus credentials, ballots with votes, redemptions and DID attributes from 10 resident accounts.
import { readFile } from "node:fs/promises";
import path from "node:path";
import hre from "hardhat";

const { ethers } = await hre.network.getOrCreate();
const provider = ethers.provider;
const chainId = Number((await provider.getNetwork()).chainId);
const manifest = JSON.parse(await readFile(path.join(process.env.CITYTOKEN_DEPLOYMENTS_DIR ?? "deployments", `${chainId}.json`), "utf8"));
const at = (name) => ethers.getContractAt(name, manifest.contracts[name].address);
const signers = await ethers.getSigners();
const [admin, service] = signers;
const residents = signers.slice(2, 12);
const token = await at("CivicToken");
const credentials = await at("CredentialRegistry");
const ballots = await at("BallotBox");
const catalog = await at("RewardCatalog");
const dids = await at("EthereumDIDRegistry");

const batches = Number(process.env.BENCH_BATCHES ?? 250);
const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 200);
const started = Date.now();
const q = ethers.toQuantity;
// Random recipients (Wallet.createRandom derives a mnemonic: far too slow for 50,000 addresses).
const randomAddress = () => ethers.getAddress(ethers.hexlify(ethers.randomBytes(20)));

// Each transaction is one raw eth_sendTransaction with explicit nonce, gas and fees (no estimation round
// trips); automine mines it on arrival, so sending back to back is the fastest path on a Hardhat node.
const nonces = new Map();
for (const s of [admin, service, ...residents]) nonces.set(s.address, await provider.getTransactionCount(s.address, "pending"));
const send = (signer, contract, fn, args, gas) => () => {
  const nonce = nonces.get(signer.address);
  nonces.set(signer.address, nonce + 1);
  return provider.send("eth_sendTransaction", [{
    from: signer.address, to: contract.target, data: contract.interface.encodeFunctionData(fn, args),
    gas: q(gas), nonce: q(nonce), maxFeePerGas: q(100_000_000_000n), maxPriorityFeePerGas: q(1_000_000_000n),
  }]);
};
async function sendAll(label, makers) {
  const t0 = Date.now();
  let last;
  for (const make of makers) last = await make();
  const receipt = await provider.getTransactionReceipt(last);
  if (receipt.status !== 1) throw new Error(`${label}: transaction ${last} reverted`);
  console.log(`  ${label}: ${makers.length} transactions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// The deployment caps minting per period (1,000,000 tokens); the batches below mint 1,275,000: raise the cap
// to its maximum for the benchmark (admin holds DEFAULT_ADMIN_ROLE on the fresh node).
await sendAll("mint cap", [send(admin, token, "setMintCap", [(1n << 96n) - 1n], 200_000n)]);

// Rewards: residents first (they redeem later), then many new recipients.
await sendAll("reward batches", Array.from({ length: batches }, (_, b) => {
  const recipients = Array.from({ length: batchSize }, (_, i) =>
    b === 0 && i < residents.length ? residents[i].address : randomAddress());
  const amounts = recipients.map((_, i) => ethers.parseEther(String(1 + (i % 50))));
  return send(service, token, "mintBatch", [ethers.id(`bench-batch-${b}`), recipients, amounts], 7_000_000n);
}));

// Credentials: residency for the 10 residents, then 200 more for random subjects.
const now = (await provider.getBlock("latest")).timestamp;
const resident = ethers.id("resident");
await sendAll("credentials", [
  ...residents.map((r, i) => send(service, credentials, "issue", [r.address, resident, ethers.id(`person-${i}`), now + 10_000_000, ethers.id(`data-${i}`), ""], 500_000n)),
  ...Array.from({ length: 200 }, (_, i) =>
    send(service, credentials, "issue", [randomAddress(), resident, ethers.id(`other-${i}`), now + 10_000_000, ethers.id(`d-${i}`), ""], 500_000n)),
]);

// Ballots: 40, each voted by the 10 residents.
const ballotCount = 40;
const first = Number(await ballots.ballotCount()) + 1;
const start = (await provider.getBlock("latest")).timestamp + 60;
await sendAll("ballots", Array.from({ length: ballotCount }, (_, b) =>
  send(admin, ballots, "createBallot", [ethers.id(`ballot-${b}`), "", 3, start, start + 10_000_000, 5, resident], 500_000n)));
await provider.send("evm_increaseTime", [120]);
await provider.send("evm_mine", []);
await sendAll("votes", residents.flatMap((r, i) => Array.from({ length: ballotCount }, (_, b) =>
  send(r, ballots, "castVote", [first + b, r.address, (i + b) % 3], 300_000n))));

// Redemptions: one reward at a merchant, 40 redemptions per resident.
await sendAll("catalog", [send(admin, catalog, "addReward", [ethers.parseEther("0.01"), 1_000_000, randomAddress(), "ipfs://bench"], 500_000n)]);
const rewardId = await catalog.rewardCount();
await sendAll("approvals", residents.map((r) => send(r, token, "approve", [manifest.contracts.RewardCatalog.address, ethers.MaxUint256], 100_000n)));
await sendAll("redemptions", residents.flatMap((r) => Array.from({ length: 40 }, () => send(r, catalog, "redeem", [rewardId, 1], 300_000n))));

// DID attributes: 20 per resident.
await sendAll("DID attributes", residents.flatMap((r) => Array.from({ length: 20 }, (_, k) =>
  send(r, dids, "setAttribute", [r.address, ethers.encodeBytes32String("did/svc/Bench"), ethers.toUtf8Bytes(`https://bench/${k}`), 86400], 200_000n))));

const head = await provider.getBlockNumber();
const logs = await provider.send("eth_getLogs", [{
  fromBlock: q(manifest.deploymentBlock), toBlock: q(head),
  address: Object.values(manifest.contracts).map((c) => c.address),
}]);
console.log(`Generated ${logs.length} events up to block ${head} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

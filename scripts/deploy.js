// One deploy path for start.sh, the test fixtures and production: deploys the CityToken Ignition module
// unless the manifest's contracts already exist on the target chain, then writes
// <deployments dir>/<chainId>.json = { chainId, deploymentBlock, lastBlock, lastBlockHash, contracts, roles,
// credentialIssuer? }.
//
// Ignition's journal is kept per chain (<ignition dir>/deployments/chain-<chainId>): a deploy that stopped half-way
// (a failed step, a killed process, an RPC outage) resumes where it stopped when run again, instead of deploying a
// second set of contracts. A journal whose mined transactions the chain does not hold (another chain with the same
// id: a new local chain, or one restored from an older state file) is moved aside, never deleted, and the deploy
// starts afresh.
//
// Environment: CITYTOKEN_DEPLOYMENTS_DIR (default ./deployments), CITYTOKEN_ADMIN (admin address,
// default: the deploying account), CITYTOKEN_SERVICE_ACCOUNT (the service's signing address; default: the
// node's account #1, which only a local node has), CITYTOKEN_ADMIN_MULTISIG (an address that receives every admin
// role at the end; the deployer then renounces them), CITYTOKEN_FORCE_DEPLOY=1 to deploy even if the manifest is
// valid (a new journal too), CITYTOKEN_CREDENTIAL_ISSUER (the city's DID, the issuer of its verifiable credentials:
// recorded in the manifest as credentialIssuer, also on a reused deployment, so verifiers can read it there).
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { getAddress, isAddress } from "ethers";
import hre from "hardhat";
import AdminHandoverModule from "../ignition/modules/AdminHandover.js";
import CityTokenModule from "../ignition/modules/CityToken.js";

const deploymentsDir = path.resolve(process.env.CITYTOKEN_DEPLOYMENTS_DIR ?? "deployments");
const { ethers, ignition } = await hre.network.getOrCreate();
const provider = ethers.provider;
const chainId = Number((await provider.getNetwork()).chainId);
const manifestPath = path.join(deploymentsDir, `${chainId}.json`);

/** The hash of block `number`, or null when the chain has no such block. */
async function blockHash(number) {
  const block = await provider.send("eth_getBlockByNumber", [`0x${number.toString(16)}`, false]);
  return block?.hash ?? null;
}

/** Returns the manifest if every contract it names has code on this chain and its last block is still there, else null. */
async function liveManifest() {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, "utf8"));
  } catch {
    return null;
  }
  const contracts = Object.values(manifest.contracts ?? {});
  if (contracts.length === 0) return null;
  for (const { address } of contracts) {
    if ((await provider.getCode(address)) === "0x") return null;
  }
  // The deployment's last transaction (a role grant) must still be on the chain: a local chain restored from a state
  // saved in the middle of the deployment has the contracts but not every grant.
  if (manifest.lastBlockHash && (await blockHash(manifest.lastBlock)) !== manifest.lastBlockHash) return null;
  // Every contract of the module must be in the manifest, or the module grew since it was written.
  const expected = Object.values(CityTokenModule.results).map((future) => future.contractName);
  if (!expected.every((name) => manifest.contracts[name])) return null;
  return manifest;
}

/** Ignition's journal of this deployment: one JSON message a line (empty when there is none yet). */
async function readJournal(deploymentDir) {
  let text;
  try {
    text = await readFile(path.join(deploymentDir, "journal.jsonl"), "utf8");
  } catch {
    return [];
  }
  return text.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
}

/** The receipts the journal recorded (every mined transaction of the deployment). */
const receiptsOf = (journal) => journal.filter((m) => m.type === "TRANSACTION_CONFIRM").map((m) => m.receipt);

const credentialIssuer = process.env.CITYTOKEN_CREDENTIAL_ISSUER?.trim() || undefined;
if (credentialIssuer && !/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/.test(credentialIssuer)) {
  throw new Error(`CITYTOKEN_CREDENTIAL_ISSUER is not a DID: ${credentialIssuer}`);
}

/** Writes the manifest to a temporary file, then renames it: a reader never sees half a manifest. */
async function writeManifest(manifest) {
  await mkdir(deploymentsDir, { recursive: true });
  await writeFile(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 2) + "\n");
  await rename(`${manifestPath}.tmp`, manifestPath);
}

const existing = process.env.CITYTOKEN_FORCE_DEPLOY === "1" ? null : await liveManifest();
if (existing) {
  console.log(`Reusing deployment on chain ${chainId} from ${path.relative(process.cwd(), manifestPath)}`);
  if (credentialIssuer && existing.credentialIssuer !== credentialIssuer) {
    await writeManifest({ ...existing, credentialIssuer });
    console.log(`  credential issuer recorded: ${credentialIssuer}`);
  }
  process.exit(0);
}

// The journal's receipts tell whether it belongs to this chain (not the genesis hash: Anvil re-creates its genesis
// block when it loads a state file, so block 0 is not stable across its restarts).
const deploymentId = `chain-${chainId}`;
const deploymentDir = path.join(hre.config.paths.ignition, "deployments", deploymentId);
const journal = await readJournal(deploymentDir);
const forgotten = [];
for (const receipt of receiptsOf(journal)) {
  if ((await blockHash(receipt.blockNumber)) !== receipt.blockHash) forgotten.push(receipt.blockNumber);
}
if (forgotten.length > 0 || (journal.length > 0 && process.env.CITYTOKEN_FORCE_DEPLOY === "1")) {
  const aside = `${deploymentDir}.set-aside-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  await rename(deploymentDir, aside);
  console.log(forgotten.length > 0
    ? `The chain no longer has block(s) ${forgotten.join(", ")} of the journalled deployment; journal moved to ${aside}.`
    : `CITYTOKEN_FORCE_DEPLOY=1: journal moved to ${aside}.`);
} else if (journal.length > 0) {
  console.log(`Resuming the deployment journalled in ${path.relative(process.cwd(), deploymentDir)}`);
}

const [deployer] = await ethers.getSigners();
if (!deployer) {
  throw new Error("No deploying account: a local node's account #0, or the network's keystore key (see README, \"Deploying to a public or consortium chain\").");
}
await trackUnrecordedSends(forgotten.length > 0 ? [] : journal);

/**
 * A deploy killed between preparing a transaction and journalling its hash leaves Ignition unable to resume
 * (HHE10410: "use a block explorer to find the hash… ignition track-tx"). Does that here: when the deployer's nonce
 * shows the transaction was mined, finds it in the blocks after the journal's last receipt and hands it to track-tx.
 */
async function trackUnrecordedSends(messages) {
  const sent = new Set(messages.filter((m) => m.type === "TRANSACTION_SEND").map((m) => `${m.futureId}/${m.networkInteractionId}`));
  const unrecorded = messages.filter((m) => m.type === "TRANSACTION_PREPARE_SEND" && !sent.has(`${m.futureId}/${m.networkInteractionId}`));
  for (const { futureId, nonce } of unrecorded) {
    // Still in the node's pool: wait (up to two minutes) until it is mined.
    for (let i = 0; i < 120 && (await provider.getTransactionCount(deployer.address, "pending")) > nonce
      && (await provider.getTransactionCount(deployer.address, "latest")) <= nonce; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    if ((await provider.getTransactionCount(deployer.address, "latest")) <= nonce) continue; // never sent: Ignition sends it
    const from = Math.max(0, ...receiptsOf(messages).map((r) => r.blockNumber));
    const head = await provider.getBlockNumber();
    let txHash;
    for (let number = from; number <= head && !txHash; number++) {
      const block = await provider.send("eth_getBlockByNumber", [`0x${number.toString(16)}`, true]);
      txHash = block?.transactions.find((tx) => getAddress(tx.from) === deployer.address && Number(tx.nonce) === nonce)?.hash;
    }
    if (!txHash) throw new Error(`${futureId}: the deployer's transaction with nonce ${nonce} was mined, but not in blocks ${from}–${head}.`);
    console.log(`${futureId}: the interrupted deploy had sent ${txHash} (nonce ${nonce}); adding it to the journal`);
    await hre.tasks.getTask(["ignition", "track-tx"]).run({ txHash, deploymentId });
  }
}
const multisig = process.env.CITYTOKEN_ADMIN_MULTISIG;
const admin = process.env.CITYTOKEN_ADMIN ?? deployer.address;
const service = process.env.CITYTOKEN_SERVICE_ACCOUNT ?? (await provider.send("eth_accounts", []))[1];
for (const [name, value] of Object.entries({ CITYTOKEN_ADMIN: admin, CITYTOKEN_SERVICE_ACCOUNT: service, CITYTOKEN_ADMIN_MULTISIG: multisig })) {
  if (value !== undefined && !isAddress(value)) throw new Error(`${name} must be a 0x address (got "${value}").`);
}
if (!service) {
  throw new Error("Set CITYTOKEN_SERVICE_ACCOUNT to the service's signing address: this node has no account #1 to default to.");
}
if (multisig) {
  // The hand-over is sent by the deployer, so the deployer must hold the roles; and renouncing them must not take
  // the service's roles (the catalog's relayer role is one of each).
  if (getAddress(admin) !== deployer.address) throw new Error("CITYTOKEN_ADMIN_MULTISIG: leave CITYTOKEN_ADMIN unset (the deployer holds the roles until the hand-over).");
  if (getAddress(service) === deployer.address) throw new Error("CITYTOKEN_ADMIN_MULTISIG: the service account must not be the deployer, which gives its roles up.");
  if (getAddress(multisig) === deployer.address) throw new Error("CITYTOKEN_ADMIN_MULTISIG must differ from the deployer.");
}

const parameters = { CityToken: { admin, service }, ...(multisig ? { AdminHandover: { multisig } } : {}) };
const deployed = await ignition.deploy(multisig ? AdminHandoverModule : CityTokenModule, { parameters, deploymentId });

// The deployment's first and last blocks come from the receipts Ignition journalled, not from a search of the chain
// (eth_getCode at past blocks needs an archive node).
const receipts = receiptsOf(await readJournal(deploymentDir));
if (receipts.length === 0) throw new Error(`Ignition's journal in ${deploymentDir} holds no receipts.`);
const first = receipts.reduce((a, b) => (b.blockNumber < a.blockNumber ? b : a));
const last = receipts.reduce((a, b) => (b.blockNumber > a.blockNumber ? b : a));
const contracts = {};
for (const [key, contract] of Object.entries(deployed)) {
  contracts[CityTokenModule.results[key].contractName] = { address: await contract.getAddress() };
}

const roles = { admin: getAddress(multisig ?? admin), service: getAddress(service) };
const manifest = {
  chainId,
  deploymentBlock: first.blockNumber,
  lastBlock: last.blockNumber,
  lastBlockHash: last.blockHash,
  contracts,
  roles,
  ...(credentialIssuer ? { credentialIssuer } : {}),
};
await writeManifest(manifest);
console.log(`Deployed to chain ${chainId} at block ${first.blockNumber}: ${path.relative(process.cwd(), manifestPath)}`);
for (const [name, { address }] of Object.entries(contracts)) console.log(`  ${name} ${address}`);
if (multisig) console.log(`  admin roles handed to ${roles.admin}; the deployer ${deployer.address} renounced them`);

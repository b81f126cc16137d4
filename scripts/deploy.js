// One deploy path for start.sh, the test fixtures and production: deploys the CityToken Ignition module
// unless the manifest's contracts already exist on the target chain, then writes
// <deployments dir>/<chainId>.json = { chainId, deploymentBlock, contracts: { Name: { address } } }.
//
// Environment: CITYTOKEN_DEPLOYMENTS_DIR (default ./deployments), CITYTOKEN_ADMIN (admin address,
// default: the node's account #0), CITYTOKEN_SERVICE_ACCOUNT (the service's signing address; default: the
// node's account #1), CITYTOKEN_FORCE_DEPLOY=1 to deploy even if the manifest is valid.
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getAddress } from "ethers";
import hre from "hardhat";
import CityTokenModule from "../ignition/modules/CityToken.js";

const deploymentsDir = path.resolve(process.env.CITYTOKEN_DEPLOYMENTS_DIR ?? "deployments");
const { ethers, ignition } = await hre.network.getOrCreate();
const provider = ethers.provider;
const chainId = Number((await provider.getNetwork()).chainId);
const manifestPath = path.join(deploymentsDir, `${chainId}.json`);

/** Returns the manifest if every contract it names has code on this chain, else null. */
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
  // Every contract of the module must be in the manifest, or the module grew since it was written.
  const expected = Object.values(CityTokenModule.results).map((future) => future.contractName);
  if (!expected.every((name) => manifest.contracts[name])) return null;
  return manifest;
}

/** First block at which `address` has code (binary search; works on any JSON-RPC chain). */
async function codeSinceBlock(address, head) {
  let low = 0;
  let high = head;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if ((await provider.getCode(address, mid)) === "0x") low = mid + 1;
    else high = mid;
  }
  return low;
}

const existing = process.env.CITYTOKEN_FORCE_DEPLOY === "1" ? null : await liveManifest();
if (existing) {
  console.log(`Reusing deployment on chain ${chainId} from ${path.relative(process.cwd(), manifestPath)}`);
  process.exit(0);
}

// A journal of an earlier chain (a restarted local node) would make Ignition resume a deployment that
// no longer exists: start that chain's journal afresh.
const ignitionDir = path.join(hre.config.paths.ignition, "deployments", `chain-${chainId}`);
await rm(ignitionDir, { recursive: true, force: true });

const accounts = await provider.send("eth_accounts", []);
const admin = process.env.CITYTOKEN_ADMIN ?? accounts[0];
const service = process.env.CITYTOKEN_SERVICE_ACCOUNT ?? accounts[1];
if (!admin || !service) {
  throw new Error("Set CITYTOKEN_ADMIN and CITYTOKEN_SERVICE_ACCOUNT: this node has no unlocked accounts to default to.");
}
const deployed = await ignition.deploy(CityTokenModule, {
  parameters: { CityToken: { admin, service } },
  deploymentId: `chain-${chainId}`,
});

const head = await provider.getBlockNumber();
const contracts = {};
let deploymentBlock = head;
for (const [key, contract] of Object.entries(deployed)) {
  const address = await contract.getAddress();
  contracts[CityTokenModule.results[key].contractName] = { address };
  deploymentBlock = Math.min(deploymentBlock, await codeSinceBlock(address, head));
}

const roles = { admin: getAddress(admin), service: getAddress(service) };
const manifest = { chainId, deploymentBlock, contracts, roles };
await mkdir(deploymentsDir, { recursive: true });
// Write then rename, so a reader never sees half a manifest.
await writeFile(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 2) + "\n");
await rename(`${manifestPath}.tmp`, manifestPath);
console.log(`Deployed to chain ${chainId} at block ${deploymentBlock}: ${path.relative(process.cwd(), manifestPath)}`);
for (const [name, { address }] of Object.entries(contracts)) console.log(`  ${name} ${address}`);

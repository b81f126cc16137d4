// Gas benchmark for CivicToken minting and RewardCatalog redemption, on Hardhat's in-process chain
// (rerunnable: `hardhat run scripts/bench-token.js`). Prints receipt gasUsed for mintBatch with 100 existing
// holders and with 100 new holders (total and per recipient, including the 21,000 base and calldata) beside
// the EVM floor for the same calldata, single mints, and redemptions.
import hre from "hardhat";

const { ethers } = await hre.network.getOrCreate();
const [admin] = await ethers.getSigners();
const token = await ethers.deployContract("CivicToken", ["CityToken", "CITY", admin.address]);
await token.waitForDeployment();

const N = 100;
const wallets = Array.from({ length: N }, () => ethers.Wallet.createRandom().address);
// Realistic reward amounts: 1.5 .. 100.5 tokens.
const amounts = wallets.map((_, i) => ethers.parseEther(String(i + 1)) + ethers.parseEther("0.5"));
const gasOf = async (txPromise) => Number((await (await txPromise).wait()).gasUsed);
// Steady state: the first mint ever also creates the period counter's storage slot; pay that up front.
await gasOf(token.mint(admin.address, 1n));

// The EVM floor of a batch: 21,000 base + calldata + per reward one balance write (cold) and one Transfer log.
const data = token.interface.encodeFunctionData("mintBatch", [ethers.id("batch-x"), wallets, amounts]);
const calldataGas = [...ethers.getBytes(data)].reduce((gas, byte) => gas + (byte === 0 ? 4 : 16), 0);
const transferLog = 375 + 3 * 375 + 8 * 32;
const floor = (write) => Math.round((21000 + calldataGas) / N + 2100 + write + transferLog);
console.log(`calldata ${calldataGas} gas (${Math.round(calldataGas / N)} per reward)`);
console.log(`floor per reward: existing holder ${floor(2900)}, new holder ${floor(20000)}`);

// Batch ids: the service numbers its batches (id = bytes32(sequence)); 256 consecutive ids share one bitmap
// slot, so only the first batch of each 256 pays for a new slot. Batch 1 opens the slot here.
const id = (n) => ethers.zeroPadValue(ethers.toBeHex(n), 32);
await gasOf(token.mintBatch(id(1), [admin.address], [1n]));
const newHolders = await gasOf(token.mintBatch(id(2), wallets, amounts));
const existingHolders = await gasOf(token.mintBatch(id(3), wallets, amounts));
const wallets2 = Array.from({ length: N }, () => ethers.Wallet.createRandom().address);
const newHoldersRandomId = await gasOf(token.mintBatch(ethers.id("a random batch id"), wallets2, amounts));
const existingRandomId = await gasOf(token.mintBatch(ethers.id("another random id"), wallets2, amounts));
// The first mint of a mint period also reads the cap and period (one more cold slot): a day's first batch.
await ethers.provider.send("evm_increaseTime", [86400]);
const existingNewPeriod = await gasOf(token.mintBatch(id(5), wallets, amounts));
const singleNew = await gasOf(token.mint(ethers.Wallet.createRandom().address, ethers.parseEther("5")));
const singleExisting = await gasOf(token.mint(wallets[0], ethers.parseEther("5")));

const row = (label, gas, n, floorPerReward) => console.log(`${label.padEnd(42)} ${String(gas).padStart(9)}  per reward ` +
  `${String(Math.round(gas / n)).padStart(6)}` + (floorPerReward ? `  (floor ${floorPerReward}, +${Math.round(gas / n) - floorPerReward})` : ""));
row(`mintBatch ${N} new holders`, newHolders, N, floor(20000));
row(`mintBatch ${N} existing holders`, existingHolders, N, floor(2900));
row(`mintBatch ${N} new, random batch id`, newHoldersRandomId, N, floor(20000));
row(`mintBatch ${N} existing, random batch id`, existingRandomId, N, floor(2900));
row(`mintBatch ${N} existing, first of a period`, existingNewPeriod, N, floor(2900));
row("mint (single, new holder)", singleNew, 1);
row("mint (single, existing holder)", singleExisting, 1);
const one = await gasOf(token.mintBatch(id(6), [wallets[1]], [amounts[1]]));
row("mintBatch 1 existing holder", one, 1);
console.log(`marginal gas per extra existing holder: ${Math.round((existingHolders - one) / (N - 1))}`);

// RewardCatalog redemptions (Open policy; the first redemption of the catalog is a warm-up).
const catalog = await ethers.deployContract("RewardCatalog", [await token.getAddress(), admin.address]);
await catalog.waitForDeployment();
const merchant = ethers.Wallet.createRandom().address;
await gasOf(catalog.addReward(ethers.parseEther("3"), 1000n, ethers.ZeroAddress, "ipfs://burn"));
await gasOf(catalog.addReward(ethers.parseEther("3"), 1000n, merchant, "ipfs://shop"));
await gasOf(token.mint(admin.address, ethers.parseEther("100")));
await gasOf(token.approve(await catalog.getAddress(), ethers.MaxUint256));
await gasOf(catalog.redeem(1n, 1n)); // warm-up: first redemption creates the counter slot
row("redeem (burn, allowance)", await gasOf(catalog.redeem(1n, 1n)), 1);
row("redeem (pay merchant, allowance)", await gasOf(catalog.redeem(2n, 1n)), 1);
const resident = ethers.Wallet.createRandom().connect(ethers.provider);
await gasOf(token.mint(resident.address, ethers.parseEther("10")));
const deadline = BigInt((await ethers.provider.getBlock("latest")).timestamp + 3600); // chain time (advanced above)
const { chainId } = await ethers.provider.getNetwork();
const domain = { name: "CityToken", version: "1", chainId, verifyingContract: await token.getAddress() };
const types = { Permit: [
  { name: "owner", type: "address" }, { name: "spender", type: "address" }, { name: "value", type: "uint256" },
  { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint256" }] };
const value = ethers.parseEther("3");
const signature = ethers.Signature.from(await resident.signTypedData(domain, types,
  { owner: resident.address, spender: await catalog.getAddress(), value, nonce: 0n, deadline }));
row("redeemWithPermit (burn, relayed)", await gasOf(catalog.redeemWithPermit(resident.address, 1n, 1n, deadline,
  signature.v, signature.r, signature.s)), 1);

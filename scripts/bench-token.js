// Gas benchmark for CivicToken minting (rerunnable: `hardhat run scripts/bench-token.js`).
// Prints receipt gasUsed for mintBatch with 100 existing holders and with 100 new holders (total and
// per recipient, including the 21,000 base and calldata), and for single mints.
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

const newHolders = await gasOf(token.mintBatch(ethers.id("batch-new"), wallets, amounts));
const existingHolders = await gasOf(token.mintBatch(ethers.id("batch-existing"), wallets, amounts));
const singleNew = await gasOf(token.mint(ethers.Wallet.createRandom().address, ethers.parseEther("5")));
const singleExisting = await gasOf(token.mint(wallets[0], ethers.parseEther("5")));

const row = (label, gas, n) => console.log(`${label.padEnd(36)} ${String(gas).padStart(9)}  per reward ${Math.round(gas / n)}`);
row(`mintBatch ${N} new holders`, newHolders, N);
row(`mintBatch ${N} existing holders`, existingHolders, N);
row("mint (single, new holder)", singleNew, 1);
row("mint (single, existing holder)", singleExisting, 1);
const one = await gasOf(token.mintBatch(ethers.id("batch-one"), [wallets[1]], [amounts[1]]));
row("mintBatch 1 existing holder", one, 1);
console.log(`marginal gas per extra existing holder: ${Math.round((existingHolders - one) / (N - 1))}`);

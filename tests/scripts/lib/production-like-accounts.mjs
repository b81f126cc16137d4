// Accounts of tests/scripts/production-like.test.sh, made the way an operator would: fresh keys, the service's in an
// encrypted keystore file (Web3 Secret Storage), and ETH sent to them by a signed transfer from a treasury. The
// treasury stands for the operator's funded wallet; the chain has no unlocked accounts, so the test node's
// anvil_setBalance gives the treasury its ETH (a faucet). Prints shell assignments: DEPLOYER_KEY, DEPLOYER, SERVICE,
// MULTISIG.
//
//   node production-like-accounts.mjs <rpc url> <service keystore file> <keystore password>
import { writeFile } from "node:fs/promises";
import { JsonRpcProvider, Wallet, parseEther, toQuantity } from "ethers";

const [rpcUrl, keystoreFile, password] = process.argv.slice(2);
const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
const deployer = Wallet.createRandom();
const service = Wallet.createRandom();
const multisig = Wallet.createRandom();
const treasury = Wallet.createRandom().connect(provider);

await writeFile(keystoreFile, await service.encrypt(password), { mode: 0o600 });
await provider.send("anvil_setBalance", [treasury.address, toQuantity(parseEther("100"))]);
// Nonces given, not asked: on a chain with interval mining the node's pending count can lag a just-mined transfer.
for (const [nonce, to] of [deployer.address, service.address].entries()) {
  const sent = await treasury.sendTransaction({ to, value: parseEther("10"), nonce });
  await sent.wait();
}
console.log(`DEPLOYER_KEY=${deployer.privateKey}`);
console.log(`DEPLOYER=${deployer.address}`);
console.log(`SERVICE=${service.address}`);
console.log(`MULTISIG=${multisig.address}`);
provider.destroy();

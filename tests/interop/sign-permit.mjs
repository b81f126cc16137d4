// Signs EIP-712 typed data (an ERC-2612 permit, or RewardCatalog's Redemption choice) with ethers v6 (npm), as a
// wallet would, for the .NET redemption interop tests.
//
//   node tests/interop/sign-permit.mjs <hardhatAccountIndex> [--chain-id N] [--verifying-contract 0x…] [--deadline N] < typed-data.json
//     reads { domain, types, primaryType, message } (the service's GET /api/redemptions/permit-typed-data or
//     …/redemption-typed-data answer)
//     on stdin and prints { address, signature }. The options alter the typed data before signing (negative tests).
//   node tests/interop/sign-permit.mjs <hardhatAccountIndex> --address
//     prints { address } only.
//
// The key is Hardhat's account <index> from the public test mnemonic (m/44'/60'/0'/0/<index>), never a real key.
import { HDNodeWallet, Mnemonic } from "ethers";

const [indexArg, ...options] = process.argv.slice(2);
const mnemonic = Mnemonic.fromPhrase("test test test test test test test test test test test junk");
const wallet = HDNodeWallet.fromMnemonic(mnemonic, `m/44'/60'/0'/0/${Number(indexArg)}`);

if (options.includes("--address")) {
  console.log(JSON.stringify({ address: wallet.address }));
  process.exit(0);
}

let input = "";
for await (const chunk of process.stdin) input += chunk;
const typed = JSON.parse(input);
const domain = { ...typed.domain };
const message = { ...typed.message };
for (let i = 0; i < options.length; i += 2) {
  const [name, value] = [options[i], options[i + 1]];
  if (name === "--chain-id") domain.chainId = Number(value);
  else if (name === "--verifying-contract") domain.verifyingContract = value;
  else if (name === "--deadline") message.deadline = Number(value);
  else throw new Error(`unknown option ${name}`);
}
// ethers derives the domain type itself and refuses an EIP712Domain entry among the types (eth_signTypedData_v4 wants it).
const { EIP712Domain: _domainType, ...types } = typed.types;
const signature = await wallet.signTypedData(domain, types, message);
console.log(JSON.stringify({ address: wallet.address, signature }));

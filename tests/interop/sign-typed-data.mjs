// Signs EIP-712 typed data with ethers v6, as a wallet would for eth_signTypedData_v4: a real client nobody here wrote.
// Reads {"privateKey": "0x…", "typedData": {domain, types, primaryType, message}} on stdin, prints the signature.
// ethers takes `types` without EIP712Domain (it derives the domain type from `domain`).
import { Wallet } from "ethers";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { privateKey, typedData } = JSON.parse(input);
const { EIP712Domain, ...types } = typedData.types;
const signature = await new Wallet(privateKey).signTypedData(typedData.domain, types, typedData.message);
process.stdout.write(signature);

// The JavaScript side of the Verifiable Credentials interop tests: did-jwt-vc and did-jwt (uPort's successors) with
// ethr-did-resolver pointed at a chain's EthereumDIDRegistry, and an ethers wallet as the holder. No code of ours.
//
//   node tests/interop/verifiable-credentials.mjs verify <rpcUrl> <registry> <vc-jwt>
//     verifyCredential → { verified: true, payload, issuer, signer } or { verified: false, error }.
//   node tests/interop/verifiable-credentials.mjs status <rpcUrl> <registry> <status-list-jwt> <index>
//     verifies the BitstringStatusListCredential, gunzips its encodedList → { verified, type, bits, set }.
//   node tests/interop/verifiable-credentials.mjs present <privateKey> <network> <challenge> <domain> <vc-jwt>...
//     createVerifiablePresentationJwt by did:ethr:<network>:<wallet address>, ES256K → { holder, jwt }.
import { gunzipSync } from "node:zlib";
import { Resolver } from "did-resolver";
import { getResolver } from "ethr-did-resolver";
import { ES256KSigner, hexToBytes } from "did-jwt";
import { createVerifiablePresentationJwt, verifyCredential } from "did-jwt-vc";
import { JsonRpcProvider, Wallet } from "ethers";

async function resolverFor(rpcUrl, registry) {
  const probe = new JsonRpcProvider(rpcUrl);
  const chainId = (await probe.getNetwork()).chainId;
  probe.destroy();
  const provider = new JsonRpcProvider(rpcUrl, chainId, { staticNetwork: true });
  const resolver = new Resolver(getResolver({ networks: [{ name: "mainnet", chainId, provider, registry }] }), { cache: false });
  return { resolver, provider };
}

async function verify(rpcUrl, registry, jwt) {
  const { resolver, provider } = await resolverFor(rpcUrl, registry);
  try {
    const verified = await verifyCredential(jwt, resolver);
    return { verified: true, payload: verified.payload, issuer: verified.issuer, signer: verified.signer };
  } catch (error) {
    return { verified: false, error: String(error && error.message) };
  } finally {
    provider.destroy();
  }
}

async function status(rpcUrl, registry, jwt, index) {
  const result = await verify(rpcUrl, registry, jwt);
  if (!result.verified) return result;
  const subject = result.payload.vc.credentialSubject;
  const encoded = subject.encodedList;
  if (!encoded.startsWith("u")) throw new Error("encodedList is not multibase base64url");
  const bits = gunzipSync(Buffer.from(encoded.slice(1), "base64url"));
  const set = (bits[Math.floor(index / 8)] & (0x80 >> index % 8)) !== 0;
  return { verified: true, type: result.payload.vc.type, statusPurpose: subject.statusPurpose, bits: bits.length * 8, set };
}

async function present(privateKey, network, challenge, domain, credentials) {
  const wallet = new Wallet(privateKey);
  const holder = `did:ethr:${network}:${wallet.address}`;
  const signer = ES256KSigner(hexToBytes(privateKey.replace(/^0x/, "")));
  const jwt = await createVerifiablePresentationJwt(
    { vp: { "@context": ["https://www.w3.org/2018/credentials/v1"], type: ["VerifiablePresentation"], verifiableCredential: credentials } },
    { did: holder, signer, alg: "ES256K" },
    { challenge, domain },
  );
  return { holder, jwt };
}

const [command, ...args] = process.argv.slice(2);
let output;
switch (command) {
  case "verify":
    output = await verify(args[0], args[1], args[2]);
    break;
  case "status":
    output = await status(args[0], args[1], args[2], Number(args[3]));
    break;
  case "present":
    output = await present(args[0], args[1], args[2], args[3], args.slice(4));
    break;
  default:
    console.error("usage: verifiable-credentials.mjs verify|status|present …");
    process.exit(2);
}
console.log(JSON.stringify(output));

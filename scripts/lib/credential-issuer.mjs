// Prints the city's DID as the service derives it when Credentials:IssuerKey is not set (CityIssuer): the issuer key
// is HMAC-SHA256 of the label "citytoken:vc-issuer-key:v1" under the person-key secret, and the DID names that key's
// address on the chain answering at the given URL. start.sh records it in the deployment manifest (credentialIssuer);
// tests/scripts/start-script.test.sh checks it against the issuer of a credential the service signed.
//   node scripts/lib/credential-issuer.mjs <person-key secret> <rpc url>
import { computeHmac, JsonRpcProvider, toUtf8Bytes, Wallet } from "ethers";

const [secret, rpcUrl] = process.argv.slice(2);
if (!secret || !rpcUrl) throw new Error("usage: credential-issuer.mjs <person-key secret> <rpc url>");
const key = computeHmac("sha256", toUtf8Bytes(secret), toUtf8Bytes("citytoken:vc-issuer-key:v1"));
const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
const { chainId } = await provider.getNetwork();
provider.destroy();
console.log(`did:ethr:0x${chainId.toString(16)}:${new Wallet(key).address}`);

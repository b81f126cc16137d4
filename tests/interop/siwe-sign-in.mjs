// Signs in to a RUNNING CityToken service with Sign-In with Ethereum the way a dApp does it: the message is
// built by the `siwe` npm package (Spruce's reference implementation of EIP-4361) and signed by an ethers v6
// Wallet holding Hardhat account #2 (public test mnemonic), i.e. with code nobody on this project wrote.
// The .NET test SiweInteropTests starts the service on a loopback port and runs this script against it.
//
//   node tests/interop/siwe-sign-in.mjs <serviceBaseUrl>
//     prints a JSON object: one entry per scenario with the HTTP status, content type, problem title and
//     code, whether a session cookie was set, and for the sign-ins that succeed what /api/auth/me answered.
import { SiweMessage } from "siwe";
import { Wallet } from "ethers";

const HARDHAT_ACCOUNT_2 = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
const COOKIE = "citytoken.resident";

const base = process.argv[2];
if (!base) {
  console.error("usage: node tests/interop/siwe-sign-in.mjs <serviceBaseUrl>");
  process.exit(2);
}
const wallet = new Wallet(HARDHAT_ACCOUNT_2);

async function nonce() {
  const response = await fetch(`${base}/api/auth/siwe/nonce`);
  if (!response.ok) throw new Error(`nonce: ${response.status} ${await response.text()}`);
  return response.json(); // { nonce, expiresAt, domain, uri, chainId }
}

/** Builds the message with `siwe` from the service's nonce answer, changed by `overrides`, and signs it. */
async function signed(overrides = {}) {
  const n = await nonce();
  const now = Date.now();
  const message = new SiweMessage({
    domain: n.domain,
    address: wallet.address,
    statement: "Sign in to CityToken.",
    uri: n.uri,
    version: "1",
    chainId: n.chainId,
    nonce: n.nonce,
    issuedAt: new Date(now).toISOString(),
    expirationTime: new Date(now + 10 * 60_000).toISOString(),
    ...overrides,
  }).prepareMessage();
  return { message, signature: await wallet.signMessage(message) };
}

async function verify({ message, signature }) {
  const response = await fetch(`${base}/api/auth/siwe/verify`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message, signature }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith(`${COOKIE}=`));
  const body = await response.json().catch(() => null);
  const result = {
    status: response.status,
    contentType: response.headers.get("content-type"),
    title: body?.title ?? null,
    code: body?.code ?? null,
    cookie: cookie !== undefined,
  };
  if (cookie) {
    const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
    result.me = { status: me.status, ...(await me.json()) };
  }
  return result;
}

const results = { address: wallet.address };
const first = await signed();
results.signIn = await verify(first);
results.reusedNonce = await verify(first);
results.withoutStatement = await verify(await signed({ statement: undefined }));
results.otherChain = await verify(await signed({ chainId: 1 }));
results.expired = await verify(
  await signed({
    issuedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
    expirationTime: new Date(Date.now() - 60_000).toISOString(),
  }),
);
results.wrongDomain = await verify(await signed({ domain: "citytoken-login.example.org" }));
console.log(JSON.stringify(results, null, 2));

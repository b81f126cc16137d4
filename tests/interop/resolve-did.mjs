// Resolves did:ethr DIDs with ethr-did-resolver (the reference did:ethr resolver, from npm) against a registry on
// a JSON-RPC node, for the .NET tests and the benchmark that compare the service's DID resolution with it.
//
//   node tests/interop/resolve-did.mjs <rpcUrl> <registryAddress> <did-url>...
//     prints a JSON array of DID resolution results, one per DID URL (e.g. did:ethr:0x7a69:0x…?versionId=12).
//   node tests/interop/resolve-did.mjs --bench <iterations> <rpcUrl> <registryAddress> <did-url>
//     resolves once to warm up, then <iterations> times in sequence; prints { iterations, totalMs, meanMs }.
//
//   --now <unixSeconds> (first argument) pins the resolver's clock, which it compares delegate and attribute
//   validity with when resolving the latest version, so a test can give both resolvers the same "now".
//
// The chain's network is configured both as "mainnet" (DIDs without a network part) and as its hex chain id.
import { Resolver } from "did-resolver";
import { getResolver } from "ethr-did-resolver";
import { JsonRpcProvider } from "ethers";

let args = process.argv.slice(2);
if (args[0] === "--now") {
  const pinned = Number(args[1]) * 1000;
  args = args.slice(2);
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...a) {
      if (a.length === 0) super(pinned);
      else super(...a);
    }
    static now() {
      return pinned;
    }
  };
}
const bench = args[0] === "--bench";
const iterations = bench ? Number(args[1]) : 0;
const [rpcUrl, registry, ...dids] = bench ? args.slice(2) : args;
if (!rpcUrl || !registry || dids.length === 0 || (bench && !(iterations > 0))) {
  console.error("usage: resolve-did.mjs [--bench <iterations>] <rpcUrl> <registry> <did-url>...");
  process.exit(2);
}

const probe = new JsonRpcProvider(rpcUrl);
const chainId = (await probe.getNetwork()).chainId;
probe.destroy();
const provider = new JsonRpcProvider(rpcUrl, chainId, { staticNetwork: true });
const resolver = new Resolver(getResolver({ networks: [{ name: "mainnet", chainId, provider, registry }] }), {
  cache: false,
});

if (bench) {
  const did = dids[0];
  const first = await resolver.resolve(did);
  if (first.didResolutionMetadata.error) throw new Error(JSON.stringify(first.didResolutionMetadata));
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    await resolver.resolve(did);
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ iterations, totalMs, meanMs: totalMs / iterations }));
} else {
  const results = [];
  for (const did of dids) {
    results.push(await resolver.resolve(did));
  }
  console.log(JSON.stringify(results));
}
provider.destroy();

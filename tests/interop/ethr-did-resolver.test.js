// Interoperability: the did:ethr tooling (ethr-did-resolver, from npm) resolves DIDs against OUR
// EthereumDIDRegistry, deployed on a throwaway `hardhat node`, exactly as it does against uPort's registry.
//
// Run after `hardhat compile`, with node_modules/.bin first on PATH (Node 22):
//   export PATH="$PWD/node_modules/.bin:$PATH"; hardhat compile; node --test tests/interop/
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import path from "node:path";
import {
  ContractFactory,
  JsonRpcProvider,
  NonceManager,
  SigningKey,
  Wallet,
  encodeBytes32String,
  hexlify,
  parseEther,
  solidityPackedKeccak256,
  toUtf8Bytes,
} from "ethers";
import { Resolver } from "did-resolver";
import { getResolver } from "ethr-did-resolver";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const artifactPath = path.join(
  root,
  "artifacts/contracts/identity/EthereumDIDRegistry.sol/EthereumDIDRegistry.json",
);
const CHAIN_ID = 31337;
const DAY = 86_400;

/** Asks the OS for a free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls eth_chainId until the node answers (or the deadline passes). */
async function waitForRpc(url, child, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hardhat node exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      });
      if (res.ok) {
        const body = await res.json();
        if (body.result) return BigInt(body.result);
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`hardhat node did not answer on ${url} within ${timeoutMs} ms`);
}

/** The ERC-1056 signed-message digest, built the way ethr-did builds it (raw digest, no EIP-191 prefix). */
function erc1056Digest(registry, ownerNonce, identity, fn, types, values) {
  return solidityPackedKeccak256(
    ["bytes1", "bytes1", "address", "uint256", "address", "string", ...types],
    ["0x19", "0x00", registry, ownerNonce, identity, fn, ...values],
  );
}

describe("ethr-did-resolver against our EthereumDIDRegistry on hardhat node", () => {
  let node;
  let nodeOutput = "";
  let provider;
  let rpcUrl;
  let registry;
  let registryAddress;
  let resolver;

  // The DID's own key (never pays gas), its next owner (signs relayed changes), and a funded relayer.
  const identityKey = Wallet.createRandom();
  const ownerKey = Wallet.createRandom();
  const veriKeyDelegate = Wallet.createRandom().address;
  const sigAuthDelegate = Wallet.createRandom().address;
  const publicKeyAttr = new SigningKey(Wallet.createRandom().privateKey).compressedPublicKey;
  const serviceEndpoint = "https://portal.citytoken.example/did-comm";

  before(async () => {
    await readFile(artifactPath).catch(() => {
      throw new Error(`missing ${artifactPath}: run \`hardhat compile\` first`);
    });
    const port = await freePort();
    rpcUrl = `http://127.0.0.1:${port}`;
    node = spawn(path.join(root, "node_modules/.bin/hardhat"), ["node", "--hostname", "127.0.0.1", "--port", String(port)], {
      cwd: root,
      env: { ...process.env, PATH: `${path.join(root, "node_modules/.bin")}${path.delimiter}${process.env.PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so `after` can stop the node and anything it started
    });
    node.stdout.on("data", (d) => (nodeOutput = (nodeOutput + d).slice(-4000)));
    node.stderr.on("data", (d) => (nodeOutput = (nodeOutput + d).slice(-4000)));
    try {
      assert.equal(await waitForRpc(rpcUrl, node), BigInt(CHAIN_ID));
    } catch (e) {
      throw new Error(`${e.message}\n--- hardhat node output ---\n${nodeOutput}`);
    }

    provider = new JsonRpcProvider(rpcUrl, CHAIN_ID, { staticNetwork: true, cacheTimeout: -1 });
    const relayer = new NonceManager(await provider.getSigner(0));
    const artifact = JSON.parse(await readFile(artifactPath, "utf8"));
    const factory = new ContractFactory(artifact.abi, artifact.bytecode, relayer);
    registry = await factory.deploy();
    await registry.waitForDeployment();
    registryAddress = await registry.getAddress();

    resolver = new Resolver(
      getResolver({ networks: [{ name: "citytoken", chainId: CHAIN_ID, rpcUrl, registry: registryAddress }] }),
    );
  });

  after(async () => {
    provider?.destroy();
    if (node && node.exitCode === null) {
      const exited = new Promise((r) => node.once("exit", r));
      try {
        process.kill(-node.pid, "SIGTERM");
      } catch {
        node.kill("SIGTERM");
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-node.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 3000);
      await exited;
      clearTimeout(timer);
    }
  });

  test("a fresh DID resolves to its own key as controller", async () => {
    const fresh = Wallet.createRandom().address;
    const did = `did:ethr:citytoken:${fresh}`;
    const { didDocument, didDocumentMetadata, didResolutionMetadata } = await resolver.resolve(did);
    assert.equal(didResolutionMetadata.error, undefined, didResolutionMetadata.message);
    assert.deepEqual(didDocument.verificationMethod, [
      {
        id: `${did}#controller`,
        type: "EcdsaSecp256k1RecoveryMethod2020",
        controller: did,
        blockchainAccountId: `eip155:${CHAIN_ID}:${fresh}`,
      },
    ]);
    assert.deepEqual(didDocument.authentication, [`${did}#controller`]);
    assert.deepEqual(didDocumentMetadata, {});
  });

  test("owner change, delegates and attributes (direct and relayed) resolve to the expected document", async () => {
    const identity = identityKey.address;
    const relayer = registry.runner;

    // 1. changeOwnerSigned: the identity's own key signs, the relayer pays.
    let nonce = await registry.nonce(identity);
    let digest = erc1056Digest(registryAddress, nonce, identity, "changeOwner", ["address"], [ownerKey.address]);
    let sig = identityKey.signingKey.sign(digest);
    await (await registry.changeOwnerSigned(identity, sig.v, sig.r, sig.s, ownerKey.address)).wait();
    assert.equal(await registry.identityOwner(identity), ownerKey.address);
    assert.equal(await registry.nonce(identity), 1n);

    // 2. addDelegateSigned (veriKey): signed by the new owner with its own nonce.
    const veriKey = encodeBytes32String("veriKey");
    nonce = await registry.nonce(ownerKey.address);
    assert.equal(nonce, 0n);
    digest = erc1056Digest(
      registryAddress,
      nonce,
      identity,
      "addDelegate",
      ["bytes32", "address", "uint256"],
      [veriKey, veriKeyDelegate, DAY],
    );
    sig = ownerKey.signingKey.sign(digest);
    await (await registry.addDelegateSigned(identity, sig.v, sig.r, sig.s, veriKey, veriKeyDelegate, DAY)).wait();
    assert.equal(await registry.validDelegate(identity, veriKey, veriKeyDelegate), true);

    // 3. The owner, now funded, calls directly: a sigAuth delegate, a service and a public key attribute.
    await (await relayer.sendTransaction({ to: ownerKey.address, value: parseEther("1") })).wait();
    const owner = ownerKey.connect(provider);
    const asOwner = registry.connect(owner);
    const sigAuth = encodeBytes32String("sigAuth");
    await (await asOwner.addDelegate(identity, sigAuth, sigAuthDelegate, DAY)).wait();
    await (
      await asOwner.setAttribute(
        identity,
        encodeBytes32String("did/svc/DIDCommMessaging"),
        hexlify(toUtf8Bytes(serviceEndpoint)),
        DAY,
      )
    ).wait();

    // 4. setAttributeSigned for the public key (owner signs, relayer pays).
    const pubName = encodeBytes32String("did/pub/Secp256k1/veriKey/hex");
    nonce = await registry.nonce(ownerKey.address);
    assert.equal(nonce, 1n);
    digest = erc1056Digest(
      registryAddress,
      nonce,
      identity,
      "setAttribute",
      ["bytes32", "bytes", "uint256"],
      [pubName, publicKeyAttr, DAY],
    );
    sig = ownerKey.signingKey.sign(digest);
    const lastReceipt = await (
      await registry.setAttributeSigned(identity, sig.v, sig.r, sig.s, pubName, publicKeyAttr, DAY)
    ).wait();
    assert.equal(await registry.changed(identity), BigInt(lastReceipt.blockNumber));

    for (const did of [`did:ethr:citytoken:${identity}`, `did:ethr:0x7a69:${identity}`]) {
      const { didDocument, didDocumentMetadata, didResolutionMetadata } = await resolver.resolve(did);
      assert.equal(didResolutionMetadata.error, undefined, didResolutionMetadata.message);
      assert.equal(didResolutionMetadata.contentType, "application/did+ld+json");
      assert.equal(didDocument.id, did);
      assert.deepEqual(didDocument.verificationMethod, [
        {
          id: `${did}#controller`,
          type: "EcdsaSecp256k1RecoveryMethod2020",
          controller: did,
          blockchainAccountId: `eip155:${CHAIN_ID}:${ownerKey.address}`,
        },
        {
          id: `${did}#delegate-1`,
          type: "EcdsaSecp256k1RecoveryMethod2020",
          controller: did,
          blockchainAccountId: `eip155:${CHAIN_ID}:${veriKeyDelegate}`,
        },
        {
          id: `${did}#delegate-2`,
          type: "EcdsaSecp256k1RecoveryMethod2020",
          controller: did,
          blockchainAccountId: `eip155:${CHAIN_ID}:${sigAuthDelegate}`,
        },
        {
          id: `${did}#delegate-3`,
          type: "EcdsaSecp256k1VerificationKey2019",
          controller: did,
          publicKeyHex: publicKeyAttr.slice(2),
        },
      ]);
      assert.deepEqual(didDocument.authentication, [`${did}#controller`, `${did}#delegate-2`]);
      assert.deepEqual(didDocument.assertionMethod, [
        `${did}#controller`,
        `${did}#delegate-1`,
        `${did}#delegate-2`,
        `${did}#delegate-3`,
      ]);
      assert.deepEqual(didDocument.service, [
        { id: `${did}#service-1`, type: "DIDCommMessaging", serviceEndpoint },
      ]);

      const block = await provider.getBlock(lastReceipt.blockNumber);
      assert.equal(didDocumentMetadata.versionId, String(lastReceipt.blockNumber));
      assert.equal(didDocumentMetadata.updated, new Date(block.timestamp * 1000).toISOString().replace(".000", ""));
      assert.equal(didDocumentMetadata.deactivated, undefined);
      assert.equal(didDocumentMetadata.nextVersionId, undefined);
    }
  });

  test("revocations and historical versions follow the previousChange list", async () => {
    const identity = identityKey.address;
    const did = `did:ethr:citytoken:${identity}`;
    const versionBefore = Number(await registry.changed(identity));

    const owner = ownerKey.connect(provider);
    const asOwner = registry.connect(owner);
    await (await asOwner.revokeDelegate(identity, encodeBytes32String("sigAuth"), sigAuthDelegate)).wait();
    const receipt = await (
      await asOwner.revokeAttribute(
        identity,
        encodeBytes32String("did/svc/DIDCommMessaging"),
        hexlify(toUtf8Bytes(serviceEndpoint)),
      )
    ).wait();

    // ERC-1056 revokes a delegate by setting validTo = block time, and the resolver keeps entries whose
    // validTo >= its "now". Automined blocks run ahead of the wall clock, so ask for the document as of a
    // later block (the resolver then takes that block's time as "now"), exactly as on uPort's registry.
    await provider.send("evm_mine", []);
    const later = await provider.getBlockNumber();
    const now = await resolver.resolve(`${did}?versionId=${later}`);
    assert.equal(now.didResolutionMetadata.error, undefined, now.didResolutionMetadata.message);
    assert.deepEqual(
      now.didDocument.verificationMethod.map((vm) => vm.id),
      [`${did}#controller`, `${did}#delegate-1`, `${did}#delegate-3`],
    );
    assert.deepEqual(now.didDocument.authentication, [`${did}#controller`]);
    assert.equal(now.didDocument.service, undefined);
    assert.equal(now.didDocumentMetadata.versionId, String(receipt.blockNumber));

    // The version before the revocations still shows the sigAuth delegate and the service.
    const then = await resolver.resolve(`${did}?versionId=${versionBefore}`);
    assert.equal(then.didResolutionMetadata.error, undefined, then.didResolutionMetadata.message);
    assert.deepEqual(then.didDocument.authentication, [`${did}#controller`, `${did}#delegate-2`]);
    assert.equal(then.didDocument.service.length, 1);
    assert.equal(then.didDocumentMetadata.versionId, String(versionBefore));
    assert.equal(then.didDocumentMetadata.nextVersionId, String(versionBefore + 1));
  });

  test("changing the owner to the zero address deactivates the DID", async () => {
    const identity = identityKey.address;
    const did = `did:ethr:citytoken:${identity}`;
    const asOwner = registry.connect(ownerKey.connect(provider));
    await (await asOwner.changeOwner(identity, "0x0000000000000000000000000000000000000000")).wait();

    const { didDocument, didDocumentMetadata } = await resolver.resolve(did);
    assert.equal(didDocumentMetadata.deactivated, true);
    assert.deepEqual(didDocument.verificationMethod, []);
    assert.deepEqual(didDocument.authentication, []);
  });
});

// /verify-document: hashes the chosen file in the browser (WebCrypto SHA-256; the file is never sent), fetches its
// proof, checks it here as OpenZeppelin's StandardMerkleTree (leaf encoding ["bytes32"]) does, then asks the service
// to run RecordAnchor's verify(root, hash, proof) on chain, and shows the root's block time.
(() => {
  "use strict";
  const form = document.getElementById("verify-form");
  const fileInput = document.getElementById("document");
  const hashInput = document.getElementById("fingerprint");
  const result = document.getElementById("result");
  const details = document.getElementById("details");
  const HASH = /^0x[0-9a-fA-F]{64}$/;
  const field = (id) => details.querySelector(`[data-testid='${id}']`);

  function show(kind, text, state) {
    result.hidden = false;
    result.className = "notice " + kind;
    result.textContent = text;
    result.dataset.state = state;
  }

  async function sha256(file) {
    const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
    return "0x" + Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // leaf = keccak256(keccak256(abi.encode(hash))); each step hashes the sorted pair (MerkleProof.verify).
  function proofRoot(hash, proof) {
    const { keccak256, concat, getBytes } = window.ethers;
    let node = keccak256(keccak256(hash));
    for (const sibling of proof) {
      const [a, b] = BigInt(node) <= BigInt(sibling) ? [node, sibling] : [sibling, node];
      node = keccak256(concat([getBytes(a), getBytes(b)]));
    }
    return node;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    return { status: response.status, body };
  }

  async function verify(hash) {
    details.hidden = true;
    show("", "Checking…", "checking");
    const anchor = await getJson(`/api/anchors/${hash}`);
    if (anchor.status === 404) {
      show("error", "This document was never registered here: no record has this fingerprint.", "unknown");
      return;
    }
    if (anchor.status !== 200) {
      show("error", `The proof could not be fetched: ${anchor.body.title ?? anchor.status}.`, "error");
      return;
    }
    const view = anchor.body;
    field("hash").textContent = hash;
    field("root").textContent = view.root ?? "—";
    field("contract").textContent = view.contract ?? "—";
    field("proof-check").textContent = "—";
    field("block-time").textContent = "—";
    field("tx").textContent = "—";
    details.hidden = false;
    if (view.status !== "anchored") {
      show("", "Registered, not anchored yet: the fingerprint joins the next tree anchored on chain. Try again in a minute.", "pending");
      return;
    }
    const proofHolds = proofRoot(hash, view.proof).toLowerCase() === view.root.toLowerCase();
    field("proof-check").textContent = proofHolds ? `holds (${view.proof.length} step(s) to the root)` : "does NOT lead to the root";
    if (!proofHolds) {
      show("error", "The proof does not lead to the anchored root: do not trust this document.", "invalid");
      return;
    }
    const check = await getJson(`/api/anchors/${hash}/verification`);
    if (check.status !== 200 || !check.body.onChain) {
      show("error", check.status === 200 ? "The contract does not confirm this root: do not trust this document." : `The chain could not be asked: ${check.body.title ?? check.status}.`, "invalid");
      return;
    }
    const time = new Date(check.body.blockTime);
    field("block-time").textContent = time.toISOString().replace("T", " ").replace(".000Z", " UTC");
    field("tx").textContent = `block ${view.blockNumber}, ${view.txHash}`;
    show("ok", `Verified: this document existed unchanged on ${time.toISOString().slice(0, 10)}, when its fingerprint was anchored on chain.`, "verified");
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      let hash = hashInput.value.trim();
      if (fileInput.files.length > 0) {
        hash = await sha256(fileInput.files[0]);
        hashInput.value = hash;
      }
      if (!HASH.test(hash)) {
        show("error", "Choose a file, or enter a fingerprint of 0x and 64 hex digits.", "input");
        return;
      }
      await verify(hash.toLowerCase());
    } catch (error) {
      show("error", `The check failed: ${error.message}`, "error");
    }
  });
})();

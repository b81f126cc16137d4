#!/usr/bin/env node
// Checks an export of the audit trail against the chain: recomputes the hash chain link by link, then proves that
// the chain's anchored head is anchored on RecordAnchor, so every link up to that head is complete and unchanged.
//
//   node scripts/verify-audit.mjs <export.json> (--proof <head-anchor.json> | --service URL) [--rpc URL] [--contract 0x…]
//   node scripts/verify-audit.mjs --fetch --service URL --api-key KEY [--out export.json] [--rpc URL]
//
// <export.json>: the answer of GET /api/audit/chain (admin, auditor), or an array of its pages in order.
// Each link: hash = SHA-256(previous hash bytes ‖ UTF-8 canonical entry); the first page's "previous" is where it
// starts (32 zero bytes for the whole trail). The anchored head is found with --proof (the GET /api/anchors/{hash}
// answer of a link's hash) or by asking --service for the newest link anchored. --fetch downloads the export first
// (--out keeps it). Exit 0: chain consistent and proven up to an anchored head; 1: not proven or altered; 2: usage.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { verifyAnchor } from "./verify-anchor.mjs";

function parse(argv) {
  const options = { positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--fetch") options.fetch = true;
    else if (arg.startsWith("--")) options[arg.slice(2)] = argv[++i];
    else options.positional.push(arg);
  }
  return options;
}

async function getJson(url, apiKey) {
  const response = await fetch(url, { headers: apiKey ? { "X-Api-Key": apiKey } : {} });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, body };
}

async function fetchExport(service, apiKey) {
  const pages = [];
  let after = 0;
  for (;;) {
    const { status, body } = await getJson(`${service}/api/audit/chain?after=${after}&limit=1000`, apiKey);
    if (status !== 200) throw new Error(`GET /api/audit/chain answered ${status}: ${body.title ?? ""} ${body.detail ?? ""}`);
    pages.push(body);
    if (body.nextAfter == null) return pages;
    after = body.nextAfter;
  }
}

/** Recomputes the chain; throws naming the first link that does not hold. Returns the links. */
export function recompute(pages) {
  const links = pages.flatMap((p) => p.links);
  let previous = pages[0]?.previous ?? "0x" + "00".repeat(32);
  for (const link of links) {
    const entry = JSON.parse(link.canonical);
    if (entry.source !== link.source || entry.id !== link.entryId) {
      throw new Error(`link ${link.sequence}: its canonical entry is ${entry.source} ${entry.id}, not ${link.source} ${link.entryId}`);
    }
    const hash = "0x" + createHash("sha256").update(Buffer.from(previous.slice(2), "hex")).update(link.canonical, "utf8").digest("hex");
    if (hash !== link.hash) throw new Error(`link ${link.sequence} (${link.source} ${link.entryId}) was altered: recomputed ${hash}, export says ${link.hash}`);
    previous = hash;
  }
  return links;
}

async function main(argv) {
  const o = parse(argv);
  let pages;
  if (o.fetch) {
    if (!o.service || !o["api-key"]) return usage();
    pages = await fetchExport(o.service.replace(/\/$/, ""), o["api-key"]);
    if (o.out) await writeFile(o.out, JSON.stringify(pages, null, 2));
  } else {
    if (o.positional.length !== 1 || (!o.proof && !o.service)) return usage();
    const data = JSON.parse(await readFile(o.positional[0], "utf8"));
    pages = Array.isArray(data) ? data : [data];
  }
  const links = recompute(pages);
  console.error(`${links.length} link(s) recomputed: the export is one unbroken chain.`);

  let proof = o.proof ? JSON.parse(await readFile(o.proof, "utf8")) : null;
  if (!proof && o.service) {
    for (const link of [...links].reverse()) {
      const { status, body } = await getJson(`${o.service.replace(/\/$/, "")}/api/anchors/${link.hash}`);
      if (status === 200 && body.status === "anchored") {
        proof = body;
        break;
      }
    }
  }
  const head = proof && links.findIndex((l) => l.hash === proof.hash?.toLowerCase());
  if (!proof || head < 0) {
    console.error("NOT PROVEN: no link of the export is an anchored head (anchoring runs every Anchoring:IntervalSeconds).");
    return 1;
  }
  const contract = o.contract ?? proof.contract;
  const result = await verifyAnchor({
    hash: proof.hash, root: proof.root, proof: proof.proof, contract,
    rpcUrl: o.rpc ?? process.env.CITYTOKEN_RPC_URL ?? "http://127.0.0.1:8545",
  });
  const summary = { links: links.length, provenThrough: links[head].sequence, head: links[head].hash, ...result, unanchoredAfter: links.length - head - 1 };
  console.log(JSON.stringify(summary, null, 2));
  if (!result.library || !result.onChain) {
    console.error(`NOT PROVEN: the head's proof does not hold (merkle-tree ${result.library}, contract ${result.onChain}).`);
    return 1;
  }
  console.error(`OK: links up to ${links[head].sequence} are complete and unchanged since ${result.blockTime}; ${summary.unanchoredAfter} later link(s) wait for the next anchor.`);
  return 0;
}

function usage() {
  console.error("usage: node scripts/verify-audit.mjs <export.json> (--proof <head-anchor.json> | --service URL) [--rpc URL] [--contract 0x…]\n"
    + "       node scripts/verify-audit.mjs --fetch --service URL --api-key KEY [--out export.json] [--rpc URL]");
  return 2;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  console.error(`NOT PROVEN: ${error.message}`);
  process.exit(1);
});

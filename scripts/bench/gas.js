// Gas benchmark of the CityToken contracts: writes docs/gas.md and prints the same table.
//
// Run it with `./scripts/bench.sh gas` (installs what is missing, compiles, then runs
// `hardhat run --no-compile scripts/bench/gas.js`). It runs on Hardhat's in-process simulated chain,
// deploys every contract through the Ignition module exactly as scripts/deploy.js does (admin = account #0,
// service = account #1 with the minter, registrar, ballot-admin, relayer and anchor roles), sends each operation as
// a real transaction and reports the receipt's gasUsed (21,000 base cost and calldata included).
//
// Reproducible: the chain starts at a fixed date, accounts come from Hardhat's public test mnemonic or from
// fixed private keys, and amounts, batch ids, person keys, deadlines and signatures are all fixed, so a rerun
// on the same contracts gives the same figures.
//
// Environment: CITYTOKEN_GAS_DOC (default docs/gas.md) names the file to write.
import { execFileSync } from "node:child_process";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import hre from "hardhat";
import CityTokenModule from "../../ignition/modules/CityToken.js";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";

const COMMAND = "./scripts/bench.sh gas";
const GENESIS_DATE = "2026-01-05T00:00:00.000Z"; // a Monday, 00:00 UTC: far from a mint-period boundary
const N = 100;
const DAY = 24 * 60 * 60;
const outputPath = path.resolve(process.env.CITYTOKEN_GAS_DOC ?? "docs/gas.md");

// Fresh in-process chain with a fixed start time (deadlines and expiry times below are fixed values).
const connection = await hre.network.create({ network: "default", override: { initialDate: GENESIS_DATE } });
const { ethers, ignition } = connection;
const provider = ethers.provider;
const { id, getAddress, dataSlice, parseEther, encodeBytes32String, toUtf8Bytes, hexlify, Signature } = ethers;
const chainId = (await provider.getNetwork()).chainId;
const [admin, service] = await ethers.getSigners();

const { civicToken, didRegistry, credentialRegistry, ballotBox, rewardCatalog, recordAnchor, publicFunds } = await ignition.deploy(
  CityTokenModule,
  { parameters: { CityToken: { admin: admin.address, service: service.address } } },
);
const token = civicToken.connect(service);

/** Sends a transaction, waits for it and returns its receipt's gasUsed. */
async function gasOf(txPromise) {
  const receipt = await (await txPromise).wait();
  if (receipt.status !== 1) throw new Error(`transaction ${receipt.hash} failed`);
  return Number(receipt.gasUsed);
}
/** A fixed, never-used address (no key needed: it only receives tokens). */
const fixedAddress = (label) => getAddress(dataSlice(id(`citytoken gas bench: ${label}`), 12));
/** A wallet with a fixed private key, funded with ETH by the admin. */
async function fixedWallet(label) {
  const wallet = new ethers.Wallet(id(`citytoken gas bench key: ${label}`), provider);
  await gasOf(admin.sendTransaction({ to: wallet.address, value: parseEther("10") }));
  return wallet;
}
const latestTimestamp = async () => (await provider.getBlock("latest")).timestamp;

// ------------------------------------------------------------------------------------------- token

// Realistic reward amounts: 1.5 .. 100.5 tokens, different for every recipient.
const holders = Array.from({ length: N }, (_, i) => fixedAddress(`holder ${i}`));
const amounts = holders.map((_, i) => parseEther(String(i + 1)) + parseEther("0.5"));

// Steady state: the supply and the period counter are non-zero before anything is measured (the very first
// mint of the token's life also pays for turning the supply slot from zero to non-zero).
await gasOf(token.mint(admin.address, parseEther("1")));

// Batch ids as the service makes them: bytes32(sequence number). Consecutive ids share one bitmap slot, so
// in steady state a batch updates that slot rather than creating one; batch 1 opens it here.
const sequenceId = (n) => ethers.zeroPadValue(ethers.toBeHex(n), 32);
await gasOf(token.mintBatch(sequenceId(1), [fixedAddress("warm-up batch")], [amounts[0]]));
const batchNew = await gasOf(token.mintBatch(sequenceId(2), holders, amounts));
const batchExisting = await gasOf(token.mintBatch(sequenceId(3), holders, amounts));
// One-recipient batches, to split a batch into its fixed part and its per-recipient part.
const batchOneExisting = await gasOf(token.mintBatch(sequenceId(4), [holders[0]], [amounts[0]]));
const batchOneNew = await gasOf(token.mintBatch(sequenceId(5), [fixedAddress("single batch new")], [amounts[0]]));
// For comparison: a hashed (random-looking) batch id opens a new bitmap slot of its own (+17,100 per batch).
const batchExistingHashedId = await gasOf(token.mintBatch(id("gas-bench batch existing, hashed id"), holders, amounts));
const singleNew = await gasOf(token.mint(fixedAddress("single mint new"), amounts[0]));
const singleExisting = await gasOf(token.mint(holders[0], amounts[0]));

// The floor per recipient: one cold balance write, one Transfer log, and the recipient's 64 bytes of
// calldata (address word + amount word), priced from the very bytes this benchmark sends.
const COLD_SLOAD = 2100;
const SSTORE_SET = 20000; // zero -> non-zero
const SSTORE_RESET = 2900; // non-zero -> non-zero (5,000 minus the cold surcharge charged separately)
const LOG3_ONE_WORD = 375 + 3 * 375 + 8 * 32; // LOG base + 3 topics + 32 data bytes = 1,756
const calldataGas = (hex) => {
  let gas = 0;
  for (let i = 2; i < hex.length; i += 2) gas += hex.slice(i, i + 2) === "00" ? 4 : 16;
  return gas;
};
const recipientCalldata =
  holders.reduce(
    (sum, holder, i) =>
      sum + calldataGas(ethers.zeroPadValue(holder, 32)) + calldataGas(ethers.toBeHex(amounts[i], 32)),
    0,
  ) / N;
const floorExisting = COLD_SLOAD + SSTORE_RESET + LOG3_ONE_WORD + recipientCalldata;
const floorNew = COLD_SLOAD + SSTORE_SET + LOG3_ONE_WORD + recipientCalldata;

// --------------------------------------------------------------------------- identity and credentials

const RESIDENT = id("resident");
const personKey = (label) => id(`citytoken gas bench person: ${label}`); // stands in for the registrar's salted hash
const registrar = credentialRegistry.connect(service);
const expiresAt = Math.floor(Date.parse(GENESIS_DATE) / 1000) + 365 * DAY;

const firstVoter = await fixedWallet("first voter");
const alice = await fixedWallet("alice"); // votes directly, redeems with an allowance
const bob = await fixedWallet("bob"); // votes by signature, redeems with a permit
const carol = await fixedWallet("carol"); // redeems a burned city service with a permit

// A credential for a new subject and a new person (the usual case), with a data hash and a URI.
const credentialIssue = await gasOf(
  registrar.issue(alice.address, RESIDENT, personKey("alice"), expiresAt, id("alice residency record"), "ipfs://bafy-alice-residency"),
);
for (const wallet of [firstVoter, bob]) {
  await gasOf(
    registrar.issue(wallet.address, RESIDENT, personKey(wallet.address), expiresAt, id(`record ${wallet.address}`), `ipfs://bafy-${wallet.address}`),
  );
}

// A service endpoint on a did:ethr identity, published by its owner (the identity itself).
const serviceName = encodeBytes32String("did/svc/DIDCommMessaging");
const endpoint = hexlify(toUtf8Bytes("https://messaging.city.example/alice"));
const setAttributeFirst = await gasOf(didRegistry.connect(alice).setAttribute(alice.address, serviceName, endpoint, 365 * DAY));
const setAttributeNext = await gasOf(
  didRegistry.connect(alice).setAttribute(alice.address, encodeBytes32String("did/svc/LinkedDomains"), hexlify(toUtf8Bytes("https://alice.example")), 365 * DAY),
);

// ------------------------------------------------------------------------------------------- ballots

const start = (await latestTimestamp()) + 60;
await gasOf(
  ballotBox.connect(service).createBallot(id("ballot text"), "ipfs://bafy-ballot", 3, start, start + 7 * DAY, 2, RESIDENT),
);
const ballotId = await ballotBox.ballotCount();
await provider.send("evm_increaseTime", [120]);
await provider.send("evm_mine", []);

const castVoteFirst = await gasOf(ballotBox.connect(firstVoter).castVote(ballotId, firstVoter.address, 1));
const castVote = await gasOf(ballotBox.connect(alice).castVote(ballotId, alice.address, 1));
const voteDomain = { name: "CityToken BallotBox", version: "1", chainId, verifyingContract: await ballotBox.getAddress() };
const voteTypes = {
  Vote: [
    { name: "voter", type: "address" },
    { name: "ballotId", type: "uint256" },
    { name: "option", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
};
const voteDeadline = expiresAt; // fixed, so the signature is the same on every run
const voteSignature = await bob.signTypedData(voteDomain, voteTypes, {
  voter: bob.address,
  ballotId,
  option: 1,
  nonce: await ballotBox.nonces(bob.address),
  deadline: voteDeadline,
});
const castVoteBySig = await gasOf(
  ballotBox.connect(service).castVoteBySig(ballotId, bob.address, 1, voteDeadline, voteSignature),
);

// ------------------------------------------------------------------------------------------- redemption

const catalogAdmin = rewardCatalog.connect(admin);
const catalogAddress = await rewardCatalog.getAddress();
const merchant = fixedAddress("merchant");
const price = parseEther("10");
await gasOf(catalogAdmin.addReward(price, 1000, merchant, "ipfs://bafy-bike-rental-day"));
const merchantReward = await rewardCatalog.rewardCount();
await gasOf(catalogAdmin.addReward(price, await rewardCatalog.UNLIMITED_STOCK(), ethers.ZeroAddress, "ipfs://bafy-museum-entry"));
const burnReward = await rewardCatalog.rewardCount();
// Residents hold tokens; the merchant already holds some and one redemption has happened (steady state).
await gasOf(token.mintBatch(id("gas-bench residents"), [alice.address, bob.address, carol.address, merchant, firstVoter.address], Array(5).fill(parseEther("50"))));
await gasOf(civicToken.connect(firstVoter).approve(catalogAddress, price));
await gasOf(rewardCatalog.connect(firstVoter).redeem(merchantReward, 1));

const approve = await gasOf(civicToken.connect(alice).approve(catalogAddress, price));
const redeemAllowance = await gasOf(rewardCatalog.connect(alice).redeem(merchantReward, 1));

const permitDomain = { name: await civicToken.name(), version: "1", chainId, verifyingContract: await civicToken.getAddress() };
const permitTypes = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
};
const redemptionDomain = { name: "CityToken RewardCatalog", version: "1", chainId, verifyingContract: catalogAddress };
const redemptionTypes = {
  Redemption: [
    { name: "resident", type: "address" },
    { name: "rewardId", type: "uint256" },
    { name: "quantity", type: "uint256" },
    { name: "price", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
};
async function relayedRedemption(resident, rewardId) {
  const deadline = expiresAt;
  const signature = Signature.from(
    await resident.signTypedData(permitDomain, permitTypes, {
      owner: resident.address,
      spender: catalogAddress,
      value: price,
      nonce: await civicToken.nonces(resident.address),
      deadline,
    }),
  );
  // The resident's choice (reward, quantity, price) is signed too, so the relayer cannot change it.
  const choice = await resident.signTypedData(redemptionDomain, redemptionTypes, {
    resident: resident.address,
    rewardId,
    quantity: 1,
    price,
    nonce: await rewardCatalog.nonces(resident.address),
    deadline,
  });
  return gasOf(
    rewardCatalog.connect(service).redeemWithPermit(
      { resident: resident.address, rewardId, quantity: 1, price, deadline },
      { v: signature.v, r: signature.r, s: signature.s },
      choice,
    ),
  );
}
const redeemPermitMerchant = await relayedRedemption(bob, merchantReward);
const redeemPermitBurn = await relayedRedemption(carol, burnReward);

// ------------------------------------------------------------------------------------------- records

// One anchor per interval whatever the number of records: the root of a tree of 1 record and of 1,024 records (the
// count is only stored). The first anchor of the contract's life also writes anchorCount from zero.
const recordHashes = (count, label) => Array.from({ length: count }, (_, i) => [id(`citytoken gas bench record ${label} ${i}`)]);
const anchors = recordAnchor.connect(service);
const firstTree = StandardMerkleTree.of(recordHashes(1, "first"), ["bytes32"]);
const anchorFirst = await gasOf(anchors.anchor(firstTree.root, 1));
const oneTree = StandardMerkleTree.of(recordHashes(1, "one"), ["bytes32"]);
const anchorOne = await gasOf(anchors.anchor(oneTree.root, 1));
const bigTree = StandardMerkleTree.of(recordHashes(1024, "big"), ["bytes32"]);
const anchorBig = await gasOf(anchors.anchor(bigTree.root, 1024));
// verify is a view (free to call); its gas as a transaction would cost, for a proof of 10 steps.
const verifyBig = Number(await recordAnchor.verify.estimateGas(bigTree.root, bigTree.at(0)[0], bigTree.getProof(0)));

// ------------------------------------------------------------------------------------------- public funds

// As the service sends them: it creates projects (BUDGET_ROLE) and relays staff members' proposals and approvals
// (FUNDS_RELAYER_ROLE), naming each staff key by keccak256("citytoken-staff:<key id>").
const funds = publicFunds.connect(service);
const staff = (n) => id(`citytoken-staff:${n}`);
const invoice = id("citytoken gas bench: invoice");
await gasOf(funds.createProject(1_000_000_000n, "0x434e59", "Transport bureau", id("warm-up project")));
const createProject = await gasOf(funds.createProject(180_000_000n, "0x434e59", "Transport bureau", id("project metadata")));
await gasOf(funds.proposeFor(staff(1), 1n, fixedAddress("warm-up contractor"), 1_000n, 0, invoice));
await gasOf(funds.approveFor(staff(2), 1n));
const proposeFor = await gasOf(funds.proposeFor(staff(1), 2n, fixedAddress("contractor"), 62_500_000n, 0, invoice));
const approveFor = await gasOf(funds.approveFor(staff(2), 2n));
// A payroll of any size is one proposal: its document is the Merkle root of the wages.
const proposePayroll = await gasOf(funds.proposeFor(staff(1), 2n, ethers.ZeroAddress, 4_995_000n, 3, id("payroll root")));
const approvePayroll = await gasOf(funds.approveFor(staff(2), 3n));

// ------------------------------------------------------------------------------------------- report

const fmt = (n) => Math.round(n).toLocaleString("en-US");
const mark = (value, target) => (value <= target ? "✅ pass" : `❌ over by ${fmt(value - target)}`);
const perNew = batchNew / N;
const perExisting = batchExisting / N;

const rows = [
  ["`mintBatch`, 100 existing holders", batchExisting, fmt(perExisting), `≈${fmt(floorExisting)}`, "≤ 8,000", mark(perExisting, 8000)],
  ["`mintBatch`, 100 new holders", batchNew, fmt(perNew), `≈${fmt(floorNew)}`, "≤ 25,000", mark(perNew, 25000)],
  ["`mintBatch`, 100 existing holders, hashed batch id", batchExistingHashedId, fmt(batchExistingHashedId / N), "", "", "(for comparison)"],
  ["`mint` (single), existing holder", singleExisting, fmt(singleExisting), "≈37,000 (plain one-mint tx)", "", ""],
  ["`mint` (single), new holder", singleNew, fmt(singleNew), "≈54,000 (plain one-mint tx)", "", ""],
  ["`castVote` (direct, by the identity owner)", castVote, "", "", "", ""],
  ["`castVote`, first vote of a ballot", castVoteFirst, "", "", "", ""],
  ["`castVoteBySig` (EIP-712, relayed by the service)", castVoteBySig, "", "", "", ""],
  ["`setAttribute` `did/svc/…`, first change of the identity", setAttributeFirst, "", "", "", ""],
  ["`setAttribute` `did/svc/…`, identity changed before", setAttributeNext, "", "", "", ""],
  ["`CredentialRegistry.issue` (new subject and person)", credentialIssue, "", "", "", ""],
  ["`approve` (resident, before `redeem`)", approve, "", "", "", ""],
  ["`redeem` with an allowance (merchant reward)", redeemAllowance, "", "", "", ""],
  ["`redeemWithPermit` relayed (merchant reward)", redeemPermitMerchant, "", "", "", ""],
  ["`redeemWithPermit` relayed (burned city service)", redeemPermitBurn, "", "", "", ""],
  ["`RecordAnchor.anchor`, first root of the contract", anchorFirst, "", "", "", ""],
  ["`RecordAnchor.anchor`, a tree of 1 record", anchorOne, "", "", "", ""],
  ["`RecordAnchor.anchor`, a tree of 1,024 records", anchorBig, fmt(anchorBig / 1024), "", "", ""],
  ["`RecordAnchor.verify` (view, 10-step proof; as a transaction)", verifyBig, "", "", "", ""],
  ["`PublicFunds.createProject`", createProject, "", "", "", ""],
  ["`PublicFunds.proposeFor` (payment, relayed for a staff member)", proposeFor, "", "", "", ""],
  ["`PublicFunds.approveFor` (relayed for another staff member)", approveFor, "", "", "", ""],
  ["`PublicFunds.proposeFor` (payroll root, any number of workers)", proposePayroll, "", "", "", ""],
  ["`PublicFunds.approveFor` (payroll)", approvePayroll, "", "", "", ""],
];
const header = ["Operation", "Gas (receipt)", "Per recipient", "EVM floor per recipient / reference", "Target", "Result"];
const table = [
  `| ${header.join(" | ")} |`,
  `|${header.map((_, i) => (i === 0 || i >= 3 ? "---" : "---:")).join("|")}|`,
  ...rows.map(([label, gas, ...rest]) => `| ${[label, fmt(gas), ...rest].join(" | ")} |`),
].join("\n");

const solidity = hre.config.solidity.profiles.default.compilers[0];
const settings = solidity.settings ?? {};
const optimizer = settings.optimizer ?? {};
const compiler =
  `solc ${solidity.version}, optimizer ${optimizer.enabled ? `on (${optimizer.runs} runs)` : "off"}, ` +
  `evmVersion ${settings.evmVersion ?? "default"}, viaIR ${settings.viaIR ? "on" : "off"}`;
const hardfork = connection.networkConfig.hardfork ?? "default";
let revision = "unknown";
try {
  revision = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const dirty = execFileSync("git", ["status", "--porcelain", "--", "contracts", "ignition"], { encoding: "utf8" }).trim();
  if (dirty) revision += " + uncommitted changes to contracts/ or ignition/";
} catch {
  // not a git checkout: leave "unknown"
}
const marginalExisting = (batchExisting - batchOneExisting) / (N - 1);
const marginalNew = (batchNew - batchOneNew) / (N - 1);
const today = new Date().toISOString().slice(0, 10);

const doc = `# Gas

Generated by \`${COMMAND}\` on ${today} (contracts at commit ${revision}). Rerun that command after any
contract change; it rewrites this file. Do not edit it by hand.

- Compiler: ${compiler} (from \`hardhat.config.js\`).
- Chain: Hardhat's in-process simulated network (EDR, hardfork ${hardfork}, chain id ${chainId}), started at
  ${GENESIS_DATE}; the contracts are deployed by the Ignition module \`ignition/modules/CityToken.js\` with
  admin = account #0 and service = account #1, as \`scripts/deploy.js\` does.
- Every figure is the \`gasUsed\` of a real transaction's receipt: it includes the 21,000 base cost and the
  calldata. Accounts, amounts, batch ids, person keys, deadlines and signatures are fixed, so a rerun on the
  same contracts gives the same figures.

${table}

## What the figures mean

- **mintBatch** (sent by the service, which holds \`MINTER_ROLE\`): 100 distinct recipients with amounts
  1.5 .. 100.5 tokens. "New holders" had no balance before; "existing holders" are the same 100 addresses
  minted again. Before anything is measured the token's supply is already non-zero (one earlier mint), as it
  is for every batch but the first of the token's life. Batch ids are \`bytes32(sequence number)\`, as the
  service numbers its batches: 256 consecutive ids share one storage slot of the minted-batch bitmap, so a
  steady-state batch updates that slot; the "hashed batch id" row shows a batch whose id opens a slot of its own. Per recipient = total / 100; the issue's targets are
  ≤ 8,000 (existing) and ≤ 25,000 (new) per reward in a batch of 100, without giving up any check.
- **EVM floor per recipient** (computed, not measured): one cold balance write (${fmt(COLD_SLOAD)} cold access +
  ${fmt(SSTORE_RESET)} for a non-zero balance, or ${fmt(SSTORE_SET)} for a zero one), one \`Transfer\` log
  (LOG3 with one data word: ${fmt(LOG3_ONE_WORD)}) and the recipient's 64 bytes of calldata priced byte by byte
  from the amounts and addresses sent here (4 per zero byte, 16 per non-zero byte: ${fmt(recipientCalldata)} on
  average). It leaves out the mapping-slot hash, the loop and the share of the fixed per-batch cost, so no
  implementation reaches it. The issue quotes ≈7,300 / ≈24,400. (From Prague, EIP-7623 charges calldata at
  least 10/40 per byte only when a transaction's execution gas is small next to its calldata; not the case
  here.)
- **Fixed vs per-recipient cost**, from one-recipient batches: a batch costs about
  ${fmt(batchOneExisting - marginalExisting)} fixed (21,000 base, role, pause, batch id, cap, supply write,
  \`RewardBatchMinted\`) plus ${fmt(marginalExisting)} per existing holder, or
  ${fmt(batchOneNew - marginalNew)} fixed plus ${fmt(marginalNew)} per new holder.
- **mint (single)**: one \`mint\` transaction by the service, for comparison; the reference column is the issue's
  figure for a plain one-mint transaction (a bare ERC-20 \`_mint\`). \`CivicToken.mint\` also checks the minter
  role, the pause flag and the mint cap; supply, remaining allowance, pause and policy share one storage word,
  so the checks add little: ${fmt(singleExisting)} / ${fmt(singleNew)} here.
- **castVote / castVoteBySig**: a 3-option ballot requiring a \`keccak256("resident")\` credential issued by the
  service before the ballot opened; time is advanced into the voting window. The measured votes are not the
  first of the ballot (turnout and the option's tally are already non-zero); the first vote of a ballot is
  shown separately. \`castVoteBySig\` is signed by the identity owner with EIP-712 typed data (domain
  \`CityToken BallotBox\`, version 1, this chain and contract) and sent by the service, which pays the gas.
- **setAttribute**: the identity's owner publishes a \`did/svc/…\` service endpoint (a URL of 30–40 bytes,
  valid one year). The first change of an identity also writes its \`changed\` block from zero.
- **CredentialRegistry.issue**: the service (\`REGISTRAR_ROLE\`) issues a residency credential with a data hash
  and an \`ipfs://\` URI to a subject and person that hold no credential yet.
- **Redemption**: a 10-token reward paid to a merchant who already holds tokens, after one earlier redemption
  (steady state). \`redeem\` is sent by the resident after an \`approve\` (two transactions, both shown);
  \`redeemWithPermit\` is one transaction sent by the service (\`RELAYER_ROLE\`) carrying the resident's
  ERC-2612 permit and their EIP-712 signature of the choice (reward, quantity, price), so the resident needs no
  ETH. The burned city service burns the tokens instead of paying a
  merchant.
- **RecordAnchor.anchor**: the service (\`ANCHOR_ROLE\`) anchors the root of a \`StandardMerkleTree\` of record
  hashes once per \`Anchoring:IntervalSeconds\` (default 60 s): one transaction per interval, whatever the number
  of records (the tree's size is only stored as a count), so a record costs the anchor divided by the records of
  its interval (the "per recipient" column: per record). \`verify\` is a view: free through \`eth_call\`; its
  figure is what it would cost inside a transaction (\`estimateGas\`).
- **PublicFunds**: sent by the service, which creates projects (\`BUDGET_ROLE\`) and relays staff members'
  proposals and approvals (\`FUNDS_RELAYER_ROLE\`) naming each by its staff reference. The measured project is
  not the first (the project counter is already non-zero); the measured payment is proposed on a project that
  already paid once and approved by a different staff member. A payroll costs the same whatever the number of
  workers: only its Merkle root is stored, and each worker proves their wage off chain (\`verifyWage\`, a view).
`;

await mkdir(path.dirname(outputPath), { recursive: true });
await writeFile(`${outputPath}.tmp`, doc);
await rename(`${outputPath}.tmp`, outputPath);
console.log(table);
console.log(`\nWrote ${path.relative(process.cwd(), outputPath)}`);
await connection.close();

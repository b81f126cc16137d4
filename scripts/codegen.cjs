// Regenerates the C# bindings in src/CityToken.Contracts from the Hardhat artifacts with
// nethereum-codegen. Every deployable contract under contracts/ (not tests, not abstract) gets
// <Name>/<Name>Service.cs and <Name>/ContractDefinition/<Name>Definition.cs. Run after `npm run compile`.
// `node scripts/codegen.cjs <dir>` writes into <dir> instead (the drift check in scripts/test.sh).
const fs = require("node:fs");
const path = require("node:path");
const { generateAllClasses } = require("nethereum-codegen");

const root = path.resolve(__dirname, "..");
const artifactsDir = path.join(root, "artifacts", "contracts");
const outDir = path.resolve(process.argv[2] ?? path.join(root, "src", "CityToken.Contracts"));
const baseNamespace = "CityToken.Contracts";

function* artifactFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* artifactFiles(full);
    else if (entry.name.endsWith(".json") && !entry.name.endsWith(".dbg.json")) yield full;
  }
}

if (!fs.existsSync(artifactsDir)) {
  console.error("codegen: no artifacts; run `npm run compile` first");
  process.exit(1);
}

const artifacts = [...artifactFiles(artifactsDir)]
  .map((file) => JSON.parse(fs.readFileSync(file, "utf8")))
  .filter((a) => a.sourceName?.startsWith("contracts/") && !a.sourceName.endsWith(".t.sol"))
  .filter((a) => !a.sourceName.startsWith("contracts/test/") && a.bytecode && a.bytecode !== "0x")
  .sort((a, b) => a.contractName.localeCompare(b.contractName));

fs.mkdirSync(outDir, { recursive: true });
// Start from an empty tree so a removed contract or function leaves no stale binding behind.
for (const entry of fs.readdirSync(outDir, { withFileTypes: true })) {
  if (entry.isDirectory() && !["bin", "obj"].includes(entry.name)) {
    fs.rmSync(path.join(outDir, entry.name), { recursive: true });
  }
}

for (const artifact of artifacts) {
  generateAllClasses(
    JSON.stringify(artifact.abi),
    artifact.bytecode.replace(/^0x/, ""),
    artifact.contractName,
    baseNamespace,
    outDir,
    0, // C#
  );
  console.log(`codegen: ${artifact.contractName} (${artifact.sourceName})`);
}

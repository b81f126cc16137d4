#!/usr/bin/env bash
# Runs every CityToken test on a fresh clone: installs what is missing, compiles the contracts, checks
# that the committed C# bindings match the compiled ABIs, then runs the Solidity tests, the
# interoperability tests, the .NET tests (browser tests included, in Debian's Chromium) and the end-to-end test of ./scripts/start.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
cd "$CITYTOKEN_ROOT"

require_prerequisites
command -v curl >/dev/null || die "curl is required."
ensure_node_modules

log "Compiling contracts"
hardhat compile

log "Checking the committed C# bindings against the compiled contracts"
generated="$(mktemp -d)"
trap 'rm -rf "$generated"; stop_throwaway_postgres' EXIT
node scripts/codegen.cjs "$generated" >/dev/null
if ! diff -r -q -x bin -x obj -x '*.csproj' "$generated" src/CityToken.Contracts >"$generated.diff" 2>&1; then
  sed 's/^/  /' "$generated.diff" >&2
  rm -f "$generated.diff"
  die "The committed C# bindings in src/CityToken.Contracts do not match the compiled contracts.
       A contract's ABI or bytecode changed without regenerating them. Run:
         npm run compile && npm run codegen
       then review and commit src/CityToken.Contracts."
fi
rm -f "$generated.diff"
echo "bindings match the compiled contracts"

log "Solidity tests"
hardhat test solidity

if compgen -G "tests/interop/*.test.js" >/dev/null; then
  log "Interoperability tests (node --test)"
  node --test tests/interop/
fi

log "Front-end assets and Chromium for the browser tests"
scripts/build-web.sh
ensure_chromium

log ".NET build (warnings are errors)"
dotnet build CityToken.sln --nologo -v quiet -clp:ErrorsOnly

log "A throwaway PostgreSQL cluster for the storage-dependent tests"
start_throwaway_postgres fast

log ".NET tests (SQLite)"
dotnet test CityToken.sln --no-build --nologo --filter "TestCategory!=Benchmark&TestCategory!=PostgreSQL"

# The suites whose behaviour rests on the database (intake, minting, outbox, indexer, crash and fail-over tests)
# again on PostgreSQL, each host on a database of its own in the throwaway cluster.
log ".NET tests (PostgreSQL)"
storage_suites="FullyQualifiedName~CityToken.Tests.Rewards|FullyQualifiedName~CityToken.Tests.Chain.Outbox|FullyQualifiedName~CityToken.Tests.Indexing"
CITYTOKEN_TEST_STORAGE=PostgreSQL dotnet test CityToken.sln --no-build --nologo \
  --filter "($storage_suites|TestCategory=PostgreSQL)&TestCategory!=SqliteOnly&TestCategory!=Benchmark"

log "End-to-end test of ./scripts/start.sh"
tests/scripts/start-script.test.sh

log "All tests passed."

#!/usr/bin/env bash
# Runs every CityToken test on a fresh clone: installs what is missing, compiles the contracts, checks
# that the committed C# bindings match the compiled ABIs, then runs the Solidity tests, the
# interoperability tests, the .NET tests (browser tests included, in Debian's Chromium) and the end-to-end test of ./scripts/start.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
cd "$CITYTOKEN_ROOT"
# Each step with the time since the start, to see where the run's minutes go.
log() { printf '\033[1;34m==>\033[0m [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

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

# The end-to-end suite (TestCategory=EveryChain: rewards to on-chain balance, SIWE, credential, gasless vote, permit
# redemption, DID resolution against ethr-did-resolver, reorgs) on a node no one here wrote: Anvil mining a block every
# 2 seconds, then Anvil with the outbox signing legacy (type 0) transactions as on a chain without EIP-1559. It runs
# beside the PostgreSQL run (its own nodes on free ports, its own SQLite files in temp folders; mostly waiting for
# blocks); each run's output goes to a file, printed when both are done.
run_other_chains() {
  local started=$SECONDS
  echo "== Anvil, a block every 2 seconds"
  CITYTOKEN_TEST_CHAIN=anvil CITYTOKEN_TEST_BLOCK_TIME=2 dotnet test CityToken.sln --no-build --nologo \
    --filter "TestCategory=EveryChain" || return 1
  echo "== took $((SECONDS - started)) s"
  started=$SECONDS
  echo "== Anvil, legacy transactions"
  CITYTOKEN_TEST_CHAIN=anvil CITYTOKEN_TEST_TRANSACTIONS=legacy dotnet test CityToken.sln --no-build --nologo \
    --filter "TestCategory=EveryChain" || return 1
  echo "== took $((SECONDS - started)) s"
}
other_chains_log="$(mktemp)"
postgres_log="$(mktemp)"
log ".NET tests on Anvil (2-second blocks, then legacy transactions), in the background"
run_other_chains >"$other_chains_log" 2>&1 &
other_chains_pid=$!

# The suites whose behaviour rests on the database (intake, minting, outbox, indexer, anchoring, funds, crash and fail-over
# tests) again on PostgreSQL, each host on a database of its own in the throwaway cluster.
log ".NET tests (PostgreSQL)"
storage_suites="FullyQualifiedName~CityToken.Tests.Rewards|FullyQualifiedName~CityToken.Tests.Chain.Outbox|FullyQualifiedName~CityToken.Tests.Indexing|FullyQualifiedName~CityToken.Tests.Anchoring|FullyQualifiedName~CityToken.Tests.Funds"
postgres_status=0
postgres_started=$SECONDS
CITYTOKEN_TEST_STORAGE=PostgreSQL dotnet test CityToken.sln --no-build --nologo \
  --filter "($storage_suites|TestCategory=PostgreSQL)&TestCategory!=SqliteOnly&TestCategory!=Benchmark" \
  >"$postgres_log" 2>&1 || postgres_status=$?
cat "$postgres_log"
echo "(PostgreSQL run: $((SECONDS - postgres_started)) s)"
other_chains_status=0
wait "$other_chains_pid" || other_chains_status=$?
log ".NET tests on Anvil (output)"
cat "$other_chains_log"
rm -f "$postgres_log" "$other_chains_log"
[ "$postgres_status" -eq 0 ] || die "The .NET tests on PostgreSQL failed (output above)."
[ "$other_chains_status" -eq 0 ] || die "The .NET tests on Anvil failed (output above)."

log "End-to-end test of ./scripts/start.sh"
tests/scripts/start-script.test.sh

log "Production-like deployment (keystore deployer, resumed deploy, multisig admin, keystore signer)"
tests/scripts/production-like.test.sh

log "All tests passed."

#!/usr/bin/env bash
# Benchmarks: print figures and ratios (never timed tests). Installs what is missing, then runs one.
#   ./scripts/bench.sh gas    gas of each contract operation on an in-process chain; rewrites docs/gas.md
#   ./scripts/bench.sh did    DID resolution of a did:ethr with 50 changes: the service (HTTP, warm) vs
#                             ethr-did-resolver on the same node
#   ./scripts/bench.sh indexer  >= 50,000 events on a fresh node: indexer catch-up into SQLite vs raw
#                             eth_getLogs + decode over the same ranges (figures recorded in docs/benchmarks.md)
#   ./scripts/bench.sh rewards  10,000 actions over HTTP to the service on a fresh node until all are minted,
#                             confirmed and indexed; vs the naive one-mint-per-action path on 200 (docs/benchmarks.md):
#                             one CSV upload, then single POSTs, each on its own node (--csv or --single: one of them)
#   --block-time N (rewards): on Anvil mining a block every N seconds instead of an automining hardhat node; also prints
#                             end-to-end actions/s against that chain's ceiling (block gas limit / gas per reward / N)
#   --postgres (indexer, rewards): the service's database in a throwaway PostgreSQL cluster (durable settings) instead
#                             of SQLite
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
cd "$CITYTOKEN_ROOT"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

# --postgres: a throwaway cluster with durable settings (fsync on, as a city would run it) and a database "bench" on it,
# in BENCH_POSTGRES (an Npgsql connection string); stopped at exit.
BENCH_POSTGRES=""
start_bench_postgres() {
  start_throwaway_postgres durable
  BENCH_POSTGRES="${CITYTOKEN_TEST_POSTGRES/Database=postgres/Database=bench}"
}

# Each round on a new, empty "bench" database.
fresh_bench_database() {
  [ -n "$BENCH_POSTGRES" ] || return 0
  local port="${CITYTOKEN_TEST_POSTGRES#*Port=}"
  "$CITYTOKEN_PG_BIN_DIR/dropdb" --if-exists -h 127.0.0.1 -p "${port%%;*}" -U postgres bench
  "$CITYTOKEN_PG_BIN_DIR/createdb" -h 127.0.0.1 -p "${port%%;*}" -U postgres bench
}

prepare_contracts() {
  require_prerequisites
  ensure_node_modules
  log "Compiling contracts"
  hardhat compile >/dev/null
}

prepare_service() {
  prepare_contracts
  log ".NET build (Release)"
  dotnet build CityToken.sln -c Release --nologo -v quiet -clp:ErrorsOnly
}

# Starts a throwaway node on a free loopback port and deploys; sets BENCH_PORT and BENCH_DIR. A hardhat node
# (automine), or Anvil mining a block every $BENCH_BLOCK_TIME seconds when that is set (--block-time).
BENCH_BLOCK_TIME=""
start_fresh_chain() {
  BENCH_DIR="$(mktemp -d -t citytoken-bench-XXXXXX)"
  BENCH_PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  if [ -n "$BENCH_BLOCK_TIME" ]; then
    anvil --host 127.0.0.1 --port "$BENCH_PORT" --chain-id 31337 --block-time "$BENCH_BLOCK_TIME" >"$BENCH_DIR/node.log" 2>&1 &
  else
    hardhat node --hostname 127.0.0.1 --port "$BENCH_PORT" >"$BENCH_DIR/node.log" 2>&1 &
  fi
  BENCH_NODE_PID=$!
  trap 'kill "$BENCH_NODE_PID" 2>/dev/null || true; rm -rf "$BENCH_DIR"; stop_throwaway_postgres' EXIT
  wait_for 60 rpc_answers "$BENCH_PORT" || die "the chain node did not start (see $BENCH_DIR/node.log)"
  CITYTOKEN_CHAIN_PORT="$BENCH_PORT" CITYTOKEN_DEPLOYMENTS_DIR="$BENCH_DIR/deployments" CITYTOKEN_IGNITION_DIR="$BENCH_DIR/ignition" \
    hardhat run --no-compile scripts/deploy.js --network localhost >/dev/null
}

# One rewards round: a fresh node, deployment and service (Release), then the benchmark client with "$@".
rewards_round() {
  (
    node_kind=hardhat
    [ -z "$BENCH_BLOCK_TIME" ] || node_kind="Anvil (a block every $BENCH_BLOCK_TIME s)"
    log "Fresh $node_kind node and deployment${BENCH_POSTGRES:+, new PostgreSQL database}"
    start_fresh_chain
    fresh_bench_database
    storage=()
    [ -z "$BENCH_POSTGRES" ] || storage=(Storage__Provider=PostgreSQL ConnectionStrings__CityToken="$BENCH_POSTGRES")
    service_port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    admin_key="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    log "Starting the service (Release) on 127.0.0.1:$service_port"
    (
      cd src/CityToken.Api/bin/Release/net10.0
      # Hardhat's account #1 (public test mnemonic) signs, as in start.sh; the naive path mints from account #0.
      Chain__RpcUrl="http://127.0.0.1:$BENCH_PORT" Chain__DeploymentsDirectory="$BENCH_DIR/deployments" \
      Storage__DataDirectory="$BENCH_DIR/data" Auth__AdminApiKey="$admin_key" \
      Credentials__PersonKeySecret="bench-$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" \
      DataProtection__KeyEncryptionSecret="bench-$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" \
      Signer__PrivateKey="0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" \
      Logging__LogLevel__Default=Warning exec env "${storage[@]}" dotnet CityToken.Api.dll --urls "http://127.0.0.1:$service_port"
    ) >"$BENCH_DIR/service.log" 2>&1 &
    service_pid=$!
    trap 'kill "$service_pid" "$BENCH_NODE_PID" 2>/dev/null || true; rm -rf "$BENCH_DIR"' EXIT # the cluster outlives a round
    wait_for 90 curl -fs -o /dev/null "http://127.0.0.1:$service_port/health" || { cat "$BENCH_DIR/service.log" >&2; die "the service did not start"; }
    log "Rewards benchmark"
    dotnet run --project bench/CityToken.Bench -c Release --no-build -- rewards \
      --service "http://127.0.0.1:$service_port" --admin-key "$admin_key" \
      --rpc "http://127.0.0.1:$BENCH_PORT" --deployments "$BENCH_DIR/deployments" "$@"
  )
}

case "${1:-}" in
  indexer)
    prepare_contracts
    postgres=()
    if [ "${2:-}" = --postgres ]; then
      start_bench_postgres
      fresh_bench_database
      postgres=(--postgres "$BENCH_POSTGRES" --server-pid "$(head -1 "$CITYTOKEN_PG_DIR/data/postmaster.pid")")
    fi
    log "Fresh hardhat node and deployment"
    start_fresh_chain
    log "Generating events (scripts/bench/indexer-events.js)"
    CITYTOKEN_CHAIN_PORT="$BENCH_PORT" CITYTOKEN_DEPLOYMENTS_DIR="$BENCH_DIR/deployments" \
      hardhat run --no-compile scripts/bench/indexer-events.js --network localhost
    store=SQLite
    [ -z "$BENCH_POSTGRES" ] || store=PostgreSQL
    log "Measuring raw eth_getLogs + decode and indexer catch-up into $store"
    dotnet run --project bench/CityToken.Bench -c Release -- indexer \
      --rpc "http://127.0.0.1:$BENCH_PORT" --deployments "$BENCH_DIR/deployments" --data "$BENCH_DIR/data" --node-pid "$BENCH_NODE_PID" "${postgres[@]}"
    ;;
  gas)
    prepare_contracts
    log "Gas benchmark"
    hardhat run --no-compile scripts/bench/gas.js
    ;;
  did)
    prepare_service
    out="$(mktemp)"
    trap 'rm -f "$out" "$out.log"' EXIT
    log "DID resolution benchmark (fresh hardhat node, 50 changes)"
    CITYTOKEN_BENCH_OUT="$out" dotnet test tests/CityToken.Tests -c Release --no-build --nologo \
      --filter "FullyQualifiedName~CityToken.Tests.Identity.DidResolutionBenchmark" >"$out.log" 2>&1 \
      || { cat "$out.log" >&2; die "DID resolution benchmark failed"; }
    cat "$out"
    ;;
  rewards)
    prepare_service
    shift
    args=()
    while [ $# -gt 0 ]; do
      if [ "$1" = --postgres ]; then
        start_bench_postgres
        trap stop_throwaway_postgres EXIT
      elif [ "$1" = --block-time ]; then
        [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--block-time needs a whole number of seconds"
        BENCH_BLOCK_TIME="$2"
        args+=(--block-time "$2")
        shift
      else
        args+=("$1")
      fi
      shift
    done
    set -- "${args[@]}"
    case " $* " in
      *" --csv "*) rewards_round "$@" ;;
      *" --single "*)
        args=()
        for arg in "$@"; do [[ "$arg" == --single ]] || args+=("$arg"); done
        rewards_round "${args[@]}"
        ;;
      *)
        # Both ways of posting, each on its own fresh node and service: one CSV upload, then single POSTs.
        rewards_round --csv "$@"
        rewards_round "$@"
        ;;
    esac
    ;;
  -h | --help | help)
    usage
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Benchmarks; each prints its figures (never a pass/fail on time).
#   ./scripts/bench.sh indexer   event indexer catch-up vs raw eth_getLogs + decode (docs/benchmarks.md)
# Other benchmarks add a subcommand below.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CITYTOKEN_ROOT"

usage() { echo "usage: $0 indexer" >&2; exit 2; }

# Starts a throwaway hardhat node on a free loopback port and deploys; sets BENCH_PORT and BENCH_DIR.
start_fresh_chain() {
  BENCH_DIR="$(mktemp -d -t citytoken-bench-XXXXXX)"
  BENCH_PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  hardhat node --hostname 127.0.0.1 --port "$BENCH_PORT" >"$BENCH_DIR/node.log" 2>&1 &
  BENCH_NODE_PID=$!
  trap 'kill "$BENCH_NODE_PID" 2>/dev/null || true; rm -rf "$BENCH_DIR"' EXIT
  wait_for 60 rpc_answers "$BENCH_PORT" || die "hardhat node did not start (see $BENCH_DIR/node.log)"
  CITYTOKEN_CHAIN_PORT="$BENCH_PORT" CITYTOKEN_DEPLOYMENTS_DIR="$BENCH_DIR/deployments" CITYTOKEN_IGNITION_DIR="$BENCH_DIR/ignition" \
    hardhat run --no-compile scripts/deploy.js --network localhost >/dev/null
}

bench_indexer() {
  log "Fresh hardhat node and deployment"
  start_fresh_chain
  log "Generating events (scripts/bench/indexer-events.js)"
  CITYTOKEN_CHAIN_PORT="$BENCH_PORT" CITYTOKEN_DEPLOYMENTS_DIR="$BENCH_DIR/deployments" \
    hardhat run --no-compile scripts/bench/indexer-events.js --network localhost
  log "Measuring raw eth_getLogs + decode and indexer catch-up into SQLite"
  dotnet run --project bench/CityToken.Bench -c Release -- indexer \
    --rpc "http://127.0.0.1:$BENCH_PORT" --deployments "$BENCH_DIR/deployments" --data "$BENCH_DIR/data"
}

require_prerequisites
ensure_node_modules
[ $# -ge 1 ] || usage
case "$1" in
  indexer) hardhat compile >/dev/null; bench_indexer ;;
  *) usage ;;
esac

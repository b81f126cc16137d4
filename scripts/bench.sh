#!/usr/bin/env bash
# Reruns a CityToken benchmark from a fresh clone: installs what is missing, then runs the chosen one.
#   ./scripts/bench.sh gas    gas of each contract operation on an in-process chain; rewrites docs/gas.md
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CITYTOKEN_ROOT"

usage() {
  cat <<USAGE
Usage: ./scripts/bench.sh <benchmark>

Benchmarks:
  gas    gas used by each contract operation (mintBatch, mint, votes, setAttribute, credential issue,
         redemption), measured on Hardhat's in-process chain; prints the table and rewrites docs/gas.md
USAGE
}

require_node() {
  command -v node >/dev/null || die "Node.js 20+ with npm is required (https://nodejs.org)."
  command -v npm >/dev/null || die "npm is required (it comes with Node.js)."
}

case "${1:-}" in
  gas)
    require_node
    ensure_node_modules
    log "Compiling contracts"
    hardhat compile
    log "Gas benchmark"
    hardhat run --no-compile scripts/bench/gas.js
    ;;
  -h | --help | help)
    usage
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac

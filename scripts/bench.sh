#!/usr/bin/env bash
# Benchmarks: print figures and ratios (never timed tests). Installs what is missing, then runs one.
#   ./scripts/bench.sh gas    gas of each contract operation on an in-process chain; rewrites docs/gas.md
#   ./scripts/bench.sh did    DID resolution of a did:ethr with 50 changes: the service (HTTP, warm) vs
#                             ethr-did-resolver on the same node; figures go to docs/benchmarks.md by hand
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CITYTOKEN_ROOT"

usage() { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; }

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

case "${1:-}" in
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
  -h | --help | help)
    usage
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Benchmarks: prints figures and ratios (not timed tests). Usage: ./scripts/bench.sh <what>
#   did   DID resolution of a did:ethr with 50 changes: the service (HTTP, warm) vs ethr-did-resolver, same node
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CITYTOKEN_ROOT"

usage() { sed -n '2,3p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

prepare() {
  require_prerequisites
  ensure_node_modules
  log "Compiling contracts"
  hardhat compile >/dev/null
  log ".NET build"
  dotnet build CityToken.sln -c Release --nologo -v quiet -clp:ErrorsOnly
}

case "${1:-}" in
  did)
    prepare
    out="$(mktemp)"
    trap 'rm -f "$out"' EXIT
    log "DID resolution benchmark (fresh hardhat node, 50 changes)"
    CITYTOKEN_BENCH_OUT="$out" dotnet test tests/CityToken.Tests -c Release --no-build --nologo \
      --filter "FullyQualifiedName~CityToken.Tests.Identity.DidResolutionBenchmark" >"$out.log" 2>&1 \
      || { cat "$out.log" >&2; rm -f "$out.log"; die "DID resolution benchmark failed"; }
    rm -f "$out.log"
    cat "$out"
    ;;
  *)
    usage
    ;;
esac

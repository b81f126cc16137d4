#!/usr/bin/env bash
# Rebuilds every projection from the chain: drops projections, raw logs, block hashes and the checkpoint, then
# indexes from the manifest's deployment block to the confirmed head and exits. Stop the running service first
# (it shares the SQLite file). Extra arguments go to the service (e.g. --Chain:RpcUrl=http://127.0.0.1:8545).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CITYTOKEN_ROOT"
dotnet build src/CityToken.Api -v q -clp:ErrorsOnly >/dev/null
cd src/CityToken.Api
exec dotnet run --no-build -- reindex "$@"

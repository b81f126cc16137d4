#!/usr/bin/env bash
# Checks an export of the audit trail against the chain (see scripts/verify-audit.mjs for the arguments):
#   ./scripts/verify-audit.sh export.json --service http://127.0.0.1:5080 --rpc http://127.0.0.1:8545
#   ./scripts/verify-audit.sh --fetch --service http://127.0.0.1:5080 --api-key "$KEY" --out export.json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PATH="$root/node_modules/.bin:$PATH" exec node "$root/scripts/verify-audit.mjs" "$@"

#!/usr/bin/env bash
# Builds the dashboard's and portal's front-end assets: copies the browser builds of the npm packages the pages
# use into src/CityToken.Api/Web/wwwroot/lib (not committed; nothing is loaded from a CDN). Our own CSS and JS in
# Web/wwwroot/{css,js} are plain files served as they are. Called by start.sh and test.sh before the .NET build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CITYTOKEN_ROOT"

lib=src/CityToken.Api/Web/wwwroot/lib
mkdir -p "$lib"

# package-relative source → file name under lib/
copy() {
  local source="node_modules/$1" target="$lib/$2"
  [ -f "$source" ] || die "$source is missing: run npm ci (scripts/test.sh and scripts/start.sh do)."
  cmp -s "$source" "$target" 2>/dev/null || cp "$source" "$target"
}

copy chart.js/dist/chart.umd.min.js chart.umd.min.js
# /verify-document checks Merkle proofs in the browser (keccak256).
copy ethers/dist/ethers.umd.min.js ethers.umd.min.js
echo "web assets in $lib: $(ls "$lib" | tr '\n' ' ')"

# Shared by scripts/start.sh, scripts/test.sh and scripts/bench.sh: locate the repository, check the
# machine's prerequisites and install what is missing. Source it; do not run it.

CITYTOKEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CITYTOKEN_ROOT

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

require_prerequisites() {
  command -v node >/dev/null || die "Node.js 20+ with npm is required (https://nodejs.org)."
  command -v npm >/dev/null || die "npm is required (it comes with Node.js)."
  command -v dotnet >/dev/null || die "The .NET 10 SDK is required (https://dot.net)."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is required (found $(node --version))."
}

# npm packages, installed from package-lock.json when missing or out of date. Hardhat 3 needs Node 22,
# which the npm package `node` provides in node_modules/.bin. npm run by an older Node skips Hardhat's
# native simulator (@nomicfoundation/edr-linux-x64-gnu), so install in two passes: once to bring Node 22,
# then again with Node 22 first on PATH.
ensure_node_modules() {
  cd "$CITYTOKEN_ROOT"
  local stamp=node_modules/.citytoken-lock.sha256
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && native_simulator_present; then
    export PATH="$CITYTOKEN_ROOT/node_modules/.bin:$PATH"
    return
  fi
  log "Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  export PATH="$CITYTOKEN_ROOT/node_modules/.bin:$PATH"
  if ! native_simulator_present; then
    log "Re-running npm ci on Node $(node --version) to install Hardhat's native simulator"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  native_simulator_present || die "Hardhat's native simulator package is missing after npm ci (see DESIGN.md, Toolchain facts)."
  echo "$want" >"$stamp"
}

native_simulator_present() {
  [ -x node_modules/.bin/node ] && node_modules/.bin/node -e '
    const { arch, platform } = process;
    const libc = platform === "linux" ? (process.report.getReport().header.glibcVersionRuntime ? "gnu" : "musl") : "";
    const name = `@nomicfoundation/edr-${platform}-${arch}${libc ? "-" + libc : ""}`;
    require.resolve(name + "/package.json", { paths: [require.resolve("@nomicfoundation/edr")] });
  ' 2>/dev/null
}

# True when a JSON-RPC node answers on 127.0.0.1:$1.
rpc_answers() {
  curl -fsS -m 2 -H 'content-type: application/json' \
    --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' \
    "http://127.0.0.1:$1" >/dev/null 2>&1
}

# Waits until a command succeeds, up to $1 seconds.
wait_for() {
  local seconds=$1
  shift
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.5
  done
}

# Debian's Chromium for the browser tests (Playwright's own browser download cannot work here). Installed with
# apt when missing; CITYTOKEN_CHROMIUM names another executable.
ensure_chromium() {
  local chromium="${CITYTOKEN_CHROMIUM:-/usr/bin/chromium}"
  [ -x "$chromium" ] && return
  command -v apt-get >/dev/null || die "$chromium is missing and apt-get is not available: install Chromium (or set CITYTOKEN_CHROMIUM)."
  log "Installing Chromium for the browser tests (apt-get)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium" ] || die "Chromium was not installed at $chromium."
}

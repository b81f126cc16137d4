#!/usr/bin/env bash
# Runs the whole CityToken platform locally: an Anvil chain on 127.0.0.1 that keeps its state in
# data/chain-state.json (reused if a chain already answers), the contracts (deployed unless the manifest's
# contracts are already on that chain), and the service with its SQLite database under data/ (or PostgreSQL).
# Ctrl-C or SIGTERM stops what this script started; the next start comes back to the same chain and database.
#
#   CITYTOKEN_CHAIN_RESET  1: forget the chain this script runs (delete data/chain-state.json) and start a new one;
#                          the service then sets the old database aside. No effect on a chain it did not start.
#   CITYTOKEN_BLOCK_TIME   seconds between blocks of the chain this script runs (default: a block per transaction)
#   CITYTOKEN_DATABASE_URL postgres://user:password@host:port/db: keep the database in PostgreSQL instead of
#                          data/citytoken.db (any number of service instances may share it)
#   CITYTOKEN_SERVICE_ONLY 1: start one more instance of the service only, no chain and no deployment (the chain on
#                          CITYTOKEN_CHAIN_PORT and the manifest must be there); needs CITYTOKEN_DATABASE_URL, and
#                          CITYTOKEN_HTTP_PORT other than the first instance's
#
#   CITYTOKEN_CHAIN_PORT   chain JSON-RPC port (default 8545)
#   CITYTOKEN_HTTP_PORT    service port (default 5080)
#   CITYTOKEN_ADMIN_API_KEY  admin API key; default: generated on first start and kept in data/admin-api-key
#   CITYTOKEN_PERSON_KEY_SECRET  the city's secret for credential person keys; default: generated on first start
#                          and kept in data/person-key-secret (keep it: a new secret gives every person a new key)
#   CITYTOKEN_DATAPROTECTION_SECRET  encrypts the Data Protection key ring (data/dataprotection-keys) at rest; default:
#                          generated on first start and kept in data/dataprotection-secret (keep it with the key ring)
#   CITYTOKEN_SEED_DEMO_PROGRAMS  true (default): a new database gets the demo reward programs
#   CITYTOKEN_SEED_DEMO_FUNDS  true (default): a chain without public-funds projects gets demo projects, payments and a payroll
#   CITYTOKEN_SIWE_DOMAIN, CITYTOKEN_SIWE_URI  what Sign-In with Ethereum messages must name (default 127.0.0.1:<port>, http://127.0.0.1:<port>);
#                          set them to the public domain when a proxy publishes the service
#   CITYTOKEN_DATA_DIR, CITYTOKEN_DEPLOYMENTS_DIR, CITYTOKEN_IGNITION_DIR
#                          where the database, the manifest and Ignition's journal go (defaults: data/,
#                          deployments/, ignition/); the script's own test uses them to stay out of yours
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CITYTOKEN_ROOT"

CHAIN_PORT="${CITYTOKEN_CHAIN_PORT:-8545}"
HTTP_PORT="${CITYTOKEN_HTTP_PORT:-5080}"
DATA_DIR="$(mkdir -p "${CITYTOKEN_DATA_DIR:-$CITYTOKEN_ROOT/data}" && cd "${CITYTOKEN_DATA_DIR:-$CITYTOKEN_ROOT/data}" && pwd)"
DEPLOYMENTS_DIR="${CITYTOKEN_DEPLOYMENTS_DIR:-$CITYTOKEN_ROOT/deployments}"
export CITYTOKEN_DEPLOYMENTS_DIR="$DEPLOYMENTS_DIR"
SERVICE_DIR="$CITYTOKEN_ROOT/src/CityToken.Api/bin/Release/net10.0"
SERVICE_ONLY="${CITYTOKEN_SERVICE_ONLY:-0}"
DATABASE_URL="${CITYTOKEN_DATABASE_URL:-}"
SERVICE_LOG="$DATA_DIR/service.log"
if [ "$SERVICE_ONLY" = 1 ]; then
  [ -n "$DATABASE_URL" ] || die "CITYTOKEN_SERVICE_ONLY=1 runs a second instance beside the first: both need one PostgreSQL database (CITYTOKEN_DATABASE_URL); a SQLite file serves one instance."
  SERVICE_LOG="$DATA_DIR/service-$HTTP_PORT.log"
fi

case "${CITYTOKEN_BLOCK_TIME:-}" in
  "" | [1-9] | [1-9][0-9] | [1-9][0-9][0-9]) ;;
  *) die "CITYTOKEN_BLOCK_TIME must be a whole number of seconds from 1 to 999 (got '$CITYTOKEN_BLOCK_TIME'); unset it for a block per transaction." ;;
esac
case "${CITYTOKEN_CHAIN_RESET:-0}" in
  0 | 1) ;;
  *) die "CITYTOKEN_CHAIN_RESET must be 1 (start a new local chain) or 0 (got '$CITYTOKEN_CHAIN_RESET')." ;;
esac

started_pids=()
stop_started() {
  trap - EXIT INT TERM
  local pid
  for ((i = ${#started_pids[@]} - 1; i >= 0; i--)); do
    pid=${started_pids[i]}
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    # The whole group, not only its first process: anvil's npm launcher exits at once while the chain still writes its state.
    for _ in $(seq 1 40); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  [ ${#started_pids[@]} -eq 0 ] || log "Stopped."
}
trap stop_started EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a command in its own process group (so stopping it stops its children) and records it.
start_group() {
  local logfile=$1
  shift
  setsid "$@" >>"$logfile" 2>&1 &
  started_pids+=($!)
}

require_prerequisites
command -v curl >/dev/null || die "curl is required."
ensure_node_modules
mkdir -p "$DATA_DIR"

if [ -n "${CITYTOKEN_PERSON_KEY_SECRET:-}" ]; then
  PERSON_KEY_SECRET="$CITYTOKEN_PERSON_KEY_SECRET"
elif [ -s "$DATA_DIR/person-key-secret" ]; then
  PERSON_KEY_SECRET="$(cat "$DATA_DIR/person-key-secret")"
else
  PERSON_KEY_SECRET="$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  (umask 077 && printf '%s\n' "$PERSON_KEY_SECRET" >"$DATA_DIR/person-key-secret")
  log "Generated the person-key secret for credentials (kept in $DATA_DIR/person-key-secret)"
fi

log "Building the web assets and the service"
scripts/build-web.sh >/dev/null
dotnet build src/CityToken.Api/CityToken.Api.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null \
  || dotnet build src/CityToken.Api/CityToken.Api.csproj -c Release --nologo -v quiet -clp:ErrorsOnly

if [ "$SERVICE_ONLY" = 1 ]; then
  rpc_answers "$CHAIN_PORT" || die "CITYTOKEN_SERVICE_ONLY=1: no chain answers on 127.0.0.1:$CHAIN_PORT; start the first instance (./scripts/start.sh) first."
  compgen -G "$DEPLOYMENTS_DIR/*.json" >/dev/null || die "CITYTOKEN_SERVICE_ONLY=1: no deployment manifest in $DEPLOYMENTS_DIR; start the first instance first."
  log "Service only: using the chain on 127.0.0.1:$CHAIN_PORT and the manifest in $DEPLOYMENTS_DIR"
else

log "Compiling contracts"
hardhat compile --quiet >/dev/null

CHAIN_STATE="$DATA_DIR/chain-state.json"
# Anvil rewrites its state file in place, so a crash in the middle of a write leaves it cut short. A copy of the last
# complete one is kept beside it (every few seconds while the chain runs) and used when the file does not parse.
CHAIN_STATE_COPY="$DATA_DIR/chain-state.last-complete.json"
CHAIN_LOG="$DATA_DIR/chain.log"
export CHAIN_STATE CHAIN_STATE_COPY
state_complete() { [ -s "$1" ] && [ "$(head -c 1 "$1")" = "{" ] && [ "$(tail -c 2 "$1" | tr -d '\n' | tail -c 1)" = "}" ]; }
copy_chain_state() {
  while sleep 3; do
    state_complete "$CHAIN_STATE" || continue
    cp "$CHAIN_STATE" "$CHAIN_STATE_COPY.tmp" && state_complete "$CHAIN_STATE_COPY.tmp" && mv "$CHAIN_STATE_COPY.tmp" "$CHAIN_STATE_COPY"
  done
}
export -f state_complete copy_chain_state
json_parses() { node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$1" 2>/dev/null; }
if rpc_answers "$CHAIN_PORT"; then
  log "Using the chain already answering on 127.0.0.1:$CHAIN_PORT"
  [ "${CITYTOKEN_CHAIN_RESET:-0}" != 1 ] || warn "CITYTOKEN_CHAIN_RESET=1 concerns only a chain this script starts; the one on port $CHAIN_PORT is left as it is."
else
  if [ "${CITYTOKEN_CHAIN_RESET:-0}" = 1 ] && [ -e "$CHAIN_STATE" ]; then
    log "CITYTOKEN_CHAIN_RESET=1: forgetting the local chain ($CHAIN_STATE); the service sets the old database aside"
    rm -f "$CHAIN_STATE" "$CHAIN_STATE_COPY"
  fi
  if [ -e "$CHAIN_STATE" ] && ! json_parses "$CHAIN_STATE"; then
    json_parses "$CHAIN_STATE_COPY" \
      || die "The chain's state file $CHAIN_STATE is cut short (a crash while anvil wrote it) and there is no complete copy; CITYTOKEN_CHAIN_RESET=1 starts a new chain."
    warn "The chain's state file was cut short by a crash while anvil wrote it; going back to the copy of $(date -r "$CHAIN_STATE_COPY" '+%F %T') (the service re-sends what the chain lost)."
    mv "$CHAIN_STATE" "$CHAIN_STATE.cut-short"
    cp "$CHAIN_STATE_COPY" "$CHAIN_STATE"
  fi
  chain_args=(--host 127.0.0.1 --port "$CHAIN_PORT" --chain-id 31337 --state "$CHAIN_STATE" --state-interval 1)
  [ -z "${CITYTOKEN_BLOCK_TIME:-}" ] || chain_args+=(--block-time "$CITYTOKEN_BLOCK_TIME")
  log "Starting anvil on 127.0.0.1:$CHAIN_PORT, state in $CHAIN_STATE${CITYTOKEN_BLOCK_TIME:+, a block every $CITYTOKEN_BLOCK_TIME s} (log: $CHAIN_LOG)"
  : >"$CHAIN_LOG"
  start_group "$CHAIN_LOG" anvil "${chain_args[@]}"
  wait_for 60 rpc_answers "$CHAIN_PORT" || die "anvil did not start; see $CHAIN_LOG"
  start_group "$CHAIN_LOG" bash -c copy_chain_state
fi

# The city's DID, the issuer of its verifiable credentials (the key the service derives from the person-key secret),
# goes into the manifest for verifiers.
CREDENTIAL_ISSUER="$(node scripts/lib/credential-issuer.mjs "$PERSON_KEY_SECRET" "http://127.0.0.1:$CHAIN_PORT")" \
  || die "Could not work out the city's credential issuer DID."
log "Deploying contracts (skipped when the manifest's contracts are on this chain)"
CITYTOKEN_CHAIN_PORT="$CHAIN_PORT" CITYTOKEN_CREDENTIAL_ISSUER="$CREDENTIAL_ISSUER" hardhat run --no-compile scripts/deploy.js --network localhost
fi

if [ -n "${CITYTOKEN_ADMIN_API_KEY:-}" ]; then
  ADMIN_KEY="$CITYTOKEN_ADMIN_API_KEY"
elif [ -s "$DATA_DIR/admin-api-key" ]; then
  ADMIN_KEY="$(cat "$DATA_DIR/admin-api-key")"
else
  ADMIN_KEY="ctk_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  (umask 077 && printf '%s\n' "$ADMIN_KEY" >"$DATA_DIR/admin-api-key")
  log "Generated an admin API key (kept in $DATA_DIR/admin-api-key)"
fi

if [ -n "${CITYTOKEN_DATAPROTECTION_SECRET:-}" ]; then
  DATAPROTECTION_SECRET="$CITYTOKEN_DATAPROTECTION_SECRET"
elif [ -s "$DATA_DIR/dataprotection-secret" ]; then
  DATAPROTECTION_SECRET="$(cat "$DATA_DIR/dataprotection-secret")"
else
  DATAPROTECTION_SECRET="$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  (umask 077 && printf '%s\n' "$DATAPROTECTION_SECRET" >"$DATA_DIR/dataprotection-secret")
  log "Generated the key-ring encryption secret (kept in $DATA_DIR/dataprotection-secret)"
fi

# The service's signing account on the local chain is Hardhat's account #1. This key is Hardhat's PUBLICLY KNOWN
# test key (from the public test mnemonic): for the local chain only, never for a real network. Production
# gives Signer__KeystoreFile and Signer__KeystorePassword(File) instead (see README, "Signer").
LOCAL_SIGNER_KEY="0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

storage=()
[ -z "$DATABASE_URL" ] || storage=(Storage__Provider=PostgreSQL ConnectionStrings__CityToken="$DATABASE_URL")

log "Starting the service on http://127.0.0.1:$HTTP_PORT${DATABASE_URL:+ (database: PostgreSQL)}"
: >"$SERVICE_LOG"
start_group "$SERVICE_LOG" env -C "$SERVICE_DIR" "${storage[@]}" \
  Chain__RpcUrl="http://127.0.0.1:$CHAIN_PORT" \
  Chain__DeploymentsDirectory="$DEPLOYMENTS_DIR" \
  Storage__DataDirectory="$DATA_DIR" \
  Auth__AdminApiKey="$ADMIN_KEY" \
  Auth__Siwe__Domain="${CITYTOKEN_SIWE_DOMAIN:-127.0.0.1:$HTTP_PORT}" \
  Auth__Siwe__Uri="${CITYTOKEN_SIWE_URI:-http://127.0.0.1:$HTTP_PORT}" \
  Credentials__PersonKeySecret="$PERSON_KEY_SECRET" \
  DataProtection__KeyEncryptionSecret="$DATAPROTECTION_SECRET" \
  Signer__PrivateKey="$LOCAL_SIGNER_KEY" \
  Rewards__SeedDemoPrograms="${CITYTOKEN_SEED_DEMO_PROGRAMS:-true}" \
  Funds__SeedDemoData="${CITYTOKEN_SEED_DEMO_FUNDS:-true}" \
  dotnet CityToken.Api.dll --urls "http://127.0.0.1:$HTTP_PORT"
SERVICE_PID="${started_pids[-1]}"
tail -n +1 -f "$SERVICE_LOG" --pid="$SERVICE_PID" &
TAIL_PID=$!

health_ok() { curl -fsS -m 3 "http://127.0.0.1:$HTTP_PORT/health" >/dev/null 2>&1; }
if ! wait_for 120 health_ok; then
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited; see $SERVICE_LOG"
  die "the service did not report healthy within 120 s: $(curl -sS "http://127.0.0.1:$HTTP_PORT/health" || true)"
fi

cat <<INFO

  CityToken is running.
    Service        http://127.0.0.1:$HTTP_PORT
    Health         http://127.0.0.1:$HTTP_PORT/health
    API reference  http://127.0.0.1:$HTTP_PORT/scalar
    OpenAPI        http://127.0.0.1:$HTTP_PORT/openapi/v1.json
    Chain RPC      http://127.0.0.1:$CHAIN_PORT (chain id 31337)
    Admin API key  $ADMIN_KEY   (header X-Api-Key)
  Logs: $SERVICE_LOG, $DATA_DIR/chain.log. Press Ctrl-C to stop.

INFO

# Stay in the foreground until the service exits or we are told to stop.
wait "$SERVICE_PID" || exit_code=$?
kill "$TAIL_PID" 2>/dev/null || true
exit "${exit_code:-0}"

#!/usr/bin/env bash
# End-to-end test of ./scripts/start.sh as a person uses it: fresh start, a resident rewarded and given a credential,
# Ctrl-C and start again (same chain and database), kill -9 of the whole stack and start again, CITYTOKEN_CHAIN_RESET=1
# (new chain, database set aside), restart against a chain that keeps running, restart after that chain was reset,
# then on PostgreSQL with a second instance. Uses its own ports and folders, so it never
# touches data/ or deployments/ of a developer. Prints "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/script-test.sh"
cd "$CITYTOKEN_ROOT"
ensure_node_modules

WORK="$(mktemp -d /tmp/citytoken-start-test.XXXXXX)"
export CITYTOKEN_DATA_DIR="$WORK/data" CITYTOKEN_DEPLOYMENTS_DIR="$WORK/deployments" CITYTOKEN_IGNITION_DIR="$WORK/ignition"
export CITYTOKEN_CHAIN_PORT="$(free_port)" CITYTOKEN_HTTP_PORT="$(free_port)"
RPC_URL="http://127.0.0.1:$CITYTOKEN_CHAIN_PORT"

START_PID=""
start_platform() { # $1: log file
  # Job control on while starting it, so the background start.sh does not ignore SIGINT (a person's Ctrl-C); and SIGINT
  # back to its default in case this test inherited it ignored (run under nohup or as a background job), which bash
  # could not undo: start.sh's Ctrl-C trap would never run and the test would wait for ever.
  set -m
  env --default-signal=INT ./scripts/start.sh >"$1" 2>&1 &
  START_PID=$!
  set +m
  local started=$SECONDS
  wait_for 240 grep -qs "CityToken is running" "$1" || { cat "$1"; return 1; }
  STARTED_IN=$((SECONDS - started))
}
stop_platform() { # $1: the signal (default TERM)
  kill "-${1:-TERM}" "$START_PID" 2>/dev/null
  wait "$START_PID" 2>/dev/null
  sleep 1
}
health_code() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$CITYTOKEN_HTTP_PORT/health"; }
api() { # api METHOD PATH [JSON body]: the answer's body, with the admin key
  curl -sS -X "$1" -H "X-Api-Key: $(cat "$CITYTOKEN_DATA_DIR/admin-api-key")" ${3:+-H 'Content-Type: application/json' -d "$3"} \
    "http://127.0.0.1:$CITYTOKEN_HTTP_PORT$2"
}
RESIDENT=0x1000000000000000000000000000000000000017
token_balance() { # the resident's CivicToken balance read from the chain itself (hex), not from the service
  local token
  token="$(json contracts.CivicToken.address <"$CITYTOKEN_DEPLOYMENTS_DIR/31337.json")"
  rpc eth_call "[{\"to\":\"$token\",\"data\":\"0x70a08231000000000000000000000000${RESIDENT#0x}\"},\"latest\"]"
}
# The chain's identity as the service's binding guard sees it: the hash of the deployment's first block. (Not the
# genesis block: Anvil re-creates that one each time it loads its state file.)
deployment_block_hash() {
  local block
  block="$(json deploymentBlock <"$CITYTOKEN_DEPLOYMENTS_DIR/31337.json")"
  rpc eth_getBlockByNumber "[\"0x$(printf %x "$block")\",false]" | json hash
}
reward_resident() { # $1: external id; waits until the action is confirmed on chain
  local id
  id="$(api POST /api/actions "{\"externalId\":\"$1\",\"program\":\"volunteering\",\"resident\":\"$RESIDENT\",\"quantity\":1,\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}" | json id)"
  [ -n "$id" ] || return 1
  wait_for 90 sh -c "curl -sS -H 'X-Api-Key: $(cat "$CITYTOKEN_DATA_DIR/admin-api-key")' http://127.0.0.1:$CITYTOKEN_HTTP_PORT/api/actions/$id | grep -q '\"status\":\"confirmed\"'"
}
set_aside_count() { compgen -G "$CITYTOKEN_DATA_DIR/set-aside/*.db" | wc -l; }
kill_stack_hard() { # kill -9 of start.sh, the chain and the service, as a power cut would
  kill -KILL "$START_PID" 2>/dev/null
  local pid
  for pid in $(pgrep -f -- "anvil --host 127.0.0.1 --port $CITYTOKEN_CHAIN_PORT ") $(pgrep -f -- "--urls http://127.0.0.1:$CITYTOKEN_HTTP_PORT"); do
    kill -KILL "$pid" 2>/dev/null
  done
  wait "$START_PID" 2>/dev/null
  sleep 1
}
no_process_on() { ! pgrep -f -- "$1" >/dev/null; }
service_gone() { ! curl -s -m 2 "http://127.0.0.1:$CITYTOKEN_HTTP_PORT/health" >/dev/null; }
cleanup() {
  [ -z "$START_PID" ] || kill -TERM "$START_PID" 2>/dev/null
  [ -z "${CHAIN_PID:-}" ] || kill -TERM -- "-$CHAIN_PID" 2>/dev/null
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "start.sh: fresh start (chain port $CITYTOKEN_CHAIN_PORT, http port $CITYTOKEN_HTTP_PORT)"
start_platform "$WORK/run1.log"
check "serves /health 200 (ready in ${STARTED_IN:-?} s)" test "$(health_code)" = 200
check "deployed the contracts" grep -q "Deployed to chain 31337" "$WORK/run1.log"
check "generated and printed an admin key" grep -q "Admin API key  $(cat "$CITYTOKEN_DATA_DIR/admin-api-key")" "$WORK/run1.log"
check "admin key file is private (600)" test "$(stat -c %a "$CITYTOKEN_DATA_DIR/admin-api-key")" = 600
check "the printed key authenticates" curl -fsS -o /dev/null -H "X-Api-Key: $(cat "$CITYTOKEN_DATA_DIR/admin-api-key")" \
  "http://127.0.0.1:$CITYTOKEN_HTTP_PORT/api/staff/me"
check "generated a private person-key secret (600)" test "$(stat -c %a "$CITYTOKEN_DATA_DIR/person-key-secret")" = 600
SECRET_BEFORE="$(cat "$CITYTOKEN_DATA_DIR/person-key-secret")"
check "seeded the demo reward programs" sh -c "curl -fsS 'http://127.0.0.1:$CITYTOKEN_HTTP_PORT/api/programs' | grep -q smart-bin-recycling"
funds_seeded() {
  curl -fsS "http://127.0.0.1:$CITYTOKEN_HTTP_PORT/api/funds/projects" | grep -q 'Canal Road resurfacing' &&
    curl -fsS "http://127.0.0.1:$CITYTOKEN_HTTP_PORT/api/funds/projects/1/disbursements" | grep -q '"status":"approved"'
}
check "seeded the demo public funds (projects, approved payments)" wait_for 180 funds_seeded
web_served() {
  local path
  for path in / /admin/login /css/site.css /js/portal.js /lib/chart.umd.min.js; do
    curl -fsS -o /dev/null "http://127.0.0.1:$CITYTOKEN_HTTP_PORT$path" || return 1
  done
}
check "serves the resident portal, the dashboard's sign-in and their assets (chart.js from npm)" web_served
check "runs anvil with its state in the data folder" grep -q "Starting anvil on 127.0.0.1:$CITYTOKEN_CHAIN_PORT, state in $CITYTOKEN_DATA_DIR/chain-state.json" "$WORK/run1.log"
check "rewards a resident (action confirmed on chain)" reward_resident start-test-1
BALANCE_BEFORE="$(token_balance)"
check "the reward is on the chain" test "$BALANCE_BEFORE" != '"0x0000000000000000000000000000000000000000000000000000000000000000"'
CREDENTIAL_ID="$(api POST /api/credentials "{\"did\":\"did:ethr:$RESIDENT\",\"type\":\"resident\",\"officialId\":\"RES-17\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}" | json id)"
credential_active() { api GET "/api/credentials/$CREDENTIAL_ID" | grep -q '"status":"valid"'; }
check "issues the resident a credential (valid on chain)" wait_for 90 credential_active
vc_issuer() { # the iss of the credential's W3C VC JWT, as the service signs it
  api GET "/api/credentials/$CREDENTIAL_ID/vc" | json jwt \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(Buffer.from(s.trim().split(".")[1],"base64url")).iss))'
}
check "the manifest names the city's DID, the issuer of the credential's VC" \
  test "$(json credentialIssuer <"$CITYTOKEN_DEPLOYMENTS_DIR/31337.json")" = "$(vc_issuer)"
CHAIN_BEFORE="$(deployment_block_hash)"
sleep 2 # past the chain's state interval (1 s)
stop_platform INT
check "Ctrl-C stops the service" service_gone
check "Ctrl-C stops the chain it started" no_process_on "--port $CITYTOKEN_CHAIN_PORT"
check "no service process left" no_process_on "--urls http://127.0.0.1:$CITYTOKEN_HTTP_PORT"
check "the chain's state is on disk" test -s "$CITYTOKEN_DATA_DIR/chain-state.json"

echo "start.sh: started again after Ctrl-C"
DB_ID_BEFORE="$(stat -c %i "$CITYTOKEN_DATA_DIR/citytoken.db")"
start_platform "$WORK/run1b.log"
check "the same chain (same deployment block)" test "$(deployment_block_hash)" = "$CHAIN_BEFORE"
check "reuses the deployment" grep -q "Reusing deployment" "$WORK/run1b.log"
check "the resident's balance is kept on chain" test "$(token_balance)" = "$BALANCE_BEFORE"
check "the credential is kept (valid)" credential_active
check "keeps the database" test "$(stat -c %i "$CITYTOKEN_DATA_DIR/citytoken.db")" = "$DB_ID_BEFORE"
check "sets nothing aside" test "$(set_aside_count)" = 0
check "a new reward is minted after the restart" reward_resident start-test-2
BALANCE_BEFORE="$(token_balance)"
sleep 4 # past the state interval and start.sh's copy of the last complete state (3 s)
kill_stack_hard
# As if the kill had hit anvil in the middle of writing its state file.
head -c 1000 "$CITYTOKEN_DATA_DIR/chain-state.json" >"$WORK/cut-short.json" && mv "$WORK/cut-short.json" "$CITYTOKEN_DATA_DIR/chain-state.json"

echo "start.sh: started again after kill -9 of the whole stack (state file cut short)"
start_platform "$WORK/run1c.log"
check "goes back to the last complete copy of a cut-short state file, saying so" grep -q "state file was cut short" "$WORK/run1c.log"
check "the same chain (same deployment block)" test "$(deployment_block_hash)" = "$CHAIN_BEFORE"
check "reuses the deployment" grep -q "Reusing deployment" "$WORK/run1c.log"
check "the balance written before the kill is back" test "$(token_balance)" = "$BALANCE_BEFORE"
check "keeps the database, sets nothing aside" test "$(set_aside_count)" = 0 -a "$(stat -c %i "$CITYTOKEN_DATA_DIR/citytoken.db")" = "$DB_ID_BEFORE"
check "serves /health 200" test "$(health_code)" = 200
check "rewards again after the crash" reward_resident start-test-3
stop_platform INT

echo "start.sh: CITYTOKEN_CHAIN_RESET=1"
CITYTOKEN_CHAIN_RESET=1 start_platform "$WORK/run1d.log"
check "says it forgets the local chain" grep -q "CITYTOKEN_CHAIN_RESET=1: forgetting the local chain" "$WORK/run1d.log"
check "a new chain (another deployment block)" test "$(deployment_block_hash)" != "$CHAIN_BEFORE"
check "deploys to the new chain" grep -q "Deployed to chain 31337" "$WORK/run1d.log"
check "sets the old database aside, saying so" grep -q "moved aside" "$WORK/run1d.log"
check "one database set aside" test "$(set_aside_count)" = 1
check "the resident has no tokens on the new chain" test "$(token_balance)" = '"0x0000000000000000000000000000000000000000000000000000000000000000"'
stop_platform
check "a bad CITYTOKEN_BLOCK_TIME is refused, saying why" \
  sh -c "CITYTOKEN_BLOCK_TIME=2s ./scripts/start.sh 2>&1 | grep -q 'CITYTOKEN_BLOCK_TIME must be a whole number of seconds'"

echo "start.sh: against a chain that keeps running (npm run node)"
setsid npm run node >"$WORK/chain.log" 2>&1 &
CHAIN_PID=$!
wait_for 60 rpc_answers "$CITYTOKEN_CHAIN_PORT"
start_platform "$WORK/run2.log"
check "keeps the person-key secret across restarts" test "$(cat "$CITYTOKEN_DATA_DIR/person-key-secret")" = "$SECRET_BEFORE"
check "deploys to the new chain" grep -q "Deployed to chain 31337" "$WORK/run2.log"
check "sets the old database aside, saying so" grep -q "moved aside" "$WORK/run2.log"
check "the set-aside database is on disk" test "$(set_aside_count)" = 2
stop_platform
check "leaves the chain it did not start running" rpc_answers "$CITYTOKEN_CHAIN_PORT"
DB_ID_BEFORE="$(stat -c %i "$CITYTOKEN_DATA_DIR/citytoken.db")"
start_platform "$WORK/run3.log"
check "second start reuses the deployment" grep -q "Reusing deployment" "$WORK/run3.log"
check "second start keeps the database" test "$(stat -c %i "$CITYTOKEN_DATA_DIR/citytoken.db")" = "$DB_ID_BEFORE"
check "second start sets nothing aside" test "$(set_aside_count)" = 2
check "serves /health 200" test "$(health_code)" = 200
stop_platform

echo "start.sh: after the chain was restarted"
kill -TERM -- "-$CHAIN_PID"
wait_for 20 no_process_on "--port $CITYTOKEN_CHAIN_PORT"
setsid npm run node >"$WORK/chain2.log" 2>&1 &
CHAIN_PID=$!
wait_for 60 rpc_answers "$CITYTOKEN_CHAIN_PORT"
start_platform "$WORK/run4.log"
check "redeploys to the restarted chain" grep -q "Deployed to chain 31337" "$WORK/run4.log"
check "sets the old database aside again" test "$(set_aside_count)" = 3
check "serves /health 200" test "$(health_code)" = 200
stop_platform

echo "start.sh: on PostgreSQL, with a second instance (CITYTOKEN_SERVICE_ONLY=1)"
# The chain started above keeps running; test.sh's throwaway cluster holds the database (or one of our own).
if [ -z "${CITYTOKEN_TEST_POSTGRES:-}" ]; then
  source scripts/lib/postgres.sh
  start_throwaway_postgres fast >/dev/null
  trap 'cleanup; stop_throwaway_postgres' EXIT
fi
PG_PORT="${CITYTOKEN_TEST_POSTGRES#*Port=}"
PG_PORT="${PG_PORT%%;*}"
PG_DB="citytoken_start_$$"
export CITYTOKEN_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/$PG_DB"
create_database() { PGCONNECT_TIMEOUT=5 "${CITYTOKEN_PG_BIN_DIR:-$(dirname "$(command -v createdb)")}/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"; }
check "created a database on the PostgreSQL server" create_database
start_platform "$WORK/run5.log"
check "says the service uses PostgreSQL" grep -q "database: PostgreSQL" "$WORK/run5.log"
check "serves /health 200" test "$(health_code)" = 200
FIRST_PORT="$CITYTOKEN_HTTP_PORT"
SECOND_PORT="$(free_port)"
CITYTOKEN_SERVICE_ONLY=1 CITYTOKEN_HTTP_PORT="$SECOND_PORT" ./scripts/start.sh >"$WORK/run6.log" 2>&1 &
SECOND_PID=$!
wait_for 240 grep -q "CityToken is running" "$WORK/run6.log" || cat "$WORK/run6.log"
check "the second instance starts the service only (no chain, no deployment)" \
  sh -c "grep -q 'Service only: using the chain' '$WORK/run6.log' && ! grep -q 'Deploying contracts' '$WORK/run6.log'"
check "the second instance serves /health 200" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SECOND_PORT/health")" = 200
ADMIN="$(cat "$CITYTOKEN_DATA_DIR/admin-api-key")"
NEW_KEY="$(curl -fsS -H "X-Api-Key: $ADMIN" -H 'Content-Type: application/json' -d '{"name":"made-on-the-second","roles":["reporter"]}' \
  "http://127.0.0.1:$SECOND_PORT/api/staff/keys" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).key))')"
check "a staff key made on the second instance works on the first" \
  curl -fsS -o /dev/null -H "X-Api-Key: $NEW_KEY" "http://127.0.0.1:$FIRST_PORT/api/staff/me"
check "a second instance on SQLite is refused, saying why" \
  sh -c "CITYTOKEN_SERVICE_ONLY=1 CITYTOKEN_DATABASE_URL= CITYTOKEN_HTTP_PORT=$(free_port) ./scripts/start.sh 2>&1 | grep -q 'a SQLite file serves one instance'"
kill -TERM "$SECOND_PID" 2>/dev/null
wait "$SECOND_PID" 2>/dev/null
check "SIGTERM stops the second instance" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SECOND_PORT/health")" = 000
check "the first instance still serves" test "$(health_code)" = 200
stop_platform
unset CITYTOKEN_DATABASE_URL

echo "start.sh test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

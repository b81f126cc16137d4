#!/usr/bin/env bash
# End-to-end test of ./scripts/start.sh as a person uses it: fresh start, stop, restart against a chain
# that keeps running, restart after that chain was reset, then on PostgreSQL with a second instance. Uses its own ports and folders, so it never
# touches data/ or deployments/ of a developer. Prints "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/common.sh"
cd "$CITYTOKEN_ROOT"
ensure_node_modules

WORK="$(mktemp -d /tmp/citytoken-start-test.XXXXXX)"
export CITYTOKEN_DATA_DIR="$WORK/data" CITYTOKEN_DEPLOYMENTS_DIR="$WORK/deployments" CITYTOKEN_IGNITION_DIR="$WORK/ignition"
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
export CITYTOKEN_CHAIN_PORT="$(free_port)" CITYTOKEN_HTTP_PORT="$(free_port)"
passed=0
failed=0
check() { # check "description" command...
  local what=$1
  shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $what"; else failed=$((failed + 1)); echo "  FAIL $what"; fi
}

START_PID=""
start_platform() { # $1: log file
  ./scripts/start.sh >"$1" 2>&1 &
  START_PID=$!
  local started=$SECONDS
  wait_for 240 grep -q "CityToken is running" "$1" || { cat "$1"; return 1; }
  STARTED_IN=$((SECONDS - started))
}
stop_platform() {
  kill -TERM "$START_PID" 2>/dev/null
  wait "$START_PID" 2>/dev/null
  sleep 1
}
health_code() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$CITYTOKEN_HTTP_PORT/health"; }
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
web_served() {
  local path
  for path in / /admin/login /css/site.css /js/portal.js /lib/chart.umd.min.js; do
    curl -fsS -o /dev/null "http://127.0.0.1:$CITYTOKEN_HTTP_PORT$path" || return 1
  done
}
check "serves the resident portal, the dashboard's sign-in and their assets (chart.js from npm)" web_served
stop_platform
check "SIGTERM stops the service" service_gone
check "SIGTERM stops the chain it started" no_process_on "--port $CITYTOKEN_CHAIN_PORT"
check "no service process left" no_process_on "--urls http://127.0.0.1:$CITYTOKEN_HTTP_PORT"

echo "start.sh: against a chain that keeps running (npm run node)"
setsid npm run node >"$WORK/chain.log" 2>&1 &
CHAIN_PID=$!
wait_for 60 rpc_answers "$CITYTOKEN_CHAIN_PORT"
start_platform "$WORK/run2.log"
check "keeps the person-key secret across restarts" test "$(cat "$CITYTOKEN_DATA_DIR/person-key-secret")" = "$SECRET_BEFORE"
check "deploys to the new chain" grep -q "Deployed to chain 31337" "$WORK/run2.log"
check "sets the old database aside, saying so" grep -q "moved aside" "$WORK/run2.log"
check "the set-aside database is on disk" test -n "$(compgen -G "$CITYTOKEN_DATA_DIR/set-aside/*.db")"
stop_platform
check "leaves the chain it did not start running" rpc_answers "$CITYTOKEN_CHAIN_PORT"
DB_ID_BEFORE="$(stat -c %i "$CITYTOKEN_DATA_DIR/citytoken.db")"
start_platform "$WORK/run3.log"
check "second start reuses the deployment" grep -q "Reusing deployment" "$WORK/run3.log"
check "second start keeps the database" test "$(stat -c %i "$CITYTOKEN_DATA_DIR/citytoken.db")" = "$DB_ID_BEFORE"
check "second start sets nothing aside" test "$(ls "$CITYTOKEN_DATA_DIR/set-aside" | grep -c '\.db$')" = 1
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
check "sets the old database aside again" test "$(ls "$CITYTOKEN_DATA_DIR/set-aside" | grep -c '\.db$')" = 2
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

# Shared by the script tests (tests/scripts/*.test.sh): free ports, pass/fail counting, JSON and JSON-RPC reads.
# Source it after scripts/lib/common.sh; do not run it.

passed=0
failed=0

# check "description" command...: runs the command and counts it as passed or failed.
check() {
  local what=$1
  shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $what"; else failed=$((failed + 1)); echo "  FAIL $what"; fi
}

# A free TCP port on the loopback interface.
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# json PATH: the value at a dotted path of the JSON on stdin (empty when missing).
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let v=JSON.parse(s);for(const k of process.argv[1].split("."))v=v?.[k];console.log(v??"")})' "$1"; }

# rpc METHOD PARAMS-JSON: the result of a JSON-RPC call to $RPC_URL, as JSON text.
rpc() {
  curl -sS -H 'content-type: application/json' --data "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":$2}" "$RPC_URL" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(JSON.parse(s).result)))'
}

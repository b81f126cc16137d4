#!/usr/bin/env bash
# Deployment to a real network, proved here without internet (README, "Deploying to a public or consortium chain"):
# an Anvil chain WITHOUT unlocked accounts and with 1-second blocks; a fresh deployer key in hardhat-keystore's
# encrypted keystore (with the node's URL), funded by a transfer; the deploy through the `citytoken` network, killed
# half-way and run again (it resumes from Ignition's journal), handing the admin roles to a multisig; then the
# service signing from an encrypted keystore file (Signer:KeystoreFile) and a smoke: ready, one reward minted on chain.
# Uses its own ports, folders and keystore (XDG_CONFIG_HOME). Prints "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/script-test.sh"
cd "$CITYTOKEN_ROOT"
require_prerequisites
ensure_node_modules

WORK="$(mktemp -d /tmp/citytoken-production-like.XXXXXX)"
CHAIN_PORT="$(free_port)"
HTTP_PORT="$(free_port)"
RPC_URL="http://127.0.0.1:$CHAIN_PORT"
KEYSTORE_PASSWORD="test-only-$(head -c 12 /dev/urandom | base64 | tr '+/' '-_')"
export CITYTOKEN_IGNITION_DIR="$WORK/ignition" CITYTOKEN_DEPLOYMENTS_DIR="$WORK/deployments"
JOURNAL="$WORK/ignition/deployments/chain-31337/journal.jsonl"
MANIFEST="$WORK/deployments/31337.json"
# Hardhat as the operator runs it at a terminal, the keystore's prompts answered. hardhat-keystore ignores the
# keystore when it believes it runs in CI, so the CI markers are left out of its environment.
HH=(env -u CI -u GITHUB_ACTIONS -u CONTINUOUS_INTEGRATION -u BUILD_NUMBER -u RUN_ID -u NOW -u DEPLOYMENT_ID -u CODEBUILD_BUILD_NUMBER
  XDG_CONFIG_HOME="$WORK/config" CITYTOKEN_TEST_KEYSTORE_PASSWORD="$KEYSTORE_PASSWORD"
  node tests/scripts/lib/answer-keystore-prompts.mjs hardhat)
CHAIN_PID=""
SERVICE_PID=""
DEPLOY_PID=""
cleanup() {
  local pid
  for pid in "$SERVICE_PID" "$DEPLOY_PID" "$CHAIN_PID"; do
    [ -z "$pid" ] || kill -TERM -- "-$pid" 2>/dev/null
  done
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

address_of() { json "contracts.$1.address" <"$MANIFEST"; }
word() { printf '%064s' "${1#0x}" | tr ' ' 0; } # an address or a hash as one 32-byte ABI word
has_role() { # has_role CONTRACT ROLE-HASH ACCOUNT: the contract's hasRole, read from the chain
  [ "$(rpc eth_call "[{\"to\":\"$(address_of "$1")\",\"data\":\"0x91d14854$(word "$2")$(word "$3")\"},\"latest\"]")" = "\"0x$(word 1)\"" ]
}
lacks_role() { ! has_role "$@"; }
role() { node -e 'console.log(require("ethers").id(process.argv[1]))' "$1"; }
DEFAULT_ADMIN="0x$(word 0)"
nonce_of() { node -e 'console.log(Number(process.argv[1].replaceAll("\"","")))' "$(rpc eth_getTransactionCount "[\"$1\",\"latest\"]")"; }
confirmed_in_journal() {
  local n
  n="$(grep -c '"type":"TRANSACTION_CONFIRM"' "$JOURNAL" 2>/dev/null)"
  echo "${n:-0}"
}

echo "production-like: chain without unlocked accounts (port $CHAIN_PORT), a block a second"
setsid anvil --host 127.0.0.1 --port "$CHAIN_PORT" --chain-id 31337 --accounts 0 --block-time 1 >"$WORK/chain.log" 2>&1 &
CHAIN_PID=$!
wait_for 60 rpc_answers "$CHAIN_PORT" || { cat "$WORK/chain.log"; exit 1; }
check "the node has no unlocked accounts" test "$(rpc eth_accounts '[]')" = "[]"
ACCOUNTS="$(node tests/scripts/lib/production-like-accounts.mjs "$RPC_URL" "$WORK/service-keystore.json" "$KEYSTORE_PASSWORD")" \
  || die "could not make and fund the accounts"
eval "$ACCOUNTS"
check "the deployer and the service were funded by a transfer" \
  test "$(rpc eth_getBalance "[\"$DEPLOYER\",\"latest\"]")" = '"0x8ac7230489e80000"' -a "$(rpc eth_getBalance "[\"$SERVICE\",\"latest\"]")" = '"0x8ac7230489e80000"'

echo "production-like: the deployer's key and the node's URL in hardhat-keystore"
CITYTOKEN_TEST_KEYSTORE_SECRET="$DEPLOYER_KEY" "${HH[@]}" keystore set CITYTOKEN_DEPLOYER_KEY >"$WORK/keystore.log" 2>&1
CITYTOKEN_TEST_KEYSTORE_SECRET="$RPC_URL" "${HH[@]}" keystore set CITYTOKEN_RPC_URL >>"$WORK/keystore.log" 2>&1
keystore_holds_both() { grep -q 'Key "CITYTOKEN_DEPLOYER_KEY" set' "$WORK/keystore.log" && grep -q 'Key "CITYTOKEN_RPC_URL" set' "$WORK/keystore.log"; }
check "the keystore holds the deployer's key and the node's URL" keystore_holds_both
check "the deployer's key is not stored in clear" sh -c "! grep -rqi '${DEPLOYER_KEY#0x}' '$WORK/config'"

deploy() { # deploy LOG: the deploy through the keystore network, in its own process group (DEPLOY_PID)
  setsid env CITYTOKEN_CHAIN_ID=31337 CITYTOKEN_SERVICE_ACCOUNT="$SERVICE" CITYTOKEN_ADMIN_MULTISIG="$MULTISIG" \
    "${HH[@]}" run --no-compile scripts/deploy.js --network citytoken >"$1" 2>&1 &
  DEPLOY_PID=$!
}
echo "production-like: a deploy killed half-way, then run again"
hardhat compile --quiet >/dev/null
deploy "$WORK/deploy1.log"
two_mined() { [ "$(confirmed_in_journal)" -ge 2 ]; }
wait_for 120 two_mined || cat "$WORK/deploy1.log"
kill -KILL -- "-$DEPLOY_PID" 2>/dev/null
wait "$DEPLOY_PID" 2>/dev/null
DEPLOY_PID=""
check "the killed deploy wrote no manifest" test ! -e "$MANIFEST"
FIRST_CONTRACT="$(grep '"type":"TRANSACTION_CONFIRM"' "$JOURNAL" | head -1 | json receipt.contractAddress)"
check "the killed deploy had mined a contract" test -n "$FIRST_CONTRACT"
deploy "$WORK/deploy2.log"
wait "$DEPLOY_PID"
DEPLOY_RC=$?
DEPLOY_PID=""
check "the deploy run again succeeds" test "$DEPLOY_RC" = 0
check "it resumes from the journal" grep -q "Resuming the deployment journalled" "$WORK/deploy2.log"
check "the contract mined before the kill is the deployment's" \
  sh -c "grep -qi '\"address\": \"$FIRST_CONTRACT\"' '$MANIFEST'"
check "every transaction of the deployment was sent once (deployer nonce = journalled receipts)" \
  test "$(nonce_of "$DEPLOYER")" = "$(confirmed_in_journal)"
DEPLOYMENT_BLOCK="$(json deploymentBlock <"$MANIFEST")"
code_at() { rpc eth_getCode "[\"$(address_of "$1")\",\"0x$(printf %x "$2")\"]"; }
first_block_right() {
  local c any=0
  for c in CivicToken EthereumDIDRegistry CredentialRegistry BallotBox RewardCatalog RecordAnchor PublicFunds; do
    [ "$(code_at "$c" $((DEPLOYMENT_BLOCK - 1)))" = '"0x"' ] || return 1
    [ "$(code_at "$c" "$DEPLOYMENT_BLOCK")" = '"0x"' ] || any=1
  done
  [ "$any" = 1 ]
}
check "deploymentBlock is the first block holding one of the contracts" first_block_right
check "the manifest names the multisig as admin" test "$(json roles.admin <"$MANIFEST")" = "$MULTISIG"
admin_handed_over() {
  local c
  for c in CivicToken CredentialRegistry BallotBox RewardCatalog RecordAnchor PublicFunds; do
    has_role "$c" "$DEFAULT_ADMIN" "$MULTISIG" && lacks_role "$c" "$DEFAULT_ADMIN" "$DEPLOYER" || return 1
  done
  has_role CivicToken "$(role MINTER_ROLE)" "$MULTISIG" && lacks_role CivicToken "$(role MINTER_ROLE)" "$DEPLOYER" \
    && has_role BallotBox "$(role BALLOT_ADMIN_ROLE)" "$MULTISIG" && lacks_role RewardCatalog "$(role RELAYER_ROLE)" "$DEPLOYER" \
    && has_role RecordAnchor "$(role ANCHOR_ROLE)" "$MULTISIG" && lacks_role RecordAnchor "$(role ANCHOR_ROLE)" "$DEPLOYER" \
    && has_role PublicFunds "$(role BUDGET_ROLE)" "$MULTISIG" && lacks_role PublicFunds "$(role BUDGET_ROLE)" "$DEPLOYER"
}
check "the multisig holds every admin role and the deployer none" admin_handed_over
service_roles_kept() {
  has_role CivicToken "$(role MINTER_ROLE)" "$SERVICE" && has_role CredentialRegistry "$(role REGISTRAR_ROLE)" "$SERVICE" \
    && has_role BallotBox "$(role BALLOT_ADMIN_ROLE)" "$SERVICE" && has_role RewardCatalog "$(role RELAYER_ROLE)" "$SERVICE" \
    && has_role RecordAnchor "$(role ANCHOR_ROLE)" "$SERVICE" \
    && has_role PublicFunds "$(role FUNDS_RELAYER_ROLE)" "$SERVICE" && has_role PublicFunds "$(role BUDGET_ROLE)" "$SERVICE"
}
check "the service keeps its minter, registrar, ballot-admin, relayer, anchor and funds roles" service_roles_kept
spent() { node -e 'const {formatEther}=require("ethers");console.log(formatEther(10n**19n-BigInt(JSON.parse(process.argv[1]))))' "$(rpc eth_getBalance "[\"$DEPLOYER\",\"latest\"]")"; }
echo "  (the deployment took $(confirmed_in_journal) transactions and cost the deployer $(spent) ETH)"
"${HH[@]}" run --no-compile scripts/deploy.js --network citytoken >"$WORK/deploy3.log" 2>&1 </dev/null
check "a third run reuses the deployment" grep -q "Reusing deployment" "$WORK/deploy3.log"

echo "production-like: the service signing from an encrypted keystore file"
dotnet build src/CityToken.Api/CityToken.Api.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
printf '%s\n' "$KEYSTORE_PASSWORD" >"$WORK/service-keystore.password"
chmod 600 "$WORK/service-keystore.password"
ADMIN_KEY="ctk_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
mkdir -p "$WORK/data"
setsid env -C src/CityToken.Api/bin/Release/net10.0 \
  Chain__RpcUrl="$RPC_URL" Chain__DeploymentsDirectory="$WORK/deployments" Storage__DataDirectory="$WORK/data" \
  Auth__AdminApiKey="$ADMIN_KEY" Auth__Siwe__Domain="127.0.0.1:$HTTP_PORT" Auth__Siwe__Uri="http://127.0.0.1:$HTTP_PORT" \
  Credentials__PersonKeySecret="$(head -c 32 /dev/urandom | base64)" DataProtection__KeyEncryptionSecret="$(head -c 32 /dev/urandom | base64)" \
  Signer__KeystoreFile="$WORK/service-keystore.json" Signer__KeystorePasswordFile="$WORK/service-keystore.password" \
  Rewards__SeedDemoPrograms=true dotnet CityToken.Api.dll --urls "http://127.0.0.1:$HTTP_PORT" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health/ready")" = 200 ]; }
wait_for 120 ready || tail -40 "$WORK/service.log"
check "the service reports ready" ready
RESIDENT=0x2000000000000000000000000000000000000017
ACTION_ID="$(curl -sS -H "X-Api-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d "{\"externalId\":\"production-like-1\",\"program\":\"volunteering\",\"resident\":\"$RESIDENT\",\"quantity\":1,\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}" \
  "http://127.0.0.1:$HTTP_PORT/api/actions" | json id)"
action() { curl -sS -H "X-Api-Key: $ADMIN_KEY" "http://127.0.0.1:$HTTP_PORT/api/actions/$ACTION_ID"; }
action_confirmed() { action | grep -q '"status":"confirmed"'; }
wait_for 90 action_confirmed
check "a reward is minted (action confirmed)" action_confirmed
check "the resident holds the reward on chain (10 CITY)" test "$(rpc eth_call "[{\"to\":\"$(address_of CivicToken)\",\"data\":\"0x70a08231$(word "$RESIDENT")\"},\"latest\"]")" = "\"0x$(word 8ac7230489e80000)\""
MINT_TX="$(action | json txHash)"
check "the mint was signed by the keystore's account" test "$(rpc eth_getTransactionByHash "[\"$MINT_TX\"]" | json from)" = "$(echo "$SERVICE" | tr 'A-F' 'a-f')"

echo "production-like test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

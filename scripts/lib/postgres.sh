# A throwaway PostgreSQL cluster for ./scripts/test.sh and ./scripts/bench.sh --postgres: initdb in a temporary
# folder, pg_ctl on a free loopback port (no Unix socket outside that folder, no TCP beyond 127.0.0.1), stopped and
# deleted by stop_throwaway_postgres. Source after common.sh; do not run it.

# The folder holding initdb/pg_ctl: CITYTOKEN_PG_BIN, pg_config's, the newest Debian install, or Debian's
# postgresql package installed with apt-get when none is there.
postgres_bin_dir() {
  local dir
  for dir in "${CITYTOKEN_PG_BIN:-}" "$(pg_config --bindir 2>/dev/null || true)" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
  done
  command -v apt-get >/dev/null || die "PostgreSQL's initdb/pg_ctl are missing and apt-get is not available: install PostgreSQL (or set CITYTOKEN_PG_BIN)."
  log "Installing PostgreSQL for the storage tests (apt-get)" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || die "PostgreSQL was installed but no initdb was found under /usr/lib/postgresql."
  echo "$dir"
}

free_loopback_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'
}

# Starts the cluster and exports CITYTOKEN_TEST_POSTGRES (an Npgsql connection string to its "postgres" database,
# superuser "postgres", no password: trust on loopback only). $1: "fast" turns fsync off and keeps the WAL small
# (tests), anything else keeps PostgreSQL's durable defaults, WAL sizes included (benchmarks: with a 256 MB WAL a
# catch-up that writes ~150 MB of WAL ran into checkpoints and their full-page images every other round).
start_throwaway_postgres() {
  local mode="${1:-fast}" bin port
  bin="$(postgres_bin_dir)"
  port="$(free_loopback_port)"
  CITYTOKEN_PG_DIR="$(mktemp -d /tmp/citytoken-pg-XXXXXX)"
  export CITYTOKEN_PG_DIR CITYTOKEN_PG_BIN_DIR="$bin"
  # initdb refuses to run as root: run the cluster as the postgres user (or nobody) then.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    getent passwd postgres >/dev/null || user=nobody
    chown "$user" "$CITYTOKEN_PG_DIR"
    chmod 755 "$CITYTOKEN_PG_DIR"
    as=(runuser -u "$user" --)
  fi
  "${as[@]}" "$bin/initdb" -D "$CITYTOKEN_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$CITYTOKEN_PG_DIR/initdb.log" 2>&1 \
    || { cat "$CITYTOKEN_PG_DIR/initdb.log" >&2; die "initdb failed."; }
  local options="-c listen_addresses=127.0.0.1 -p $port -k $CITYTOKEN_PG_DIR -c max_connections=400 -c shared_buffers=128MB"
  [ "$mode" = fast ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=256MB -c min_wal_size=64MB"
  "${as[@]}" "$bin/pg_ctl" -D "$CITYTOKEN_PG_DIR/data" -l "$CITYTOKEN_PG_DIR/server.log" -o "$options" -w -t 60 start >/dev/null \
    || { cat "$CITYTOKEN_PG_DIR/server.log" >&2; die "PostgreSQL did not start."; }
  CITYTOKEN_PG_RUN_AS="${as[*]}"
  export CITYTOKEN_PG_RUN_AS
  export CITYTOKEN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk "{print \$3}") on 127.0.0.1:$port (data in $CITYTOKEN_PG_DIR)"
}

stop_throwaway_postgres() {
  [ -n "${CITYTOKEN_PG_DIR:-}" ] && [ -d "$CITYTOKEN_PG_DIR" ] || return 0
  # shellcheck disable=SC2086
  $CITYTOKEN_PG_RUN_AS "$CITYTOKEN_PG_BIN_DIR/pg_ctl" -D "$CITYTOKEN_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$CITYTOKEN_PG_DIR"
}

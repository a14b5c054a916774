#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the API tests, from Debian's `postgresql`
# package, in a fresh temp dir, on a free port on 127.0.0.1.
#
#   eval "$(bash scripts/pg-throwaway.sh start)"   # exports the variables below
#   ...                                             # run tests
#   bash scripts/pg-throwaway.sh stop               # stops it, removes the dir
#
# `start` prints shell `export` lines on stdout (diagnostics go to stderr):
#   DATABASE_URL       postgres://postgres@127.0.0.1:PORT/stuurboord_test
#   PG_ADMIN_URL       postgres://postgres@127.0.0.1:PORT/postgres
#   PG_THROWAWAY_DIR   the temp dir (cluster data, socket, log); `stop` reads it
#   PGHOST, PGPORT, PGUSER  so that psql/createdb work without arguments
# The user `postgres` is a superuser with trust auth on loopback only, so test
# files may CREATE DATABASE for their own isolation. Never use this for real data.
#
# PostgreSQL refuses to run as root: when root, the dir is given to the
# `postgres` user and initdb/pg_ctl run with `runuser -u postgres --`.
# `stop [DIR]` stops the cluster in DIR (default $PG_THROWAWAY_DIR).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DB_NAME="${PG_THROWAWAY_DB:-stuurboord_test}"

log() { echo "pg-throwaway: $*" >&2; }

as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  # ensure-system-deps prints PG_BIN=<dir> on its last line.
  if [[ -z "${PG_BIN:-}" ]]; then
    PG_BIN="$(bash "$here/ensure-system-deps.sh" 2>/dev/null | sed -n 's/^PG_BIN=//p' | tail -1)" || true
  fi
  [[ -n "${PG_BIN:-}" && -x "$PG_BIN/initdb" ]] || { log "PostgreSQL server binaries not found; run scripts/ensure-system-deps.sh"; exit 1; }
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
}

stop_cluster() {
  local dir="${1:-${PG_THROWAWAY_DIR:-}}"
  [[ -n "$dir" ]] || { log "stop: no dir given and PG_THROWAWAY_DIR unset"; exit 1; }
  [[ -d "$dir" ]] || { log "stop: $dir does not exist (already stopped)"; return 0; }
  [[ -f "$dir/.pg-throwaway" ]] || { log "stop: $dir is not a throwaway cluster dir; refusing to remove it"; exit 1; }
  pg_bin
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    if ! as_pg "$PG_BIN/pg_ctl" -D "$dir/data" stop -m fast -w -t 20 >/dev/null 2>&1; then
      local pid; pid="$(head -1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
      if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        log "pg_ctl stop failed; sending SIGQUIT/SIGKILL to postmaster $pid"
        kill -QUIT "$pid" 2>/dev/null || true; sleep 2; kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

start_cluster() {
  pg_bin
  local dir; dir="$(mktemp -d "${TMPDIR:-/tmp}/stuurboord-pg.XXXXXX")"
  touch "$dir/.pg-throwaway"
  chmod 700 "$dir"
  if [[ "$(id -u)" == 0 ]]; then chown -R postgres: "$dir"; fi
  # If anything below fails, do not leave a cluster or a dir behind.
  trap 'log "start failed; log follows"; cat "$dir/pg.log" >&2 2>/dev/null || true; stop_cluster "$dir" || true' ERR

  as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; false; }

  local port attempt started=0
  for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    # Throwaway: durability off for speed; TCP on loopback only; socket in our dir.
    if as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/pg.log" -w -t 30 start -o \
        "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null 2>&1; then
      started=1; break
    fi
    log "start on port $port failed (attempt $attempt); retrying on another port"
    tail -5 "$dir/pg.log" >&2 2>/dev/null || true
  done
  ((started)) || { log "could not start PostgreSQL"; false; }

  # pg_ctl -w already waits; double-check that TCP connections are accepted.
  local i
  for i in $(seq 1 100); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres && break
    sleep 0.1
  done
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres || { log "not ready after 10 s"; false; }

  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE DATABASE \"$DB_NAME\"" >&2
  trap - ERR

  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port in $dir"
  echo "export PG_THROWAWAY_DIR='$dir'"
  echo "export DATABASE_URL='postgres://postgres@127.0.0.1:$port/$DB_NAME'"
  echo "export PG_ADMIN_URL='postgres://postgres@127.0.0.1:$port/postgres'"
  echo "export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres"
}

case "${1:-}" in
  start) start_cluster ;;
  stop) stop_cluster "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac

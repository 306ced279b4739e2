#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests that need a real database (camel-martech-jdbc).
#
#   .ci/postgres.sh start        initdb + start on 127.0.0.1 and a free port, in a new temporary directory;
#                                prints shell assignments to eval:
#                                MARTECH_POSTGRES_URL, MARTECH_POSTGRES_USER, MARTECH_POSTGRES_DIR
#   .ci/postgres.sh stop DIR     stop the server started in DIR and delete DIR
#
# Uses the distribution's binaries (Debian: /usr/lib/postgresql/<version>/bin, package postgresql), or the ones on
# PATH, or PG_BINDIR. initdb refuses to run as root, so as root the server runs as the `postgres` user the package
# creates. Authentication is trust, and the server listens on loopback only: it holds nothing but test data and
# lives as long as the run that started it. Everything but the eval-able lines goes to stderr.
set -euo pipefail

bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"; return
  fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then
    echo "$d"; return
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return
  fi
  echo "postgres.sh: no PostgreSQL binaries (initdb, pg_ctl); install the postgresql package or set PG_BINDIR" >&2
  exit 2
}

# runs a command as the server's owner: postgres when we are root, else ourselves
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return
    fi
  done
  echo "postgres.sh: no free port found" >&2
  exit 1
}

start() {
  local bin dir port user=martech db=martech
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/martech-pg.XXXXXX")
  if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "postgres.sh: running as root needs the postgres user (created by the postgresql package)" >&2
      rm -rf "$dir"; exit 2
    fi
    chown postgres: "$dir"
  fi
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  local started=""
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    # the socket goes to the temporary directory too: /var/run/postgresql may not exist or be writable
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >&2; then
      started=yes; break
    fi
  done
  if [ -z "$started" ]; then
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"; exit 1
  fi
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$db" >&2
  echo "export MARTECH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$port/$db'"
  echo "export MARTECH_POSTGRES_USER='$user'"
  echo "export MARTECH_POSTGRES_DIR='$dir'"
}

stop() {
  local dir=${1:?usage: postgres.sh stop DIR}
  local bin
  bin=$(bindir)
  case "$dir" in
    */martech-pg.*) ;;
    *) echo "postgres.sh: refusing to remove $dir (not a directory this script created)" >&2; exit 2 ;;
  esac
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (ADR 0029), from Debian's `postgresql` package:
# initdb in a temporary folder, owned by an unprivileged user (PostgreSQL refuses to run as root),
# listening on 127.0.0.1 at a free port and on a unix socket in that folder. Nothing outside the
# folder is touched, and `stop` removes it.
#
#   eval "$(scripts/pg-cluster.sh start)"   # exports TEST_DATABASE_URL and PG_CLUSTER_DIR
#   scripts/pg-cluster.sh stop "$PG_CLUSTER_DIR"
#
# TEST_DATABASE_URL names the cluster's superuser; the tests create their own databases and roles
# in it. The cluster trades durability for speed (fsync off): it is for tests only.
set -euo pipefail

# shellcheck source=scripts/pg-lib.sh
. "$(dirname "$0")/pg-lib.sh"

# As root, PostgreSQL's programs run as $owner (pg_choose_owner in pg-lib.sh).
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

start() {
  local bin dir port password
  bin=$(pg_bindir)
  pg_choose_owner
  dir=$(mktemp -d "${TMPDIR:-/tmp}/samvirke-pg.XXXXXX")
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown "$owner" "$dir"
  password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown "$owner" "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  # A free port: ask the kernel for one, then let PostgreSQL take it (retried if another took it first).
  for attempt in 1 2 3 4 5; do
    port=$(pg_free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
      printf 'export PG_CLUSTER_DIR=%q\n' "$dir"
      printf 'export TEST_DATABASE_URL=%q\n' "postgres://postgres:$password@127.0.0.1:$port/postgres"
      return 0
    fi
    echo "pg-cluster: start on port $port failed (attempt $attempt)" >&2
  done
  cat "$dir/server.log" >&2
  exit 1
}

stop() {
  local dir=${1:-${PG_CLUSTER_DIR:-}} bin
  case "$dir" in
    "${TMPDIR:-/tmp}"/samvirke-pg.*) ;;
    *) echo "pg-cluster: stop needs the folder start made (PG_CLUSTER_DIR), not '$dir'" >&2; exit 1 ;;
  esac
  bin=$(pg_bindir)
  owner=$(stat -c %U "$dir")
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [dir]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A PostgreSQL primary with a synchronous streaming standby, WAL archiving and point-in-time restore,
# as two (or more) local clusters in one temporary folder: the failover drill and the backup test
# run on it, and docs/operations.md § PostgreSQL shows these same commands (issue 17, ADR 0029).
# Unlike scripts/pg-cluster.sh, fsync stays on: the point is what survives a crash.
#
#   eval "$(scripts/pg-replica.sh start)"    # exports PG_REPLICA_DIR, PG_PRIMARY_URL, PG_STANDBY_URL, PG_FAILOVER_URL
#   scripts/pg-replica.sh kill "$PG_REPLICA_DIR"       # kill -9 of the primary's postmaster
#   scripts/pg-replica.sh promote "$PG_REPLICA_DIR"    # the standby becomes the primary
#   scripts/pg-replica.sh rejoin "$PG_REPLICA_DIR"     # the old primary, rewound, as the new primary's standby
#   scripts/pg-replica.sh backup "$PG_REPLICA_DIR" NAME                 # base backup of the current primary
#   scripts/pg-replica.sh restore "$PG_REPLICA_DIR" NAME 'TIME'|lsn:LSN # a new cluster from it, WAL replayed to the point; prints PG_RESTORED_URL
#   scripts/pg-replica.sh stop "$PG_REPLICA_DIR"       # every cluster in the folder stopped, the folder removed
#
# Layout of the folder: primary/ and standby/ (data), archive/ (WAL), backups/NAME, restored-NAME/,
# pgpass (the superuser's password, for the replication and backup connections), *.log.
# The names stay with the folders: after `promote` the cluster in standby/ is the primary.
set -euo pipefail

# shellcheck source=scripts/pg-lib.sh
. "$(dirname "$0")/pg-lib.sh"

# As root, PostgreSQL's programs run as $owner (pg_choose_owner in pg-lib.sh), with the folder's
# password file for the replication and backup connections.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- env PGPASSFILE="$dir/pgpass" "$@"; else PGPASSFILE="$dir/pgpass" "$@"; fi
}

port_of() { cat "$dir/$1.port"; }

# The primary's settings. On the command line, not in postgresql.conf, so that pg_basebackup does
# not copy them to the standby: a promoted standby that still named a synchronous standby would
# wait for one that is gone, and every commit would hang.
primary_options() {
  printf '%s' "-c listen_addresses=127.0.0.1 -c port=$1 -c unix_socket_directories=$dir \
-c wal_level=replica \
-c synchronous_commit=on -c synchronous_standby_names=* \
-c archive_mode=on -c archive_command='test ! -f $dir/archive/%f && cp %p $dir/archive/%f' -c archive_timeout=60"
}

# A standby's settings: it serves reads (hot_standby) and, once promoted, archives WAL like the
# primary did. It names no synchronous standby of its own (see primary_options).
standby_options() {
  printf '%s' "-c listen_addresses=127.0.0.1 -c port=$1 -c unix_socket_directories=$dir \
-c wal_level=replica -c hot_standby=on \
-c archive_mode=on -c archive_command='test ! -f $dir/archive/%f && cp %p $dir/archive/%f' -c archive_timeout=60"
}

# pg_ctl start on a free port, retried if another process took the port first.
start_cluster() {
  local name=$1 kind=$2 port attempt
  for attempt in 1 2 3 4 5; do
    port=$(pg_free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/$name" -l "$dir/$name.log" -w -t 120 start -o "$("${kind}_options" "$port")" >/dev/null; then
      printf '%s\n' "$port" >"$dir/$name.port"
      return 0
    fi
    echo "pg-replica: start of $name on port $port failed (attempt $attempt)" >&2
  done
  cat "$dir/$name.log" >&2
  exit 1
}

url() { # url HOST:PORT[,HOST:PORT] [QUERY]
  printf 'postgres://postgres:%s@%s/postgres%s' "$(cat "$dir/password")" "$1" "${2:+?$2}"
}

exports() {
  printf 'export PG_REPLICA_DIR=%q\n' "$dir"
  printf 'export PG_PRIMARY_URL=%q\n' "$(url "127.0.0.1:$(port_of primary)")"
  printf 'export PG_STANDBY_URL=%q\n' "$(url "127.0.0.1:$(port_of standby)")"
  # Both hosts: a client tries them in turn and keeps the one that takes writes. postgres.js needs
  # `primary` (its `read-write` reads only default_transaction_read_only, which a hot standby
  # reports as off); libpq (psql, pg_dump) takes `read-write` and `primary` alike.
  printf 'export PG_FAILOVER_URL=%q\n' "$(url "127.0.0.1:$(port_of primary),127.0.0.1:$(port_of standby)" target_session_attrs=primary)"
}

start() {
  bin=$(pg_bindir)
  pg_choose_owner
  dir=$(mktemp -d "${TMPDIR:-/tmp}/samvirke-pgrep.XXXXXX")
  chmod 700 "$dir"
  mkdir "$dir/archive" "$dir/backups"
  local password
  password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$dir/password"
  printf '127.0.0.1:*:*:postgres:%s\n' "$password" >"$dir/pgpass"
  chmod 600 "$dir/password" "$dir/pgpass"
  [ "$(id -u)" = 0 ] && chown -R "$owner" "$dir"
  # The primary.
  as_owner "$bin/initdb" -D "$dir/primary" -U postgres --pwfile="$dir/password" --auth-local=peer --auth-host=scram-sha-256 \
    --data-checksums --wal-segsize=1 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # Where a cluster finds archived WAL when it recovers: pg_rewind needs it (--restore-target-wal),
  # and the standby copies it with the base backup.
  printf "restore_command = 'cp %s/archive/%%f %%p'\n" "$dir" | as_owner sh -c "cat >>'$dir/primary/postgresql.auto.conf'"
  start_cluster primary primary
  # The standby: a base backup of the running primary; -R writes standby.signal and primary_conninfo
  # (application_name names it in pg_stat_replication), -X stream copies the WAL written meanwhile.
  as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$(port_of primary)" -U postgres -D "$dir/standby" -R -X stream -c fast \
    -d "application_name=standby" >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; exit 1; }
  start_cluster standby standby
  # Ready when the primary sees its standby as synchronous: before that, commits would wait.
  local attempt
  for attempt in $(seq 1 600); do
    if [ "$(as_owner "$bin/psql" -h "$dir" -p "$(port_of primary)" -U postgres -d postgres -Atc "select count(*) from pg_stat_replication where sync_state = 'sync' and state = 'streaming'" 2>/dev/null)" = 1 ]; then
      exports
      return 0
    fi
    sleep 0.1
  done
  echo "pg-replica: the standby did not become synchronous" >&2
  cat "$dir/standby.log" >&2
  exit 1
}

# The commands below work on the folder `start` made.
open_dir() {
  dir=${1:-${PG_REPLICA_DIR:-}}
  case "$dir" in
    "${TMPDIR:-/tmp}"/samvirke-pgrep.*) [ -d "$dir" ] || { echo "pg-replica: no folder $dir" >&2; exit 1; } ;;
    *) echo "pg-replica: needs the folder start made (PG_REPLICA_DIR), not '$dir'" >&2; exit 1 ;;
  esac
  bin=$(pg_bindir)
  owner=$(stat -c %U "$dir")
}

# What a lost machine looks like to the standby: the postmaster gone without a shutdown. Its
# backends notice and exit, so every client connection to it breaks.
kill_primary() {
  local pid
  pid=$(head -n 1 "$dir/primary/postmaster.pid")
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
}

promote() {
  as_owner "$bin/pg_ctl" -D "$dir/standby" -w -t 120 promote >/dev/null
}

# The old primary back, as the standby of the promoted one: pg_rewind undoes what it wrote that the
# new primary never received (it needs data checksums or wal_log_hints; initdb made the primary with checksums), then it follows the new primary, and the new
# primary waits for it synchronously again.
rejoin() {
  local port
  port=$(port_of primary)
  if [ -f "$dir/primary/postmaster.pid" ] && kill -0 "$(head -n 1 "$dir/primary/postmaster.pid")" 2>/dev/null; then
    as_owner "$bin/pg_ctl" -D "$dir/primary" -m fast -w stop >/dev/null
  fi
  # pg_rewind reads the source's timeline from its control file, which a fresh promotion updates
  # only at its next checkpoint.
  as_owner "$bin/psql" -h "$dir" -p "$(port_of standby)" -U postgres -d postgres -qAtc checkpoint
  as_owner "$bin/pg_rewind" -D "$dir/primary" --source-server="host=127.0.0.1 port=$(port_of standby) user=postgres dbname=postgres" \
    --restore-target-wal -R >"$dir/rewind.log" 2>&1 || { cat "$dir/rewind.log" >&2; exit 1; }
  # pg_rewind -R writes standby.signal and a primary_conninfo without application_name.
  printf "primary_conninfo = 'host=127.0.0.1 port=%s user=postgres passfile=%s application_name=primary'\n" "$(port_of standby)" "$dir/pgpass" >>"$dir/primary/postgresql.auto.conf"
  as_owner "$bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w -t 120 start -o "$(standby_options "$port")" >/dev/null
  as_owner "$bin/psql" -h "$dir" -p "$(port_of standby)" -U postgres -d postgres -qAtc "alter system set synchronous_standby_names = '*'" -c "select pg_reload_conf()" >/dev/null
}

backup() {
  local name=$1 source=primary
  case "$name" in ''|*/*|.*) echo "pg-replica: backup needs a plain NAME" >&2; exit 2 ;; esac
  # The current primary: the standby folder's cluster once promoted.
  [ -f "$dir/standby/standby.signal" ] || source=standby
  as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$(port_of "$source")" -U postgres -D "$dir/backups/$name" -X stream -c fast \
    >"$dir/backup-$name.log" 2>&1 || { cat "$dir/backup-$name.log" >&2; exit 1; }
}

# A new cluster from base backup NAME, replaying archived WAL up to the target (a time, or
# lsn:LSN), then promoted: the state of the database at that point.
restore() {
  local name=$1 target=$2 setting data
  [ -d "$dir/backups/$name" ] || { echo "pg-replica: no backup $name" >&2; exit 1; }
  case "$target" in
    lsn:*) setting="recovery_target_lsn = '${target#lsn:}'" ;;
    ?*) setting="recovery_target_time = '$target'" ;;
    *) echo "pg-replica: restore needs a target time or lsn:LSN" >&2; exit 2 ;;
  esac
  data="$dir/restored-$name"
  as_owner cp -a "$dir/backups/$name" "$data"
  as_owner sh -c "cat >>'$data/postgresql.auto.conf'" <<EOF
restore_command = 'cp $dir/archive/%f %p'
$setting
recovery_target_action = 'promote'
EOF
  as_owner touch "$data/recovery.signal"
  start_restored "restored-$name"
  local attempt
  # pg_ctl -w returns once connections are accepted, which a hot standby does before it reaches the target.
  for attempt in $(seq 1 1200); do
    if [ "$(as_owner "$bin/psql" -h "$dir" -p "$(port_of "restored-$name")" -U postgres -d postgres -Atc 'select pg_is_in_recovery()' 2>/dev/null)" = f ]; then
      printf 'export PG_RESTORED_URL=%q\n' "$(url "127.0.0.1:$(port_of "restored-$name")")"
      return 0
    fi
    sleep 0.1
  done
  echo "pg-replica: restore $name did not reach its target" >&2
  cat "$dir/restored-$name.log" >&2
  exit 1
}

# A restored cluster archives nothing (its WAL would mix with the primary's in archive/).
restored_options() {
  printf '%s' "-c listen_addresses=127.0.0.1 -c port=$1 -c unix_socket_directories=$dir -c archive_mode=off"
}
start_restored() { start_cluster "$1" restored; }

stop() {
  local data
  for data in "$dir"/primary "$dir"/standby "$dir"/restored-*; do
    if [ -f "$data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  done
  rm -rf "$dir"
}

command=${1:-}
shift || true
case "$command" in
  start) start ;;
  kill) open_dir "${1:-}"; kill_primary ;;
  promote) open_dir "${1:-}"; promote ;;
  rejoin) open_dir "${1:-}"; rejoin ;;
  backup) open_dir "${1:-}"; backup "${2:-}" ;;
  restore) open_dir "${1:-}"; restore "${2:-}" "${3:-}" ;;
  stop) open_dir "${1:-}"; stop ;;
  *) echo "usage: $0 start | kill DIR | promote DIR | rejoin DIR | backup DIR NAME | restore DIR NAME TIME|lsn:LSN | stop DIR" >&2; exit 2 ;;
esac

# Sourced by the bench scripts: a throwaway PostgreSQL server of the machine's binaries on localhost:$port in
# $work/pg, stopped (and $work removed) when the script exits. Set port and work before sourcing; PG_BIN picks the
# binaries (default: the newest /usr/lib/postgresql/*/bin). Then: start_postgres [-c setting=value ...].
pgbin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
# initdb refuses to run as root: the server then belongs to the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
stop_postgres() {
  as_pg "'$pgbin/pg_ctl' -D '$work/pg/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_postgres EXIT
start_postgres() {
  mkdir -p "$work/pg"
  if [ "$(id -u)" = 0 ]; then chown postgres "$work/pg" && chmod 755 "$work"; fi
  as_pg "'$pgbin/initdb' -D '$work/pg/data' -U postgres -A trust" >/dev/null
  as_pg "'$pgbin/pg_ctl' -D '$work/pg/data' -w -l '$work/pg/log' \
    -o '-p $port -k $work/pg -c listen_addresses=localhost $*' start" >/dev/null
}

#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (tests/storage/test_pg_*.py), from Debian's
# postgresql package: `start DIR [PORT]` creates a cluster in DIR, starts it on 127.0.0.1 and
# prints the URL to put in ASSOCOMPTA_PG_URL; `stop DIR` stops it. Run as root, the server
# runs as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail
action=${1:?usage: pg_test_server.sh start|stop DIR [PORT]}
dir=${2:?usage: pg_test_server.sh start|stop DIR [PORT]}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
case $action in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" \
        >"$dir/initdb.log"
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \
        \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -w stop" >/dev/null
    ;;
*)
    echo "usage: pg_test_server.sh start|stop DIR [PORT]" >&2; exit 2
    ;;
esac

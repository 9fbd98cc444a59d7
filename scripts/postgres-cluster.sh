#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# A throw-away PostgreSQL cluster for the tests and benchmarks of team mode, in a folder of its
# own on a free loopback port (platform-notes §8). PostgreSQL refuses to run as root, so as
# root the server programs run as the `postgres` system user (the Debian package makes it).
#
#   scripts/postgres-cluster.sh start DIR   creates and starts it; prints the admin URL
#                                           (postgresql://postgres@127.0.0.1:PORT/postgres)
#   scripts/postgres-cluster.sh stop DIR    stops it and removes DIR
#
# The cluster trades durability for speed (fsync off): it holds test data only.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
    echo "postgres-cluster: PostgreSQL is not installed; run scripts/bootstrap.sh" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

case "${1:-}" in
start)
    dir=${2:?usage: postgres-cluster.sh start DIR}
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        # the server must reach its folder through every parent (mktemp's are 0700)
        chmod o+x "$(dirname "$dir")"
    fi
    as_server "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + (RANDOM % 20000)))
        port_is_free "$port" || continue
        if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null; then
            echo "$port" >"$dir/port"
            echo "postgresql://postgres@127.0.0.1:$port/postgres"
            exit 0
        fi
    done
    echo "postgres-cluster: the server did not start; its log:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    dir=${2:?usage: postgres-cluster.sh stop DIR}
    if [ -f "$dir/port" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres-cluster.sh start DIR | stop DIR" >&2
    exit 2
    ;;
esac

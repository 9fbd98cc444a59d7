#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Runs the benchmarks behind the README's Performance section, in a Release build. Not part of
# the test command: they take minutes and want a quiet machine. Pass names to run only some:
#   scripts/bench.sh segments csv phone route dispatch throttle campaign campaignfloor campaignparts campaignpg campaignstart campaignstartpg teamdispatch campaignsui optouts logui busystore dashboard dashboardui
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release

bench=build/release/tests/bench
wanted=("$@")
[[ ${#wanted[@]} -eq 0 ]] && wanted=(segments csv phone route dispatch throttle campaign campaignfloor campaignpg campaignstart campaignstartpg teamdispatch campaignsui optouts logui busystore dashboard dashboardui)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
# Team mode's benchmarks run on a throw-away PostgreSQL cluster, made on first use and stopped
# on the way out.
pg_dir=""
postgres_cluster() {
    if [[ -z "$pg_dir" ]]; then
        pg_dir=$(mktemp -d)/cluster
        trap 'scripts/postgres-cluster.sh stop "$pg_dir"' EXIT
        SMSROUTER_TEST_PG=$(scripts/postgres-cluster.sh start "$pg_dir")
        export SMSROUTER_TEST_PG
    fi
}

for name in "${wanted[@]}"; do
    echo "== $name"
    case "$name" in
        dispatch) "$bench/benchdispatch" throughput 30000 3 ;;
        throttle) "$bench/benchdispatch" throttle 60 ;;
        # The 5,000,000-message store is generated once into /tmp (smsrouter-benchdashboard-v*.sqlite).
        dashboard) "$bench/benchdashboard" refresh 15 && "$bench/benchdashboard" triggercost 1000000 ;;
        dashboardui) tests/bench/dashboard-ui.sh ;;
        logui) QT_QPA_PLATFORM=offscreen "$bench/benchlogui" ;;
        busystore) for run in 1 2 3; do QT_QPA_PLATFORM=offscreen "$bench/benchbusystore" 2>/dev/null; done ;;
        optouts)
            # `smsrouter-cli optout import` of 1,000,000 random Portuguese mobiles into a new store,
            # alone and while a second writer (a transaction every 2 ms) records its longest wait.
            scratch=$(mktemp -d)
            awk 'BEGIN { srand(2); print "phone,reason"
                         for (i = 0; i < 1000000; i++)
                             printf "+3519%s%07d,STOP\n", substr("1236", int(rand() * 4) + 1, 1), int(rand() * 10000000) }' \
                >"$scratch/stop.csv"
            "$bench/benchoptouts" build/release/app/cli/smsrouter-cli "$scratch/stop.csv" 3
            rm -rf "$scratch" ;;
        # The issue's million-row file end to end through the CLI, beside `sqlite3 .import` of it.
        campaign) tests/bench/campaign-import.sh 1000000 3 ;;
        # What SQLite alone needs for the accepted rows, by table layout (the floor under any import).
        campaignfloor) tests/bench/campaign-floor.sh 959237 3 ;;
        # Where an import's time goes, in-process (ImportTimings; its own file, phone,name).
        campaignparts) "$bench/benchcampaign" ;;
        # The same 1,000,000-row import into a store on PostgreSQL (a fresh database a run).
        campaignpg) postgres_cluster && SMSROUTER_TEST_BACKEND=postgresql "$bench/benchcampaign" ;;
        # Starting a 1,000,000-message campaign, a dispatcher's promotion of all of it, and the
        # per-message start it replaced; on SQLite, then on PostgreSQL (benchcampaignstart.cpp).
        campaignstart) "$bench/benchcampaignstart" 1000000 3 ;;
        campaignstartpg) postgres_cluster && SMSROUTER_TEST_BACKEND=postgresql "$bench/benchcampaignstart" 1000000 3 ;;
        # One, then three dispatchers on PostgreSQL and one on SQLite, one campaign each (team mode).
        teamdispatch) tests/bench/team-dispatch.sh 20000 ;;
        *) if [[ -x "$bench/bench$name" ]]; then "$bench/bench$name"; else echo "(not built: $bench/bench$name)"; fi ;;
    esac
done

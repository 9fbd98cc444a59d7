#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Team mode's throughput, measured in one run: one campaign sent to restcomm-sim on loopback by
# one `smsrouter-cli dispatch` on SQLite, one on PostgreSQL, and three at once on PostgreSQL (a
# throw-away cluster, scripts/postgres-cluster.sh). Each run gets a fresh store and simulator;
# the carrier has no practical rate limit unless RATE says otherwise. Figures: messages per
# second from the dispatchers' start until the simulator accepted the last one, the same rate
# between its first and last acceptance (its ledger), the busiest one-second window, and how many
# messages were accepted twice (always 0).
#   tests/bench/team-dispatch.sh [MESSAGES]      (default 20000; BUILD=build/release, RATE=100000,
#                                                 RUNS="sqlite:1 postgresql:1 postgresql:3")
set -euo pipefail
cd "$(dirname "$0")/../.."
messages=${1:-20000}
build=${BUILD:-build/release}
rate=${RATE:-100000}
cli=$build/app/cli/smsrouter-cli
sim=$build/tests/sim/restcomm-sim
work=$(mktemp -d)
cleanup() {
    kill $(jobs -p) 2>/dev/null || true
    wait 2>/dev/null || true
    scripts/postgres-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export SMSROUTER_SECRET_STORE=database
admin=$(scripts/postgres-cluster.sh start "$work/pg")
awk -v n="$messages" 'BEGIN { print "phone"; for (i = 0; i < n; i++) printf "+4479111%05d\n", i }' >"$work/list.csv"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $messages messages, carrier rate $rate/s, $build"

run() {
    local backend=$1 count=$2 db
    if [[ $backend == sqlite ]]; then
        db=$work/store-$count.sqlite
    else
        psql -q "$admin" -c "CREATE DATABASE bench$count" >/dev/null
        db=${admin%/postgres}/bench$count
    fi
    rm -f "$work/sim.port" "$work/ledger"
    "$sim" --port 0 --ledger "$work/ledger" --sent-after-ms 0 --final-after-ms 0 --exit-on-eof \
        >"$work/sim.port" 2>/dev/null < <(sleep 3600) &
    local simulator=$!
    for _ in $(seq 100); do [[ -s "$work/sim.port" ]] && break; sleep 0.1; done
    # The simulator's administrator (password "RestComm"; its token is its MD5).
    printf RestComm | md5sum | cut -d' ' -f1 | "$cli" --db "$db" carrier add Bench \
        --account-sid ACae6e420f425248d6a26948c17a9e2acf \
        --base-url "http://127.0.0.1:$(head -1 "$work/sim.port")/restcomm/2012-04-24" \
        --rate "$rate" --max-in-flight 64 --token-stdin >/dev/null
    "$cli" --db "$db" rule add --default --carrier Bench >/dev/null
    local id
    id=$("$cli" --db "$db" --json campaign import "$work/list.csv" --name bench --from Bench --body Hello |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["campaign_id"])')
    "$cli" --db "$db" campaign start "$id" >/dev/null
    local start end pids=()
    start=$(date +%s.%N)
    for _ in $(seq "$count"); do
        "$cli" --db "$db" dispatch --max-seconds 900 >/dev/null 2>&1 &
        pids+=($!)
    done
    until [[ -s "$work/ledger" && $(wc -l <"$work/ledger") -ge $messages ]]; do sleep 0.1; done
    end=$(date +%s.%N)
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
    kill "$simulator" 2>/dev/null || true
    wait "$simulator" 2>/dev/null || true
    python3 - "$work/ledger" "$backend" "$count" "$start" "$end" <<'EOF'
import json, sys
path, backend, count, start, end = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
lines = [json.loads(line) for line in open(path)]
times = sorted(line["received_at"] for line in lines)
twice = len(lines) - len({line["to"] for line in lines})
busiest, first = 0, 0
for last in range(len(times)):
    while times[last] - times[first] >= 1000:
        first += 1
    busiest = max(busiest, last - first + 1)
span = max(1, times[-1] - times[0]) / 1000
print(f"{backend:10} {count} dispatcher(s): {len(lines) / (end - start):7.0f} msg/s from start to the last acceptance "
      f"({end - start:.1f} s), {len(lines) / span:7.0f} msg/s between first and last acceptance, busiest second "
      f"{busiest}, accepted twice {twice}")
EOF
}

for spec in ${RUNS:-sqlite:1 postgresql:1 postgresql:3}; do
    run "${spec%:*}" "${spec#*:}"
done

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The Dashboard page's longest GUI-thread stall on the 5,000,000-message store (made by
# `benchdashboard refresh`) while `smsrouter-cli dispatch` sends a 100,000-message campaign at
# full speed to restcomm-sim: benchdashboardui shows the page offscreen for 60 s per range.
#   tests/bench/dashboard-ui.sh [RANGE…]     (hour, day, week; default: all three)
set -euo pipefail
cd "$(dirname "$0")/../.."
rel=build/release
source_store=$(ls /tmp/smsrouter-benchdashboard-v*.sqlite 2>/dev/null | tail -1 || true)
if [[ -z "$source_store" ]]; then
    "$rel/tests/bench/benchdashboard" refresh 1 >/dev/null
    source_store=$(ls /tmp/smsrouter-benchdashboard-v*.sqlite | tail -1)
fi
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export SMSROUTER_SECRET_STORE=database QT_QPA_PLATFORM=offscreen
cli=$rel/app/cli/smsrouter-cli
ranges=("$@")
[[ ${#ranges[@]} -eq 0 ]] && ranges=(hour day week)
awk 'BEGIN { print "phone"; for (i = 0; i < 100000; i++) printf "+3519%08d\n", 10000000 + i }' >"$work/live.csv"
for range in "${ranges[@]}"; do
    export SMSROUTER_DB=$work/store.sqlite
    cp "$source_store" "$SMSROUTER_DB"
    rm -f "$work/sim.port"
    "$rel/tests/sim/restcomm-sim" --port 0 --final-after-ms 200 --exit-on-eof >"$work/sim.port" 2>/dev/null < <(sleep 600) &
    sim=$!
    for _ in $(seq 100); do [[ -s "$work/sim.port" ]] && break; sleep 0.1; done
    # The simulator's administrator (password "RestComm"; its token is its MD5), with no practical limit.
    printf RestComm | md5sum | cut -d' ' -f1 | "$cli" carrier add "Bench live" \
        --account-sid ACae6e420f425248d6a26948c17a9e2acf \
        --base-url "http://127.0.0.1:$(head -1 "$work/sim.port")/restcomm/2012-04-24" \
        --rate 100000 --max-in-flight 32 --token-stdin >/dev/null
    "$cli" rule add --prefix 3519 --carrier "Bench live" --cost 0.01 >/dev/null
    id=$("$cli" --json campaign import "$work/live.csv" --name live --from Bench --body Hello |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["campaign_id"])')
    "$cli" campaign start "$id" >/dev/null
    "$cli" dispatch --max-seconds 70 >/dev/null 2>&1 &
    dispatcher=$!
    "$rel/tests/bench/benchdashboardui" --db "$SMSROUTER_DB" --seconds 60 --range "$range" 2>/dev/null
    kill "$dispatcher" "$sim" 2>/dev/null || true
    wait "$dispatcher" "$sim" 2>/dev/null || true
    "$cli" --json campaign show "$id" |
        python3 -c 'import json, sys; c = json.load(sys.stdin)["counts"]; print("dispatcher meanwhile:", sum(v for k, v in c.items() if k != "queued"), "of 100000 messages sent")'
done

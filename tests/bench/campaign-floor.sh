#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# What SQLite alone needs to store a million-row campaign, by table layout: the floor under any
# import (issue 14). No file, no parsing, no C++: sqlite3 makes up ROWS rows by SQL (numbers and
# bodies as long as the campaign bench's) and inserts them into a store the CLI created, with
# the import connection's settings (synchronous NORMAL, 16 MiB cache, foreign keys checked
# apart). Variants, each into a fresh copy:
#   today          the messages table with all its indexes (what an import writes now; since
#                  store migration 15 messages_due leaves pending messages out)
#   full-due       with messages_due over every message, as before migration 15
#   no-campaign    without messages_campaign_state (campaign_id, state) either
#   lean           a table of only what a not yet queued recipient needs (campaign, number, body,
#                  segments, route, cost), no secondary index
# beside `sqlite3 .import` of a file of as many rows (the anchor of tests/bench/campaign-import.sh).
# Prints each run and the medians.
#   tests/bench/campaign-floor.sh [ROWS] [RUNS]      (default 959237, the bench file's accepted rows; 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-959237}
runs=${2:-3}
cli=${BUILD:-build/release}/app/cli/smsrouter-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SMSROUTER_SECRET_STORE=database SMSROUTER_TOKEN=benchtoken

for i in 1 2 3 4; do # four carriers, as the campaign bench's rules spread the numbers over
    "$cli" --db "$work/base.sqlite" carrier add "Floor $i" --account-sid "AC$(printf '%032d' $i)" >/dev/null
done
awk -v rows="$rows" 'BEGIN { print "phone,name,code"; for (i = 1; i <= rows; i++)
    printf "+3519%d,Cliente %d,%06d\n", 10000000 + i, i, i % 999983 }' >"$work/anchor.csv"

settings="PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA foreign_keys = OFF;
    INSERT INTO campaigns (id, name, sender, body_template, created_at) VALUES (1, 'Floor', 'Shop', 'x', 0);"
numbers="WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)"
number="'+3519' || (10000000 + i)"
body="'Hi Cliente ' || i || ', code ' || printf('%06d', i % 999983)"
messages="$numbers INSERT INTO messages (campaign_id, to_number, region, from_sender, body, encoding, segments,
    carrier_id, rule_id, cost_micros, state, created_at, updated_at)
    SELECT 1, $number, 'PT', 'Shop', $body, 'GSM-7', 1, 1 + i % 4, NULL, 18000, 'pending', 1765000000000, 1765000000000 FROM n;"
declare -A variants=(
    [today]="$settings $messages"
    [full-due]="$settings DROP INDEX messages_due;
        CREATE INDEX messages_due ON messages(state, carrier_id, next_attempt_at); $messages"
    [no-campaign]="$settings DROP INDEX messages_campaign_state; $messages"
    [lean]="$settings CREATE TABLE lean_recipients (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL,
        to_number TEXT NOT NULL, body TEXT NOT NULL, segments INTEGER NOT NULL, carrier_id INTEGER,
        rule_id INTEGER, cost_micros INTEGER NOT NULL);
        $numbers INSERT INTO lean_recipients (campaign_id, to_number, body, segments, carrier_id, rule_id, cost_micros)
        SELECT 1, $number, $body, 1, 1 + i % 4, NULL, 18000 FROM n;"
)
order=(anchor today full-due no-campaign lean)

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $rows rows"
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for run in $(seq "$runs"); do
    for variant in "${order[@]}"; do
        if [[ $variant == anchor ]]; then
            /usr/bin/time -f "%e" -o "$work/time" sqlite3 "$work/run.sqlite" ".import --csv $work/anchor.csv t"
        else
            cp "$work/base.sqlite" "$work/run.sqlite"
            /usr/bin/time -f "%e" -o "$work/time" sqlite3 "$work/run.sqlite" "${variants[$variant]}" >/dev/null
        fi
        rm -f "$work/run.sqlite"*
        echo "run $run $variant: $(cat "$work/time") s"
        cat "$work/time" >>"$work/$variant.s"
    done
done
anchor=$(median <"$work/anchor.s")
for variant in "${order[@]}"; do
    m=$(median <"$work/$variant.s")
    echo "median of $runs, $variant: $m s = $(echo "scale=2; $m / $anchor" | bc)x sqlite3 .import"
done

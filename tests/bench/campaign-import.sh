#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The million-row campaign import end to end through the CLI, against its anchor measured in the
# same run: `sqlite3 .import` of the same file into an empty table. The file is generated here,
# the same bytes every time (awk with a fixed seed): columns phone,name,code; about 90 %
# Portuguese mobiles in three spellings, 7 % British and French, 1 % American (no rule:
# unroutable), 2 % invalid, 1 % repeats of an earlier number in another spelling. Template
# `Hi {name}, code {code}`, four carriers and weighted rules, a fresh copy of the store each run.
# Prints each run (wall seconds, CPU seconds, peak resident memory) and the medians.
# A third figure a run, the floor: as many rows as the import accepted, made up by SQL inside
# sqlite3 (no file, no parsing, no C++) and inserted into a copy of the same store, that is into
# today's messages table with its indexes, with the import connection's cache and foreign-key
# settings. No import into this schema can be faster than that.
#   tests/bench/campaign-import.sh [ROWS] [RUNS]      (default 1000000 3; BUILD=build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
runs=${2:-3}
build=${BUILD:-build/release}
cli=$build/app/cli/smsrouter-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SMSROUTER_SECRET_STORE=database SMSROUTER_TOKEN=benchtoken

awk -v rows="$rows" 'BEGIN {
    srand(14); print "phone,name,code"
    for (i = 0; i < rows; i++) {
        roll = int(rand() * 1000); subscriber = int(rand() * 10000000)
        if (roll < 20) phone = (roll % 2 == 0) ? "n/a" : "+3519" (subscriber % 1000)
        else if (roll < 30 && n > 0) phone = "00351 9" (10000000 + earlier[int(rand() * n)])
        else if (roll < 100) phone = (roll % 2 == 0) ? "+44 7400 " (100000 + subscriber % 900000) \
                                                     : "+33 6 " (10000000 + subscriber % 90000000)
        else if (roll < 110) phone = "+1 650 253 " (1000 + subscriber % 9000)
        else {
            digits = 10000000 + i; earlier[n++] = i
            if (roll % 3 == 0) phone = "+351 9" substr(digits, 1, 2) " " substr(digits, 3, 3) " " substr(digits, 6)
            else if (roll % 3 == 1) phone = "9" digits
            else phone = "003519" digits
        }
        printf "%s,Cliente %d,%06d\n", phone, i, int(rand() * 1000000)
    }
}' >"$work/recipients.csv"

store=$work/base.sqlite
add() { "$cli" --db "$store" "$@" >/dev/null; }
i=0
for name in "PT Mobile A" "PT Mobile B" "UK Carrier" "EU Carrier"; do
    i=$((i + 1))
    add carrier add "$name" --account-sid "AC$(printf '%032d' $i)"
done
add rule add --prefix 3519 --carrier "PT Mobile A" --cost 0.018 --weight 3
add rule add --prefix 3519 --carrier "PT Mobile B" --cost 0.018 --weight 1
add rule add --prefix 351 --carrier "PT Mobile B" --cost 0.025
add rule add --prefix 447 --carrier "UK Carrier" --cost 0.035
add rule add --country FR --carrier "EU Carrier" --cost 0.040

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); file: $rows rows," \
    "$(($(stat -c %s "$work/recipients.csv") / 1000000)) MB, md5 $(md5sum <"$work/recipients.csv" | cut -c1-12)"
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for run in $(seq "$runs"); do
    cp "$store" "$work/run.sqlite"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$cli" --db "$work/run.sqlite" campaign import \
        "$work/recipients.csv" --name Benchmark --from Shop --body 'Hi {name}, code {code}' --region PT --json \
        >"$work/summary.json"
    read -r wall user sys rss <"$work/time"
    summary=$(tr -d ' \n' <"$work/summary.json")
    echo "import run $run: $wall s wall, $(echo "$user + $sys" | bc) s CPU, $((rss / 1024)) MB peak; $summary"
    echo "$wall" >>"$work/import.s"
    echo "$rss" >>"$work/import.rss"
    rm -f "$work/run.sqlite" "$work/plain.sqlite"
    /usr/bin/time -f "%e %U %S" -o "$work/time" sqlite3 "$work/plain.sqlite" ".import --csv $work/recipients.csv t"
    read -r wall user sys <"$work/time"
    echo "sqlite3 .import run $run: $wall s wall, $(echo "$user + $sys" | bc) s CPU"
    echo "$wall" >>"$work/anchor.s"
    rm -f "$work/plain.sqlite"
    accepted=$(sed -n 's/.*"accepted": *\([0-9]*\).*/\1/p' "$work/summary.json")
    cp "$store" "$work/floor.sqlite"
    /usr/bin/time -f "%e %U %S" -o "$work/time" sqlite3 "$work/floor.sqlite" \
        "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA foreign_keys = OFF;
         INSERT INTO campaigns (id, name, sender, body_template, created_at) VALUES (1, 'Floor', 'Shop', 'x', 0);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $accepted)
         INSERT INTO messages (campaign_id, to_number, region, from_sender, body, encoding, segments, carrier_id,
                               rule_id, cost_micros, state, created_at, updated_at)
         SELECT 1, '+3519' || (10000000 + i), 'PT', 'Shop', 'Hi Cliente ' || i || ', code ' || printf('%06d', i % 999983),
                'GSM-7', 1, 1 + i % 4, 1 + i % 5, 18000, 'pending', 1765000000000, 1765000000000 FROM n;" >/dev/null
    read -r wall user sys <"$work/time"
    echo "floor run $run: $accepted rows by SQL into the store's schema: $wall s wall, $(echo "$user + $sys" | bc) s CPU"
    echo "$wall" >>"$work/floor.s"
    rm -f "$work/floor.sqlite"*
done
import=$(median <"$work/import.s")
anchor=$(median <"$work/anchor.s")
echo "median of $runs: import $import s, sqlite3 .import $anchor s: $(echo "scale=2; $import / $anchor" | bc)x;" \
    "peak memory $(($(median <"$work/import.rss") / 1024)) MB"
floor=$(median <"$work/floor.s")
echo "floor (the accepted rows inserted by SQL into the store's schema): $floor s = $(echo "scale=2; $floor / $anchor" | bc)x" \
    "sqlite3 .import; the import spends $(echo "scale=2; $import - $floor" | bc) s beyond it"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The two-window check of team mode (issue 13): two `smsrouter` processes on one PostgreSQL
# store, side by side under Xvfb, each on its Delivery log. smsrouter-cli queues a few messages
# while both are open; the left window's dispatcher sends them to restcomm-sim (loopback), and
# both logs follow them to "delivered". The right window runs no dispatcher of its own for them:
# it learns of every change from the store's notifications (LISTEN/NOTIFY) alone.
#
#   scripts/two-windows.sh [PICTURE]    (default docs/screenshots/two-windows.png)
#
# Everything it starts (a throw-away cluster, the simulator, Xvfb, both windows, a private
# keyring for the carrier's token) is stopped at the end, also when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots/two-windows.png}")
mkdir -p "$(dirname "$out")"
cmake --preset dev >/dev/null
cmake --build --preset dev >/dev/null
cli=$PWD/build/dev/app/cli/smsrouter-cli
gui=$PWD/build/dev/app/gui/smsrouter
sim=$PWD/build/dev/tests/sim/restcomm-sim

work=$(mktemp -d)
cleanup() {
    scripts/postgres-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
admin=$(scripts/postgres-cluster.sh start "$work/pg")
psql -q "$admin" -c "CREATE DATABASE smsrouter"
store="postgresql://postgres@127.0.0.1:$(cat "$work/pg/port")/smsrouter"
echo "two-windows: store $store"

tests/keychain/with-keyring.sh bash -c '
set -euo pipefail
cli=$1 gui=$2 sim=$3 store=$4 work=$5 out=$6
export SMSROUTER_DB=$store LANG=en_GB.UTF-8 LC_ALL= LANGUAGE=
pids=()
stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT

# The simulator, and one carrier on it (its built-in UK account) with a rule for +44.
"$sim" --latency-ms 300 --final-after-ms 1500 >"$work/sim.port" 2>"$work/sim.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/sim.port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(head -1 "$work/sim.port")/restcomm/2012-04-24"
sid="AC$(printf %s uk@carriers.demo | md5sum | cut -c1-32)"
printf %s Uk12345678 | md5sum | cut -c1-32 | tr -d "\n" |
    "$cli" carrier add "EE UK" --account-sid "$sid" --base-url "$base" --rate 5 --token-stdin >/dev/null
"$cli" rule add --prefix 44 --carrier "EE UK" --cost 0.034 >/dev/null

# One screen, two windows side by side (no window manager: -geometry places them).
display=
for n in $(seq 90 150); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=:$n; break; fi
done
[ -n "$display" ] || { echo "two-windows: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1920x620x24 -nolisten tcp 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
window() { # NAME X: a window of its own (own settings folder), on the Delivery log
    mkdir -p "$work/$1"
    XDG_CONFIG_HOME="$work/$1" DISPLAY=$display QT_QPA_PLATFORM=xcb \
        "$gui" --db "$store" --page log -geometry "955x620+$2+0" >"$work/$1.log" 2>&1 &
    pids+=($!)
}
mapped() { xwininfo -display "$display" -root -children 2>/dev/null | grep -c "\"smsrouter\"" || true; }
# Two windows, two dispatchers: on PostgreSQL both send, sharing the rate of the carrier (team mode).
window left 0
for _ in $(seq 100); do [ "$(mapped)" -ge 1 ] && break; sleep 0.1; done
sleep 2
window right 965
for _ in $(seq 100); do [ "$(mapped)" -ge 2 ] && break; sleep 0.1; done
if [ "$(mapped)" -lt 2 ]; then
    echo "two-windows: the windows did not open; what they said:" >&2
    cat "$work/left.log" "$work/right.log" >&2
    exit 1
fi
sleep 2

# The send: queued by a third process, sent by the left window (whose dispatcher holds the
# store); both windows hear of every step through the store alone. The CLI waits until the
# messages are delivered (the simulator reports after 1.5 s).
"$cli" send --to "+44 7911 123456, +44 7911 123457, +44 7400 765432" --from Router \
    --body "Hello from the two-window check" --wait 20 >"$work/send.log" 2>&1 ||
    { echo "two-windows: the send did not finish:" >&2; cat "$work/send.log" >&2; exit 1; }
sleep 1.5 # both logs refresh within a second; the picture after that
for pid in "${pids[@]:2}"; do
    kill -0 "$pid" 2>/dev/null || { echo "two-windows: a window closed:" >&2; cat "$work/left.log" "$work/right.log" >&2; exit 1; }
done
import -display "$display" -window root "$work/screen.png"
# No window manager draws titles: a strip above says which window is which.
convert "$work/screen.png" -background "#30343a" -gravity north -splice 0x34 -gravity northwest \
    -font DejaVu-Sans -pointsize 16 -fill white \
    -annotate +14+8 "Window 1 (smsrouter process 1): one store on PostgreSQL" \
    -annotate +979+8 "Window 2 (smsrouter process 2): the same store, its log kept live by LISTEN/NOTIFY" "$out"
for name in left right; do
    if grep -qi "warning\|error" "$work/$name.log"; then echo "two-windows: the $name window said:" >&2; cat "$work/$name.log" >&2; fi
done
' bash "$cli" "$gui" "$sim" "$store" "$work" "$out"
echo "two-windows: saved $out"

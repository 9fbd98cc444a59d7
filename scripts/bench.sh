#!/usr/bin/env bash
# Runs the benchmarks behind the README's Performance section, in a Release build. Not part of
# the test command: they take minutes and want a quiet machine. Pass names to run only some:
#   scripts/bench.sh segments csv phone route dispatch throttle campaign campaignsui logui
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release

bench=build/release/tests/bench
wanted=("$@")
[[ ${#wanted[@]} -eq 0 ]] && wanted=(segments csv phone route dispatch throttle campaign campaignsui logui)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${wanted[@]}"; do
    echo "== $name"
    case "$name" in
        dispatch) "$bench/benchdispatch" throughput 30000 3 ;;
        throttle) "$bench/benchdispatch" throttle 60 ;;
        logui) QT_QPA_PLATFORM=offscreen "$bench/benchlogui" ;;
        *) if [[ -x "$bench/bench$name" ]]; then "$bench/bench$name"; else echo "(not built: $bench/bench$name)"; fi ;;
    esac
done

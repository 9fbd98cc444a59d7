#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Fuzzes the parsers of input nobody here controls — recipient files, phone numbers, carriers'
# answers, message templates — with libFuzzer, AddressSanitizer and UBSan (clang, the `fuzz`
# preset). Not part of the test command: ctest only replays the committed corpus
# (tests/fuzz/corpus), which is where an input that found a bug belongs once it is fixed.
#   scripts/fuzz.sh [seconds per target, default 60] [target …]
# New inputs go to build/fuzz/corpus/<target>; crashes to build/fuzz/findings/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh clang libclang-rt-14-dev

seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(fuzz_csvreader fuzz_phonenumber fuzz_restcommparser fuzz_messagetemplate)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"

status=0
for target in "${targets[@]}"; do
    corpus=build/fuzz/corpus/$target
    findings=build/fuzz/findings/$target
    mkdir -p "$corpus" "$findings"
    cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    echo "== $target: $seconds s"
    if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        build/fuzz/tests/fuzz/"$target" "$corpus" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
        -artifact_prefix="$findings/" -print_final_stats=1 2>"build/fuzz/$target.log"; then
        status=1
        echo "   FOUND a failing input: $(ls -t "$findings" | head -1) (log: build/fuzz/$target.log)"
    fi
    grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "build/fuzz/$target.log" | tail -2 | sed 's/^/   /'
done
exit $status

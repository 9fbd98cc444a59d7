#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The test command (README, CI): installs what is missing, builds with warnings as errors,
# checks formatting, and runs every test (GUI tests offscreen, keychain tests against a
# private GNOME Keyring). Extra arguments go to ctest (e.g. -R carrier, -L ui).
#
#   scripts/test.sh            the Debug build (build/dev)
#   scripts/test.sh --asan     the same suite built with AddressSanitizer and UBSan (build/asan)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=dev
if [ "${1:-}" = "--asan" ]; then
    preset=asan
    shift
    # Any report fails the test that caused it. Leaks inside system libraries are suppressed in
    # tests/lsan.supp (every test's environment names it), nowhere else.
    export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
fi

scripts/bootstrap.sh

echo "== configure ($preset)"
cmake --preset "$preset" -DSMSROUTER_WERROR=ON >/dev/null
echo "== build ($preset)"
cmake --build --preset "$preset"
echo "== format"
scripts/format.sh --check
echo "== test ($preset)"
ctest --preset "$preset" --parallel 2 "$@"

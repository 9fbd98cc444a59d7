#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The test command (README, CI): installs what is missing, builds with warnings as errors,
# checks formatting, and runs every test (GUI tests offscreen, keychain tests against a
# private GNOME Keyring, the store suites a second time on a throw-away PostgreSQL cluster). Extra arguments go to ctest (e.g. -R carrier, -L ui).
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
# Team mode's suites (ctest label "postgres") run on a throw-away PostgreSQL cluster, stopped
# and removed on the way out whatever the tests did.
pg_dir=$(mktemp -d)/cluster
trap 'scripts/postgres-cluster.sh stop "$pg_dir"' EXIT
echo "== postgresql (throw-away cluster)"
SMSROUTER_TEST_PG=$(scripts/postgres-cluster.sh start "$pg_dir")
export SMSROUTER_TEST_PG

echo "== test ($preset)"
ctest --preset "$preset" --parallel 2 "$@"

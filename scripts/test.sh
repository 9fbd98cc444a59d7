#!/usr/bin/env bash
# The test command (README, CI): installs what is missing, builds with warnings as errors,
# checks formatting, and runs every test (GUI tests offscreen, keychain tests against a
# private GNOME Keyring). Extra arguments go to ctest (e.g. -R carrier, -L ui).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh

echo "== configure"
cmake --preset dev -DSMSROUTER_WERROR=ON >/dev/null
echo "== build"
cmake --build --preset dev
echo "== format"
scripts/format.sh --check
echo "== test"
ctest --preset dev --parallel 2 "$@"

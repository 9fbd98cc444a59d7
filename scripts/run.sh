#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and opens SMS Router on the default store
# (~/.local/share/smsrouter/smsrouter.sqlite, or --db PATH / $SMSROUTER_DB).
# Extra arguments go to the program, e.g. scripts/run.sh --db /tmp/try.sqlite
#   scripts/run.sh --demo   a separate demo store with three carriers on a Restcomm simulator
#                           started on this computer: send a message and see it delivered.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
cmake --preset dev >/dev/null
cmake --build --preset dev

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: no display found. Start it from a desktop session, or try it headless with" >&2
    echo "        xvfb-run -a scripts/run.sh" >&2
    exit 1
fi
if [[ "${1:-}" == "--demo" ]]; then
    shift
    exec build/dev/app/gui/smsrouter --demo --page compose "$@"
fi
exec build/dev/app/gui/smsrouter "$@"

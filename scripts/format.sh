#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Formats (default) or checks (--check) every C++ file of the project with .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
[[ ${#files[@]} -eq 0 ]] && exit 0
if [[ "${1:-}" == "--check" ]]; then
    if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/smsrouter-format.$$; then
        grep -E '^[^ ].*(error|warning):' /tmp/smsrouter-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
        rm -f /tmp/smsrouter-format.$$
        echo "Run scripts/format.sh to format them." >&2
        exit 1
    fi
    rm -f /tmp/smsrouter-format.$$
else
    clang-format -i "${files[@]}"
fi

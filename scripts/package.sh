#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Makes the Debian package: a Release build installed under /usr (the `package` preset), then
# cpack -G DEB. Its last line is the path of the .deb.
#   scripts/package.sh          build/package/smsrouter_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
cmake --preset package >/dev/null
cmake --build --preset package
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls -t build/package/smsrouter_*.deb | head -1)
echo "$PWD/$deb"

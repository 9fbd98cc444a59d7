#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages SMS Router needs to build, test, run and benchmark.
# Extra package names given as arguments are installed too.
# Idempotent: asks dpkg first and only calls apt-get for what is missing, so a second run is
# silent. Works as root or through sudo. See ../shared/docs/platform-notes.md §1 for why each
# "trap" package (websockets, opengl-dev, sqlite plugin, l10n-tools) is listed explicitly.
set -euo pipefail

packages=(
    # toolchain; lld links the ~90 test programs four times faster than ld.bfd, ccache keeps
    # rebuilds of unchanged files free
    build-essential cmake ninja-build clang-format git pkg-config lld ccache
    # Qt 6.4 (Debian) and its traps: the SQLite plugin, the HttpServer → WebSockets and
    # Charts → OpenGL CMake configs, and both halves of Linguist
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-l10n-tools
    # Qt's own catalogues (qtbase_de.qm: standard buttons, --help), loaded beside ours
    qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libxkbcommon-dev
    # numbers and secrets
    libphonenumber-dev libicu-dev qtkeychain-qt6-dev
    # the campaign import's bulk insert uses the sqlite3 C API of the library QSQLITE links
    libsqlite3-dev
    # team mode: Qt's PostgreSQL driver, and the server the tests start a throw-away cluster of
    libqt6sql6-psql postgresql
    # headless GUI tests and screenshots
    xvfb xauth fonts-dejavu-core x11-utils imagemagick
    # keychain integration tests against a real Secret Service
    gnome-keyring libsecret-tools dbus-daemon dbus
    # the Debian package (scripts/package.sh) and its test: cpack's dependency scan, the
    # desktop-entry and AppStream validators, lintian
    dpkg-dev desktop-file-utils appstream lintian
    # benchmarks and their comparison points
    wrk sqlite3 openssl procps time bc
)
# Packages only some scripts need (scripts/fuzz.sh: clang and libFuzzer) come as arguments.
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "bootstrap: these packages are missing and there is no sudo to install them: ${missing[*]}" >&2
    echo "bootstrap: run this script as root, or install them with apt-get." >&2
    exit 1
fi

echo "bootstrap: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "bootstrap: done"

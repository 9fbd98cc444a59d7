#!/bin/sh
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring, the Secret
# Service the keychain tests talk to (platform-notes §4). The keyring lives in a throw-away
# HOME and the daemon exits with the bus, so nothing is left behind.
set -e
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A daemon that does not start fails the test (set -e), rather than letting it run without a keyring.
dbus-run-session -- sh -c '
  set -e
  printf "ci-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"

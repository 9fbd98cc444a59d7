#!/bin/sh
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Stands in for with-keyring.sh where dbus-run-session or gnome-keyring-daemon is missing: the
# keychain tests fail, and say why, instead of quietly not running.
echo "keychain tests need dbus-run-session and gnome-keyring-daemon: run scripts/bootstrap.sh" >&2
exit 1

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
#
# Installs a package on a clean Debian 12 (debootstrap into a folder, as root) and uses it as a new
# user would: apt-get install, the CLI in German against the installed simulator (add a carrier, a
# rule, send, dispatch, read the log), the desktop entry, then apt-get remove. Needs the network to
# Debian's mirror and a few minutes, so it is not part of the test command.
#   scripts/try-clean-install.sh build/package/smsrouter_*.deb [ROOT]
set -euo pipefail
deb=$(realpath "${1:?usage: $0 PACKAGE.deb [ROOT]}")
root=${2:-/tmp/smsrouter-clean-bookworm}
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
[ -x "$root/usr/bin/apt-get" ] || debootstrap --variant=minbase bookworm "$root" >/dev/null
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp /etc/resolv.conf "$root/etc/"
cp "$deb" "$root/tmp/smsrouter.deb"
in_root() { chroot "$root" env DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q ./tmp/smsrouter.deb >/dev/null 2>&1
in_root apt-get install -y -q --no-install-recommends desktop-file-utils >/dev/null 2>&1
in_root desktop-file-validate /usr/share/applications/org.smsrouter.SmsRouter.desktop
id ana >/dev/null 2>&1 || in_root useradd -m ana 2>/dev/null || true
cat >"$root/tmp/as-a-user.sh" <<'USER'
set -euo pipefail
cd ~
rm -rf ~/.local/share/smsrouter # a new user's first run
/usr/libexec/smsrouter/smsrouter-sim --port 0 --sent-after-ms 50 --final-after-ms 100 --exit-on-eof \
    > sim.port 2>sim.err < <(sleep 600) &
for _ in $(seq 100); do [ -s sim.port ] && break; sleep 0.1; done
port=$(head -1 sim.port)
export SMSROUTER_SECRET_STORE=database LANGUAGE=de
smsrouter-cli --version
# The simulator's built-in administrator (Restcomm's default password "RestComm"; its token is its MD5).
printf RestComm | md5sum | cut -d' ' -f1 | smsrouter-cli carrier add Demo \
    --account-sid ACae6e420f425248d6a26948c17a9e2acf \
    --base-url "http://127.0.0.1:$port/restcomm/2012-04-24" --token-stdin
smsrouter-cli rule add --default --carrier Demo --cost 0.035
smsrouter-cli send --to +351912345678 --from SMSRouter --body "Olá do pacote"
smsrouter-cli dispatch --until-idle --max-seconds 20
smsrouter-cli log --limit 5
smsrouter-cli --json log --limit 1 | grep -q '"state": *"delivered"'
USER
chroot "$root" su - ana -c 'bash /tmp/as-a-user.sh'
in_root apt-get remove -y -q smsrouter >/dev/null 2>&1
left=$(in_root sh -c 'ls -d /usr/bin/smsrouter* /usr/libexec/smsrouter /usr/share/doc/smsrouter 2>/dev/null' || true)
[ -z "$left" ] || { echo "apt-get remove left: $left" >&2; exit 1; }
echo "installed, used in German and removed cleanly on Debian 12 in $root"

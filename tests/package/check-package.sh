#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The package test (ctest `testpackage`): packs the build tree it is given as the Debian package
# would be made (cpack -G DEB, installed under /usr), then checks what a user gets: the desktop
# entry and AppStream metainfo validate, the package unpacks and its smsrouter-cli runs, and
# lintian finds no error. Usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/bootstrap.sh"
done

(cd "$build" && cpack -G DEB -D CPACK_PACKAGING_INSTALL_PREFIX=/usr -B "$work/pkg" >/dev/null) \
    || fail "cpack could not make the package"
deb=$(ls "$work"/pkg/smsrouter_*.deb) || fail "no package was made"
dpkg-deb -x "$deb" "$work/root"
root=$work/root

echo "== what it installs"
(cd "$root" && find . -type f | sort)
for file in usr/bin/smsrouter usr/bin/smsrouter-cli usr/libexec/smsrouter/smsrouter-sim \
            usr/share/applications/org.smsrouter.SmsRouter.desktop \
            usr/share/metainfo/org.smsrouter.SmsRouter.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.smsrouter.SmsRouter.svg \
            usr/share/icons/hicolor/16x16/apps/org.smsrouter.SmsRouter.png \
            usr/share/icons/hicolor/256x256/apps/org.smsrouter.SmsRouter.png \
            usr/share/man/man1/smsrouter-cli.1.gz usr/share/man/man1/smsrouter.1.gz \
            usr/share/bash-completion/completions/smsrouter-cli \
            usr/share/doc/smsrouter/copyright usr/share/doc/smsrouter/changelog.gz; do
    [[ -f "$root/$file" ]] || fail "the package does not install /$file"
done

echo "== desktop entry and metainfo"
desktop-file-validate "$root/usr/share/applications/org.smsrouter.SmsRouter.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.smsrouter.SmsRouter.metainfo.xml" \
    || appstreamcli validate --no-net "$root/usr/share/metainfo/org.smsrouter.SmsRouter.metainfo.xml"

echo "== the unpacked smsrouter-cli runs"
version=$("$root/usr/bin/smsrouter-cli" --version)
[[ "$version" == "smsrouter-cli $2" ]] || fail "smsrouter-cli --version said “$version”, not “smsrouter-cli $2”"
echo "$version"
[[ "$("$root/usr/bin/smsrouter" --version)" == "smsrouter $2" ]] || fail "smsrouter --version is wrong"
"$root/usr/bin/smsrouter-cli" --db "$work/store.sqlite" carrier list >/dev/null

echo "== the unpacked smsrouter-cli speaks the session's language"
english=$(LANGUAGE= LANG=C.UTF-8 "$root/usr/bin/smsrouter-cli" --db "$work/store.sqlite" carrier show Nobody 2>&1 || true)
german=$(LANGUAGE=de LANG=C.UTF-8 "$root/usr/bin/smsrouter-cli" --db "$work/store.sqlite" carrier show Nobody 2>&1 || true)
echo "$german"
[[ "$english" == *"There is no carrier named"* ]] || fail "the English error was “$english”"
[[ -n "$german" && "$german" != "$english" ]] || fail "LANGUAGE=de still printed “$german”"

echo "== package fields"
dpkg-deb --field "$deb" Package Version Depends Recommends
dpkg-deb --field "$deb" Recommends | grep -q libqt6sql6-psql || fail "Recommends lacks libqt6sql6-psql (team mode)"
for needed in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-translations-l10n; do
    dpkg-deb --field "$deb" Depends | grep -q "$needed" || fail "Depends lacks $needed"
done

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$deb"

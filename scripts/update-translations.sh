#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Brings translations/*.ts up to date with the sources: new texts appear unfinished, removed ones
# go. Run it after changing a text; a translator then fills in the unfinished entries (Qt
# Linguist: `linguist translations/smsrouter_de.ts`).
#   scripts/update-translations.sh              updates translations/*.ts in place
#   scripts/update-translations.sh --into DIR   updates copies in DIR and leaves the tree alone
#                                               (the test `testtranslations` compares them)
# smsrouter_en.ts keeps only the plural forms (-pluralonly): English needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
folder=translations
if [[ "${1:-}" == "--into" ]]; then
    folder=$2
    cp translations/*.ts "$folder"/
fi
sources=(core ui cli app)
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$folder"/smsrouter_de.ts "$folder"/smsrouter_pt_PT.ts
"$lupdate" -silent -no-obsolete -locations none -pluralonly "${sources[@]}" -ts "$folder"/smsrouter_en.ts

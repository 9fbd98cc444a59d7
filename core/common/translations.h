// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

/// Which language the program speaks. Both programs call install() once at start, before any
/// text is built; the catalogues are compiled into the binaries (`:/i18n`), Qt's own come from
/// the system (package qt6-translations-l10n).
namespace translations {

/// A language shipped in translations/: its catalogue code and its name in that language.
struct Language
{
    QString code; ///< "de", "pt_PT" (the suffix of translations/smsrouter_<code>.ts)
    QString nativeName; ///< "Deutsch", for the Settings choice
};

/// English first, then the translations, as Settings offers them.
QList<Language> shipped();

/// The shipped language to speak: `choice` when it names one ("de"), else the first of
/// `uiLanguages` (most preferred first, "de-AT", "pt-BR", "en-US") that one matches by its
/// language; "en" when none does. English in the list stops the search: a user who prefers
/// English over German gets English.
QString choose(const QString &choice, const QStringList &uiLanguages);

/// Installs, as children of `app`, the English plural catalogue (always: the sources say
/// "%n message(s)") and, for another language, its catalogue and Qt's `qtbase` one.
/// `choice` empty follows the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Also makes
/// numbers in text carry group separators ("1,200") even in the C locale. Returns the code
/// chosen.
QString install(QCoreApplication &app, const QString &choice = {});

/// The code install() chose ("en" before it ran): what the program speaks now.
QString current();

} // namespace translations

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace translations {

namespace {

const QString englishCode = QStringLiteral("en");

/// Set once at start, before other threads exist; read afterwards.
QString &installedCode()
{
    static QString code = englishCode;
    return code;
}

/// "pt_PT" and "pt-BR" both speak "pt"; "de" speaks "de".
QString languageOf(const QString &code)
{
    return code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

bool loadInto(QCoreApplication &app, const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(file, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

/// Qt's own texts (standard buttons, the wizard's Back/Next, QCommandLineParser's help). Debian
/// ships qtbase_pt_BR but no qtbase_pt_PT: a sibling of the same language beats English there.
/// Missing is no error.
void loadQtCatalogue(QCoreApplication &app, const QString &code)
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (loadInto(app, QStringLiteral("qtbase_") + code, folder))
        return;
    const QStringList siblings =
        QDir(folder).entryList({QStringLiteral("qtbase_%1*.qm").arg(languageOf(code))}, QDir::Files, QDir::Name);
    if (!siblings.isEmpty())
        loadInto(app, siblings.constFirst(), folder);
}

} // namespace

QList<Language> shipped()
{
    // Names in their own language, never translated: a reader looks for the one they read.
    return {{englishCode, QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("pt_PT"), QStringLiteral("Português")}};
}

QString choose(const QString &choice, const QStringList &uiLanguages)
{
    const QList<Language> languages = shipped();
    for (const Language &l : languages) {
        if (l.code == choice)
            return l.code;
    }
    for (const QString &wanted : uiLanguages) {
        for (const Language &l : languages) {
            if (languageOf(l.code) == languageOf(wanted))
                return l.code;
        }
    }
    return englishCode;
}

QString install(QCoreApplication &app, const QString &choice)
{
    QLocale numbers;
    numbers.setNumberOptions(numbers.numberOptions() & ~QLocale::OmitGroupSeparator);
    QLocale::setDefault(numbers);

    const QString code = choose(choice, QLocale::system().uiLanguages());
    installedCode() = code;
    // Installed first, so asked last: the language's own catalogue answers before it.
    loadInto(app, QStringLiteral("smsrouter_en"), QStringLiteral(":/i18n"));
    if (code != englishCode) {
        loadInto(app, QStringLiteral("smsrouter_") + code, QStringLiteral(":/i18n"));
        loadQtCatalogue(app, code);
    }
    return code;
}

QString current()
{
    return installedCode();
}

} // namespace translations

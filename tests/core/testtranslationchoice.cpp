// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Which language the program speaks (translations::choose) and that install() makes it speak it.
#include "common/translations.h"
#include "testprogram.h"

#include <QCoreApplication>
#include <QLocale>

class TestTranslationChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        const QString system;
        QTest::newRow("German desktop") << system << QStringList {QStringLiteral("de-DE"), QStringLiteral("de")}
                                        << QStringLiteral("de");
        QTest::newRow("Austrian German") << system << QStringList {QStringLiteral("de-AT")} << QStringLiteral("de");
        QTest::newRow("European Portuguese")
            << system << QStringList {QStringLiteral("pt-PT")} << QStringLiteral("pt_PT");
        QTest::newRow("Brazilian reads Portuguese, not English")
            << system << QStringList {QStringLiteral("pt-BR")} << QStringLiteral("pt_PT");
        QTest::newRow("English before German")
            << system << QStringList {QStringLiteral("en-GB"), QStringLiteral("de-DE")} << QStringLiteral("en");
        QTest::newRow("French, then German")
            << system << QStringList {QStringLiteral("fr-FR"), QStringLiteral("de-DE")} << QStringLiteral("de");
        QTest::newRow("nothing shipped") << system << QStringList {QStringLiteral("fr-FR"), QStringLiteral("C")}
                                         << QStringLiteral("en");
        QTest::newRow("Settings wins over the system")
            << QStringLiteral("de") << QStringList {QStringLiteral("pt-PT")} << QStringLiteral("de");
        QTest::newRow("English chosen on a German desktop")
            << QStringLiteral("en") << QStringList {QStringLiteral("de-DE")} << QStringLiteral("en");
        QTest::newRow("an unknown choice follows the system")
            << QStringLiteral("xx") << QStringList {QStringLiteral("pt-PT")} << QStringLiteral("pt_PT");
    }
    void choose()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(translations::choose(choice, uiLanguages), expected);
    }

    // Every shipped language is offered, English first, each under its own name.
    void shipped()
    {
        const QList<translations::Language> languages = translations::shipped();
        QStringList codes;
        for (const translations::Language &l : languages)
            codes.append(l.code);
        QCOMPARE(codes, (QStringList {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pt_PT")}));
        QCOMPARE(languages.at(2).nativeName, QStringLiteral("Português"));
    }

    // The English catalogue (installed by every test program) gives the plural forms.
    void englishPlurals()
    {
        QCOMPARE(QCoreApplication::translate("BodyCounter", "%n segment(s)", nullptr, 1), QStringLiteral("1 segment"));
        QCOMPARE(QCoreApplication::translate("BodyCounter", "%n segment(s)", nullptr, 3), QStringLiteral("3 segments"));
        // Numbers in text carry group separators even in the C locale the tests run in.
        QCOMPARE(QCoreApplication::translate("DeliveryLogPage", "%Ln message(s)", nullptr, 1200),
                 QStringLiteral("1,200 messages"));
    }

    // German, chosen in Settings, replaces the English texts; Qt's own catalogue comes with it.
    void installsTheChosenLanguage()
    {
        QCOMPARE(translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("BodyCounter", "%n segment(s)", nullptr, 3), QStringLiteral("3 Segmente"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
};

SMSROUTER_TEST(TestTranslationChoice)
#include "testtranslationchoice.moc"

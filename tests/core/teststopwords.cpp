// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// StopWords: the first word only, any case, any accent, punctuation around it, in English,
// Portuguese and German; START/UNSTOP; the list as stored in Settings.
#include "inbox/stopwords.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QTest>

class TestStopWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheFirstWordOnly_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("stopWord");
        // English
        QTest::newRow("en STOP") << "STOP"
                                 << "STOP";
        QTest::newRow("en lower case") << "stop"
                                       << "STOP";
        QTest::newRow("en mixed case, full stop") << "Stop."
                                                  << "STOP";
        QTest::newRow("en exclamation") << "Stop!"
                                        << "STOP";
        QTest::newRow("en stop please") << "stop please"
                                        << "STOP";
        QTest::newRow("en leading spaces and quotes") << "  \"STOP\" "
                                                      << "STOP";
        QTest::newRow("en unsubscribe") << "Unsubscribe me"
                                        << "UNSUBSCRIBE";
        QTest::newRow("en stopall") << "STOPALL"
                                    << "STOPALL";
        QTest::newRow("en cancel, newline") << "cancel\nthanks"
                                            << "CANCEL";
        QTest::newRow("en end") << "end"
                                << "END";
        QTest::newRow("en quit") << "Quit."
                                 << "QUIT";
        QTest::newRow("en don't stop") << "don't stop"
                                       << "";
        QTest::newRow("en please stop") << "please stop"
                                        << "";
        QTest::newRow("en stopping is not stop") << "stopping by later"
                                                 << "";
        QTest::newRow("en thanks") << "Thanks, see you"
                                   << "";
        QTest::newRow("en empty") << ""
                                  << "";
        QTest::newRow("en punctuation only") << "?!"
                                             << "";
        // Portuguese
        QTest::newRow("pt PARAR") << "PARAR"
                                  << "PARAR";
        QTest::newRow("pt parar por favor") << "parar por favor"
                                            << "PARAR";
        QTest::newRow("pt Sair!") << "Sair!"
                                  << "SAIR";
        QTest::newRow("pt sáir with an accent") << "sáir"
                                                << "SAIR";
        QTest::newRow("pt CANCELAR") << "Cancelar."
                                     << "CANCELAR";
        QTest::newRow("pt cancelár with an accent") << "CANCELÁR"
                                                    << "CANCELAR";
        QTest::newRow("pt não parar") << "não parar"
                                      << "";
        QTest::newRow("pt obrigado") << "Obrigado!"
                                     << "";
        // German
        QTest::newRow("de STOPP") << "STOPP"
                                  << "STOPP";
        QTest::newRow("de stopp bitte") << "stopp bitte"
                                        << "STOPP";
        QTest::newRow("de Abmelden") << "Abmelden!"
                                     << "ABMELDEN";
        QTest::newRow("de abmélden with an accent") << "abmélden"
                                                    << "ABMELDEN";
        QTest::newRow("de nicht abmelden") << "nicht abmelden"
                                           << "";
        QTest::newRow("de danke schön") << "Danke schön"
                                        << "";
    }

    void matchesTheFirstWordOnly()
    {
        QFETCH(QString, reply);
        QFETCH(QString, stopWord);
        QCOMPARE(StopWords().match(reply), stopWord);
    }

    void resubscribeWords_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("resubscribe");
        QTest::newRow("START") << "START" << true;
        QTest::newRow("start again") << "start again" << true;
        QTest::newRow("Unstop!") << "Unstop!" << true;
        QTest::newRow("don't start") << "don't start" << false;
        QTest::newRow("STOP") << "STOP" << false;
        QTest::newRow("started") << "started" << false;
    }

    void resubscribeWords()
    {
        QFETCH(QString, reply);
        QFETCH(bool, resubscribe);
        QCOMPARE(StopWords().isResubscribe(reply), resubscribe);
    }

    void foldDropsAccentsAndCase()
    {
        QCOMPARE(StopWords::fold(QStringLiteral("Abmélden")), QStringLiteral("ABMELDEN"));
        QCOMPARE(StopWords::fold(QStringLiteral("ß")), QStringLiteral("SS"));
        QCOMPARE(StopWords::fold(QStringLiteral("ção")), QStringLiteral("CAO"));
    }

    void ownListReplacesTheDefault()
    {
        const StopWords words({QStringLiteral("basta"), QStringLiteral("Fin ")});
        QCOMPARE(words.match(QStringLiteral("Basta!")), QStringLiteral("BASTA"));
        QCOMPARE(words.match(QStringLiteral("fin")), QStringLiteral("FIN"));
        QCOMPARE(words.match(QStringLiteral("STOP")), QString());
    }

    void settingsKeepTheList()
    {
        TempStore store;
        auto session = store.openSession();
        Settings &settings = session->settings();
        QCOMPARE(settings.stopWords(), StopWords::defaults());
        QVERIFY(settings.setStopWords({QStringLiteral("stop"), QStringLiteral(" parar"), QStringLiteral("STOP")}));
        QCOMPARE(settings.stopWords(), (QStringList {QStringLiteral("STOP"), QStringLiteral("PARAR")}));
        QVERIFY(!settings.setStopWords({QStringLiteral(" ")}));
        // Another connection reads what this one wrote.
        auto other = store.openSession();
        QCOMPARE(other->settings().stopWords(), (QStringList {QStringLiteral("STOP"), QStringLiteral("PARAR")}));
        QVERIFY(settings.resetStopWords());
        QCOMPARE(settings.stopWords(), StopWords::defaults());
    }
};

SMSROUTER_TEST(TestStopWords)
#include "teststopwords.moc"

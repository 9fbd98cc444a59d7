// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli send / log / carrier test / sub-accounts against the real restcomm-sim.
#include "clirunner.h"
#include "simprocess.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSendCli : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment token(const QString &value)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SMSROUTER_TOKEN"), value);
        return env;
    }

    /// A store with carrier "UK" (the sim's carrier1) and a default rule to it.
    static void seed(const CliRunner &cli, const SimProcess &sim, const QString &tokenValue = {})
    {
        const SimAccountInfo account = SimProcess::account(QStringLiteral("carrier1"));
        auto added = cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("UK"),
                              QStringLiteral("--account-sid"), account.sid, QStringLiteral("--base-url"),
                              sim.baseUrl().toString()},
                             {}, token(tokenValue.isEmpty() ? account.token : tokenValue));
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                          QStringLiteral("--carrier"), QStringLiteral("UK"), QStringLiteral("--cost"),
                          QStringLiteral("0.03")})
                     .exitCode,
                 0);
    }

private Q_SLOTS:
    void sendWaitsForTheDeliveryReport()
    {
        SimProcess sim({QStringLiteral("--sent-after-ms"), QStringLiteral("0"), QStringLiteral("--final-after-ms"),
                        QStringLiteral("0")});
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        seed(cli, sim);

        auto sent = cli.run({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+447911123456"),
                             QStringLiteral("--from"), QStringLiteral("Router"), QStringLiteral("--body"),
                             QStringLiteral("olá € +1"), QStringLiteral("--wait"), QStringLiteral("20"),
                             QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const QJsonObject message = QJsonDocument::fromJson(sent.out).object();
        QCOMPARE(message.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
        QCOMPARE(message.value(QStringLiteral("to")).toString(), QStringLiteral("+447911123456"));
        QCOMPARE(message.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
        QCOMPARE(message.value(QStringLiteral("carrier")).toString(), QStringLiteral("UK"));
        QVERIFY(message.value(QStringLiteral("provider_sid")).toString().startsWith(QStringLiteral("SM")));
        for (const char *key : {"id", "campaign_id", "from", "body", "segments", "provider_status", "attempts", "error",
                                "price", "created_at", "updated_at"})
            QVERIFY2(message.contains(QLatin1String(key)), key);
        QCOMPARE(sim.readLedger().first().value(QStringLiteral("body")).toString(), QStringLiteral("olá € +1"));

        auto log = cli.run({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(log.exitCode, 0);
        const QList<QByteArray> lines = log.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith("id,campaign_id,to,from,body,encoding,segments,carrier,state"));
        QVERIFY2(lines.at(1).contains(",+447911123456,Router,"), lines.at(1).constData()); // E.164 not neutralised

        auto json = cli.run(
            {QStringLiteral("log"), QStringLiteral("--status"), QStringLiteral("delivered"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 1);
        auto none = cli.run({QStringLiteral("log"), QStringLiteral("--status"), QStringLiteral("failed")});
        QVERIFY(none.outText().contains(QStringLiteral("No messages match")));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("invalid number") << QStringList {QStringLiteral("--to"),   QStringLiteral("12"),
                                                        QStringLiteral("--from"), QStringLiteral("R"),
                                                        QStringLiteral("--body"), QStringLiteral("x")}
                                        << "1 number has no country code";
        QTest::newRow("bad sender") << QStringList {QStringLiteral("--to"),   QStringLiteral("+447911123456"),
                                                    QStringLiteral("--from"), QStringLiteral("A very long sender"),
                                                    QStringLiteral("--body"), QStringLiteral("x")}
                                    << "at most 11 characters";
        QTest::newRow("empty body") << QStringList {QStringLiteral("--to"),   QStringLiteral("+447911123456"),
                                                    QStringLiteral("--from"), QStringLiteral("R"),
                                                    QStringLiteral("--body"), QString()}
                                    << "Write the message text";
        QTest::newRow("missing --to") << QStringList {QStringLiteral("--from"), QStringLiteral("R"),
                                                      QStringLiteral("--body"), QStringLiteral("x")}
                                      << "send needs --to";
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        seed(cli, sim);
        auto result = cli.run(QStringList {QStringLiteral("send")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(says), qPrintable(result.errText()));
        auto log = cli.run({QStringLiteral("log"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(log.out).array().size(), 0);
        QCOMPARE(sim.readLedger().size(), 0);
    }

    // A second identical send within 10 minutes is refused in one line naming the first (exit 2,
    // nothing sent) unless --allow-repeat says it is meant.
    void aRepeatIsRefusedUnlessAllowed()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        seed(cli, sim);
        const QStringList send {QStringLiteral("send"),
                                QStringLiteral("--to"),
                                QStringLiteral("+447911123456"),
                                QStringLiteral("--from"),
                                QStringLiteral("Router"),
                                QStringLiteral("--body"),
                                QStringLiteral("Your code is 1234")};
        auto first = cli.run(send);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(sim.readLedger().size(), 1);

        auto again = cli.run(send);
        QCOMPARE(again.exitCode, 2);
        const QString said = again.errText().trimmed();
        QVERIFY2(!said.contains(QLatin1Char('\n')), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Message 1 sent this text from “Router” to +447911123456")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("--allow-repeat")), qPrintable(said));
        auto log = cli.run({QStringLiteral("log"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(log.out).array().size(), 1);
        QCOMPARE(sim.readLedger().size(), 1);

        auto allowed = cli.run(send + QStringList {QStringLiteral("--allow-repeat")});
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QCOMPARE(sim.readLedger().size(), 2);
    }

    void wrongTokenFailsWithTheReason()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        seed(cli, sim, QStringLiteral("not-the-token"));
        auto test = cli.run({QStringLiteral("carrier"), QStringLiteral("test"), QStringLiteral("UK")});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(test.errText().contains(QStringLiteral("HTTP 401")), qPrintable(test.errText()));
        QVERIFY(!test.err.contains("not-the-token"));

        auto sent = cli.run({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+447911123456"),
                             QStringLiteral("--from"), QStringLiteral("Router"), QStringLiteral("--body"),
                             QStringLiteral("x")});
        QCOMPARE(sent.exitCode, 1);
        QVERIFY2(sent.outText().contains(QStringLiteral("failed")), qPrintable(sent.outText()));
        QVERIFY(sent.outText().contains(QStringLiteral("HTTP 401")));
    }

    void carrierTestAndSubAccounts()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        seed(cli, sim);
        auto test = cli.run(
            {QStringLiteral("carrier"), QStringLiteral("test"), QStringLiteral("UK"), QStringLiteral("--json")});
        QCOMPARE(test.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(test.out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));

        const QStringList create {QStringLiteral("carrier"),  QStringLiteral("add"),
                                  QStringLiteral("PT"),       QStringLiteral("--create-subaccount"),
                                  QStringLiteral("--parent"), QStringLiteral("UK"),
                                  QStringLiteral("--email"),  QStringLiteral("Created@Company.com"),
                                  QStringLiteral("--json")};
        auto created = cli.run(create, "RestComm12\n");
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject pt = QJsonDocument::fromJson(created.out).object();
        QCOMPARE(pt.value(QStringLiteral("account_sid")).toString(),
                 QStringLiteral("AC5ee3b351401804c2d064a33f762146fb"));
        QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("test"), QStringLiteral("PT")}).exitCode, 0);

        auto again =
            cli.run(QStringList(create).replaceInStrings(QStringLiteral("PT"), QStringLiteral("PT2")), "RestComm12\n");
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.errText().contains(QStringLiteral("already used")));
        auto weak = cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("Weak"),
                             QStringLiteral("--create-subaccount"), QStringLiteral("--parent"), QStringLiteral("UK"),
                             QStringLiteral("--email"), QStringLiteral("weak@company.com")},
                            "1234\n");
        QCOMPARE(weak.exitCode, 2);
        QVERIFY(weak.errText().contains(QStringLiteral("stronger password")));
        auto list = cli.run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);
    }
};

SMSROUTER_TEST(TestSendCli)
#include "testsendcli.moc"

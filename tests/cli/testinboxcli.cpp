// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli inbox fetch / list against the real restcomm-sim: the contract's JSON keys, the
// human summary, exit 1 naming a carrier that cannot be read, and carrier --confirm-stop.
#include "clirunner.h"
#include "simprocess.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

namespace {

QProcessEnvironment inboxToken(const QString &token)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SMSROUTER_TOKEN"), token);
    return env;
}

CliResult addSimCarrier(const CliRunner &cli, const QString &name, const QString &baseUrl,
                        const QString &account = QStringLiteral("carrier1"))
{
    const SimAccountInfo info = SimProcess::account(account);
    return cli.run({QStringLiteral("carrier"), QStringLiteral("add"), name, QStringLiteral("--account-sid"), info.sid,
                    QStringLiteral("--base-url"), baseUrl},
                   {}, inboxToken(info.token));
}

} // namespace

class TestInboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchThenList()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        QCOMPARE(addSimCarrier(cli, QStringLiteral("UK"), sim.baseUrl().toString()).exitCode, 0);
        const QString account = SimProcess::account(QStringLiteral("carrier1")).sid;
        QVERIFY(!sim.addInbound(account, QStringLiteral("+447911123456"), QStringLiteral("Router"),
                                QStringLiteral("Thanks!"))
                     .isEmpty());
        const QString stopSid =
            sim.addInbound(account, QStringLiteral("+447911123457"), QStringLiteral("Router"), QStringLiteral("stop"));
        QVERIFY(!stopSid.isEmpty());

        const CliResult fetched = cli.run({QStringLiteral("inbox"), QStringLiteral("fetch")});
        QCOMPARE(fetched.exitCode, 0);
        QVERIFY2(fetched.outText().contains(QStringLiteral("2 new replies in all")), fetched.out.constData());
        QVERIFY2(fetched.outText().contains(QStringLiteral("1 number opted out by a stop word")),
                 fetched.out.constData());
        const CliResult again = cli.run({QStringLiteral("inbox"), QStringLiteral("fetch"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("new")).toInt(), 0);

        const CliResult listed = cli.run({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows)
            QCOMPARE(sortedKeys(row.toObject()),
                     (QStringList {QStringLiteral("body"), QStringLiteral("campaign_id"), QStringLiteral("carrier"),
                                   QStringLiteral("from"), QStringLiteral("received_at"), QStringLiteral("sid"),
                                   QStringLiteral("stop"), QStringLiteral("to")}));
        QJsonObject stop;
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(QStringLiteral("sid")).toString() == stopSid)
                stop = row.toObject();
        }
        QCOMPARE(stop.value(QStringLiteral("stop")).toBool(), true);
        QCOMPARE(stop.value(QStringLiteral("carrier")).toString(), QStringLiteral("UK"));
        QCOMPARE(stop.value(QStringLiteral("from")).toString(), QStringLiteral("+447911123457"));
        QCOMPARE(stop.value(QStringLiteral("to")).toString(), QStringLiteral("Router"));
        QVERIFY(stop.value(QStringLiteral("campaign_id")).isNull());
        QVERIFY(stop.value(QStringLiteral("received_at")).toString().endsWith(QLatin1Char('Z')));

        // The opt-out list has the reply's number, with the reply's reason.
        const CliResult optouts = cli.run({QStringLiteral("optout"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(optouts.outText().contains(QStringLiteral("reply \\\"STOP\\\"")), optouts.out.constData());

        const CliResult future = cli.run({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--since"),
                                          QStringLiteral("2999-01-01"), QStringLiteral("--json")});
        QCOMPARE(future.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(future.out).array().size(), 0);
        const CliResult campaign =
            cli.run({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--campaign"), QStringLiteral("7"),
                     QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(campaign.out).array().size(), 0);
        QCOMPARE(cli.run({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--since"),
                          QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        const CliResult table = cli.run({QStringLiteral("inbox"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outText().contains(QStringLiteral("Thanks!")));
    }

    // A STOP that answers a campaign's message counts as that campaign's opt-out by reply, in
    // `campaign show` for people and in its JSON.
    void aStopToACampaignCountsInCampaignShow()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        QCOMPARE(addSimCarrier(cli, QStringLiteral("UK"), sim.baseUrl().toString()).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                          QStringLiteral("--carrier"), QStringLiteral("UK")})
                     .exitCode,
                 0);
        const QString csv = store.path() + QStringLiteral(".csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone\n+447911123456\n+447911123457\n");
        file.close();
        const CliResult imported =
            cli.run({QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("import"), csv,
                     QStringLiteral("--name"), QStringLiteral("Spring"), QStringLiteral("--from"),
                     QStringLiteral("Router"), QStringLiteral("--body"), QStringLiteral("Hello")});
        QCOMPARE(imported.exitCode, 0);
        const QString id = QString::number(
            QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("campaign_id")).toInt());
        // Sent first: a draft's messages were never sent, so nobody could have answered them.
        QCOMPARE(cli.run({QStringLiteral("campaign"), QStringLiteral("start"), id}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("dispatch"), QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"),
                          QStringLiteral("30")})
                     .exitCode,
                 0);
        const QString account = SimProcess::account(QStringLiteral("carrier1")).sid;
        QVERIFY(
            !sim.addInbound(account, QStringLiteral("+447911123457"), QStringLiteral("Router"), QStringLiteral("STOP"))
                 .isEmpty());
        QVERIFY(
            !sim.addInbound(account, QStringLiteral("+447911123456"), QStringLiteral("Router"), QStringLiteral("ok"))
                 .isEmpty());
        QCOMPARE(cli.run({QStringLiteral("inbox"), QStringLiteral("fetch")}).exitCode, 0);

        const CliResult json =
            cli.run({QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("show"), id});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("optouts_by_reply")).toInt(), 1);
        const CliResult human = cli.run({QStringLiteral("campaign"), QStringLiteral("show"), id});
        QVERIFY2(human.outText().contains(QStringLiteral("Opt-outs by reply")), human.out.constData());
        const CliResult optouts = cli.run({QStringLiteral("optout"), QStringLiteral("list")});
        QVERIFY2(optouts.outText().contains(QStringLiteral("reply \"STOP\" to campaign #%1").arg(id)),
                 optouts.out.constData());
    }

    void anUnreachableCarrierFailsByName()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        CliRunner cli(store.path());
        QCOMPARE(addSimCarrier(cli, QStringLiteral("Good"), sim.baseUrl().toString()).exitCode, 0);
        // A port nobody listens on: taken, then let go.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            port = server.serverPort();
        }
        QCOMPARE(addSimCarrier(cli, QStringLiteral("Gone"),
                               QStringLiteral("http://127.0.0.1:%1/restcomm/2012-04-24").arg(port),
                               QStringLiteral("carrier2"))
                     .exitCode,
                 0);
        const CliResult fetched = cli.run({QStringLiteral("inbox"), QStringLiteral("fetch")});
        QCOMPARE(fetched.exitCode, 1);
        QVERIFY2(fetched.errText().contains(QStringLiteral("“Gone”")), fetched.err.constData());
        QVERIFY(!fetched.errText().contains(QStringLiteral("“Good”")));
    }

    void confirmStopIsACarrierSetting()
    {
        TempStore store;
        CliRunner cli(store.path());
        QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("UK"),
                          QStringLiteral("--account-sid"), testAccountSid(1), QStringLiteral("--confirm-stop"),
                          QStringLiteral("yes")},
                         {}, inboxToken(QStringLiteral("t")))
                     .exitCode,
                 0);
        auto shown = cli.run(
            {QStringLiteral("carrier"), QStringLiteral("show"), QStringLiteral("UK"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("confirm_stop")).toBool(), true);
        QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("update"), QStringLiteral("UK"),
                          QStringLiteral("--confirm-stop"), QStringLiteral("no")})
                     .exitCode,
                 0);
        shown = cli.run({QStringLiteral("carrier"), QStringLiteral("show"), QStringLiteral("UK")});
        QVERIFY2(shown.outText().contains(QStringLiteral("Confirms STOP replies")), shown.out.constData());
        QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("update"), QStringLiteral("UK"),
                          QStringLiteral("--confirm-stop"), QStringLiteral("maybe")})
                     .exitCode,
                 2);
    }
};

SMSROUTER_TEST(TestInboxCli)
#include "testinboxcli.moc"

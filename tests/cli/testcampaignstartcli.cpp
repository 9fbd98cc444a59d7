// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// `smsrouter-cli campaign start` moves no message (one campaign event), `campaign show` still
// counts the started campaign's messages as queued, and `dispatch --until-idle` against the
// real restcomm-sim promotes and sends every one of them exactly once.
#include "clirunner.h"
#include "dispatchharness.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "testprogram.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

constexpr int campaignSize = 600;

qint64 countOf(Database &db, const QString &statement, qint64 campaignId)
{
    auto value = sql::scalar(db.connection(), statement, {{"c", campaignId}});
    if (!value)
        qFatal("%s", qPrintable(value.errorMessage()));
    return value->toLongLong();
}

} // namespace

class TestCampaignStartCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startThenDispatchSendsEveryMessageOnce()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"), 2000, 40);
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const QStringList numbers = DispatchHarness::numbers(campaignSize);
        const QString list = h.store().filePath(QStringLiteral("list.csv"));
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("phone\n" + numbers.join(QLatin1Char('\n')).toUtf8() + '\n');
        }
        const CliRunner cli(h.store().path());
        CliResult r = cli.run({QStringLiteral("campaign"), QStringLiteral("import"), list, QStringLiteral("--name"),
                               QStringLiteral("Spring"), QStringLiteral("--from"), QStringLiteral("Router"),
                               QStringLiteral("--body"), QStringLiteral("Spring sale"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 id = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("campaign_id")).toInteger();
        QVERIFY(id > 0);
        const QString idText = QString::number(id);

        Database &db = h.session().database();
        const QString eventsOfCampaign = QStringLiteral(
            "SELECT COUNT(*) FROM message_events WHERE message_id IN (SELECT id FROM messages WHERE campaign_id = :c)");
        const qint64 eventsBefore = countOf(db, eventsOfCampaign, id);
        r = cli.run({QStringLiteral("campaign"), QStringLiteral("start"), idText});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("600 messages queued")), r.out.constData());
        // Nothing written per message: the messages wait in pending for a dispatcher.
        QCOMPARE(countOf(db, eventsOfCampaign, id), eventsBefore);
        QCOMPARE(countOf(db,
                         QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = :c AND state = 'pending'"),
                         id),
                 qint64(campaignSize));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM campaign_events WHERE campaign_id = :c"), id), 1);
        // Shown as a started campaign shows: every message queued, none pending.
        r = cli.run({QStringLiteral("campaign"), QStringLiteral("show"), idText, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("queued")).toInteger(), campaignSize);
        QVERIFY(!counts.contains(QStringLiteral("pending")));

        r = cli.run({QStringLiteral("dispatch"), QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"),
                     QStringLiteral("120")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QList<QJsonObject> ledger = h.sim().readLedger();
        QSet<QString> sentTo;
        for (const QJsonObject &line : ledger)
            sentTo.insert(line.value(QStringLiteral("to")).toString());
        QCOMPARE(sentTo, QSet<QString>(numbers.cbegin(), numbers.cend())); // everyone got it…
        QCOMPARE(ledger.size(), campaignSize); // …exactly once
        QCOMPARE(
            MessageRepository(db)
                .countInStates(
                    {MessageState::Pending, MessageState::Queued, MessageState::Submitting, MessageState::Unknown}, id)
                .value(),
            0);
    }
};

SMSROUTER_TEST(TestCampaignStartCli)
#include "testcampaignstartcli.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The promise operators care most about: a dispatcher killed with SIGKILL at random moments,
// ten times, during a 2,000-message campaign against restcomm-sim with latency, loses nothing
// and sends nothing twice. After a final run every message is final and the sim's ledger holds
// each recipient exactly once.
#include "dispatchharness.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "testprogram.h"

#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <csignal>

namespace {

constexpr int messageCount = 2000;
constexpr int kills = 10;

// The grace is what keeps a request the killed dispatcher had already written, still on its
// way into a starved simulator, from being found absent and sent again: generous here.
QStringList dispatchArguments(const QString &store, const QStringList &extra = {})
{
    return QStringList {QStringLiteral("--db"),     store,
                        QStringLiteral("dispatch"), QStringLiteral("--request-timeout"),
                        QStringLiteral("2"),        QStringLiteral("--resend-grace"),
                        QStringLiteral("5")}
    + extra;
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMSROUTER_SECRET_STORE"), QStringLiteral("database"));
    return env;
}

} // namespace

class TestDispatchCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTenTimesNoDuplicateNothingLost()
    {
        DispatchHarness h({QStringLiteral("--latency-ms"), QStringLiteral("40"), QStringLiteral("--sent-after-ms"),
                           QStringLiteral("0"), QStringLiteral("--final-after-ms"), QStringLiteral("300"),
                           QStringLiteral("--undelivered-rate"), QStringLiteral("0.05")});
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"), 400, 20);
        h.addRule(Rule::Kind::Default, QString(), uk.id);

        // A running campaign of 2,000 queued messages.
        Database &db = h.session().database();
        auto campaign =
            sql::scalar(db.connection(),
                        QStringLiteral("INSERT INTO campaigns (name, sender, body_template, state, created_at) "
                                       "VALUES ('crash', 'Router', 'hi', 'running', 0) RETURNING id"));
        QVERIFY(campaign);
        {
            auto tx = Transaction::begin(db);
            QVERIFY2(tx, qPrintable(tx.errorMessage()));
            MessageRepository repo(db);
            for (const QString &number : DispatchHarness::numbers(messageCount)) {
                Message m;
                m.campaignId = campaign->toLongLong();
                m.to = number;
                m.from = QStringLiteral("Router");
                m.body = QStringLiteral("Campaign message for ") + number;
                m.carrierId = uk.id;
                m.state = MessageState::Queued;
                QVERIFY(repo.insert(m, QStringLiteral("test campaign")));
            }
            QVERIFY(tx->commit());
        }

        QRandomGenerator random(20261126);
        qsizetype accepted = 0;
        for (int round = 0; round < kills; ++round) {
            QProcess dispatcher;
            dispatcher.setProcessEnvironment(environment());
            dispatcher.start(QStringLiteral(SMSROUTER_CLI_PATH), dispatchArguments(h.store().path()));
            QVERIFY(dispatcher.waitForStarted());
            // Kill at a random moment: after a random number of further acceptances.
            const qsizetype target = accepted + 20 + random.bounded(100);
            const bool reached = DispatchHarness::waitFor(
                [&] { return h.sim().readLedger().size() >= target || dispatcher.state() != QProcess::Running; },
                60'000);
            QVERIFY2(reached, "the dispatcher made no progress");
            QCOMPARE(dispatcher.state(), QProcess::Running);
            ::kill(pid_t(dispatcher.processId()), SIGKILL);
            QVERIFY(dispatcher.waitForFinished(10'000));
            QCOMPARE(dispatcher.exitStatus(), QProcess::CrashExit);
            accepted = h.sim().readLedger().size();
        }
        QVERIFY2(accepted < messageCount, "the campaign finished before the last kill; raise the message count");

        QProcess last;
        last.setProcessEnvironment(environment());
        last.start(QStringLiteral(SMSROUTER_CLI_PATH),
                   dispatchArguments(
                       h.store().path(),
                       {QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QStringLiteral("240")}));
        QVERIFY(last.waitForFinished(300'000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());

        const QList<QJsonObject> ledger = h.sim().readLedger();
        QSet<QString> numbers;
        for (const QJsonObject &line : ledger)
            numbers.insert(line.value(QStringLiteral("to")).toString());
        QCOMPARE(numbers.size(), messageCount); // everyone got it…
        QCOMPARE(ledger.size(), messageCount); // …exactly once

        auto counts = MessageRepository(db).countByState(campaign->toLongLong());
        QVERIFY(counts);
        QCOMPARE(counts->value(MessageState::Delivered) + counts->value(MessageState::Undelivered),
                 qint64(messageCount));
    }
};

SMSROUTER_TEST(TestDispatchCrash)
#include "testdispatchcrash.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Team mode's promise (issue 13), on PostgreSQL only: three `smsrouter-cli dispatch` processes
// work on one 3,000-message campaign against restcomm-sim, and one of them is killed with
// SIGKILL midway. The others take its messages over once its lease expires and look up the ones
// it was sending before any resend. The test passes when the sim's ledger holds every recipient
// exactly once, every message is final, and no one-second window of accepted requests holds
// more than the carrier's rate.
#include "clirunner.h"
#include "session/session.h"
#include "simprocess.h"
#include "store/database.h"
#include "store/dispatcherrepository.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>

namespace {

constexpr int teamMessages = 3000;
constexpr int teamDispatchers = 3;
/// The carrier's rate: 3,000 messages in 30 s, which keeps the whole test near a minute.
constexpr int teamRate = 100;

/// Runs the event loop until `done()` or the timeout; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

/// The most accepted requests in any one-second window [t, t + 1000 ms) of the ledger.
qsizetype busiestSecond(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    qsizetype most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= 1000)
            ++first;
        most = std::max(most, last - first + 1);
    }
    return most;
}

} // namespace

class TestTeamDispatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeDispatchersOneKilledNoDuplicateRateHeld();
};

void TestTeamDispatch::threeDispatchersOneKilledNoDuplicateRateHeld()
{
    if (!testbackend::usesPostgres())
        QSKIP("several dispatchers on one store is PostgreSQL's team mode");
    // Some latency, so that requests are in flight when one dispatcher dies; receipts come
    // quickly, so the campaign ends soon. The carrier's cap of 6 in flight (shared by the three)
    // keeps every request on one of Qt's six connections per host: one queued behind another
    // inside a dispatcher would reach the sim later than its slot, beside others' on time.
    SimProcess sim({QStringLiteral("--latency-ms"), QStringLiteral("20"), QStringLiteral("--sent-after-ms"),
                    QStringLiteral("0"), QStringLiteral("--final-after-ms"), QStringLiteral("200")});
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    TempStore store;
    // Tokens in the keychain: a server store refuses the database backend (ctest runs this test
    // inside a private unlocked GNOME Keyring, tests/keychain/with-keyring.sh).
    const CliRunner cli(store.path(), QString());
    const SimAccountInfo account = SimProcess::account(QStringLiteral("carrier1"));

    // The carrier, its route and the campaign, as an operator sets them up.
    CliResult r = cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("UK"),
                           QStringLiteral("--account-sid"), account.sid, QStringLiteral("--base-url"),
                           sim.baseUrl().toString(), QStringLiteral("--rate"), QString::number(teamRate),
                           QStringLiteral("--max-in-flight"), QStringLiteral("6"), QStringLiteral("--token-stdin")},
                          account.token.toLatin1() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli.run({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                 QStringLiteral("--carrier"), QStringLiteral("UK")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile list(store.filePath(QStringLiteral("team.csv")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("phone\n");
    for (int i = 0; i < teamMessages; ++i)
        list.write(QStringLiteral("+4479111%1\n").arg(i, 5, 10, QLatin1Char('0')).toLatin1());
    list.close();
    r = cli.run({QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("import"), list.fileName(),
                 QStringLiteral("--name"), QStringLiteral("team"), QStringLiteral("--from"), QStringLiteral("Router"),
                 QStringLiteral("--body"), QStringLiteral("Team mode test")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 campaign = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("campaign_id")).toInteger();
    QVERIFY(campaign > 0);
    r = cli.run({QStringLiteral("campaign"), QStringLiteral("start"), QString::number(campaign)});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Three dispatchers at once; a lease of 3 s so the killed one is taken over soon.
    QElapsedTimer clock;
    clock.start();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    std::vector<std::unique_ptr<QProcess>> dispatchers;
    for (int i = 0; i < teamDispatchers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(SMSROUTER_CLI_PATH),
                       {QStringLiteral("--db"), store.path(), QStringLiteral("dispatch"),
                        QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QStringLiteral("150"),
                        QStringLiteral("--request-timeout"), QStringLiteral("2"), QStringLiteral("--resend-grace"),
                        QStringLiteral("3"), QStringLiteral("--lease"), QStringLiteral("3")});
        QVERIFY(process->waitForStarted());
        dispatchers.push_back(std::move(process));
    }
    auto session = store.openSession(SecretBackend::Database);
    Database &db = session->database();
    QVERIFY2(
        waitUntil([&] { return DispatcherRepository(db).all().value_or(QList<DispatcherRow>()).size() == 3; }, 30'000),
        "the three dispatchers did not all start");

    // Midway, one of them dies without a word, while it has requests out.
    QProcess &victim = *dispatchers.at(1);
    const auto victimSending = [&] {
        auto n = sql::scalar(db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM messages m JOIN dispatchers d ON d.instance = "
                                            "m.claimed_by WHERE m.state = 'submitting' AND d.pid = :pid"),
                             {{"pid", victim.processId()}});
        return n && n->toLongLong() > 0;
    };
    // Frozen (SIGSTOP) before the second look, so the requests seen out are still out when it
    // dies: between a look and the kill, a running victim could have had every answer back.
    const auto frozenWhileSending = [&] {
        if (sim.readLedger().size() < teamMessages / 3 || !victimSending())
            return false;
        ::kill(pid_t(victim.processId()), SIGSTOP);
        if (victimSending())
            return true;
        ::kill(pid_t(victim.processId()), SIGCONT);
        return false;
    };
    QVERIFY2(waitUntil([&] { return victim.state() != QProcess::Running || frozenWhileSending(); }, 60'000),
             "the dispatchers made no progress");
    QCOMPARE(victim.state(), QProcess::Running);
    ::kill(pid_t(victim.processId()), SIGKILL);
    QVERIFY(victim.waitForFinished(10'000));
    QCOMPARE(victim.exitStatus(), QProcess::CrashExit);
    const qsizetype acceptedAtKill = sim.readLedger().size();
    QVERIFY2(acceptedAtKill < teamMessages, "the campaign finished before the kill");

    for (int i : {0, 2}) {
        QProcess &survivor = *dispatchers.at(std::size_t(i));
        QVERIFY2(survivor.waitForFinished(180'000), "a dispatcher did not finish");
        QVERIFY2(survivor.exitStatus() == QProcess::NormalExit && survivor.exitCode() == 0,
                 survivor.readAllStandardError().constData());
    }
    qInfo("three dispatchers, one killed at %lld accepted: %d messages in %.1f s", qint64(acceptedAtKill), teamMessages,
          double(clock.elapsed()) / 1000.0);

    // No message accepted twice; every recipient once.
    const QList<QJsonObject> ledger = sim.readLedger();
    QSet<QString> recipients;
    QList<qint64> times;
    for (const QJsonObject &line : ledger) {
        recipients.insert(line.value(QStringLiteral("to")).toString());
        times.append(line.value(QStringLiteral("received_at")).toInteger());
    }
    QCOMPARE(recipients.size(), teamMessages);
    QCOMPARE(ledger.size(), qsizetype(teamMessages));

    // Every message final.
    auto counts = MessageRepository(db).countByState(campaign);
    QVERIFY(counts);
    QCOMPARE(counts->value(MessageState::Delivered) + counts->value(MessageState::Undelivered), qint64(teamMessages));

    // The rate held across the three, whatever each one did.
    const qsizetype busiest = busiestSecond(times);
    qInfo("busiest one-second window: %lld requests (rate %d/s)", qint64(busiest), teamRate);
    QVERIFY2(busiest <= teamRate, qPrintable(QString::number(busiest)));

    // The killed dispatcher's requests in flight were taken over and looked up, not resent.
    auto inDoubt = sql::scalar(db.connection(),
                               QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM message_events WHERE "
                                              "to_state = 'unknown' AND detail LIKE '%looked up in Restcomm%'"));
    QVERIFY(inDoubt);
    qInfo("taken over in doubt: %lld", inDoubt->toLongLong());
    QVERIFY2(inDoubt->toLongLong() > 0, "the killed dispatcher left nothing in doubt: the takeover went untested");
    auto left = DispatcherRepository(db).all();
    QVERIFY(left);
    QVERIFY(left->isEmpty()); // the dead one's row was removed, the others removed theirs
}

SMSROUTER_TEST(TestTeamDispatch)
#include "testteamdispatch.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Dashboard benchmarks (not part of ctest; see README-dashboard). Build in Release:
//   cmake --preset release && cmake --build --preset release
//   build/release/tests/bench/benchdashboard refresh [SAMPLES]
//   build/release/tests/bench/benchdashboard triggercost [MESSAGES]
//
// refresh: a store of 5,000,000 messages over the 30 days before now (three carriers, thirty
// completed campaigns, the traffic counters those messages imply: about 30 × 1440 minutes ×
// 3 carriers × 4 states rows) is generated once with bulk SQL and kept in
// /tmp/smsrouter-benchdashboard-v<N>.sqlite; each run works on a copy. DashboardService::snapshot()
// is timed for each range, first on a quiet store, then while a dispatcher sends a running
// campaign of 100,000 messages at full speed to restcomm-sim (every transition and its event
// written, delivery polling on). Median, 95th percentile and worst, in ms, on the caller's
// thread (the window's worker). The query plans are printed: none scans a table.
// triggercost: starting a campaign of MESSAGES (default 1,000,000) pending messages (one
// `queued` event per message), with the traffic triggers as migration 10 makes them, without
// them, and with a counting trigger that has no WHEN clause, to show what the clause saves.
#include "carriers/carrierservice.h"
#include "dashboard/dashboardservice.h"
#include "dispatch/dispatcher.h"
#include "dispatchharness.h"
#include "fakecredentialstore.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "store/trafficrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

constexpr int storeVersion = 1; // bump when the generated store changes
constexpr qint64 historyMessages = 5'000'000;
constexpr qint64 days = 30;
constexpr qint64 liveMessages = 100'000;

void must(const Status &status, const char *what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.errorMessage()));
}

void exec(Database &db, const QString &statement)
{
    auto done = sql::run(db.connection(), statement);
    if (!done)
        qFatal("%s: %s", qPrintable(statement.left(80)), qPrintable(done.errorMessage()));
}

/// The cached 5,000,000-message store, generated on first use. Its "now" is the generation
/// time; the history lies in the 30 days before it.
QString cachedStore()
{
    const QString path = QDir::temp().filePath(QStringLiteral("smsrouter-benchdashboard-v%1.sqlite").arg(storeVersion));
    if (QFile::exists(path))
        return path;
    const QString building = path + QStringLiteral(".building");
    QFile::remove(building);
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = Database::open(building);
        if (!opened)
            qFatal("could not create %s: %s", qPrintable(building), qPrintable(opened.errorMessage()));
        Database &db = **opened;
        exec(db, QStringLiteral("PRAGMA cache_size = -1048576"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = now - days * 86'400'000;
        const qint64 step = days * 86'400'000 / historyMessages;
        auto tx = Transaction::begin(db);
        must(tx ? Status() : Status(tx.error()), "begin");
        for (int c = 1; c <= 3; ++c)
            exec(db,
                 QStringLiteral("INSERT INTO carriers (id, name, base_url, account_sid, enabled, created_at, "
                                "updated_at) VALUES (%1, 'History %1', 'http://127.0.0.1:9', 'AC%2', 0, %3, %3)")
                     .arg(c)
                     .arg(c, 32, 10, QLatin1Char('0'))
                     .arg(start));
        exec(db,
             QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                            "INSERT INTO campaigns (id, name, sender, body_template, state, rows_total, accepted, "
                            "created_at, started_at, finished_at) SELECT i, 'Day ' || i, 'Bench', 'Hello', "
                            "'completed', %2, %2, %3 + (i - 1) * 86400000, %3 + (i - 1) * 86400000, "
                            "%3 + i * 86400000 FROM n")
                 .arg(days)
                 .arg(historyMessages / days)
                 .arg(start));
        // 90 % delivered, 5 % undelivered, 3 % failed, 2 % still sent; one in 10,000 unknown.
        exec(db,
             QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
                 "INSERT INTO messages (id, campaign_id, to_number, region, from_sender, body, segments, "
                 "carrier_id, cost_micros, state, provider_sid, attempts, next_attempt_at, price, price_unit, "
                 "created_at, updated_at, submitted_at, finished_at) "
                 "SELECT i + 1, 1 + i * %2 / %1, '+3519' || (10000000 + i), 'PT', 'Bench', 'Benchmark message', "
                 "s, 1 + i % 3, s * 25000, st, printf('SM%09d', i), 1, "
                 "CASE WHEN st = 'sent' THEN t + 60000 ELSE t END, "
                 "CASE WHEN st = 'delivered' THEN '-0.0075' ELSE '' END, 'USD', t, t + 5000, t, "
                 "CASE WHEN st IN ('sent', 'unknown') THEN NULL ELSE t + 5000 END "
                 "FROM (SELECT i, %3 + i * %4 AS t, 1 + (i % 7 = 0) AS s, "
                 "CASE WHEN i % 10000 = 0 THEN 'unknown' WHEN i % 100 < 90 THEN 'delivered' "
                 "WHEN i % 100 < 95 THEN 'undelivered' WHEN i % 100 < 98 THEN 'failed' ELSE 'sent' END AS st "
                 "FROM n)")
                 .arg(historyMessages)
                 .arg(days)
                 .arg(start)
                 .arg(step));
        // The counters those messages imply, as the triggers would have kept them: 'sent' at
        // submission, the outcome five seconds later with Restcomm's price.
        exec(db,
             QStringLiteral(
                 "INSERT INTO traffic_minutes (minute, carrier_id, state, messages, segments, cost_micros, "
                 "price_micros) SELECT minute, carrier_id, state, COUNT(*), SUM(segments), SUM(cost_micros), "
                 "SUM(price) FROM (SELECT submitted_at - submitted_at % 60000 AS minute, carrier_id, 'sent' AS "
                 "state, segments, cost_micros, 0 AS price FROM messages WHERE state <> 'unknown' UNION ALL "
                 "SELECT updated_at - updated_at % 60000, carrier_id, state, segments, cost_micros, "
                 "CAST(ROUND(ABS(CAST(price AS REAL)) * 1000000) AS INTEGER) FROM messages WHERE state <> "
                 "'sent') GROUP BY 1, 2, 3"));
        exec(db,
             QStringLiteral("INSERT INTO traffic_hours (hour, carrier_id, state, messages, segments, cost_micros,"
                            " price_micros) SELECT minute - minute % 3600000, carrier_id, state, SUM(messages), "
                            "SUM(segments), SUM(cost_micros), SUM(price_micros) FROM traffic_minutes "
                            "GROUP BY 1, 2, 3"));
        must(tx->commit(), "commit");
        exec(db, QStringLiteral("ANALYZE"));
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    if (!QFile::rename(building, path))
        qFatal("could not rename %s", qPrintable(building));
    out << QStringLiteral("generated %1 in %2 s").arg(path).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    return path;
}

struct Timings
{
    QList<double> ms;

    QString summary() const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return QStringLiteral("no samples");
        return QStringLiteral("median %1 ms, p95 %2 ms, worst %3 ms (%4 refreshes)")
            .arg(sorted.at(sorted.size() / 2), 0, 'f', 1)
            .arg(sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * 95 / 100)), 0, 'f', 1)
            .arg(sorted.constLast(), 0, 'f', 1)
            .arg(sorted.size());
    }
};

const QList<std::pair<DashboardRange, QString>> &benchRanges()
{
    static const QList<std::pair<DashboardRange, QString>> ranges {{DashboardRange::LastHour, QStringLiteral("hour")},
                                                                   {DashboardRange::LastDay, QStringLiteral("day")},
                                                                   {DashboardRange::LastWeek, QStringLiteral("week")}};
    return ranges;
}

double timeSnapshot(DashboardService &service, DashboardRange range, DashboardSnapshot *kept = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    auto snapshot = service.snapshot(range);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!snapshot)
        qFatal("snapshot failed: %s", qPrintable(snapshot.errorMessage()));
    if (kept)
        *kept = *snapshot;
    return ms;
}

int refresh(int samples)
{
    const QString cache = cachedStore();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QElapsedTimer copyTimer;
    copyTimer.start();
    if (!QFile::copy(cache, path))
        qFatal("could not copy the store");
    out << QStringLiteral("copied the store (%1 MB) in %2 s")
               .arg(QFileInfo(path).size() / 1'000'000)
               .arg(copyTimer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;

    SimProcess sim({QStringLiteral("--final-after-ms"), QStringLiteral("200")});
    if (!sim.start()) {
        out << "restcomm-sim did not start: " << sim.errorString() << Qt::endl;
        return 1;
    }
    FakeCredentialStore keychain;
    SessionOptions options;
    options.storePath = path;
    options.secretBackendOverride = SecretBackend::Database;
    options.keychain = &keychain;
    options.userSettingsFile = dir.filePath(QStringLiteral("user.ini"));
    auto opened = Session::open(options);
    if (!opened)
        qFatal("could not open the store: %s", qPrintable(opened.errorMessage()));
    Session &session = **opened;

    // The dashboard reads on its own connection, as the window's worker does.
    auto worker = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!worker)
        qFatal("could not open a second connection: %s", qPrintable(worker.errorMessage()));
    DashboardService service(**worker);

    auto plans = TrafficRepository(**worker).queryPlans();
    if (plans)
        out << "query plans:\n  " << plans->join(QStringLiteral("\n  ")) << Qt::endl;

    DashboardSnapshot shown;
    for (const auto &[range, name] : benchRanges()) {
        Timings quiet;
        for (int i = 0; i < samples; ++i)
            quiet.ms.append(timeSnapshot(service, range, &shown));
        out << QStringLiteral("quiet store, %1: %2; %3 carriers, %4 buckets")
                   .arg(name, quiet.summary())
                   .arg(shown.carriers.size())
                   .arg(shown.traffic.size())
            << Qt::endl;
    }

    // A running campaign of 100,000 messages on a carrier with no practical limit.
    const SimAccountInfo account = SimProcess::account(QStringLiteral("carrier1"));
    Carrier live;
    live.name = QStringLiteral("Live");
    live.baseUrl = sim.baseUrl().toString();
    live.accountSid = account.sid;
    live.rateLimit = 100'000;
    live.maxInFlight = 64;
    auto added = session.carriers().add(live, account.token.toLatin1());
    if (!added)
        qFatal("could not add the carrier: %s", qPrintable(added.errorMessage()));
    {
        Database &db = session.database();
        auto tx = Transaction::begin(db);
        must(tx ? Status() : Status(tx.error()), "begin");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exec(db,
             QStringLiteral("INSERT INTO campaigns (id, name, sender, body_template, state, rows_total, accepted, "
                            "created_at, started_at) VALUES (1000, 'Live', 'Bench', 'Hello', 'running', %1, %1, "
                            "%2, %2)")
                 .arg(liveMessages)
                 .arg(now));
        exec(db,
             QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
                            "INSERT INTO messages (campaign_id, to_number, region, from_sender, body, carrier_id, "
                            "cost_micros, state, created_at, updated_at) SELECT 1000, '+4479111' || (100000 + i), "
                            "'GB', 'Bench', 'Benchmark message', %2, 25000, 'queued', %3, %3 FROM n")
                 .arg(liveMessages)
                 .arg(added->id)
                 .arg(now));
        must(tx->commit(), "commit");
    }

    DispatchOptions dispatch;
    dispatch.storePath = path;
    dispatch.requestTimeout = std::chrono::seconds(30);
    dispatch.firstPollAfter = std::chrono::milliseconds(500);
    auto dispatcher =
        std::make_unique<Dispatcher>(session.carriers(), session.keychain(), dispatch, QStringLiteral("benchmark"));
    MessageRepository repo(**worker);
    QMap<DashboardRange, Timings> busy;
    QElapsedTimer sending;
    sending.start();
    dispatcher->start();
    int turn = 0;
    qint64 sentAtEnd = 0;
    double lastRate = 0;
    std::optional<qint64> lastLeft;
    // One refresh every 100 ms (ten times the window's rate), ranges in turn, while it sends
    // (for a minute at most).
    int tick = 0;
    DispatchHarness::waitFor(
        [&] {
            if (tick++ % 5 != 0)
                return false;
            const auto &[range, name] = benchRanges().at(turn++ % benchRanges().size());
            DashboardSnapshot s;
            busy[range].ms.append(timeSnapshot(service, range, &s));
            if (!s.campaigns.isEmpty()) {
                lastRate = s.campaigns.constFirst().perMinute;
                lastLeft = s.campaigns.constFirst().secondsLeft;
            }
            sentAtEnd = liveMessages
                - repo.countInStates({MessageState::Queued, MessageState::Submitting}, 1000).value_or(liveMessages);
            return sentAtEnd >= liveMessages || sending.elapsed() > 60'000;
        },
        600'000);
    const double seconds = sending.elapsed() / 1000.0;
    dispatcher->stopAndWait(30'000);
    out << QStringLiteral("dispatcher: %1 of %2 messages sent in %3 s (%4 msg/s); last campaign rate %5/min, "
                          "time left %6 s")
               .arg(sentAtEnd)
               .arg(liveMessages)
               .arg(seconds, 0, 'f', 1)
               .arg(sentAtEnd / seconds, 0, 'f', 0)
               .arg(lastRate, 0, 'f', 0)
               .arg(lastLeft ? QString::number(*lastLeft) : QStringLiteral("-"))
        << Qt::endl;
    for (const auto &[range, name] : benchRanges())
        out << QStringLiteral("while sending, %1: %2").arg(name, busy.value(range).summary()) << Qt::endl;
    return 0;
}

/// Seconds to move `messages` pending campaign messages to queued (MessageRepository::moveAll,
/// one event each), in a fresh store prepared by `prepare`.
double startCampaign(qint64 messages, const std::function<void(Database &)> &prepare)
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    if (!opened)
        qFatal("could not create a store: %s", qPrintable(opened.errorMessage()));
    Database &db = **opened;
    prepare(db);
    exec(db,
         QStringLiteral("INSERT INTO carriers (id, name, base_url, account_sid, created_at, updated_at) VALUES "
                        "(1, 'One', 'http://127.0.0.1:9', 'AC1', 0, 0)"));
    exec(db,
         QStringLiteral("INSERT INTO campaigns (id, name, sender, body_template, state, created_at) VALUES "
                        "(1, 'Start', 'Bench', 'Hello', 'running', 0)"));
    exec(db,
         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
                        "INSERT INTO messages (campaign_id, to_number, from_sender, body, carrier_id, cost_micros, "
                        "state, created_at, updated_at) SELECT 1, '+3519' || (10000000 + i), 'Bench', 'Hello', 1, "
                        "25000, 'pending', 0, 0 FROM n")
             .arg(messages));
    QElapsedTimer timer;
    timer.start();
    auto moved = MessageRepository(db).moveAll(MessageState::Pending, MessageState::Queued, 1,
                                               QDateTime::currentMSecsSinceEpoch(), QStringLiteral("started"));
    const double seconds = timer.elapsed() / 1000.0;
    if (!moved || *moved != messages)
        qFatal("the campaign did not start");
    return seconds;
}

int triggerCost(qint64 messages)
{
    const auto none = [](Database &) {
    };
    const auto dropped = [](Database &db) {
        exec(db, QStringLiteral("DROP TRIGGER traffic_count_event"));
        exec(db, QStringLiteral("DROP TRIGGER traffic_count_price"));
    };
    const auto everyEvent = [&dropped](Database &db) {
        dropped(db);
        QString trigger = db.dialect().trafficEventTrigger();
        const qsizetype when = trigger.indexOf(QStringLiteral(" WHEN "));
        const qsizetype begin = trigger.indexOf(QStringLiteral(" BEGIN "));
        trigger.remove(when, begin - when);
        exec(db, trigger);
    };
    for (int run = 1; run <= 3; ++run) {
        const double with = startCampaign(messages, none);
        const double without = startCampaign(messages, dropped);
        const double unrestricted = startCampaign(messages, everyEvent);
        out << QStringLiteral("run %1: starting a campaign of %2 messages: %3 s with the traffic triggers, %4 s "
                              "without, %5 s if every event were counted")
                   .arg(run)
                   .arg(messages)
                   .arg(with, 0, 'f', 2)
                   .arg(without, 0, 'f', 2)
                   .arg(unrestricted, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "smsrouter.*.warning=false");
    const QStringList args = app.arguments();
    const QString mode = args.value(1, QStringLiteral("refresh"));
    if (mode == QLatin1String("refresh"))
        return refresh(args.value(2, QStringLiteral("15")).toInt());
    if (mode == QLatin1String("triggercost"))
        return triggerCost(args.value(2, QStringLiteral("1000000")).toLongLong());
    out << "usage: benchdashboard refresh [SAMPLES] | triggercost [MESSAGES]" << Qt::endl;
    return 2;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Dispatcher benchmarks against restcomm-sim on loopback (not part of ctest; see README,
// Performance). Build in Release:
//   cmake --preset release && cmake --build --preset release
//   build/release/tests/bench/benchdispatch throughput [MESSAGES] [RUNS]
//   build/release/tests/bench/benchdispatch throttle [SECONDS]
//
// throughput: N queued messages, one carrier with no practical rate limit, every transition
// (queued → submitting → sent, each with its event) written to the store; messages/s from the
// dispatcher's start until the last one is sent. The simulator's own ceiling is measured with
// wrk in the same run, so both figures come from the same machine state.
// throttle: a carrier limited to 50 msg/s for SECONDS (default 60); the achieved rate and the
// busiest one-second window, from the simulator's ledger (its receive times).
#include "carriers/carrierservice.h"
#include "dispatch/dispatcher.h"
#include "dispatchharness.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

void insertQueued(Session &session, qint64 carrierId, int count)
{
    Database &db = session.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        qFatal("could not begin a transaction: %s", qPrintable(tx.errorMessage()));
    MessageRepository repo(db);
    const QStringList numbers = DispatchHarness::numbers(count);
    for (const QString &number : numbers) {
        Message m;
        m.to = number;
        m.from = QStringLiteral("Bench");
        m.body = QStringLiteral("Benchmark message for ") + number;
        m.carrierId = carrierId;
        m.state = MessageState::Queued;
        (void)repo.insert(m, QStringLiteral("benchmark"));
    }
    (void)tx->commit();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// wrk against the simulator's send endpoint for `seconds`; requests/s, or 0 without wrk.
double wrkCeiling(const SimProcess &sim, int seconds)
{
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty())
        return 0;
    const SimAccountInfo account = SimProcess::account(QStringLiteral("carrier1"));
    QTemporaryFile script(QDir::tempPath() + QStringLiteral("/wrk-XXXXXX.lua"));
    if (!script.open())
        return 0;
    script.write("wrk.method = \"POST\"\n"
                 "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded; charset=utf-8\"\n"
                 "wrk.headers[\"Accept\"] = \"application/json\"\n"
                 "wrk.headers[\"Authorization\"] = \""
                 + account.basicAuth()
                 + "\"\n"
                   "wrk.body = \"To=%2B447911123456&From=Bench&Body=Benchmark%20message\"\n");
    script.flush();
    QProcess process;
    process.start(
        wrk,
        {QStringLiteral("-t1"), QStringLiteral("-c6"), QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"),
         script.fileName(),
         sim.baseUrl().toString() + QStringLiteral("/Accounts/") + account.sid + QStringLiteral("/SMS/Messages.json")});
    process.waitForFinished(seconds * 1000 + 30'000);
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Requests/sec:"))
            return line.mid(13).trimmed().toDouble();
    }
    return 0;
}

int throughput(int messages, int runs)
{
    QList<double> rates;
    QList<double> ceilings;
    for (int run = 0; run < runs; ++run) {
        DispatchHarness h({QStringLiteral("--final-after-ms"), QStringLiteral("-1")});
        if (!h.start()) {
            out << "restcomm-sim did not start: " << h.error() << Qt::endl;
            return 1;
        }
        const Carrier carrier = h.addCarrier(QStringLiteral("Bench"), QStringLiteral("carrier1"), 100'000, 64);
        insertQueued(h.session(), carrier.id, messages);

        DispatchOptions options = h.options();
        options.requestTimeout = std::chrono::seconds(30);
        options.trackDelivery = false; // measure submission; delivery polling is measured apart
        auto dispatcher = h.makeDispatcher(options, QStringLiteral("benchmark"));
        MessageRepository repo(h.session().database());
        QElapsedTimer clock;
        clock.start();
        dispatcher->start();
        // Done when no message is left queued or submitting. Asked as "does one exist", which the
        // (state, carrier_id, next_attempt_at) index answers at once: a COUNT(*) walked up to
        // 30,000 index entries 50 times a second and took a quarter of this process's CPU, on
        // the two cores the dispatcher and the simulator share.
        const auto anyLeft = [&] {
            auto left = sql::scalar(h.session().database().connection(),
                                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE state IN "
                                                   "('queued', 'submitting'))"));
            return !left || left->toInt() != 0;
        };
        const bool done = DispatchHarness::waitFor([&] { return !anyLeft(); }, 600'000);
        const double seconds = clock.elapsed() / 1000.0;
        dispatcher->stopAndWait(30'000);
        const qint64 sent = repo.countInStates({MessageState::Sent}).value_or(0);
        const double rate = sent / seconds;
        rates.append(rate);
        const double ceiling = wrkCeiling(h.sim(), 5);
        ceilings.append(ceiling);
        out << QStringLiteral(
                   "run %1: %2 of %3 sent in %4 s = %5 msg/s%6; restcomm-sim ceiling (wrk -t1 -c6, 5 s): %7 req/s")
                   .arg(run + 1)
                   .arg(sent)
                   .arg(messages)
                   .arg(seconds, 0, 'f', 2)
                   .arg(rate, 0, 'f', 0)
                   .arg(done ? QString() : QStringLiteral(" (timed out)"))
                   .arg(ceiling, 0, 'f', 0)
            << Qt::endl;
    }
    out << QStringLiteral("median: %1 msg/s with every transition persisted; simulator ceiling %2 req/s")
               .arg(median(rates), 0, 'f', 0)
               .arg(median(ceilings), 0, 'f', 0)
        << Qt::endl;
    return 0;
}

int throttle(int seconds)
{
    const int rate = 50;
    DispatchHarness h({QStringLiteral("--final-after-ms"), QStringLiteral("-1")});
    if (!h.start()) {
        out << "restcomm-sim did not start: " << h.error() << Qt::endl;
        return 1;
    }
    const Carrier carrier = h.addCarrier(QStringLiteral("Fifty"), QStringLiteral("carrier1"), rate, 20);
    insertQueued(h.session(), carrier.id, rate * seconds * 2); // more than it may send
    DispatchOptions options = h.options();
    options.trackDelivery = false;
    auto dispatcher = h.makeDispatcher(options, QStringLiteral("benchmark"));
    dispatcher->start();
    DispatchHarness::waitFor([&] { return !h.sim().readLedger().isEmpty(); }, 10'000);
    const qint64 first = h.sim().readLedger().first().value(QStringLiteral("received_at")).toVariant().toLongLong();
    DispatchHarness::waitFor([] { return false; }, seconds * 1000 + 500);
    dispatcher->stopAndWait(30'000);

    // The same measure on this side: when each request was handed to the network (its claim).
    QList<qint64> sendTimes;
    {
        auto q = sql::run(h.session().database().connection(),
                          QStringLiteral("SELECT at FROM message_events WHERE to_state = 'submitting' ORDER BY at"));
        while (q && q->next())
            sendTimes.append(q->value(0).toLongLong());
    }
    int busiestSent = 0;
    {
        qsizetype begin = 0;
        for (qsizetype end = 0; end < sendTimes.size(); ++end) {
            while (sendTimes.at(begin) <= sendTimes.at(end) - 1000)
                ++begin;
            busiestSent = std::max(busiestSent, int(end - begin + 1));
        }
    }

    QList<qint64> times;
    for (const QJsonObject &line : h.sim().readLedger()) {
        const qint64 at = line.value(QStringLiteral("received_at")).toVariant().toLongLong();
        if (at < first + seconds * 1000)
            times.append(at);
    }
    std::sort(times.begin(), times.end());
    int busiest = 0;
    qsizetype start = 0;
    qint64 tightestSpan = 1000; // the shortest time in which the simulator saw `rate` + 1 requests
    for (qsizetype end = 0; end < times.size(); ++end) {
        while (times.at(start) <= times.at(end) - 1000)
            ++start;
        busiest = std::max(busiest, int(end - start + 1));
        if (end >= rate)
            tightestSpan = std::min(tightestSpan, times.at(end) - times.at(end - rate));
    }
    const double achieved = double(times.size()) / seconds;
    out << QStringLiteral("throttle %1 msg/s for %2 s: %3 messages = %4 msg/s (%5% off); busiest 1-s window: %6 "
                          "at the simulator, %8 as sent (shortest span of %1 + 1 arrivals: %7 ms)")
               .arg(rate)
               .arg(seconds)
               .arg(times.size())
               .arg(achieved, 0, 'f', 2)
               .arg(100.0 * (achieved - rate) / rate, 0, 'f', 2)
               .arg(busiest)
               .arg(tightestSpan)
               .arg(busiestSent)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "smsrouter.*.warning=false");
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1, QStringLiteral("throughput"));
    if (mode == QLatin1String("throttle"))
        return throttle(args.value(2, QStringLiteral("60")).toInt());
    return throughput(args.value(2, QStringLiteral("30000")).toInt(), args.value(3, QStringLiteral("3")).toInt());
}

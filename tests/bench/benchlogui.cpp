// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Delivery log under load: a store of 1,000,000 messages, a real Dispatcher sending at full
// speed to restcomm-sim, and the main window showing the log (offscreen) while the bench scrolls
// (fetchMore), selects rows (detail pane), and changes filters. A 10 ms heartbeat timer on the
// GUI thread measures its longest stall (largest gap minus 10 ms); /proc/self/status gives the
// peak resident memory during the run (VmHWM, reset when the run starts).
//
//   benchlogui [--messages N] [--seconds S] [--rate MSG_PER_S] [--page ID]
//   build with the release preset: ninja -C build/release benchlogui restcomm-sim
//   targets (issue 5): longest stall <= 50 ms, peak RSS < 300 MB

#include "carriers/carrierservice.h"
#include "dispatch/dispatcher.h"
#include "mainwindow.h"
#include "models/messagelogmodel.h"
#include "pages/deliverylogpage.h"
#include "session/session.h"
#include "simprocess.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "tempstore.h"
#include "widgets/messagelogfilterbar.h"
#include "widgets/sendingstatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Forgets the peak so far (Linux: writing 5 to clear_refs resets VmHWM to the current RSS).
void resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

/// 1,000,000 messages in one transaction with prepared statements (no routing: the bench
/// only needs rows). The oldest 80 % are finished history, with a creation event each; the
/// newest 20 % are queued, due newest first so the rows on screen are the ones that move.
bool fillStore(Database &db, qint64 count, qint64 carrierA, qint64 carrierB)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 queuedFrom = count - count / 5;
    auto tx = Transaction::begin(db);
    if (!tx)
        return false;
    QSqlQuery message(db.connection());
    message.prepare(QStringLiteral(
        "INSERT INTO messages (id, to_number, region, from_sender, body, encoding, segments, carrier_id, "
        "fallback_carriers, cost_micros, state, provider_sid, provider_status, attempts, next_attempt_at, "
        "last_error, price, price_unit, created_at, updated_at, submitted_at, finished_at) VALUES (?, ?, 'GB', "
        "'Router', ?, 'GSM-7', 1, ?, '', 34000, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery event(db.connection());
    event.prepare(QStringLiteral(
        "INSERT INTO message_events (message_id, at, from_state, to_state, detail) VALUES (?, ?, '', ?, 'bench')"));
    const QString body = QStringLiteral("Your order 4821 has shipped and arrives tomorrow between 9 and 12.");
    for (qint64 id = 1; id <= count; ++id) {
        const bool queued = id > queuedFrom;
        const qint64 created = now - (count - id) * 50;
        QString state = QStringLiteral("queued");
        if (!queued) {
            const qint64 pick = id % 100;
            state = pick < 90 ? QStringLiteral("delivered")
                : pick < 94   ? QStringLiteral("failed")
                : pick < 98   ? QStringLiteral("undelivered")
                              : QStringLiteral("rejected");
        }
        const bool sent = !queued && state != QLatin1String("rejected");
        int i = 0;
        message.bindValue(i++, id);
        message.bindValue(i++, QStringLiteral("+4479%1").arg(10'000'000 + id));
        message.bindValue(i++, body);
        message.bindValue(i++, id % 2 ? carrierA : carrierB);
        message.bindValue(i++, state);
        message.bindValue(i++,
                          sent ? QVariant(QStringLiteral("SMbench%1").arg(id, 27, 16, QLatin1Char('0'))) : QVariant());
        message.bindValue(i++, sent ? QVariant(state) : QVariant());
        message.bindValue(i++, queued ? 0 : 1);
        message.bindValue(i++, queued ? now - id : 0); // newest first
        // Empty, not null, strings: Qt binds a null QString as SQL NULL.
        message.bindValue(i++,
                          state == QLatin1String("failed") ? QStringLiteral("HTTP 400: bad To") : QStringLiteral(""));
        message.bindValue(i++, sent ? QStringLiteral("-0.0340") : QStringLiteral(""));
        message.bindValue(i++, sent ? QStringLiteral("USD") : QStringLiteral(""));
        message.bindValue(i++, created);
        message.bindValue(i++, created + (queued ? 0 : 2000));
        message.bindValue(i++, sent ? QVariant(created + 10) : QVariant());
        message.bindValue(i++, queued ? QVariant() : QVariant(created + 2000));
        if (!message.exec()) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(message.lastError().text()));
            return false;
        }
        event.bindValue(0, id);
        event.bindValue(1, created);
        event.bindValue(2, state);
        if (!event.exec()) {
            std::fprintf(stderr, "event insert failed: %s\n", qPrintable(event.lastError().text()));
            return false;
        }
    }
    return bool(tx->commit());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages in the store."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Length of the run."), QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Rate limit of each of the two carriers (msg/s)."),
                      QStringLiteral("R"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("page"),
                      QStringLiteral("Page shown during the run (log; another one measures the window without it)."),
                      QStringLiteral("ID"), QStringLiteral("log")});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("messages")).toLongLong();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();

    TempStore store;
    auto session = store.openSession(SecretBackend::Database);
    SimProcess sim({QStringLiteral("--final-after-ms"), QStringLiteral("3000")});
    if (!sim.start()) {
        std::fprintf(stderr, "restcomm-sim: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    qint64 carrierIds[2] = {0, 0};
    const char *accounts[2] = {"carrier1", "carrier2"};
    for (int i = 0; i < 2; ++i) {
        const SimAccountInfo account = SimProcess::account(QLatin1String(accounts[i]));
        Carrier c;
        c.name = QStringLiteral("Bench %1").arg(i + 1);
        c.baseUrl = sim.baseUrl().toString();
        c.accountSid = account.sid;
        c.rateLimit = rate;
        c.maxInFlight = 64;
        auto added = session->carriers().add(c, account.token.toLatin1());
        if (!added) {
            std::fprintf(stderr, "carrier: %s\n", qPrintable(added.errorMessage()));
            return 1;
        }
        carrierIds[i] = added->id;
    }
    QElapsedTimer fillTime;
    fillTime.start();
    if (!fillStore(session->database(), count, carrierIds[0], carrierIds[1]))
        return 1;
    std::printf("store: %lld messages written in %.1f s (%s)\n", count, fillTime.elapsed() / 1000.0,
                qPrintable(store.path()));

    DispatchOptions options;
    options.storePath = store.path();
    Dispatcher dispatcher(session->carriers(), session->keychain(), options, QStringLiteral("benchlogui"));
    MainWindow window(*session, &dispatcher);
    auto *page = qobject_cast<DeliveryLogPage *>(window.page(QStringLiteral("log")));
    window.showPage(parser.value(QStringLiteral("page")));
    window.resize(1280, 800);
    window.show();
    int refreshes = 0;
    QObject::connect(page->model(), &MessageLogModel::refreshStarted, &app, [&refreshes] { ++refreshes; });
    dispatcher.start();

    // The heartbeat: a 10 ms timer whose late ticks are the GUI thread's stalls.
    resetPeakMemory();
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worstGap = 0;
    qint64 worstAt = 0;
    int over20 = 0;
    int over50 = 0;
    QList<std::pair<qint64, qint64>> stalls; // (at ms, stall ms) over 30 ms, for finding what blocks
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        const qint64 gap = now - last;
        last = now;
        if (gap - 10 > 20)
            ++over20;
        if (gap - 10 > 50)
            ++over50;
        if (gap - 10 > 30)
            stalls.append({now, gap - 10});
        if (gap > worstGap) {
            worstGap = gap;
            worstAt = now;
        }
    });
    heartbeat.start();

    // What an operator does meanwhile, once a second.
    QTableView *table = page->table();
    qint64 countsWorstUs = 0;
    int tick = 0;
    QTimer script;
    script.setInterval(1000);
    QObject::connect(&script, &QTimer::timeout, &app, [&] {
        ++tick;
        if (tick <= 20 && tick % 2 == 0)
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum()); // fetchMore
        if (tick == 22)
            table->verticalScrollBar()->setValue(0);
        if (tick % 3 == 0)
            table->selectRow(table->rowAt(4));
        if (tick == 25)
            page->showAttention();
        if (tick == 35 || tick == 50) {
            page->filterBar()->clear();
            page->filterBar()->applyNow();
        }
        if (tick == 42) {
            page->filterBar()->setNumber(QStringLiteral("79100"));
            page->filterBar()->applyNow();
        }
        // The status bar's COUNT queries run on the GUI thread: time one on its own.
        QElapsedTimer counts;
        counts.start();
        window.sendingStatus()->refreshCounts();
        countsWorstUs = std::max(countsWorstUs, counts.nsecsElapsed() / 1000);
        if (tick >= seconds)
            app.quit();
    });
    last = clock.elapsed();
    script.start();
    app.exec();
    heartbeat.stop();
    const qint64 peakKb = statusKb("VmHWM:");
    const qint64 rssKb = statusKb("VmRSS:");
    const DispatchStatus status = dispatcher.status();
    dispatcher.stopAndWait(30'000);

    std::printf("run: %d s, dispatcher accepted %lld messages (%.0f msg/s), %d log refreshes, %d rows loaded\n",
                seconds, status.acceptedTotal, double(status.acceptedTotal) / seconds, refreshes,
                page->model()->rowCount());
    std::printf("longest GUI stall: %lld ms (at %.1f s); stalls over 20 ms: %d, over 50 ms: %d\n",
                std::max<qint64>(0, worstGap - 10), worstAt / 1000.0, over20, over50);
    QStringList stallText;
    for (const auto &[at, ms] : std::as_const(stalls))
        stallText.append(QStringLiteral("%1 ms at %2 s").arg(ms).arg(at / 1000.0, 0, 'f', 1));
    std::printf("stalls over 30 ms: %s\n",
                stallText.isEmpty() ? "none" : qPrintable(stallText.join(QStringLiteral(", "))));
    std::printf("status bar counts: longest %.1f ms\n", countsWorstUs / 1000.0);
    std::printf("memory: peak RSS during the run %.1f MB, at the end %.1f MB\n", peakKb / 1024.0, rssKb / 1024.0);
    return 0;
}

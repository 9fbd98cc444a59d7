// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Dashboard page against a real store (given by path), shown offscreen, refreshing once a
// second as it does in the window. A 1 ms heartbeat timer on the GUI thread measures its longest
// stall (the largest gap minus 1 ms); each read's time, from asking the page's worker to its
// answer drawn, is reported too. Run the dispatcher on the same store meanwhile (smsrouter-cli
// dispatch, or the window) to measure it at full speed.
//
//   benchdashboardui --db STORE [--seconds S] [--range hour|day|week]
//   build with the release preset: ninja -C build/release benchdashboardui
//   targets (issue 12): longest GUI-thread stall <= 50 ms, a refresh <= 100 ms on the worker

#include "pages/dashboardpage.h"
#include "session/session.h"
#include "session/storewatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The store."), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Length of the run."), QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("range"), QStringLiteral("The chart's range: hour, day or week."),
                      QStringLiteral("RANGE"), QStringLiteral("hour")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db"))) {
        std::fprintf(stderr, "benchdashboardui: --db STORE is required\n");
        return 2;
    }
    SessionOptions options;
    options.storePath = parser.value(QStringLiteral("db"));
    options.secretBackendOverride = SecretBackend::Database;
    auto session = Session::open(options);
    if (!session) {
        std::fprintf(stderr, "store: %s\n", qPrintable(session.errorMessage()));
        return 1;
    }
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const QString range = parser.value(QStringLiteral("range"));

    StoreWatcher watcher((*session)->storePath());
    DashboardPage page(**session, watcher);
    page.setRange(range == QLatin1String("week")      ? DashboardRange::LastWeek
                      : range == QLatin1String("day") ? DashboardRange::LastDay
                                                      : DashboardRange::LastHour);
    page.resize(1280, 760);
    page.show();

    QList<qint64> reads;
    QObject::connect(&page, &DashboardPage::snapshotShown, &app, [&] { reads.append(page.lastReadMs()); });

    // The heartbeat: a 1 ms timer whose late ticks are the GUI thread's stalls.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worstGap = 0;
    qint64 worstAt = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        if (now - last > worstGap && last > 1000) { // the first second opens the worker's store
            worstGap = now - last;
            worstAt = now;
        }
        last = now;
    });
    heartbeat.start();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    QApplication::exec();

    std::sort(reads.begin(), reads.end());
    const auto at = [&](double q) {
        return reads.isEmpty() ? 0 : reads.at(qsizetype(q * double(reads.size() - 1)));
    };
    std::printf("dashboard (%s): %lld refreshes in %d s; read median %lld ms, p95 %lld ms, max %lld ms\n",
                qPrintable(range), qint64(reads.size()), seconds, at(0.5), at(0.95),
                reads.isEmpty() ? 0 : reads.last());
    std::printf("longest GUI-thread stall: %lld ms (at %.1f s)\n", std::max<qint64>(0, worstGap - 1), worstAt / 1000.0);
    return 0;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Opt-out import benchmark (not part of ctest), run by `scripts/bench.sh optouts`, which writes
// the file (1,000,000 random Portuguese mobiles) and passes the Release CLI:
//
//   benchoptouts CLI FILE [runs]
//
// Times `smsrouter-cli optout import FILE` into a fresh SQLite store, `runs` times on its own and
// `runs` times while a second writer works on the same store: a thread of this program that, like
// a dispatcher's claim and result transactions, writes one tiny transaction (BEGIN IMMEDIATE, one
// upsert, COMMIT) every 2 ms, and records how long each one took from BEGIN to the end of COMMIT.
// Prints each run and the medians: the import's time, and the second writer's longest wait.
//
// The second writer opens the store as the dispatcher does (ExistingOnly: it never migrates it), so
// the same program measures an older CLI (the figures before a change) as well.
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

namespace {

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// The second writer's tally.
struct WriterTally
{
    qint64 writes = 0;
    qint64 failures = 0;
    double longestMs = 0;
    double longestBeginMs = 0; ///< of which waiting for the write lock (BEGIN IMMEDIATE)
    bool plain = false; ///< an older store: a plain connection with SQLite's busy handler
};

const QString secondWriterUpsert =
    QStringLiteral("INSERT INTO settings (key, value) VALUES ('bench.second_writer', :v) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value");

/// Writes a settings row in a transaction of its own every 2 ms until `stop`, through a Database
/// of its own as a dispatcher does (its busy handler included). A store of an older schema (an
/// older CLI made it) gets a plain QSQLITE connection with SQLite's own busy handler instead,
/// as the dispatchers of that time had.
WriterTally secondWriter(const QString &store, const std::atomic_bool &stop, bool *plain)
{
    WriterTally tally;
    QElapsedTimer timer;
    const auto pace = [&](bool ok, double beginMs) {
        ok ? ++tally.writes : ++tally.failures;
        tally.longestMs = std::max(tally.longestMs, double(timer.nsecsElapsed()) / 1e6);
        tally.longestBeginMs = std::max(tally.longestBeginMs, beginMs);
        QThread::msleep(2);
    };
    if (auto db = Database::open(store, Database::OpenMode::ExistingOnly)) {
        (void)(*db)->setBusyTimeout(std::chrono::seconds(30));
        while (!stop.load()) {
            timer.start();
            auto tx = Transaction::begin(**db);
            const double beginMs = double(timer.nsecsElapsed()) / 1e6;
            bool ok = tx && sql::run((*db)->connection(), secondWriterUpsert, {{"v", tally.writes}}) && tx->commit();
            pace(ok, beginMs);
        }
        return tally;
    }
    *plain = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("second writer"));
        db.setDatabaseName(store);
        if (!db.open())
            qFatal("the second writer cannot open %s", qPrintable(store));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout = 30000"));
        QSqlQuery upsert(db);
        upsert.prepare(secondWriterUpsert);
        while (!stop.load()) {
            timer.start();
            bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            const double beginMs = double(timer.nsecsElapsed()) / 1e6;
            upsert.bindValue(QStringLiteral(":v"), tally.writes);
            ok = ok && upsert.exec() && q.exec(QStringLiteral("COMMIT"));
            if (!ok)
                q.exec(QStringLiteral("ROLLBACK"));
            pace(ok, beginMs);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("second writer"));
    return tally;
}

/// One import into a fresh store; the second writer's tally when `withWriter`.
double importOnce(const QString &cli, const QString &file, const QString &dir, int run, bool withWriter,
                  WriterTally *tally)
{
    const QString store =
        QStringLiteral("%1/store%2%3.sqlite").arg(dir).arg(run).arg(withWriter ? QStringLiteral("w") : QString());
    const QStringList common {QStringLiteral("--db"), store, QStringLiteral("--secret-store"),
                              QStringLiteral("database")};
    // The CLI makes the store (its own schema version).
    QProcess make;
    make.start(cli, common + QStringList {QStringLiteral("carrier"), QStringLiteral("list")});
    if (!make.waitForFinished(60'000) || make.exitCode() != 0)
        qFatal("%s could not make a store: %s", qPrintable(cli), make.readAllStandardError().constData());

    std::atomic_bool stop {false};
    std::unique_ptr<QThread> writer;
    if (withWriter) {
        writer.reset(QThread::create([&] { *tally = secondWriter(store, stop, &tally->plain); }));
        writer->start();
    }
    QProcess import;
    QElapsedTimer timer;
    timer.start();
    import.start(cli, common + QStringList {QStringLiteral("optout"), QStringLiteral("import"), file});
    if (!import.waitForFinished(600'000) || import.exitCode() != 0)
        qFatal("the import failed: %s", import.readAllStandardError().constData());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    stop.store(true);
    if (writer)
        writer->wait();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(store + suffix);
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: benchoptouts CLI FILE [runs]\n");
        return 2;
    }
    const QString cli = args.at(1);
    const QString file = args.at(2);
    const int runs = args.size() > 3 ? args.at(3).toInt() : 3;
    QTemporaryDir dir;

    std::vector<double> alone;
    for (int run = 1; run <= runs; ++run) {
        alone.push_back(importOnce(cli, file, dir.path(), run, false, nullptr));
        std::printf("run %d: import %.2f s\n", run, alone.back());
        std::fflush(stdout);
    }
    std::vector<double> shared;
    std::vector<double> waits;
    for (int run = 1; run <= runs; ++run) {
        WriterTally tally;
        shared.push_back(importOnce(cli, file, dir.path(), run, true, &tally));
        waits.push_back(tally.longestMs);
        std::printf("run %d with a second writer: import %.2f s; the writer's longest wait %.0f ms, of which %.0f ms "
                    "for the write lock (%lld writes, %lld failed%s)\n",
                    run, shared.back(), tally.longestMs, tally.longestBeginMs, tally.writes, tally.failures,
                    tally.plain ? ", an older store: SQLite's busy handler" : "");
        std::fflush(stdout);
    }
    std::printf("median of %d: import %.2f s alone, %.2f s with a second writer, whose longest wait was %.0f ms\n",
                runs, medianOf(alone), medianOf(shared), medianOf(waits));
    return 0;
}

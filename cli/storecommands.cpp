// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli store copy: a thin face over StoreCopier.
#include "command.h"
#include "commands.h"
#include "eventwait.h"
#include "output.h"
#include "session/session.h"
#include "stopsignal.h"
#include "store/storecopier.h"
#include "store/storelocation.h"
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace {

/// What the copy's thread tells the terminal's thread.
struct CopyState
{
    QMutex mutex;
    StoreCopyProgress progress; ///< guarded by mutex
    std::atomic<bool> cancel {false};
};

QJsonObject copyReportJson(const StoreCopyReport &report)
{
    QJsonArray tables;
    for (const StoreCopyTable &t : report.tables)
        tables.append(QJsonObject {{QStringLiteral("name"), t.name},
                                   {QStringLiteral("source_rows"), t.sourceRows},
                                   {QStringLiteral("target_rows"), t.targetRows},
                                   {QStringLiteral("match"), t.matches()}});
    return {{QStringLiteral("source"), report.source},
            {QStringLiteral("target"), report.target},
            {QStringLiteral("schema_version"), report.schemaVersion},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("rows"), report.rows},
            {QStringLiteral("match"), report.countsMatch()},
            {QStringLiteral("elapsed_ms"), qint64(report.elapsed.count())}};
}

QString progressLine(const StoreCopyProgress &p)
{
    if (p.total == 0 && p.table.isEmpty())
        return QCoreApplication::translate("StoreCommands", "Reading the store and preparing the server…");
    const int percent = p.total > 0 ? int(p.copied * 100 / p.total) : 0;
    return QCoreApplication::translate("StoreCommands", "Copying %1… %2 of %3 rows (%4%)")
        .arg(p.table.isEmpty() ? QCoreApplication::translate("StoreCommands", "the store") : p.table,
             QLocale().toString(p.copied), QLocale().toString(p.total))
        .arg(percent);
}

int copyStore(CommandContext &ctx)
{
    const QString target = ctx.value(QStringLiteral("to")).trimmed();
    if (target.isEmpty())
        return ctx.usage(QCoreApplication::translate("StoreCommands",
                                                     "Name the PostgreSQL database to copy into with --to "
                                                     "postgresql://user@host:5432/dbname."));
    if (auto location = StoreLocation::parse(target); !location)
        return ctx.fail(location.error());
    else if (!location->isPostgres())
        return ctx.usage(QCoreApplication::translate("StoreCommands",
                                                     "--to takes a PostgreSQL server written as "
                                                     "postgresql://user@host:5432/dbname, not a file."));
    const QString source = Session::resolveStorePath(ctx.value(QStringLiteral("db")));

    // The copy runs on a thread of its own, so Ctrl+C (StopSignal) and the progress line are
    // served here meanwhile. The source is never opened through a Session: that would migrate it.
    auto state = std::make_shared<CopyState>();
    StoreCopier copier(source, target);
    QFutureWatcher<Result<StoreCopyReport>> watcher;
    watcher.setFuture(QtConcurrent::run([&copier, state] {
        return copier.run([state](const StoreCopyProgress &p) {
            {
                const QMutexLocker locker(&state->mutex);
                state->progress = p;
            }
            return !state->cancel.load();
        });
    }));
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::requested, &stop, [state] { state->cancel = true; });

    // A person at a terminal sees one line that counts; scripts and --json get the report only.
    const bool terminal = !ctx.json() && ::isatty(STDERR_FILENO);
    QElapsedTimer sinceLine;
    sinceLine.start();
    bool lineShown = false;
    waitUntil(
        [&] {
            if (terminal && sinceLine.elapsed() >= 200) {
                StoreCopyProgress p;
                {
                    const QMutexLocker locker(&state->mutex);
                    p = state->progress;
                }
                ctx.err() << '\r' << progressLine(p) << "\x1b[K";
                ctx.err().flush();
                lineShown = true;
                sinceLine.restart();
            }
            return watcher.isFinished();
        },
        std::chrono::hours(24 * 365));
    if (lineShown) {
        ctx.err() << "\r\x1b[K";
        ctx.err().flush();
    }
    const Result<StoreCopyReport> copied = watcher.result();
    if (!copied)
        return ctx.fail(copied.error());
    const StoreCopyReport &report = *copied;
    if (ctx.json()) {
        ctx.printJson(copyReportJson(report));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const StoreCopyTable &t : report.tables)
        rows.append({t.name, QLocale().toString(t.sourceRows), QLocale().toString(t.targetRows),
                     t.matches() ? QCoreApplication::translate("StoreCommands", "yes")
                                 : QCoreApplication::translate("StoreCommands", "NO")});
    output::printTable(
        ctx.out(),
        {QCoreApplication::translate("StoreCommands", "Table"), QCoreApplication::translate("StoreCommands", "Store"),
         QCoreApplication::translate("StoreCommands", "Copied"), QCoreApplication::translate("StoreCommands", "Match")},
        rows, {1, 2});
    const QString seconds = QLocale().toString(double(report.elapsed.count()) / 1000.0, 'f', 1);
    // (Computed first: Qt 6.4's lupdate loops on a template inside translate()'s arguments.)
    const int rowCount = int(std::min<qint64>(report.rows, INT_MAX));
    ctx.out() << QCoreApplication::translate("StoreCommands",
                                             "Copied %n row(s) of %1 to %2 in %3 s; the row counts of all %4 tables "
                                             "match.",
                                             nullptr, rowCount)
                     .arg(report.source, report.target, seconds)
                     .arg(report.tables.size())
              << '\n'
              << QCoreApplication::translate("StoreCommands",
                                             "Use it with --db %1 (or SMSROUTER_DB, or File → Open store… in the "
                                             "window). Carriers whose tokens are in this computer's keychain work "
                                             "here; on other computers enter each token once.")
                     .arg(report.target)
              << '\n';
    ctx.out().flush();
    return ExitOk;
}

} // namespace

void registerStoreCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("store"), QStringLiteral("copy")},
                  QCoreApplication::translate("StoreCommands",
                                              "Copy the store (--db, an SQLite file) into an empty PostgreSQL "
                                              "database, in one transaction; the store itself is not changed."),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("to"),
                                   QCoreApplication::translate("StoreCommands",
                                                               "The empty PostgreSQL database to copy into; the "
                                                               "password comes from PGPASSWORD or ~/.pgpass."),
                                   QStringLiteral("URL")});
                  },
                  copyStore});
}

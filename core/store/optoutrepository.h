// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "optouts/optout.h"
#include "pragmaoverride.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

class MultiRowInsert;

class Database;

/// The `optouts` table, keyed by E.164. Like every repository it uses the connection it was
/// given, so a dispatcher thread asks through its own Database: contains() and
/// optedOutAmong() are single indexed look-ups, cheap enough to run just before submission.
class OptOutRepository final
{
public:
    explicit OptOutRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts the number; false (and nothing changed) when it is already there.
    Result<bool> add(const OptOut &optOut);

    /// add() for a whole list: one statement prepared once and run per number (an import of a
    /// million numbers spends its time inserting, not preparing). Inside the caller's transaction.
    class Adder final
    {
    public:
        explicit Adder(Database &db);
        Result<bool> add(const OptOut &optOut);

    private:
        QSqlQuery m_query;
        bool m_prepared = false;
    };
    /// The rows of one import (optout_imports, migration 13), written slice by slice: each
    /// number inserted unless it is already opted out (then its row, and the import that put it
    /// there, stay as they were), marked with the import's id so that a cancel removes exactly
    /// these. Why not Adder: a QSqlQuery bind + exec costs microseconds a row; on SQLite this
    /// steps one prepared statement through the sqlite3 C API on the connection's own handle
    /// (as BulkInserter does), on PostgreSQL it sends a few hundred rows a statement. While it
    /// lives the SQLite connection has a 64 MiB page cache and a 64 MiB WAL checkpoint threshold;
    /// the old values are put back after. Use it inside the caller's write transaction and call
    /// flush() before each commit.
    class ImportInserter final
    {
    public:
        ImportInserter(Database &db, qint64 importId, qint64 addedAt);
        ~ImportInserter();
        ImportInserter(const ImportInserter &) = delete;
        ImportInserter &operator=(const ImportInserter &) = delete;

        Status prepare();
        /// `e164` is bound without a copy on SQLite; it need only live until add() returns.
        Status add(QStringView e164, const QString &reason);
        /// Writes what add() still holds (PostgreSQL); the errors of those rows come from here.
        Status flush();
        /// SQLite, after a slice's commit: copies the WAL into the database (a passive checkpoint:
        /// other writers go on) when another connection writes too, else every eighth slice.
        /// Without it the next commit of another connection (a dispatcher's) found the WAL past
        /// its own threshold and made that copy itself, for a hundred milliseconds and more.
        void checkpoint();
        /// Numbers inserted so far (not those already opted out).
        qint64 added() const { return m_added; }

    private:
        struct Native;

        Database &m_db;
        qint64 m_importId;
        qint64 m_addedAt;
        qint64 m_added = 0;
        std::unique_ptr<Native> m_native;
        std::unique_ptr<QSqlQuery> m_query; ///< one row a statement (SQLite without its handle)
        std::unique_ptr<MultiRowInsert> m_rows; ///< PostgreSQL: the rows not yet sent
        std::optional<PragmaOverride> m_cacheSize;
        std::optional<PragmaOverride> m_autoCheckpoint;
        qint64 m_dataVersion = -1; ///< PRAGMA data_version at the last checkpoint()
        int m_slicesSinceCheckpoint = 0;
    };

    /// An import that has not finished (optout_imports in state `importing`): running, or
    /// abandoned by a process that ended without cleaning up.
    struct UnfinishedImport
    {
        qint64 id = 0;
        QString host;
        qint64 pid = 0;
        qint64 heartbeatAt = 0; ///< ms since the epoch
    };
    /// Records an import that is about to write its first slice. Returns its id.
    Result<qint64> startImport(const QString &sourceFile, const QString &host, qint64 pid, qint64 now);
    /// A sign of life, written with every slice. False when the import's row is gone (another
    /// program took it for abandoned and removed it).
    Result<bool> importHeartbeat(qint64 importId, qint64 now);
    /// Marks the import done: its numbers are ordinary opt-outs from now on. False when its row is gone.
    Result<bool> finishImport(qint64 importId, qint64 now);
    Result<QList<UnfinishedImport>> unfinishedImports() const;
    /// Up to `limit` numbers the import inserted, after `after` in the primary key's order.
    Result<QStringList> importedNumbers(qint64 importId, const QString &after, int limit) const;
    /// Deletes the numbers the import inserted from `first` to `last` (inclusive); returns how many.
    Result<qint64> deleteImported(qint64 importId, const QString &first, const QString &last);
    /// Removes the import's own row (after its numbers).
    Status forgetImport(qint64 importId);

    /// Removes the number; false when it was not there.
    Result<bool> remove(const QString &e164);
    /// Removes the number only when `source` put it there (START takes back a STOP reply's
    /// opt-out, never one a person added); false when it was not there or came from elsewhere.
    Result<bool> removeIfFrom(const QString &e164, const QString &source);
    Result<std::optional<OptOut>> find(const QString &e164) const;
    /// Sorted by number.
    Result<OptOutList> list() const;
    /// A cheap sign of change: the number of opt-outs and the newest one's time. Any add, remove
    /// or import changes it (a removal lowers the count, an addition is the newest).
    Result<QString> version() const;
    Result<qint64> count() const;

    /// Is this E.164 number opted out?
    Result<bool> contains(const QString &e164) const;
    /// Which of these E.164 numbers are opted out (one query per 500 numbers).
    Result<QSet<QString>> optedOutAmong(const QStringList &e164Numbers) const;
    /// Every opted-out number: the import's snapshot.
    Result<QStringList> allNumbers() const;

private:
    Database &m_db;
};

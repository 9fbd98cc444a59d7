// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

/// One table of a copy, as the report lists it.
struct StoreCopyTable
{
    QString name;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    bool matches() const { return sourceRows == targetRows; }
};

/// What a finished copy did. Every table of the schema is listed, in the order copied, with its
/// row count read from the source's snapshot and counted again on the target before the commit.
struct StoreCopyReport
{
    QString source;
    QString target; ///< the URL; it never holds a password (StoreLocation)
    int schemaVersion = 0;
    QList<StoreCopyTable> tables;
    qint64 rows = 0; ///< rows copied, all tables together
    std::chrono::milliseconds elapsed {0};
    /// True when every table's counts agree; a copy whose counts differ is rolled back, so a
    /// report that exists always says true. Kept for the report's readers (`--json` "match").
    bool countsMatch() const;
};

/// Where a running copy is, for a progress line or dialog.
struct StoreCopyProgress
{
    QString table; ///< the table being copied
    qint64 copied = 0; ///< rows copied so far, all tables together
    qint64 total = 0; ///< rows to copy, all tables together
};

/// Moves an SQLite store into an empty PostgreSQL database (`smsrouter-cli store copy`, File →
/// Move store to server…; ARCHITECTURE.md "Scale path").
///
/// - The source is opened read-only and read in one snapshot, so a store in use is copied as it
///   was at one moment and never written (not even a WAL checkpoint).
/// - The target gets its schema from the same migrations as any store (Database::open), so both
///   are at one version; every row is then written in ONE transaction, ids kept. A failure or a
///   cancel rolls it all back: the target is left with its schema and no rows.
/// - The list of tables comes from the schema itself. A table this class does not know (a
///   migration added it and nobody taught the copy about it) fails the copy before anything is
///   written, naming the table, so no table is ever left behind silently.
/// - The target's triggers are off for the copy's transaction (when the copying user owns the
///   tables), so the counters that triggers keep (traffic_minutes, traffic_hours) are copied as
///   they are; otherwise what the triggers counted is cleared before the counters are copied,
///   last. Nothing is counted twice. Identity sequences are moved past the copied ids, so the
///   next insert gets a fresh one.
/// - Refused: a target that holds any row (nothing is changed there), tokens kept in the
///   source's own database (a shared server must never hold them in plain text: the keychain
///   keeps them; carriers' token references are copied), and a source another process is
///   sending from (what it sends after the snapshot would be sent again from the copy).
///
/// Runs on the calling thread and opens its own connections: call it from a worker, never from
/// the GUI thread.
class StoreCopier final
{
public:
    /// Told where the copy is after each batch; returns false to cancel (the copy rolls back).
    using Progress = std::function<bool(const StoreCopyProgress &)>;

    struct Options
    {
        /// A dispatcher of this process may hold the source (the window's own, which the window
        /// pauses): only other processes' leases refuse the copy.
        bool allowOwnDispatcher = false;
        /// A lease renewed less than this long ago belongs to a live dispatcher.
        std::chrono::milliseconds leaseStaleAfter {30'000};
        /// Rows per INSERT statement.
        int batchRows = 1000;
        const Clock *clock = nullptr; ///< null: the system clock
    };

    /// Error codes a caller may act on (Error::code).
    static inline const QString TargetNotEmptyCode = QStringLiteral("target_not_empty");
    static inline const QString TokensInDatabaseCode = QStringLiteral("tokens_in_database");
    static inline const QString SourceInUseCode = QStringLiteral("source_in_use");
    static inline const QString CancelledCode = QStringLiteral("cancelled");

    /// `source` is a store file; `target` a postgresql:// URL.
    StoreCopier(QString source, QString target, Options options);
    StoreCopier(QString source, QString target);

    /// Copies, or changes nothing on the target and says why.
    Result<StoreCopyReport> run(const Progress &progress = {});

    /// Every table the copy knows how to handle. A test compares it with a fresh store's schema.
    static QStringList knownTables();

private:
    QString m_source;
    QString m_target;
    Options m_options;
};

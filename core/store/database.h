// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "sqldialect.h"
#include "statementcache.h"
#include "storelocation.h"

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

struct sqlite3;

/// One connection to the store. A QSqlDatabase may only be used by the thread that opened it,
/// so each thread that touches the store (the GUI thread, each dispatcher worker) opens its own
/// Database on the same file.
///
/// Opening checks before it writes anything: a file that is not a SQLite database, a SQLite
/// database that is not an SMS Router store, or a store written by a newer version is refused
/// with a message and left exactly as it was.
class Database final
{
public:
    enum class OpenMode {
        Migrate, ///< create the file if needed and bring the schema to the latest version
        ExistingOnly, ///< the schema must already be current (second connections, workers)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the store `path` names: a file (SQLite) or a postgresql:// URL (StoreLocation).
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::Migrate);

    /// Keeps, for this process only and in memory, the password the window asked for a
    /// PostgreSQL server (StoreLocation::serverKey); every connection to it uses it. Without one
    /// libpq reads PGPASSWORD or ~/.pgpass.
    static void rememberPassword(const StoreLocation &location, const QString &password);
    /// True when opening failed because the server wants a password nobody gave.
    static bool needsPassword(const Error &error) { return error.code == QLatin1String("store_password"); }

    /// Where the store lives when neither --db nor SMSROUTER_DB says otherwise.
    static QString defaultPath();

    const QSqlDatabase &connection() const { return m_db; }
    const QString &path() const { return m_path; }
    const StoreLocation &location() const { return m_location; }
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    /// True when another connection (or process) changed the store since the last call.
    /// SQLite answers this cheaply through PRAGMA data_version; views poll it. PostgreSQL has
    /// no such counter: there views listen (listenForChanges) and this always answers true.
    bool changedSinceLastCheck();
    /// PostgreSQL: subscribes this connection to the store's change notifications (each
    /// names the table that changed, see migration 11); the connection's driver emits
    /// QSqlDriver::notification on this thread. False on SQLite, which has none.
    bool listenForChanges();
    /// The channel those notifications come on.
    static QString changeChannel();
    /// False once the server dropped this connection (a restart, an administrator): QPSQL
    /// never reconnects by itself, and a dropped connection also drops its LISTEN. Asks the
    /// client library, not the server (no round trip). Always true on SQLite.
    bool isConnected() const;
    /// Connects again when isConnected() is false (PostgreSQL; outside a transaction), on the
    /// same connection, so repositories holding this Database keep working. Long-lived readers
    /// (the window's workers) call it before each read: after a server restart the first read
    /// fails, the next one works again.
    Status reconnectIfLost();

    /// How long a statement waits for another writer to let go of the store before it fails
    /// (SQLite's busy timeout). Short in the window's workers, longer for the CLI.
    Status setBusyTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds busyTimeout() const { return m_busyTimeout; }
    /// Called once, before waiting, when a write transaction finds the store held by another
    /// writer (the CLI says that it waits). Null: wait silently.
    void setBusyNotice(std::function<void(std::chrono::milliseconds)> notice) { m_busyNotice = std::move(notice); }

    /// SQLite's own handle of this connection, for the bulk paths that use SQLite's C API; null
    /// on PostgreSQL, or when Qt's driver does not hand it out (they then go through QtSql).
    sqlite3 *sqliteHandle() const;

    /// This connection's kept prepared statements (SQLite; see StatementCache), for statements
    /// that run for every batch of a dispatcher.
    StatementCache &statements() { return *m_statements; }

private:
    friend class Transaction;
    Database(QSqlDatabase db, StoreLocation location, QString connectionName, QString storeKey);

    static Result<std::unique_ptr<Database>> openSqlite(const StoreLocation &location, OpenMode mode);
    static Result<std::unique_ptr<Database>> openPostgres(const StoreLocation &location, OpenMode mode);
    /// The schema checks and migrations both backends share, once connected. `tables` counts
    /// the tables there are; `hasVersionTable` says whether schema_version is one of them.
    static Result<std::unique_ptr<Database>> checkAndMigrate(std::unique_ptr<Database> store, OpenMode mode, int tables,
                                                             bool hasVersionTable);

    Status configure();
    /// SQLite: replaces SQLite's own busy handler (see busyHandler in database.cpp). Called
    /// after every statement that sets busy_timeout, which puts SQLite's handler back.
    void installBusyHandler();
    static int busyHandler(void *database, int count);

    QSqlDatabase m_db;
    StoreLocation m_location;
    QString m_path;
    QString m_connectionName;
    QString m_storeKey; ///< the canonical path, for the process's count of open stores
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    qint64 m_lastDataVersion = -1;
    std::chrono::milliseconds m_busyTimeout;
    std::function<void(std::chrono::milliseconds)> m_busyNotice;
    qint64 m_busySinceNs = 0; ///< when the present wait for the write lock began (steady clock)
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    std::unique_ptr<StatementCache> m_statements; ///< after m_db: built from it
};

/// A write transaction, begun with Transaction::begin(). It exists only when BEGIN succeeded, so
/// no statement can run "inside" a transaction that never started (and autocommit on its own once
/// another program lets go of the store). Commits only when commit() is called; rolls back when
/// it goes out of scope otherwise. Nested transactions join the outer one: the outer one commits
/// or rolls back everything, and an inner one that was not committed makes the outer one roll
/// back.
class [[nodiscard]] Transaction final
{
public:
    /// Begins a write transaction (BEGIN IMMEDIATE on SQLite), or joins the one already open on
    /// `db`. Fails when the store stays locked by another writer for longer than its busy timeout;
    /// then nothing has been done.
    static Result<Transaction> begin(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(Database &db, bool outer);

    Database *m_db;
    bool m_active = true; ///< false once committed, rolled back or moved from
    bool m_outer;
};

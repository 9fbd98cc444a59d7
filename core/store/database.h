#pragma once

#include "common/result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

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

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::Migrate);

    /// Where the store lives when neither --db nor SMSROUTER_DB says otherwise.
    static QString defaultPath();

    const QSqlDatabase &connection() const { return m_db; }
    const QString &path() const { return m_path; }
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    /// True when another connection (or process) changed the store since the last call.
    /// SQLite answers this cheaply through PRAGMA data_version; views poll it.
    bool changedSinceLastCheck();

private:
    friend class Transaction;
    Database(QSqlDatabase db, QString path, QString connectionName, QString storeKey);

    Status configure();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    QString m_storeKey; ///< the canonical path, for the process's count of open stores
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    qint64 m_lastDataVersion = -1;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

/// A write transaction. Commits only when commit() is called; rolls back when it goes out of
/// scope otherwise. Nested transactions join the outer one: the outer one commits or rolls back
/// everything, and an inner one that was not committed makes the outer one roll back.
class [[nodiscard]] Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN itself failed (store locked for longer than the busy timeout).
    bool started() const { return m_started; }
    const Error &beginError() const { return m_beginError; }

    Status commit();

private:
    Database &m_db;
    bool m_started = false;
    bool m_finished = false;
    bool m_outer = false;
    Error m_beginError;
};

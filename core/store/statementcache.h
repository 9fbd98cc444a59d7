// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>

/// Prepared statements kept for one SQLite connection, so that the statements a dispatcher runs
/// for every batch (claim, state changes, events, opt-out look-ups) are parsed once per
/// connection instead of once per batch: SQLite's parser was 7.6 % of the dispatcher thread.
///
/// A statement is lent out while in use and comes back when its Lease ends (reset, so it holds
/// no read snapshot). Asking again for a statement that is out (a nested use) prepares a fresh
/// one, which is dropped after. On PostgreSQL nothing is kept: every Lease prepares afresh, as
/// before (the server's prepared statements do not survive a reconnect).
///
/// One connection, one thread: not thread-safe, like the connection.
class StatementCache final
{
public:
    /// Borrowed from the cache for one use; gives the statement back when it ends.
    class Lease final
    {
    public:
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        ~Lease();

        /// False when the statement did not prepare; query().lastError() says why.
        bool prepared() const { return m_prepared; }
        QSqlQuery &query() { return m_query; }

    private:
        friend class StatementCache;
        Lease(StatementCache *cache, QString statement, QSqlQuery query, bool prepared);

        StatementCache *m_cache;
        QString m_statement;
        QSqlQuery m_query;
        bool m_prepared;
    };

    /// `keep`: whether statements are kept at all (SQLite) or prepared for each use.
    StatementCache(const QSqlDatabase &connection, bool keep);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// `statement`, prepared (forward-only): the kept one when it is free, else a new one.
    Lease prepare(const QString &statement);
    /// Drops every kept statement (before the connection closes or reconnects).
    void clear();
    /// Statements kept now (for tests).
    qsizetype size() const { return m_free.size(); }

private:
    void giveBack(const QString &statement, QSqlQuery query);

    QSqlDatabase m_connection;
    bool m_keep;
    QHash<QString, QSqlQuery> m_free; ///< prepared and not lent out
};

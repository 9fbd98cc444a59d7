// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// The few places where SQLite and PostgreSQL spell things differently. Everything else in
/// core/store is plain SQL that both accept (bound parameters, RETURNING, BIGINT times in ms).
class SqlDialect final
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite)
        : m_kind(kind)
    { }

    Kind kind() const { return m_kind; }

    /// Column definition of an auto-numbered primary key.
    QString identityPrimaryKey() const;
    /// Starts a write transaction that takes the write lock at once, so two writers never
    /// deadlock upgrading a read lock (SQLite's SQLITE_BUSY without a busy wait).
    QString beginWrite() const;
    /// Starts a read-only transaction whose reads all see one snapshot of the store (SQLite: a
    /// deferred BEGIN, whose first read fixes the WAL snapshot; PostgreSQL: REPEATABLE READ).
    QString beginSnapshot() const;
    /// Expands the placeholders migrations use ({{id}}) into this dialect.
    QString expand(QString sql) const;

private:
    Kind m_kind;
};

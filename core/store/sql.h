// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

/// Small helpers so repositories read as SQL plus bindings, and every failure becomes an Error
/// that names what was being done. Only bound parameters: no value is ever pasted into SQL.
namespace sql {

using Binding = std::pair<const char *, QVariant>;

/// The Error for a statement that failed: `message` (which names what was being done), the
/// store's own code, and, when another program held the store for too long, the plain "busy"
/// sentence instead (a busy store is not this statement's fault, and nothing was changed).
Error failure(const QSqlError &error, const QString &message);

/// The failure as Error::storeCode reads it: SQLite's result code as it is; PostgreSQL's
/// SQLSTATE mapped onto the SQLite code of the same meaning (23xxx integrity → SQLITE_CONSTRAINT,
/// lock timeouts, deadlocks and serialization failures → SQLITE_BUSY, anything else → SQLITE_ERROR).
int storeCode(const QSqlError &error);

/// Prepares `statement`, binds the named values and executes it.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, std::initializer_list<Binding> bindings = {});

/// Runs a statement that returns one row with one column (COUNT(*), RETURNING id, …).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<Binding> bindings = {});

/// The first column of every row the query returns, as ids, in the rows' order; or its error.
Result<QList<qint64>> ids(Result<QSqlQuery> query);
/// The same for a query already run (its remaining rows).
QList<qint64> ids(QSqlQuery &query);
/// The first column of every row the query returns, as text, in the rows' order; or its error.
Result<QStringList> texts(Result<QSqlQuery> query);

/// The string itself, or an empty (not null) one: Qt's drivers bind a null QString as SQL NULL,
/// which NOT NULL text columns refuse.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// A QVariant that is NULL when the string is empty, for optional text columns.
QVariant nullIfEmpty(const QString &value);
/// A QVariant that is NULL when the time is zero, for optional time columns (ms since epoch).
QVariant nullIfZero(qint64 value);

} // namespace sql

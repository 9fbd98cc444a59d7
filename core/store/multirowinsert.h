// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

/// Rows sent to the store as multi-row INSERT statements: the bulk path on PostgreSQL, where
/// every statement is a round trip to the server, so one statement carries many rows. The
/// bulk inserters (campaign import, opt-out import) gather their rows here.
///
/// The statement for a whole batch is prepared once and reused; a shorter last batch gets its
/// own statement when it is sent.
class MultiRowInsert final
{
public:
    /// `sqlForRows(n)`: the INSERT for `n` rows of `columns` placeholders each.
    MultiRowInsert(QSqlDatabase db, int columns, int rowsPerStatement, std::function<QString(int rows)> sqlForRows);
    ~MultiRowInsert();
    MultiRowInsert(const MultiRowInsert &) = delete;
    MultiRowInsert &operator=(const MultiRowInsert &) = delete;

    /// Gathers one row (`columns` values). True when a whole statement's rows wait: send() then.
    bool add(const QVariantList &row);
    /// Sends the rows gathered, if any: how many rows the store inserted (fewer with ON CONFLICT
    /// DO NOTHING), or its error as `failure` (marked with QT_TRANSLATE_NOOP in `context`; its %1
    /// is the driver's text). The rows are dropped either way.
    Result<int> send(const char *context, const char *failure);

private:
    QSqlDatabase m_db;
    int m_columns;
    int m_rowsPerStatement;
    std::function<QString(int rows)> m_sqlForRows;
    QVariantList m_values;
    std::unique_ptr<QSqlQuery> m_fullBatch;
};

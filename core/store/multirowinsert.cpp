// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "multirowinsert.h"

#include "sql.h"

#include <QCoreApplication>

#include <algorithm>

MultiRowInsert::MultiRowInsert(QSqlDatabase db, int columns, int rowsPerStatement,
                               std::function<QString(int rows)> sqlForRows)
    : m_db(std::move(db))
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_sqlForRows(std::move(sqlForRows))
{
    m_values.reserve(qsizetype(columns) * rowsPerStatement);
}

MultiRowInsert::~MultiRowInsert() = default;

bool MultiRowInsert::add(const QVariantList &row)
{
    m_values += row;
    return m_values.size() >= qsizetype(m_columns) * m_rowsPerStatement;
}

Result<int> MultiRowInsert::send(const char *context, const char *failure)
{
    if (m_values.isEmpty())
        return 0;
    const int rows = int(m_values.size() / m_columns);
    QSqlQuery partial(m_db);
    QSqlQuery *q = &partial;
    bool prepared = true;
    if (rows == m_rowsPerStatement) {
        if (!m_fullBatch) {
            m_fullBatch = std::make_unique<QSqlQuery>(m_db);
            prepared = m_fullBatch->prepare(m_sqlForRows(rows));
            if (!prepared) {
                partial = std::move(*m_fullBatch); // keeps the error for the message below
                m_fullBatch.reset();
            }
        }
        if (m_fullBatch)
            q = m_fullBatch.get();
    } else {
        prepared = partial.prepare(m_sqlForRows(rows));
    }
    if (prepared) {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            q->bindValue(int(i), m_values.at(i));
    }
    m_values.clear();
    if (!prepared || !q->exec())
        return sql::failure(q->lastError(), QCoreApplication::translate(context, failure).arg(q->lastError().text()));
    const int inserted = std::max(0, q->numRowsAffected());
    q->finish();
    return inserted;
}

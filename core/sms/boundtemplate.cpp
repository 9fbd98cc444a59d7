// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "boundtemplate.h"

#include <utility>

BoundTemplate::BoundTemplate(QList<Part> parts)
    : m_parts(std::move(parts))
{
    for (const Part &part : std::as_const(m_parts))
        m_literalLength += part.literal.size();
}

QString BoundTemplate::render(const QStringList &row) const
{
    qsizetype length = m_literalLength;
    for (const Part &part : m_parts) {
        if (part.column >= 0 && part.column < row.size())
            length += row.at(part.column).size();
    }
    QString body;
    body.reserve(length);
    for (const Part &part : m_parts) {
        if (part.column < 0)
            body.append(part.literal);
        else if (part.column < row.size())
            body.append(row.at(part.column));
    }
    return body;
}

QList<qsizetype> BoundTemplate::columns() const
{
    QList<qsizetype> used;
    for (const Part &part : m_parts) {
        if (part.column >= 0 && !used.contains(part.column))
            used.append(part.column);
    }
    return used;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "boundtemplate.h"

#include <QVarLengthArray>

#include <utility>

BoundTemplate::BoundTemplate(QList<Part> parts)
    : m_parts(std::move(parts))
{
    for (const Part &part : std::as_const(m_parts))
        m_literalLength += part.literal.size();
}

QString BoundTemplate::render(const QStringList &row) const
{
    QVarLengthArray<QStringView, 16> views;
    for (const QString &field : row)
        views.append(field);
    return render(std::span<const QStringView>(views.constData(), size_t(views.size())));
}

QString BoundTemplate::render(std::span<const QStringView> row) const
{
    const auto columns = qsizetype(row.size());
    qsizetype length = m_literalLength;
    for (const Part &part : m_parts) {
        if (part.column >= 0 && part.column < columns)
            length += row[size_t(part.column)].size();
    }
    QString body;
    body.reserve(length);
    for (const Part &part : m_parts) {
        if (part.column < 0)
            body.append(part.literal);
        else if (part.column < columns)
            body.append(row[size_t(part.column)]);
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

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

/// A MessageTemplate whose placeholders have been resolved to column indexes of one CSV header,
/// ready to render every row of the file. Made only by MessageTemplate::bind(), so a
/// BoundTemplate never refers to a column the file does not have.
class BoundTemplate final
{
public:
    /// The body for one row: literal text with each placeholder replaced by its field. A field
    /// past the end of a short row renders empty. Field values are inserted verbatim (braces in
    /// them are not expanded). One allocation per call, sized up front.
    QString render(const QStringList &row) const;
    /// The same for a row whose fields are views (the import's workers read them in place).
    QString render(std::span<const QStringView> row) const;

    /// Distinct column indexes the template reads, in order of first use.
    QList<qsizetype> columns() const;

private:
    friend class MessageTemplate;

    /// Either literal text (column < 0) or a column to copy.
    struct Part
    {
        QString literal;
        qsizetype column = -1;
    };

    explicit BoundTemplate(QList<Part> parts);

    QList<Part> m_parts;
    qsizetype m_literalLength = 0;
};

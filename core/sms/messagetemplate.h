// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "boundtemplate.h"
#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

/// A campaign body template: literal text with `{column}` placeholders naming CSV header columns.
///
/// Syntax: `{name}` is replaced by the row's field in the column whose trimmed header equals the
/// trimmed name, ignoring case. `{{` and `}}` are literal braces, read left to right, so
/// `{{name}}` renders as the text "{name}". A `{` that is never closed (before the end of the
/// line), a lone `}`, an empty `{}` and a `{` inside a placeholder are errors naming the
/// 1-based character position. A template without placeholders is valid (same body for all).
class MessageTemplate final
{
public:
    /// The empty template (renders "").
    MessageTemplate() = default;

    static Result<MessageTemplate> parse(const QString &text);

    /// The text given to parse().
    const QString &source() const { return m_source; }

    /// Distinct placeholder names, trimmed, in order of first use; names differing only in case
    /// are one placeholder (spelled as first written).
    QStringList placeholders() const;

    /// Resolves every placeholder against a header row. Fails, changing nothing, when a
    /// placeholder matches no column (all such names are listed, with the columns that exist) or
    /// more than one column (the columns are named), so an import can stop before storing a row.
    Result<BoundTemplate> bind(const QStringList &headers) const;

    /// For the import wizard's live preview: like bind() + render(), but never fails. Unknown
    /// placeholders stay in the text as `{name}` (trimmed name) so the operator sees what is
    /// missing; an ambiguous one takes its first matching column.
    QString preview(const QStringList &headers, const QStringList &row) const;

private:
    /// Literal text, or a placeholder name (trimmed) when `placeholder` is set.
    struct Part
    {
        QString text;
        bool placeholder = false;
    };

    QString m_source;
    QList<Part> m_parts;
};

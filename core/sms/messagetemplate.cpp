// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagetemplate.h"

#include <QCoreApplication>

#include <utility>

namespace {

/// 1-based character (code point) position of text[index], for error messages.
qsizetype position(QStringView text, qsizetype index)
{
    return text.left(index).toUcs4().size() + 1;
}

QList<qsizetype> matchingColumns(const QString &name, const QStringList &trimmedHeaders)
{
    QList<qsizetype> columns;
    for (qsizetype column = 0; column < trimmedHeaders.size(); ++column) {
        if (trimmedHeaders.at(column).compare(name, Qt::CaseInsensitive) == 0)
            columns.append(column);
    }
    return columns;
}

QStringList trimmedAll(const QStringList &headers)
{
    QStringList trimmed;
    trimmed.reserve(headers.size());
    for (const QString &header : headers)
        trimmed.append(header.trimmed());
    return trimmed;
}

QString quotedColumns(const QStringList &trimmedHeaders)
{
    QStringList quoted;
    for (const QString &header : trimmedHeaders) {
        if (!header.isEmpty())
            quoted.append(QLatin1Char('"') + header + QLatin1Char('"'));
    }
    return quoted.isEmpty() ? QCoreApplication::translate("MessageTemplate", "none")
                            : quoted.join(QStringLiteral(", "));
}

Error unclosed(QStringView text, qsizetype open)
{
    return Error::invalid(
        QCoreApplication::translate("MessageTemplate",
                                    "The \"{\" at position %1 of the message template opens a placeholder that is "
                                    "never closed. Close it with \"}\" after the column name, or write \"{{\" for "
                                    "a literal \"{\".")
            .arg(position(text, open)));
}

} // namespace

Result<MessageTemplate> MessageTemplate::parse(const QString &text)
{
    MessageTemplate parsed;
    parsed.m_source = text;
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            parsed.m_parts.append({std::exchange(literal, QString()), false});
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < size && text.at(i + 1) == c;
        if (c == QLatin1Char('{') && doubled) {
            literal.append(c);
            ++i;
        } else if (c == QLatin1Char('{')) {
            qsizetype close = i + 1;
            for (; close < size; ++close) {
                const QChar inside = text.at(close);
                if (inside == QLatin1Char('}'))
                    break;
                if (inside == QLatin1Char('\n') || inside == QLatin1Char('\r'))
                    return unclosed(text, i);
                if (inside == QLatin1Char('{')) {
                    return Error::invalid(
                        QCoreApplication::translate("MessageTemplate",
                                                    "The \"{\" at position %1 of the message template is inside the "
                                                    "placeholder opened at position %2. Close that placeholder "
                                                    "with \"}\" first, or write \"{{\" for a literal \"{\".")
                            .arg(position(text, close))
                            .arg(position(text, i)));
                }
            }
            if (close == size)
                return unclosed(text, i);
            const QString name = text.mid(i + 1, close - i - 1).trimmed();
            if (name.isEmpty()) {
                return Error::invalid(
                    QCoreApplication::translate("MessageTemplate",
                                                "The placeholder \"%1\" at position %2 of the message template "
                                                "names no column. Put a column name inside, or write \"{{}}\" "
                                                "for literal braces.")
                        .arg(text.mid(i, close - i + 1))
                        .arg(position(text, i)));
            }
            flushLiteral();
            parsed.m_parts.append({name, true});
            i = close;
        } else if (c == QLatin1Char('}') && doubled) {
            literal.append(c);
            ++i;
        } else if (c == QLatin1Char('}')) {
            return Error::invalid(
                QCoreApplication::translate("MessageTemplate",
                                            "The \"}\" at position %1 of the message template closes no "
                                            "placeholder. Write \"}}\" for a literal \"}\".")
                    .arg(position(text, i)));
        } else {
            literal.append(c);
        }
    }
    flushLiteral();
    return parsed;
}

QStringList MessageTemplate::placeholders() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (part.placeholder && !names.contains(part.text, Qt::CaseInsensitive))
            names.append(part.text);
    }
    return names;
}

Result<BoundTemplate> MessageTemplate::bind(const QStringList &headers) const
{
    const QStringList trimmedHeaders = trimmedAll(headers);
    QStringList unknown;
    QStringList ambiguous;
    QList<BoundTemplate::Part> parts;
    parts.reserve(m_parts.size());
    for (const Part &part : m_parts) {
        if (!part.placeholder) {
            parts.append({part.text, -1});
            continue;
        }
        const QList<qsizetype> columns = matchingColumns(part.text, trimmedHeaders);
        const QString shown = QLatin1Char('{') + part.text + QLatin1Char('}');
        if (columns.isEmpty()) {
            if (!unknown.contains(shown, Qt::CaseInsensitive))
                unknown.append(shown);
        } else if (columns.size() > 1) {
            QStringList described;
            for (const qsizetype column : columns)
                described.append(QCoreApplication::translate("MessageTemplate", "column %1 \"%2\"")
                                     .arg(column + 1)
                                     .arg(trimmedHeaders.at(column)));
            const QString problem =
                QCoreApplication::translate("MessageTemplate",
                                            "The placeholder %1 matches more than one column of the file (%2). "
                                            "Rename the duplicate column so that each name is unique.")
                    .arg(shown, described.join(QStringLiteral(", ")));
            if (!ambiguous.contains(problem, Qt::CaseInsensitive))
                ambiguous.append(problem);
        } else {
            parts.append({QString(), columns.first()});
        }
    }
    if (unknown.isEmpty() && ambiguous.isEmpty())
        return BoundTemplate(std::move(parts));

    QStringList sentences;
    if (!unknown.isEmpty()) {
        sentences.append(
            QCoreApplication::translate("MessageTemplate",
                                        "The message template uses columns the file does not have: %1. The file's "
                                        "columns are: %2. Correct the placeholder names (case and surrounding spaces "
                                        "do not matter) or the file's header row.")
                .arg(unknown.join(QStringLiteral(", ")), quotedColumns(trimmedHeaders)));
    }
    sentences.append(ambiguous);
    return Error::invalid(sentences.join(QLatin1Char(' ')));
}

QString MessageTemplate::preview(const QStringList &headers, const QStringList &row) const
{
    const QStringList trimmedHeaders = trimmedAll(headers);
    QString body;
    for (const Part &part : m_parts) {
        if (!part.placeholder) {
            body.append(part.text);
            continue;
        }
        const QList<qsizetype> columns = matchingColumns(part.text, trimmedHeaders);
        if (columns.isEmpty())
            body.append(QLatin1Char('{') + part.text + QLatin1Char('}'));
        else if (columns.first() < row.size())
            body.append(row.at(columns.first()));
    }
    return body;
}

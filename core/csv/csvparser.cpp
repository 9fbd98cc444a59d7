// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvparser.h"

namespace {

/// Line breaks in a quoted field's text: LF, CRLF and a lone CR count one each. The caller only
/// passes text that is followed by a quote, so a CR at the end is a lone CR.
int countNewlines(const char16_t *data, qsizetype length)
{
    int count = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (data[i] == u'\n')
            ++count;
        else if (data[i] == u'\r' && (i + 1 == length || data[i + 1] != u'\n'))
            ++count;
    }
    return count;
}

QString fromUtf16(const char16_t *data, qsizetype length)
{
    return QString(reinterpret_cast<const QChar *>(data), length);
}

} // namespace

CsvParser::CsvParser(QChar delimiter)
    : m_delimiter(delimiter)
{ }

CsvParser::Outcome CsvParser::parse(QStringView text, qsizetype from, bool atEnd, QStringList &fields) const
{
    const char16_t *const data = text.utf16();
    const qsizetype size = text.size();
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype pos = from;
    int newlines = 0;
    fields.clear();

    for (;;) {
        if (pos < size && data[pos] == u'"') {
            ++pos;
            QString value;
            qsizetype segment = pos;
            for (;;) {
                const qsizetype quote = text.indexOf(QLatin1Char('"'), pos);
                if (quote < 0)
                    return {atEnd ? Status::UnterminatedQuote : Status::NeedMore, 0, 0};
                if (quote + 1 == size && !atEnd)
                    return {}; // maybe the first half of a doubled quote
                newlines += countNewlines(data + segment, quote - segment);
                if (quote + 1 < size && data[quote + 1] == u'"') {
                    value.append(reinterpret_cast<const QChar *>(data + segment), quote + 1 - segment);
                    pos = quote + 2;
                    segment = pos;
                    continue;
                }
                if (value.isEmpty())
                    value = fromUtf16(data + segment, quote - segment);
                else
                    value.append(reinterpret_cast<const QChar *>(data + segment), quote - segment);
                pos = quote + 1;
                break;
            }
            // Spaces after a closing quote are forgiven: hand-edited files have `"Ana" , "Bea"`.
            while (pos < size && data[pos] == u' ' && delimiter != u' ')
                ++pos;
            if (pos == size && !atEnd)
                return {};
            if (pos < size && data[pos] != delimiter && data[pos] != u'\n' && data[pos] != u'\r')
                return {Status::TextAfterQuote, 0, newlines};
            fields.append(std::move(value));
        } else {
            const qsizetype start = pos;
            while (pos < size) {
                const char16_t c = data[pos];
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            if (pos == size && !atEnd)
                return {};
            fields.append(fromUtf16(data + start, pos - start));
        }

        if (pos == size)
            return {Status::Record, pos, newlines};
        const char16_t c = data[pos];
        if (c == delimiter) {
            ++pos;
            continue;
        }
        if (c == u'\n')
            return {Status::Record, pos + 1, newlines + 1};
        // CR: CRLF is one break, a lone CR (old Mac) is one too; wait to see what follows.
        if (pos + 1 == size)
            return atEnd ? Outcome {Status::Record, pos + 1, newlines + 1} : Outcome {};
        return {Status::Record, data[pos + 1] == u'\n' ? pos + 2 : pos + 1, newlines + 1};
    }
}

qsizetype CsvParser::skipLine(QStringView text, qsizetype from, bool atEnd)
{
    const qsizetype size = text.size();
    for (qsizetype pos = from; pos < size; ++pos) {
        const QChar c = text[pos];
        if (c == u'\n')
            return pos + 1;
        if (c == u'\r') {
            if (pos + 1 < size)
                return text[pos + 1] == u'\n' ? pos + 2 : pos + 1;
            return atEnd ? pos + 1 : -1;
        }
    }
    return atEnd ? size : -1;
}

QList<QStringList> CsvParser::parseSample(QStringView text, bool atEnd, int maxRecords) const
{
    QList<QStringList> rows;
    QStringList fields;
    qsizetype pos = 0;
    while (rows.size() < maxRecords && pos < text.size()) {
        const Outcome outcome = parse(text, pos, atEnd, fields);
        if (outcome.status == Status::NeedMore)
            break;
        if (outcome.status == Status::Record) {
            pos = outcome.end;
            if (!isBlank(fields))
                rows.append(fields);
            continue;
        }
        pos = skipLine(text, pos, atEnd);
        if (pos < 0)
            break;
    }
    return rows;
}

bool CsvParser::isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        for (const QChar c : field) {
            if (c != u' ' && c != u'\t')
                return false;
        }
    }
    return true;
}

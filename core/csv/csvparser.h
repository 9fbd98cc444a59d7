// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QList>
#include <QStringList>
#include <QStringView>

/// Splits decoded text into RFC 4180 records. Stateless between calls: the caller keeps the text
/// of an unfinished record and calls again with more (CsvReader does the buffering).
///
/// Rules: a field is quoted only when its first character is `"`; inside it `""` is one quote and
/// delimiters, CR and LF are data. A closing quote may be followed by spaces, then must be
/// followed by the delimiter, a line break or the end. A `"` inside an unquoted field is kept
/// literally (`5" screen`, `Ana "Bebe" Silva`), as Excel and LibreOffice read it. Records end at
/// CRLF, LF or a lone CR (old Mac files); the last record may have no terminator.
class CsvParser final
{
public:
    enum class Status {
        Record, ///< `fields` holds a whole record; `end` is just after its terminator
        NeedMore, ///< the text ends inside the record; call again with more text
        UnterminatedQuote, ///< the text ends (for good) inside a quoted field
        TextAfterQuote, ///< a closing quote is followed by something other than a delimiter
    };
    struct Outcome
    {
        Status status = Status::NeedMore;
        qsizetype end = 0;
        /// Physical line breaks consumed, the terminator and breaks inside quoted fields included.
        /// For TextAfterQuote: the breaks passed before the offending quote.
        int newlines = 0;
    };

    explicit CsvParser(QChar delimiter);

    QChar delimiter() const { return m_delimiter; }

    /// Parses the record that starts at `from`. `atEnd`: no text will ever follow `text`.
    /// Precondition: `from < text.size()`.
    Outcome parse(QStringView text, qsizetype from, bool atEnd, QStringList &fields) const;

    /// The position just after the physical line that starts at `from` (quotes ignored), or -1
    /// when that line does not end inside `text` and more may follow.
    static qsizetype skipLine(QStringView text, qsizetype from, bool atEnd);

    /// Up to `maxRecords` non-blank records from the start of `text`, for sniffing and previews.
    /// A malformed record costs its first line, as in CsvReader; an unfinished one ends the sample.
    QList<QStringList> parseSample(QStringView text, bool atEnd, int maxRecords) const;

    /// True when every field is empty or only spaces and tabs (blank lines, Excel's ",,,," rows).
    static bool isBlank(const QStringList &fields);

private:
    QChar m_delimiter;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

/// One record read by CsvReader: either its fields, or why it was rejected.
struct CsvRecord
{
    /// Why a record was rejected. `key()` gives a stable snake_case name for counting rejects.
    enum class Problem {
        None,
        /// a quoted field is never closed: the file ends inside it, or its "closing" quote is on a
        /// later line and followed by text (it was the next record's opening quote)
        UnterminatedQuote,
        TextAfterQuote, ///< on the record's first line, a closing quote is followed by text
        InvalidBytes, ///< bytes that are not valid in the file's encoding
        FieldCount, ///< more or fewer fields than the header (or the usual row)
        RecordTooLong, ///< longer than CsvOptions::maxRecordChars (usually a quote never closed)
        ReadError, ///< the device failed; reading stops
    };

    /// The fields, already unquoted. Always exactly as many as the header (or the usual row) when
    /// `problem` is None.
    QStringList fields;
    /// Physical line (1-based) where the record starts; blank lines and embedded newlines count.
    qint64 line = 0;
    Problem problem = Problem::None;
    /// Empty when fine; otherwise a sentence for the operator naming the problem and the fix.
    QString error;
    /// Raw text of a rejected record, at most rawLimit characters (for import_rejects).
    QString raw;

    static constexpr qsizetype rawLimit = 200;

    bool ok() const { return problem == Problem::None; }
    /// "unterminated_quote", "text_after_quote", "invalid_bytes", "field_count", "record_too_long",
    /// "read_error"; empty for None.
    static QString key(Problem problem);
};

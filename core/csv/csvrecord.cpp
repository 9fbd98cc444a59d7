// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvrecord.h"

QString CsvRecord::key(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::UnterminatedQuote:
        return QStringLiteral("unterminated_quote");
    case Problem::TextAfterQuote:
        return QStringLiteral("text_after_quote");
    case Problem::InvalidBytes:
        return QStringLiteral("invalid_bytes");
    case Problem::FieldCount:
        return QStringLiteral("field_count");
    case Problem::RecordTooLong:
        return QStringLiteral("record_too_long");
    case Problem::ReadError:
        return QStringLiteral("read_error");
    }
    return {};
}

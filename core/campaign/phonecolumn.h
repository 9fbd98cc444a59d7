// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Finds the column of a CSV file that holds the phone numbers.
///
/// By header: names are compared without case, accents and punctuation ("Telemóvel",
/// "TELEMOVEL" and "telemovel" are one name). A name that is a known phone word as a whole
/// ("phone", "mobile", "msisdn", "number", "telefone", "telemóvel", "handy", "tel", "cell", …)
/// wins over one that merely contains such a word ("Mobile Phone", "Phone 1 - Value"); words
/// for mobiles rank above generic ones, so Outlook's "Mobile Phone" beats "Business Phone".
/// Columns that describe a phone rather than hold it ("Phone 1 - Type", "Phone 1 - Label",
/// "Country code") are never chosen. Ties go to the leftmost column.
///
/// By content, when no header name qualifies (or there is no header): the column where most of
/// the preview rows hold something shaped like a phone number (6 to 17 digits and only phone
/// punctuation), if that is at least half of its non-empty cells.
class PhoneColumn final
{
public:
    /// 0-based column, or -1 when none qualifies.
    static int detect(const QStringList &header, const QList<QStringList> &preview);
    /// The column `spec` names: a header name as above, or a 1-based column number.
    static Result<int> resolve(const QString &spec, const QStringList &columns);

    /// "Telemóvel " → "telemovel"; "Phone 1 - Value" → "phone 1 value".
    static QString normalise(const QString &name);
    /// The first of several values in one cell: Google Contacts joins a contact's numbers of one
    /// kind with " ::: " ("+351 912 000 111 ::: +351 936 000 222"); the import takes the first.
    static QString firstValue(const QString &cell);
    /// The same on a view (the import's workers read cells in place).
    static QStringView firstValue(QStringView cell);
    /// 6–17 digits with nothing but + ( ) - . / and spaces around them.
    static bool looksLikePhone(QStringView cell);
};

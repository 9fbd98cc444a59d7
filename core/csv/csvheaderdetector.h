// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

/// Decides whether the first row of a CSV file holds column names.
///
/// In order: a first row with a phone-number-like field is data. Otherwise it is a header when
/// one of its fields contains a known column word ("Phone 1 - Value", "Telemóvel", "Nome",
/// "E-mail", "msisdn", … in English, Portuguese, Spanish, French and German, accents ignored), or
/// when a column that holds phone numbers (or plain numbers) in the following rows has text with
/// letters in the first row. Anything else is data: a row read as data by mistake is rejected
/// visibly, a data row taken for a header would vanish.
class CsvHeaderDetector final
{
public:
    /// `rows`: the first non-blank records of the file, the candidate header first.
    static bool looksLikeHeader(const QList<QStringList> &rows);

    /// 6–15 digits once spaces, dots, dashes, slashes, brackets and a leading + or 00 are removed.
    static bool looksLikePhoneNumber(QStringView field);
    /// Optional sign, digits, optional decimal part ("12", "-3.5", "12,50").
    static bool looksLikeNumber(QStringView field);
    /// True when a word of `field` is a usual column name.
    static bool containsHeaderWord(QStringView field);
};

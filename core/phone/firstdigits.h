// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// The digits a string matched by a metadata pattern can start with, worked out from the
/// pattern's syntax once, so a number whose first digit is not among them is refused without
/// running the regular expression (a QRegularExpression::match costs about 100 ns of overhead
/// before any matching happens).
///
/// The set is never too small: a digit missing from it cannot start a match. It may be too large
/// (that only costs a regex call), and for syntax outside digits, \d, [classes], (?:groups), '|'
/// and the quantifiers ?, *, + and {n,m} it is every digit.
class FirstDigits final
{
public:
    static constexpr quint16 all = 0x3ff;

    /// Bit d set: a match may start with digit d.
    static quint16 of(const QString &pattern);

    static bool contains(quint16 set, QChar digit)
    {
        const char16_t d = digit.unicode();
        return d >= u'0' && d <= u'9' && (set >> (d - u'0')) & 1;
    }
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What the parser made of one destination number. Plain data: cheap to copy, safe to hand
/// across threads. `valid` is true exactly when `error` is ParsedNumber::Error::None.
struct ParsedNumber
{
    /// The number types libphonenumber tells apart, in its order.
    enum class Type {
        FixedLine,
        Mobile,
        FixedLineOrMobile, ///< NANP and a few others cannot tell fixed from mobile by the digits
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
        Unknown,
    };

    /// Why a number was refused.
    enum class Error {
        None,
        NotANumber, ///< empty, or no digits a phone number could be made of
        InvalidCountryCode, ///< "+999…", or a national number while no default region is known
        TooShort,
        TooLong,
        InvalidForRegion, ///< right country code, but no number range of its region looks like this
    };

    QString input; ///< what was given, as given
    QString e164; ///< "+447911123456"; empty when the input could not be parsed at all
    QString region; ///< ISO 3166 code as libphonenumber reports it ("GG" for +44 7911 1…); "ZZ" unknown
    int countryCode = 0; ///< calling code (44, 1, 351); 0 when unparsed
    bool valid = false;
    Type type = Type::Unknown;
    Error error = Error::NotANumber;
    QString errorMessage; ///< for an operator: the problem and the fix; empty when valid

    /// The E.164 digits without '+': what prefix rules match.
    QString digits() const { return e164.isEmpty() ? QString() : e164.mid(1); }

    /// "mobile", "fixed_line", "fixed_line_or_mobile", "toll_free", … (stable; used in JSON).
    static QString typeName(Type type);
    QString typeName() const { return typeName(type); }
    /// "not_a_number", "invalid_country_code", "too_short", "too_long", "invalid_for_region", "" for None.
    static QString errorName(Error error);
};

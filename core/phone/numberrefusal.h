// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "parsednumber.h"

#include <QString>

/// The refusals PhoneNumberParser words, in one place so the libphonenumber path and the fast
/// path give the same error and the same message for the same input. Each function fills
/// `valid`, `error` and `errorMessage` of `out`, quoting `out.input` (and `out.e164`).
class NumberRefusal final
{
public:
    /// IsPossibleNumberWithReason's answer for a parsed number that no range knows.
    enum class Possibility {
        TooShort,
        TooLong,
        InvalidCountryCode,
        Other, ///< possible, possible locally only, or a length between the region's lengths
    };

    static void notANumber(ParsedNumber &out);
    /// `withoutRegion`: a national number and no default region (rather than an unknown code).
    static void invalidCountryCode(ParsedNumber &out, bool withoutRegion);
    /// TOO_SHORT_NSN / TOO_SHORT_AFTER_IDD: too few digits to parse at all.
    static void tooShortToParse(ParsedNumber &out);
    /// TOO_LONG_NSN.
    static void tooLongToParse(ParsedNumber &out);
    /// A parsed number that is not valid; `region` is the ISO code named in the message.
    static void notValid(ParsedNumber &out, Possibility reason, const QString &region);
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "numberdesc.h"
#include "parsednumber.h"

#include <QRegularExpression>
#include <QStringView>

#include <vector>

/// libphonenumber's GetNumberTypeHelper for one region, in a single regular-expression match.
///
/// The library tests the general description, then premium rate, toll free, shared cost, VoIP,
/// personal number, pager, UAN, voicemail, fixed line and mobile, each with its possible
/// lengths first and then its full-match pattern; the first that matches names the type, and a
/// fixed-line match that is also a mobile match (or a region whose two patterns are declared the
/// same) is FIXED_LINE_OR_MOBILE. Here those tests become the alternatives of one anchored
/// pattern, in that order, each ending in an empty marker group:
///
///   \A(?=(?:general)\z)(?:(?=lengths)(?:premium)\z()|…|(?=(?:fixed)\z)(?:(?:mobile)\z()|())|(?:mobile)\z())
///
/// A backtracking engine takes the first alternative that can match the whole number, exactly
/// as the library's sequence of calls does, and the marker that captured names the type. One
/// match instead of up to eleven keeps the per-number cost low.
///
/// Thread-safe: const after construction (QRegularExpression::match is const and reentrant).
class NumberTypeClassifier final
{
public:
    /// The descriptions of one region, as in its metadata.
    struct Descs
    {
        NumberDesc general;
        NumberDesc fixedLine;
        NumberDesc mobile;
        NumberDesc tollFree;
        NumberDesc premiumRate;
        NumberDesc sharedCost;
        NumberDesc personalNumber;
        NumberDesc voip;
        NumberDesc pager;
        NumberDesc uan;
        NumberDesc voicemail;
        bool sameMobileAndFixedLinePattern = false;
    };

    NumberTypeClassifier() = default;
    explicit NumberTypeClassifier(const Descs &descs);

    /// False when the combined pattern did not compile; classify() then always says Unknown.
    bool isValid() const { return m_valid; }
    /// The combined pattern (for tests and diagnostics).
    QString pattern() const { return m_regex.pattern(); }

    /// The type of a national significant number (ASCII digits), Unknown when it is not valid
    /// for this region. Same answer as the library's GetNumberTypeHelper.
    ParsedNumber::Type classify(QStringView nationalNumber) const;

private:
    NumberDesc m_general;
    quint16 m_generalFirstDigits = 0x3ff; ///< FirstDigits of the general pattern
    QRegularExpression m_regex;
    std::vector<ParsedNumber::Type> m_markerTypes; ///< marker group n (1-based) names m_markerTypes[n - 1]
    bool m_valid = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <string>
#include <vector>

/// One of libphonenumber's "prefix" patterns (international prefix, leading digits of a region)
/// applied the way the library applies them: anchored at the start of a string of ASCII digits,
/// first match in backtracking order (ICU's lookingAt()), reporting how many digits it took.
///
/// Most of these patterns are finite ("00", "268", "74576|(?:16|7[56])24"): they are expanded
/// once into their literal alternatives, in the order a backtracking engine tries them, so
/// matching is a few string compares. Anything else (a quantifier, a capture) is compiled as an
/// anchored QRegularExpression instead. Both forms give the same answer as the library's regex.
///
/// Thread-safe: const after construction.
class DigitPrefixPattern final
{
public:
    /// An empty pattern never matches (the library never consults an absent prefix pattern).
    DigitPrefixPattern() = default;
    explicit DigitPrefixPattern(const QString &pattern);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    /// False when the pattern did not compile; such a pattern never matches.
    bool isValid() const { return m_valid; }
    /// True when matching runs on the literal expansion rather than on a regular expression.
    bool isExpanded() const { return m_expanded; }
    const QString &pattern() const { return m_pattern; }

    /// Number of digits the pattern matches at the start of `digits`, or -1 when it does not
    /// match there. `digits` holds ASCII digits only.
    qsizetype consume(QStringView digits) const;

    /// The literal alternatives of a finite pattern in backtracking order, or nothing when the
    /// pattern uses more than digits, \d, [classes], (?:groups) and '|' (or expands to more
    /// than `limit` strings). Public so the tests can compare it with the regex form.
    static bool expand(const QString &pattern, std::vector<std::string> *out, std::size_t limit = 512);

private:
    QString m_pattern;
    QRegularExpression m_regex;
    std::vector<std::string> m_literals;
    bool m_expanded = false;
    bool m_valid = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// "Smart encoding": replaces typographic characters that force UCS-2 with their plain GSM-7
/// equivalents, so a pasted ’ or – does not triple the price of a campaign.
///
/// Only characters with one unambiguous plain equivalent are touched: curly single and double
/// quotes, primes, hyphens and dashes, the minus sign, the ellipsis (→ "..."), bullets (→ "-"),
/// tab and the Unicode spaces (→ " "), line and paragraph separators (→ LF), and invisible
/// characters that carry no meaning in an SMS (soft hyphen, zero-width space, word joiner,
/// byte-order mark: removed). Left alone on purpose: guillemets « » ‹ › (no single plain form),
/// letters with accents outside GSM (á, ç, ã: changing them changes words), ZWJ/ZWNJ (they shape
/// scripts and emoji), emoji and everything else.
class SmartEncoding final
{
public:
    struct Fixed
    {
        QString text;
        /// Characters replaced or removed (an ellipsis counts once).
        int replacements = 0;
    };

    /// The text with every replaceable character replaced. When there is nothing to replace the
    /// result shares `text`'s data (no copy).
    static Fixed apply(const QString &text);

    /// The plain text for one character, or nothing when the character is left alone. The
    /// replacement may be empty (removed characters) or longer than one character ("...").
    static std::optional<QStringView> replacementFor(char32_t codePoint);
};

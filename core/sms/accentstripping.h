// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "smartencoding.h"

#include <QString>

#include <optional>

/// The explicit alternative for Latin letters that GSM-7 lacks (ã, á, ç, ê, ő, ł, ß, …): each
/// becomes its plain letter, so "Promoção" costs GSM-7 segments. Unlike SmartEncoding this
/// changes words ("pão" → "pao"), so it is only ever offered, with the result shown first, and
/// never applied on its own. Letters GSM-7 has (é, ñ, ü, Ç, …) and everything that is not a
/// Latin letter are left alone.
class AccentStripping final
{
public:
    /// The text with every such letter replaced; `replacements` counts them.
    static SmartEncoding::Fixed apply(const QString &text);
    /// The plain letter(s) for one character, or nothing when it is left alone.
    static std::optional<QString> replacementFor(char32_t codePoint);
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <array>

/// The GSM 03.38 (3GPP TS 23.038) 7-bit default alphabet and its extension table, as a lookup
/// from a Unicode code point to the number of septets it costs: 0 = not representable (forces
/// UCS-2), 1 = basic table, 2 = extension table (sent as ESC + code).
///
/// The table only spans U+0000–U+03FF: every GSM character lives there except the euro sign
/// (U+20AC), which is tested on its own. 1 KiB stays in the L1 cache where a 64K-entry BMP table
/// would not, and the result is the same.
class GsmAlphabet final
{
public:
    enum class Kind : quint8 { NotGsm = 0, Basic = 1, Extension = 2 };

    /// Number of characters in each table (ESC itself is not a character).
    static constexpr int basicCount = 127;
    static constexpr int extensionCount = 10;

    /// 0, 1 or 2 septets; 0 for any code point outside GSM 03.38, surrogates included.
    static int septets(char32_t codePoint)
    {
        if (codePoint < tableSize)
            return s_septets[codePoint];
        return codePoint == euroSign ? 2 : 0;
    }

    static Kind kind(char32_t codePoint) { return static_cast<Kind>(septets(codePoint)); }
    static bool isGsm(char32_t codePoint) { return septets(codePoint) != 0; }

private:
    static constexpr char32_t tableSize = 0x400;
    static constexpr char32_t euroSign = 0x20AC;
    static const std::array<quint8, tableSize> s_septets;
};

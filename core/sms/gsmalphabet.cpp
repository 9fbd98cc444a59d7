// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "gsmalphabet.h"

#include <string_view>

namespace {

// 3GPP TS 23.038 §6.2.1, code positions 0x00–0x7F in order, ESC (0x1B) left out. Checked against
// ETSI TS 123 038 V16.0.0 and Unicode's GSM0338 mapping. Position 0x09 is the capital Ç, as in
// the ETSI table (Unicode's old mapping file discusses a lowercase reading; handsets and
// gateways use the capital, so a lowercase ç forces UCS-2).
constexpr std::u16string_view basicTable = u"@£$¥èéùìòÇ\nØø\rÅå"
                                           u"Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
                                           u" !\"#¤%&'()*+,-./"
                                           u"0123456789:;<=>?"
                                           u"¡ABCDEFGHIJKLMNO"
                                           u"PQRSTUVWXYZÄÖÑÜ§"
                                           u"¿abcdefghijklmno"
                                           u"pqrstuvwxyzäöñüà";

// §6.2.1.1 extension table: form feed, ^ { } \ [ ~ ] | and the euro sign (the euro sign is
// outside the lookup table and handled in GsmAlphabet::septets()).
constexpr std::u16string_view extensionTable = u"\f^{}\\[~]|";

constexpr std::array<quint8, 0x400> buildTable()
{
    std::array<quint8, 0x400> table {};
    for (const char16_t c : basicTable)
        table[c] = 1;
    for (const char16_t c : extensionTable)
        table[c] = 2;
    return table;
}

constexpr int countKind(const std::array<quint8, 0x400> &table, quint8 septets)
{
    int count = 0;
    for (const quint8 value : table)
        count += value == septets ? 1 : 0;
    return count;
}

constexpr std::array<quint8, 0x400> table = buildTable();
static_assert(countKind(table, 1) == GsmAlphabet::basicCount, "the basic table has 127 characters");
static_assert(countKind(table, 2) + 1 == GsmAlphabet::extensionCount, "9 extension characters + euro");

} // namespace

constinit const std::array<quint8, 0x400> GsmAlphabet::s_septets = table;

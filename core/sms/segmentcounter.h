// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "encodingreport.h"
#include "segmentinfo.h"

#include <QList>
#include <QStringView>

/// Decides GSM-7 or UCS-2 for a message body and counts its parts (3GPP TS 23.038 / 23.040).
///
/// Splitting rule (peers.md §6): a concatenated message is cut into 153-septet (GSM-7) or 67-unit
/// (UCS-2) parts, and a part never ends between the ESC and the code of an extension character,
/// nor between the two halves of a surrogate pair; such a character moves whole to the next
/// part, which may then hold one unit less. The count is the one a greedy splitter obeying that
/// rule produces, so 152 × "a" + "€" + 152 × "a" (306 septets) takes 3 parts, not 2. This can
/// only cost more than ceil(units / 153), never less, so estimates and billing err on the safe
/// side. Extension characters count 2 only while the body is GSM-7; in UCS-2 they are 1 unit.
///
/// All functions are pure and thread-safe. count() does not allocate.
class SegmentCounter final
{
public:
    static constexpr int gsm7SingleLimit = 160;
    static constexpr int gsm7PartLimit = 153;
    static constexpr int ucs2SingleLimit = 70;
    static constexpr int ucs2PartLimit = 67;

    /// The hot path: encoding, sizes, parts and the first character forcing UCS-2.
    static SegmentInfo count(QStringView text);

    /// Distinct characters that force UCS-2, in order of first appearance. Lone surrogates
    /// (broken UTF-16) are reported as themselves.
    static QList<char32_t> offenders(QStringView text);

    /// count() plus the offender list plus the count after the SmartEncoding fix.
    static EncodingReport report(QStringView text);
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "segmentinfo.h"

#include <QList>

/// Everything the Compose page shows under the body: the count as typed, which characters force
/// UCS-2, and what the one-click SmartEncoding fix would give ("’ at position 37 forces UCS-2 —
/// 3 segments instead of 1"). Built by SegmentCounter::report(); not meant for bulk paths.
struct EncodingReport
{
    /// The body as typed.
    SegmentInfo info;
    /// Every distinct character forcing UCS-2, in order of first appearance.
    QList<char32_t> offenders;
    /// The body after SmartEncoding::apply(); equal to `info` when nothing would be replaced.
    SegmentInfo fixed;
    /// How many characters the fix would replace (0: offering the fix is pointless).
    int replacements = 0;

    /// The body after SmartEncoding and then AccentStripping (ã → a): offered, with this text
    /// shown first, only when accentsStripped > 0.
    QString strippedText;
    SegmentInfo stripped;
    int accentsStripped = 0;

    /// True when removing the accents (after the plain-quotes fix) turns the body into GSM-7.
    bool strippingMakesGsm7() const
    {
        return info.encoding == SmsEncoding::Ucs2 && accentsStripped > 0 && stripped.encoding == SmsEncoding::Gsm7;
    }
    /// True when the fix alone turns a UCS-2 body into GSM-7.
    bool fixMakesGsm7() const { return info.encoding == SmsEncoding::Ucs2 && fixed.encoding == SmsEncoding::Gsm7; }
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "smsencoding.h"

#include <QString>

/// What a message body costs on the wire. Plain values, no heap: SegmentCounter::count() fills
/// one per body, a million times during a campaign import.
struct SegmentInfo
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    /// Unicode code points the user typed (an emoji is 1, CR LF is 2).
    int characters = 0;
    /// GSM septets (extension characters count 2) or UTF-16 code units (beyond the BMP count 2).
    int units = 0;
    /// 0 for an empty body, else the number of parts the message is sent in.
    int segments = 0;
    /// Units still free in the last part (a whole single part, 160 or 70, for an empty body).
    int remaining = 0;
    /// Capacity of each part: 160/70 for a single-part message, 153/67 once concatenated.
    int unitsPerSegment = 0;
    /// The first character that forces UCS-2, or 0 when the body is GSM-7.
    char32_t firstOffender = 0;
    /// Its 0-based index, -1 when none. Everything before the first offender is GSM, hence in
    /// the BMP, so this is both the code-point index and the QString (UTF-16) index.
    int firstOffenderIndex = -1;

    bool isEmpty() const { return characters == 0; }
    bool hasOffender() const { return firstOffenderIndex >= 0; }
    /// 1-based position for display ("’ at position 37"); 0 when there is no offender.
    int firstOffenderPosition() const { return firstOffenderIndex + 1; }
    QString firstOffenderText() const { return hasOffender() ? QString::fromUcs4(&firstOffender, 1) : QString(); }
};

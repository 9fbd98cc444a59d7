// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// How a message body travels: GSM 03.38 7-bit default alphabet, or UCS-2 (UTF-16 on the wire).
enum class SmsEncoding : quint8 {
    Gsm7, ///< 160 septets in one part, 153 per part when concatenated
    Ucs2, ///< 70 UTF-16 units in one part, 67 per part when concatenated
};

/// "GSM-7" or "UCS-2": the name shown in the GUI, stored in `messages.encoding` and written in the
/// CLI's JSON. Note for the Restcomm client: its `Encoding` form value is case-sensitive and knows
/// `GSM` and `UCS-2` only ("GSM-7" would be rejected), so send `Encoding=UCS-2` for Ucs2 and leave
/// the parameter out (GSM is the default) for Gsm7.
QString smsEncodingName(SmsEncoding encoding);

/// Reads back a name written by smsEncodingName(), ignoring case. Nothing else is accepted.
std::optional<SmsEncoding> smsEncodingFromName(QStringView name);

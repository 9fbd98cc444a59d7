// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "smsencoding.h"

QString smsEncodingName(SmsEncoding encoding)
{
    switch (encoding) {
    case SmsEncoding::Gsm7:
        return QStringLiteral("GSM-7");
    case SmsEncoding::Ucs2:
        return QStringLiteral("UCS-2");
    }
    Q_UNREACHABLE();
}

std::optional<SmsEncoding> smsEncodingFromName(QStringView name)
{
    for (const SmsEncoding encoding : {SmsEncoding::Gsm7, SmsEncoding::Ucs2}) {
        if (name.compare(smsEncodingName(encoding), Qt::CaseInsensitive) == 0)
            return encoding;
    }
    return std::nullopt;
}

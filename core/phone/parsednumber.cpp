// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "parsednumber.h"

QString ParsedNumber::typeName(Type type)
{
    switch (type) {
    case Type::FixedLine:
        return QStringLiteral("fixed_line");
    case Type::Mobile:
        return QStringLiteral("mobile");
    case Type::FixedLineOrMobile:
        return QStringLiteral("fixed_line_or_mobile");
    case Type::TollFree:
        return QStringLiteral("toll_free");
    case Type::PremiumRate:
        return QStringLiteral("premium_rate");
    case Type::SharedCost:
        return QStringLiteral("shared_cost");
    case Type::Voip:
        return QStringLiteral("voip");
    case Type::PersonalNumber:
        return QStringLiteral("personal_number");
    case Type::Pager:
        return QStringLiteral("pager");
    case Type::Uan:
        return QStringLiteral("uan");
    case Type::Voicemail:
        return QStringLiteral("voicemail");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ParsedNumber::errorName(Error error)
{
    switch (error) {
    case Error::None:
        break;
    case Error::NotANumber:
        return QStringLiteral("not_a_number");
    case Error::InvalidCountryCode:
        return QStringLiteral("invalid_country_code");
    case Error::TooShort:
        return QStringLiteral("too_short");
    case Error::TooLong:
        return QStringLiteral("too_long");
    case Error::InvalidForRegion:
        return QStringLiteral("invalid_for_region");
    }
    return {};
}

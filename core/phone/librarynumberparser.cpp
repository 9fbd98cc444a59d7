// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "librarynumberparser.h"

#include "numberrefusal.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const std::string libraryUnknownRegion = "ZZ";

ParsedNumber::Type typeFrom(PhoneNumberUtil::PhoneNumberType type)
{
    // Same order as libphonenumber's enum (checked by the parser's tests through typeName()).
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return ParsedNumber::Type::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return ParsedNumber::Type::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return ParsedNumber::Type::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return ParsedNumber::Type::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return ParsedNumber::Type::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return ParsedNumber::Type::SharedCost;
    case PhoneNumberUtil::VOIP:
        return ParsedNumber::Type::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return ParsedNumber::Type::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return ParsedNumber::Type::Pager;
    case PhoneNumberUtil::UAN:
        return ParsedNumber::Type::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return ParsedNumber::Type::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return ParsedNumber::Type::Unknown;
}

bool looksInternational(const QString &input)
{
    const QString trimmed = input.trimmed();
    return trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1String("00"));
}

} // namespace

ParsedNumber LibraryNumberParser::parse(const QString &input, const std::string &readIn)
{
    ParsedNumber out;
    out.input = input;

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    switch (util.Parse(input.toStdString(), readIn, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        NumberRefusal::invalidCountryCode(out, !looksInternational(input) && readIn == libraryUnknownRegion);
        return out;
    case PhoneNumberUtil::NOT_A_NUMBER:
        NumberRefusal::notANumber(out);
        return out;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        NumberRefusal::tooShortToParse(out);
        return out;
    case PhoneNumberUtil::TOO_LONG_NSN:
        NumberRefusal::tooLongToParse(out);
        return out;
    }

    std::string text;
    util.Format(number, PhoneNumberUtil::E164, &text);
    out.e164 = QString::fromLatin1(text.data(), qsizetype(text.size()));
    out.countryCode = number.country_code();
    text.clear();
    util.GetRegionCodeForNumber(number, &text);
    out.region = QString::fromLatin1(text.data(), qsizetype(text.size()));
    // GetNumberType is UNKNOWN exactly when IsValidNumber is false (both look the number up in
    // the metadata of the region found above), so one call gives validity and type.
    out.type = typeFrom(util.GetNumberType(number));
    if (out.type != ParsedNumber::Type::Unknown) {
        out.valid = true;
        out.error = ParsedNumber::Error::None;
        return out;
    }

    // Several regions share a calling code; when none of them claims the number, name the main one.
    std::string mainRegion;
    util.GetRegionCodeForCountryCode(out.countryCode, &mainRegion);
    const QString named = text != libraryUnknownRegion ? out.region : QString::fromStdString(mainRegion);
    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        NumberRefusal::notValid(out, NumberRefusal::Possibility::TooShort, named);
        break;
    case PhoneNumberUtil::TOO_LONG:
        NumberRefusal::notValid(out, NumberRefusal::Possibility::TooLong, named);
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        NumberRefusal::notValid(out, NumberRefusal::Possibility::InvalidCountryCode, named);
        break;
    case PhoneNumberUtil::INVALID_LENGTH:
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        NumberRefusal::notValid(out, NumberRefusal::Possibility::Other, named);
        break;
    }
    return out;
}

#include "librarynumberparser.h"

#include "phonenumberparser.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const std::string unknownRegion = "ZZ";

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

/// The input as quoted in messages: long pastes are cut so the message stays readable.
QString quoted(const QString &input)
{
    const QString shown = input.size() > 40 ? QString(input.left(39) + QChar(0x2026)) : input;
    return QChar(0x201C) + shown + QChar(0x201D);
}

bool looksInternational(const QString &input)
{
    const QString trimmed = input.trimmed();
    return trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1String("00"));
}

void refuse(ParsedNumber &out, ParsedNumber::Error error, const QString &message)
{
    out.valid = false;
    out.error = error;
    out.errorMessage = message;
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
        if (looksInternational(input) || readIn != unknownRegion)
            refuse(out, ParsedNumber::Error::InvalidCountryCode,
                   QStringLiteral("%1 does not start with a known country calling code; check the digits after "
                                  "“+” (44 for the United Kingdom, 1 for North America, …).")
                       .arg(quoted(input)));
        else
            refuse(out, ParsedNumber::Error::InvalidCountryCode,
                   QStringLiteral("%1 has no country code and no default region is set; write it in international "
                                  "form (+, country code, number) or set the default region.")
                       .arg(quoted(input)));
        return out;
    case PhoneNumberUtil::NOT_A_NUMBER:
        refuse(out, ParsedNumber::Error::NotANumber,
               input.trimmed().isEmpty()
                   ? QStringLiteral("The number is empty; enter the destination, e.g. +351912345678.")
                   : QStringLiteral("%1 is not a phone number; enter digits, optionally starting with “+” and the "
                                    "country code.")
                         .arg(quoted(input)));
        return out;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        refuse(out, ParsedNumber::Error::TooShort,
               QStringLiteral("%1 is too short to be a phone number; check for missing digits.").arg(quoted(input)));
        return out;
    case PhoneNumberUtil::TOO_LONG_NSN:
        refuse(out, ParsedNumber::Error::TooLong,
               QStringLiteral("%1 is too long to be a phone number; check for extra digits.").arg(quoted(input)));
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
    const QString where =
        PhoneNumberParser::describeRegion(text != unknownRegion ? out.region : QString::fromStdString(mainRegion));
    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        refuse(
            out, ParsedNumber::Error::TooShort,
            QStringLiteral("%1 is too short for a number in %2; check for missing digits.").arg(quoted(input), where));
        break;
    case PhoneNumberUtil::TOO_LONG:
        refuse(out, ParsedNumber::Error::TooLong,
               QStringLiteral("%1 is too long for a number in %2; check for extra digits.").arg(quoted(input), where));
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        refuse(out, ParsedNumber::Error::InvalidCountryCode,
               QStringLiteral("%1 does not start with a known country calling code; check the digits after “+”.")
                   .arg(quoted(input)));
        break;
    case PhoneNumberUtil::INVALID_LENGTH:
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        refuse(out, ParsedNumber::Error::InvalidForRegion,
               QStringLiteral("%1 (%2) is not a valid number in %3: no number range there looks like this; check "
                              "the digits.")
                   .arg(quoted(input), out.e164, where));
        break;
    }
    return out;
}

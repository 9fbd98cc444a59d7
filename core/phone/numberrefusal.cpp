// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "numberrefusal.h"

#include "phonenumberparser.h"

#include <QCoreApplication>

namespace {

/// The input as quoted in messages: long pastes are cut so the message stays readable.
QString quoted(const QString &input)
{
    const QString shown = input.size() > 40 ? QString(input.left(39) + QChar(0x2026)) : input;
    return QChar(0x201C) + shown + QChar(0x201D);
}

void refuse(ParsedNumber &out, ParsedNumber::Error error, const QString &message)
{
    out.valid = false;
    out.error = error;
    out.errorMessage = message;
}

} // namespace

void NumberRefusal::notANumber(ParsedNumber &out)
{
    refuse(out, ParsedNumber::Error::NotANumber,
           out.input.trimmed().isEmpty()
               ? QCoreApplication::translate("NumberRefusal",
                                             "The number is empty; enter the destination, e.g. +351912345678.")
               : QCoreApplication::translate(
                     "NumberRefusal",
                     "%1 is not a phone number; enter digits, optionally starting with “+” and the "
                     "country code.")
                     .arg(quoted(out.input)));
}

void NumberRefusal::invalidCountryCode(ParsedNumber &out, bool withoutRegion)
{
    if (!withoutRegion)
        refuse(
            out, ParsedNumber::Error::InvalidCountryCode,
            QCoreApplication::translate("NumberRefusal",
                                        "%1 does not start with a known country calling code; check the digits after "
                                        "“+” (44 for the United Kingdom, 1 for North America, …).")
                .arg(quoted(out.input)));
    else
        refuse(out, ParsedNumber::Error::InvalidCountryCode,
               QCoreApplication::translate(
                   "NumberRefusal",
                   "%1 has no country code and no default region is set; write it in international "
                   "form (+, country code, number) or set the default region.")
                   .arg(quoted(out.input)));
}

void NumberRefusal::tooShortToParse(ParsedNumber &out)
{
    refuse(
        out, ParsedNumber::Error::TooShort,
        QCoreApplication::translate("NumberRefusal", "%1 is too short to be a phone number; check for missing digits.")
            .arg(quoted(out.input)));
}

void NumberRefusal::tooLongToParse(ParsedNumber &out)
{
    refuse(out, ParsedNumber::Error::TooLong,
           QCoreApplication::translate("NumberRefusal", "%1 is too long to be a phone number; check for extra digits.")
               .arg(quoted(out.input)));
}

void NumberRefusal::notValid(ParsedNumber &out, Possibility reason, const QString &region)
{
    const QString where = PhoneNumberParser::describeRegion(region);
    switch (reason) {
    case Possibility::TooShort:
        refuse(out, ParsedNumber::Error::TooShort,
               QCoreApplication::translate("NumberRefusal",
                                           "%1 is too short for a number in %2; check for missing digits.")
                   .arg(quoted(out.input), where));
        break;
    case Possibility::TooLong:
        refuse(
            out, ParsedNumber::Error::TooLong,
            QCoreApplication::translate("NumberRefusal", "%1 is too long for a number in %2; check for extra digits.")
                .arg(quoted(out.input), where));
        break;
    case Possibility::InvalidCountryCode:
        refuse(out, ParsedNumber::Error::InvalidCountryCode,
               QCoreApplication::translate(
                   "NumberRefusal", "%1 does not start with a known country calling code; check the digits after “+”.")
                   .arg(quoted(out.input)));
        break;
    case Possibility::Other:
        refuse(out, ParsedNumber::Error::InvalidForRegion,
               QCoreApplication::translate(
                   "NumberRefusal",
                   "%1 (%2) is not a valid number in %3: no number range there looks like this; check "
                   "the digits.")
                   .arg(quoted(out.input), out.e164, where));
        break;
    }
}

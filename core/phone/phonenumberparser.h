// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "parsednumber.h"

#include <QString>
#include <QStringList>

#include <memory>

/// Parses and validates destination numbers with libphonenumber. Numbers written without a
/// country code are read in the default region (the store's setting) or in the region given
/// per call.
///
/// Common shapes ("+447911123456", "00 44 …", "07911 123456") that come out valid are answered
/// by FastNumberParser, which runs the library's algorithm on the library's own metadata at a
/// fraction of the cost and gives the same result field for field; everything else (and all
/// numbers, when the fast path's start-up self-check fails or SMSROUTER_PHONE_FASTPATH=0 is set)
/// goes to libphonenumber itself. The category smsrouter.phone says at info level which it is.
///
/// Thread-safe: parse() is const and the library's metadata is shared and read-only, so one
/// parser may be used from several threads at once (the campaign import runs on both cores).
/// libphonenumber's headers stay inside the .cpp; nothing here exposes them.
class PhoneNumberParser final
{
public:
    /// `defaultRegion`: ISO 3166 code ("PT"); empty or "ZZ" means numbers must carry "+country".
    explicit PhoneNumberParser(const QString &defaultRegion = QString());
    ~PhoneNumberParser();
    PhoneNumberParser(const PhoneNumberParser &other);
    PhoneNumberParser &operator=(const PhoneNumberParser &other);

    QString defaultRegion() const;

    /// Parses in the default region.
    ParsedNumber parse(const QString &input) const;
    /// Parses in `region` (ISO 3166); an empty region means the default region.
    ParsedNumber parse(const QString &input, const QString &region) const;

    /// True for the regions libphonenumber has a numbering plan for ("GB", "GG", "US", …).
    static bool isSupportedRegion(const QString &region);
    /// Every supported region code, sorted.
    static QStringList supportedRegions();
    /// 44 for "GB" and "GG"; 0 for an unknown region.
    static int countryCodeForRegion(const QString &region);
    /// Whether `number` was refused only because it has no country code and `region` (the one
    /// it was read in) is unknown: a question for the operator rather than a bad number.
    static bool needsRegion(const ParsedNumber &number, const QString &region);
    /// "GB (United Kingdom)", "GG (Guernsey)", or the code alone when Qt has no name for it.
    static QString describeRegion(const QString &region);
    /// libphonenumber's example mobile number of the region, as a person writes it: with its
    /// country code ("+351 912 345 678") or without ("912 345 678", "07400 123456"). Empty for
    /// an unknown region. Placeholders use it, so that an example is right for what it claims.
    enum class ExampleStyle { International, National };
    static QString exampleNumber(const QString &region, ExampleStyle style);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

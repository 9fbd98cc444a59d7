// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "digitprefixpattern.h"
#include "numbertypeclassifier.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <atomic>
#include <mutex>
#include <optional>

/// What the fast number parser needs of one region's libphonenumber metadata: its calling code,
/// international and national prefixes, leading digits (for regions that share a calling code)
/// and its number-type patterns.
///
/// The two large regular expressions (the general description, the number types) are compiled
/// the first time a number needs them, not on construction: compiling them for all 245 regions
/// took about 0.2 s (mostly PCRE2's JIT) every time a program parsed its first number, and an
/// import touches a handful of regions.
///
/// Every method mirrors one step of libphonenumber's PhoneNumberUtil, named in its comment, and
/// gives the library's answer for strings of ASCII digits.
///
/// Thread-safe: const after construction (the first use compiles under std::call_once).
class RegionMetadata final
{
public:
    /// The metadata fields, as plain data (PhoneMetadataModel fills it from the library).
    struct Spec
    {
        QString id; ///< "GB", or "001" for a non-geographic calling code
        int countryCode = 0;
        bool mainCountryForCode = false;
        QString internationalPrefix;
        QString nationalPrefixForParsing;
        QString nationalPrefixTransformRule;
        QString leadingDigits;
        NumberTypeClassifier::Descs descs;
    };

    /// TestNumberLength's answer (PhoneNumberUtil::ValidationResult, for the UNKNOWN type).
    enum class Length {
        Possible,
        PossibleLocalOnly,
        InvalidLength,
        TooShort,
        TooLong,
    };

    explicit RegionMetadata(const Spec &spec);
    RegionMetadata(const RegionMetadata &) = delete;
    RegionMetadata &operator=(const RegionMetadata &) = delete;

    const QString &code() const { return m_code; }
    int countryCode() const { return m_countryCode; }
    /// "44": the calling code as digits.
    const QString &countryCodeDigits() const { return m_countryCodeDigits; }
    bool isMainCountryForCode() const { return m_main; }
    /// False when a pattern failed to compile: the metadata cannot be trusted at all. Compiles
    /// the region's patterns when nothing did yet.
    bool isValid() const { return m_valid && compiled().valid; }
    /// isValid() without compiling: only what the constructor could see (the prefix patterns,
    /// the lengths). PhoneMetadataModel builds on this.
    bool isValidBeforeCompiling() const { return m_valid; }
    /// Whether the number-type and general patterns are compiled yet (for tests).
    bool isCompiled() const { return m_compiledFlag.load(std::memory_order_acquire); }

    /// How national_prefix_for_parsing is applied.
    enum class NationalPrefix {
        None, ///< the region has none: nothing is ever stripped
        Literal, ///< a plain digit string ("0", "1", "8", "06") and no transform rule
        Pattern, ///< a pattern (carrier codes, mobile tokens, optional prefixes) or a transform rule
    };
    NationalPrefix nationalPrefixKind() const { return m_nationalPrefixKind; }

    /// ParsePrefixAsIdd's match: digits taken by the international prefix at the start, or -1.
    qsizetype consumeInternationalPrefix(QStringView digits) const { return m_idd.consume(digits); }

    /// MaybeStripNationalPrefixAndCarrierCode: `number` without its national prefix, or `number`
    /// itself when the library keeps it. Nothing when only the library can say: the prefix is a
    /// Pattern and it matches one or more digits here (a carrier code, a mobile token, a
    /// transform rule: the library strips or rewrites them). Where a Pattern does not match, or
    /// matches no digit, the library leaves the number as it is, and so does this.
    std::optional<QStringView> stripNationalPrefix(QStringView number) const;

    /// The library's IsMatch on the general description: full match, lengths not checked.
    bool matchesGeneralPattern(QStringView number) const;

    /// TestNumberLength(number, metadata) with the general description's lengths.
    Length testLength(qsizetype length) const;

    bool hasLeadingDigits() const { return !m_leadingDigits.isEmpty(); }
    /// The leading_digits Consume of GetRegionCodeForNumberFromRegionList.
    bool matchesLeadingDigits(QStringView nationalNumber) const { return m_leadingDigits.consume(nationalNumber) >= 0; }

    /// GetNumberTypeHelper.
    ParsedNumber::Type numberType(QStringView nationalNumber) const
    {
        return compiled().types.classify(nationalNumber);
    }

private:
    struct Compiled
    {
        QRegularExpression general;
        NumberTypeClassifier types;
        bool valid = false;
    };
    const Compiled &compiled() const;

    QString m_code;
    QString m_countryCodeDigits;
    int m_countryCode = 0;
    bool m_main = false;
    bool m_valid = true;
    NationalPrefix m_nationalPrefixKind = NationalPrefix::None;
    DigitPrefixPattern m_idd;
    QString m_nationalPrefix; ///< a Literal national_prefix_for_parsing
    DigitPrefixPattern m_nationalPrefixPattern; ///< a Pattern one
    DigitPrefixPattern m_leadingDigits;
    quint16 m_generalFirstDigits = 0x3ff;
    NumberTypeClassifier::Descs m_descs; ///< general: the lengths and pattern; all: compiled()
    mutable std::once_flag m_compileOnce;
    mutable std::optional<Compiled> m_compiled;
    mutable std::atomic<bool> m_compiledFlag {false};
};

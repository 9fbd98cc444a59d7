// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "regionmetadata.h"

#include "firstdigits.h"

#include <algorithm>

namespace {

bool isDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

RegionMetadata::RegionMetadata(const Spec &spec)
    : m_code(spec.id)
    , m_countryCodeDigits(QString::number(spec.countryCode))
    , m_countryCode(spec.countryCode)
    , m_main(spec.mainCountryForCode)
    , m_idd(spec.internationalPrefix)
    , m_leadingDigits(spec.leadingDigits)
    , m_descs(spec.descs)
{
    if (!m_descs.general.pattern.isEmpty())
        m_generalFirstDigits = FirstDigits::of(m_descs.general.pattern);
    const QString &prefix = spec.nationalPrefixForParsing;
    if (prefix.isEmpty()) {
        m_nationalPrefixKind = NationalPrefix::None;
    } else if (isDigits(prefix) && spec.nationalPrefixTransformRule.isEmpty()) {
        m_nationalPrefixKind = NationalPrefix::Literal;
        m_nationalPrefix = prefix;
    } else {
        m_nationalPrefixKind = NationalPrefix::Pattern;
        m_nationalPrefixPattern = DigitPrefixPattern(prefix);
        m_valid = m_valid && m_nationalPrefixPattern.isValid();
    }
    // TestNumberLength reads the first possible length: a region without any cannot be used.
    m_valid = m_valid && (m_idd.isEmpty() || m_idd.isValid())
        && (m_leadingDigits.isEmpty() || m_leadingDigits.isValid()) && !m_descs.general.lengths.empty();
}

const RegionMetadata::Compiled &RegionMetadata::compiled() const
{
    std::call_once(m_compileOnce, [this] {
        Compiled &c = m_compiled.emplace(Compiled {{}, NumberTypeClassifier(m_descs), false});
        c.valid = c.types.isValid();
        if (!m_descs.general.pattern.isEmpty()) {
            c.general.setPattern(QStringLiteral("\\A(?:%1)\\z").arg(m_descs.general.pattern));
            c.general.optimize();
            c.valid = c.valid && c.general.isValid();
        }
        m_compiledFlag.store(true, std::memory_order_release);
    });
    return *m_compiled;
}

std::optional<QStringView> RegionMetadata::stripNationalPrefix(QStringView number) const
{
    if (number.isEmpty())
        return number;
    switch (m_nationalPrefixKind) {
    case NationalPrefix::None:
        return number;
    case NationalPrefix::Pattern:
        // The library consumes the pattern at the start. No match: nothing happens. An empty
        // match captures nothing, so no transform applies and nothing is stripped. A longer one
        // may carry a carrier code or feed a transform rule: the library's business.
        return m_nationalPrefixPattern.consume(number) > 0 ? std::nullopt : std::optional<QStringView>(number);
    case NationalPrefix::Literal:
        break;
    }
    // A digit string consumed at the start is a plain prefix test. The library then keeps the
    // original when the original fits the general pattern and the stripped number does not
    // (a number that merely starts with "0").
    if (!number.startsWith(m_nationalPrefix))
        return number;
    const QStringView stripped = number.mid(m_nationalPrefix.size());
    if (matchesGeneralPattern(number) && !matchesGeneralPattern(stripped))
        return number;
    return stripped;
}

bool RegionMetadata::matchesGeneralPattern(QStringView number) const
{
    if (m_descs.general.pattern.isEmpty())
        return false;
    if (!number.isEmpty() && !FirstDigits::contains(m_generalFirstDigits, number[0]))
        return false; // most often a national prefix: "0…" against a pattern of significant numbers
    return compiled().general.match(number).hasMatch();
}

RegionMetadata::Length RegionMetadata::testLength(qsizetype length) const
{
    // Same steps and order as the library's TestNumberLength: it reads the first and last
    // entries as minimum and maximum (the metadata keeps them sorted).
    const std::vector<int> &lengths = m_descs.general.lengths;
    if (lengths.empty() || lengths.front() == -1)
        return Length::InvalidLength;
    const std::vector<int> &local = m_descs.general.localOnlyLengths;
    if (std::find(local.begin(), local.end(), length) != local.end())
        return Length::PossibleLocalOnly;
    if (lengths.front() == length)
        return Length::Possible;
    if (lengths.front() > length)
        return Length::TooShort;
    if (lengths.back() < length)
        return Length::TooLong;
    return std::find(lengths.begin() + 1, lengths.end(), length) != lengths.end() ? Length::Possible
                                                                                  : Length::InvalidLength;
}

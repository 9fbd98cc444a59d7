#include "regionmetadata.h"

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
    , m_generalDesc(spec.descs.general)
    , m_types(spec.descs)
{
    if (!m_generalDesc.pattern.isEmpty()) {
        m_general.setPattern(QStringLiteral("\\A(?:%1)\\z").arg(m_generalDesc.pattern));
        m_general.optimize();
        m_valid = m_general.isValid();
    }
    m_valid = m_valid && (m_idd.isEmpty() || m_idd.isValid())
        && (m_leadingDigits.isEmpty() || m_leadingDigits.isValid()) && m_types.isValid();

    // Only what is modelled exactly is parsed here; everything else goes to the library.
    if (!spec.nationalPrefixTransformRule.isEmpty())
        m_parsingRefusal = QStringLiteral("national prefix transform rule %1").arg(spec.nationalPrefixTransformRule);
    else if (!isDigits(spec.nationalPrefixForParsing))
        m_parsingRefusal =
            QStringLiteral("national prefix for parsing is a pattern (%1)").arg(spec.nationalPrefixForParsing);
    else if (m_generalDesc.lengths.empty())
        m_parsingRefusal = QStringLiteral("no possible lengths");
    m_supportsParsing = m_valid && m_parsingRefusal.isEmpty();
    if (m_supportsParsing)
        m_nationalPrefix = spec.nationalPrefixForParsing;
}

QStringView RegionMetadata::stripNationalPrefix(QStringView number) const
{
    // The library consumes national_prefix_for_parsing at the start; for a digit string that
    // is a plain prefix test. It then keeps the original when the original fits the general
    // pattern and the stripped number does not (a number that merely starts with "0").
    if (number.isEmpty() || m_nationalPrefix.isEmpty() || !number.startsWith(m_nationalPrefix))
        return number;
    const QStringView stripped = number.mid(m_nationalPrefix.size());
    if (matchesGeneralPattern(number) && !matchesGeneralPattern(stripped))
        return number;
    return stripped;
}

bool RegionMetadata::matchesGeneralPattern(QStringView number) const
{
    if (m_generalDesc.pattern.isEmpty())
        return false;
    return m_general.match(number).hasMatch();
}

RegionMetadata::Length RegionMetadata::testLength(qsizetype length) const
{
    // Same steps and order as the library's TestNumberLength: it reads the first and last
    // entries as minimum and maximum (the metadata keeps them sorted).
    const std::vector<int> &lengths = m_generalDesc.lengths;
    if (lengths.empty() || lengths.front() == -1)
        return Length::InvalidLength;
    const std::vector<int> &local = m_generalDesc.localOnlyLengths;
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

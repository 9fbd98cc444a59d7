// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "numbertypeclassifier.h"

#include "firstdigits.h"

#include <QStringList>

namespace {

/// "(?=(?:\d{9}|\d{10})\z)" for lengths {9, 10}; nothing when the lengths are not checked.
QString lengthGuard(const NumberDesc &desc)
{
    if (desc.lengths.empty())
        return {};
    QStringList alternatives;
    for (int length : desc.lengths) {
        if (length > 0)
            alternatives.append(QStringLiteral("\\d{%1}").arg(length));
    }
    return QStringLiteral("(?=(?:%1)\\z)").arg(alternatives.join(QLatin1Char('|')));
}

/// IsNumberMatchingDesc as a pattern: the length test, then the full-match pattern.
QString wholeNumber(const NumberDesc &desc)
{
    return QString(lengthGuard(desc) + QStringLiteral("(?:%1)\\z").arg(desc.pattern));
}

} // namespace

NumberTypeClassifier::NumberTypeClassifier(const Descs &descs)
    : m_general(descs.general)
    , m_generalFirstDigits(FirstDigits::of(descs.general.pattern))
{
    using Type = ParsedNumber::Type;
    QStringList alternatives;
    auto add = [&](const QString &alternative, Type type) {
        alternatives.append(QString(alternative + QStringLiteral("()")));
        m_markerTypes.push_back(type);
    };
    const std::pair<const NumberDesc *, Type> special[] = {
        {&descs.premiumRate, Type::PremiumRate},
        {&descs.tollFree, Type::TollFree},
        {&descs.sharedCost, Type::SharedCost},
        {&descs.voip, Type::Voip},
        {&descs.personalNumber, Type::PersonalNumber},
        {&descs.pager, Type::Pager},
        {&descs.uan, Type::Uan},
        {&descs.voicemail, Type::Voicemail},
    };
    for (const auto &[desc, type] : special) {
        if (!desc->matchesNothing())
            add(wholeNumber(*desc), type);
    }
    const bool fixedPossible = !descs.fixedLine.matchesNothing();
    const bool mobilePossible = !descs.mobile.matchesNothing();
    if (descs.sameMobileAndFixedLinePattern) {
        // The library never tests the mobile pattern in such a region.
        if (fixedPossible)
            add(wholeNumber(descs.fixedLine), Type::FixedLineOrMobile);
    } else if (fixedPossible && mobilePossible) {
        // Fixed line first, and once: then mobile too (FIXED_LINE_OR_MOBILE) or not (FIXED_LINE);
        // a number that is not fixed line falls through to the mobile alternative.
        alternatives.append(
            QStringLiteral("(?=%1)(?:%2()|())").arg(wholeNumber(descs.fixedLine), wholeNumber(descs.mobile)));
        m_markerTypes.push_back(Type::FixedLineOrMobile);
        m_markerTypes.push_back(Type::FixedLine);
        add(wholeNumber(descs.mobile), Type::Mobile);
    } else if (fixedPossible) {
        add(wholeNumber(descs.fixedLine), Type::FixedLine);
    } else if (mobilePossible) {
        add(wholeNumber(descs.mobile), Type::Mobile);
    }

    if (m_general.pattern.isEmpty() || alternatives.isEmpty()) {
        // Nothing can be valid here (the library's IsMatch refuses an empty pattern).
        m_valid = true;
        return;
    }
    m_regex.setPattern(
        QStringLiteral("\\A(?=(?:%1)\\z)(?:%2)").arg(m_general.pattern, alternatives.join(QLatin1Char('|'))));
    m_regex.optimize();
    // Metadata patterns use only non-capturing groups; a capture of their own would shift the
    // markers, so such a region is refused rather than misread.
    m_valid = m_regex.isValid() && m_regex.captureCount() == qsizetype(m_markerTypes.size());
}

ParsedNumber::Type NumberTypeClassifier::classify(QStringView nationalNumber) const
{
    if (!m_valid || m_markerTypes.empty() || m_general.pattern.isEmpty() || nationalNumber.isEmpty()
        || !m_general.allowsLength(nationalNumber.size())
        || !FirstDigits::contains(m_generalFirstDigits, nationalNumber[0]))
        return ParsedNumber::Type::Unknown;
    const QRegularExpressionMatch match = m_regex.match(nationalNumber);
    if (!match.hasMatch())
        return ParsedNumber::Type::Unknown;
    const int marker = match.lastCapturedIndex();
    if (marker < 1 || marker > int(m_markerTypes.size()))
        return ParsedNumber::Type::Unknown;
    return m_markerTypes[std::size_t(marker - 1)];
}

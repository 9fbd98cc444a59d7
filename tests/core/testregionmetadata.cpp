// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/regionmetadata.h"
#include "testprogram.h"

#include <QTest>

#include <optional>

using Length = RegionMetadata::Length;

namespace {

/// A small made-up region: significant numbers start with 2–9 and have 7, 9 or 10 digits, 5 and
/// 6 are possible only locally.
RegionMetadata::Spec spec(const char *nationalPrefix, const char *transform = "")
{
    RegionMetadata::Spec s;
    s.id = QStringLiteral("XA");
    s.countryCode = 999;
    s.internationalPrefix = QStringLiteral("00");
    s.nationalPrefixForParsing = QString::fromLatin1(nationalPrefix);
    s.nationalPrefixTransformRule = QString::fromLatin1(transform);
    s.descs.general.pattern = QStringLiteral("[2-9]\\d{4,9}");
    s.descs.general.lengths = {7, 9, 10};
    s.descs.general.localOnlyLengths = {5, 6};
    s.descs.fixedLine.pattern = QStringLiteral("[2-6]\\d{6}");
    s.descs.mobile.pattern = QStringLiteral("[7-9]\\d{8,9}");
    return s;
}

QString stripped(const RegionMetadata &region, const char *number)
{
    const QString digits = QString::fromLatin1(number); // the view answered points into it
    const std::optional<QStringView> out = region.stripNationalPrefix(digits);
    return out ? out->toString() : QStringLiteral("declined");
}

} // namespace

class TestRegionMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testLength_data();
    void testLength();
    void literalNationalPrefix();
    void patternNationalPrefixDeclinesWhereItMatches();
    void transformRuleDeclinesWhereItMatches();
    void noNationalPrefix();
    void patternsCompileOnFirstUse();
    void brokenPatternMakesTheRegionInvalid();
};

void TestRegionMetadata::testLength_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<Length>("result");
    QTest::newRow("4: too short") << 4 << Length::TooShort;
    QTest::newRow("5: local only") << 5 << Length::PossibleLocalOnly;
    QTest::newRow("7: the minimum") << 7 << Length::Possible;
    QTest::newRow("8: between") << 8 << Length::InvalidLength;
    QTest::newRow("9") << 9 << Length::Possible;
    QTest::newRow("10: the maximum") << 10 << Length::Possible;
    QTest::newRow("11: too long") << 11 << Length::TooLong;
}

void TestRegionMetadata::testLength()
{
    QFETCH(int, length);
    const RegionMetadata region(spec("0"));
    QVERIFY(region.isValid());
    QTEST(region.testLength(length), "result");
}

void TestRegionMetadata::literalNationalPrefix()
{
    const RegionMetadata region(spec("0"));
    QCOMPARE(region.nationalPrefixKind(), RegionMetadata::NationalPrefix::Literal);
    QCOMPARE(stripped(region, "0212345678"), QStringLiteral("212345678"));
    QCOMPARE(stripped(region, "212345678"), QStringLiteral("212345678"));
    // The prefix stays when the whole fits the general pattern and the rest does not: never
    // here, since significant numbers cannot start with 0; with prefix "2" it happens.
    const RegionMetadata two(spec("2"));
    QCOMPARE(stripped(two, "23456"), QStringLiteral("23456")); // "3456": four digits, the pattern wants 5+
    QCOMPARE(stripped(two, "23456789"), QStringLiteral("3456789")); // both fit: stripped
}

void TestRegionMetadata::patternNationalPrefixDeclinesWhereItMatches()
{
    const RegionMetadata region(spec("0(1\\d)?"));
    QCOMPARE(region.nationalPrefixKind(), RegionMetadata::NationalPrefix::Pattern);
    QCOMPARE(stripped(region, "0212345678"), QStringLiteral("declined"));
    QCOMPARE(stripped(region, "212345678"), QStringLiteral("212345678")); // no match: untouched
    const RegionMetadata optional(spec("(?:15)?"));
    QCOMPARE(stripped(optional, "212345678"), QStringLiteral("212345678")); // empty match: untouched
    QCOMPARE(stripped(optional, "1512345678"), QStringLiteral("declined"));
}

void TestRegionMetadata::transformRuleDeclinesWhereItMatches()
{
    const RegionMetadata region(spec("1|([2-9]\\d{6})$", "246$1"));
    QCOMPARE(region.nationalPrefixKind(), RegionMetadata::NationalPrefix::Pattern);
    QCOMPARE(stripped(region, "2345678"), QStringLiteral("declined")); // seven digits: the rule rewrites
    QCOMPARE(stripped(region, "12462345678"), QStringLiteral("declined"));
    QCOMPARE(stripped(region, "2462345678"), QStringLiteral("2462345678"));
    // A plain prefix with a transform rule is still the library's business.
    QCOMPARE(RegionMetadata(spec("0", "9$1")).nationalPrefixKind(), RegionMetadata::NationalPrefix::Pattern);
}

void TestRegionMetadata::noNationalPrefix()
{
    const RegionMetadata region(spec(""));
    QCOMPARE(region.nationalPrefixKind(), RegionMetadata::NationalPrefix::None);
    QCOMPARE(stripped(region, "0212345678"), QStringLiteral("0212345678"));
    QCOMPARE(region.consumeInternationalPrefix(u"0044123"), qsizetype(2));
    QCOMPARE(region.consumeInternationalPrefix(u"044123"), qsizetype(-1));
    QVERIFY(region.matchesGeneralPattern(u"2123456"));
    QVERIFY(!region.matchesGeneralPattern(u"0123456"));
    QCOMPARE(region.numberType(u"2123456"), ParsedNumber::Type::FixedLine);
    QCOMPARE(region.numberType(u"712345678"), ParsedNumber::Type::Mobile);
    QCOMPARE(region.countryCodeDigits(), QStringLiteral("999"));
}

void TestRegionMetadata::patternsCompileOnFirstUse()
{
    // Construction compiles neither the general nor the number-type pattern; the first number
    // that needs one compiles both.
    const RegionMetadata region(spec("0"));
    QVERIFY(!region.isCompiled());
    QCOMPARE(stripped(region, "212345678"), QStringLiteral("212345678")); // no prefix: no pattern needed
    QVERIFY(!region.isCompiled());
    QCOMPARE(region.numberType(u"712345678"), ParsedNumber::Type::Mobile);
    QVERIFY(region.isCompiled());
    QVERIFY(region.isValid());

    // A pattern that does not compile is found then, not on construction.
    RegionMetadata::Spec broken = spec("0");
    broken.descs.mobile.pattern = QStringLiteral("[7-9");
    const RegionMetadata late(broken);
    QVERIFY(late.isValidBeforeCompiling());
    QVERIFY(!late.isCompiled());
    QVERIFY(!late.isValid());
    QVERIFY(late.isCompiled());
}

void TestRegionMetadata::brokenPatternMakesTheRegionInvalid()
{
    RegionMetadata::Spec broken = spec("0");
    broken.descs.mobile.pattern = QStringLiteral("[7-9");
    QVERIFY(!RegionMetadata(broken).isValid());
    RegionMetadata::Spec noLengths = spec("0");
    noLengths.descs.general.lengths.clear();
    QVERIFY(!RegionMetadata(noLengths).isValid());
}

SMSROUTER_TEST(TestRegionMetadata)
#include "testregionmetadata.moc"

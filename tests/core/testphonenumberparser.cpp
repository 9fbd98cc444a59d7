// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/librarynumberparser.h"
#include "phone/phonenumberparser.h"
#include "testprogram.h"

#include <QTest>
#include <QtConcurrent>

class TestPhoneNumberParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidNumbers_data();
    void parsesValidNumbers();
    void refusesWithReason_data();
    void refusesWithReason();
    void regionOverridesDefault();
    void regions_data();
    void regions();
    void typeNames();
    void concurrentUseGivesSameResults();
    void sameAnswersAsLibraryAlone_data();
    void sameAnswersAsLibraryAlone();
    void examplesAreNumbersOfTheirRegion();
};

void TestPhoneNumberParser::parsesValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("regionOut");
    QTest::addColumn<int>("countryCode");
    QTest::addColumn<QString>("type");

    QTest::newRow("portugal international") << "+351 912 345 678"
                                            << "ZZ"
                                            << "+351912345678"
                                            << "PT" << 351 << "mobile";
    QTest::newRow("portugal national") << "912345678"
                                       << "PT"
                                       << "+351912345678"
                                       << "PT" << 351 << "mobile";
    QTest::newRow("germany mobile") << "+49 151 23456789"
                                    << ""
                                    << "+4915123456789"
                                    << "DE" << 49 << "mobile";
    QTest::newRow("idd prefix from portugal") << "00 44 20 7031 3000"
                                              << "PT"
                                              << "+442070313000"
                                              << "GB" << 44 << "fixed_line";
    // The trap of platform-notes §3: a GB national number that belongs to Guernsey.
    QTest::newRow("GB default, number is GG") << "07911 123456"
                                              << "GB"
                                              << "+447911123456"
                                              << "GG" << 44 << "mobile";
    QTest::newRow("GB fixed line") << "+44 20 7031 3000"
                                   << ""
                                   << "+442070313000"
                                   << "GB" << 44 << "fixed_line";
    QTest::newRow("jersey fixed line") << "+44 1534 123456"
                                       << ""
                                       << "+441534123456"
                                       << "JE" << 44 << "fixed_line";
    QTest::newRow("isle of man mobile") << "+44 7624 123456"
                                        << ""
                                        << "+447624123456"
                                        << "IM" << 44 << "mobile";
    QTest::newRow("NANP US") << "+1 650 253 0000"
                             << ""
                             << "+16502530000"
                             << "US" << 1 << "fixed_line_or_mobile";
    QTest::newRow("NANP US national") << "(650) 253-0000"
                                      << "US"
                                      << "+16502530000"
                                      << "US" << 1 << "fixed_line_or_mobile";
    QTest::newRow("NANP CA") << "+1 416 555 0123"
                             << ""
                             << "+14165550123"
                             << "CA" << 1 << "fixed_line_or_mobile";
    QTest::newRow("NANP Jamaica") << "+1 876 210 1234"
                                  << ""
                                  << "+18762101234"
                                  << "JM" << 1 << "mobile";
    QTest::newRow("NANP Bahamas") << "+1 242 357 1234"
                                  << ""
                                  << "+12423571234"
                                  << "BS" << 1 << "mobile";
    QTest::newRow("US national read as Canada still US") << "650 253 0000"
                                                         << "CA"
                                                         << "+16502530000"
                                                         << "US" << 1 << "fixed_line_or_mobile";
    QTest::newRow("vanity letters") << "+1 800 FLOWERS"
                                    << ""
                                    << "+18003569377"
                                    << "US" << 1 << "toll_free";
    QTest::newRow("lower-case region") << "912345678"
                                       << "pt"
                                       << "+351912345678"
                                       << "PT" << 351 << "mobile";
}

void TestPhoneNumberParser::parsesValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    const PhoneNumberParser parser(QStringLiteral("ZZ"));
    const ParsedNumber number = parser.parse(input, region);
    QVERIFY2(number.valid, qPrintable(number.errorMessage));
    QCOMPARE(number.error, ParsedNumber::Error::None);
    QVERIFY(number.errorMessage.isEmpty());
    QCOMPARE(number.input, input);
    QTEST(number.e164, "e164");
    QTEST(number.region, "regionOut");
    QTEST(number.countryCode, "countryCode");
    QTEST(number.typeName(), "type");
    QCOMPARE(number.digits(), number.e164.mid(1));
}

void TestPhoneNumberParser::refusesWithReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<ParsedNumber::Error>("error");
    QTest::addColumn<QString>("messagePart");

    using E = ParsedNumber::Error;
    QTest::newRow("empty") << ""
                           << "GB" << E::NotANumber << "empty";
    QTest::newRow("words") << "call me maybe"
                           << "GB" << E::NotANumber << "is not a phone number";
    QTest::newRow("unknown country code") << "+999 123456"
                                          << "" << E::InvalidCountryCode << "country calling code";
    QTest::newRow("national without default region") << "07911 123456"
                                                     << "ZZ" << E::InvalidCountryCode << "no default region";
    QTest::newRow("too short to parse") << "+441"
                                        << "" << E::TooShort << "too short";
    QTest::newRow("too short for GB") << "+44 12"
                                      << "" << E::TooShort << "too short for a number in GB";
    QTest::newRow("too short for NANP") << "+1 212 555 01"
                                        << "" << E::TooShort << "in US";
    QTest::newRow("too long to parse") << "+44 7911 123456789012345"
                                       << "" << E::TooLong << "too long";
    QTest::newRow("too long for GB") << "+44 20 7031 30000"
                                     << "" << E::TooLong << "too long for a number in GB";
    QTest::newRow("no such range in GB") << "+44 20 7031 300"
                                         << "" << E::InvalidForRegion << "not a valid number in GB (United Kingdom)";
    QTest::newRow("fictional NANP 555") << "+1 555 555 5555"
                                        << "" << E::InvalidForRegion << "not a valid number in US";
}

void TestPhoneNumberParser::refusesWithReason()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(ParsedNumber::Error, error);
    QFETCH(QString, messagePart);
    const ParsedNumber number = PhoneNumberParser(QStringLiteral("ZZ")).parse(input, region);
    QVERIFY(!number.valid);
    QCOMPARE(number.error, error);
    QVERIFY2(number.errorMessage.contains(messagePart), qPrintable(number.errorMessage));
    QVERIFY(!ParsedNumber::errorName(number.error).isEmpty());
}

void TestPhoneNumberParser::regionOverridesDefault()
{
    const PhoneNumberParser portugal(QStringLiteral("PT"));
    QCOMPARE(portugal.defaultRegion(), QStringLiteral("PT"));
    QCOMPARE(portugal.parse(QStringLiteral("912345678")).e164, QStringLiteral("+351912345678"));
    QCOMPARE(portugal.parse(QStringLiteral("07911 123456"), QStringLiteral("GB")).region, QStringLiteral("GG"));
    // A copy keeps the default region.
    const PhoneNumberParser copy = portugal;
    QCOMPARE(copy.parse(QStringLiteral("912345678")).region, QStringLiteral("PT"));
    QCOMPARE(PhoneNumberParser().defaultRegion(), QStringLiteral("ZZ"));
}

void TestPhoneNumberParser::regions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<int>("countryCode");
    QTest::newRow("GB") << "GB" << true << 44;
    QTest::newRow("GG") << "GG" << true << 44;
    QTest::newRow("lower case") << "pt" << true << 351;
    QTest::newRow("CA") << "CA" << true << 1;
    QTest::newRow("unknown") << "ZZ" << false << 0;
    QTest::newRow("not a code") << "GBR" << false << 0;
    QTest::newRow("Antarctica has no plan") << "AQ" << false << 0;
}

void TestPhoneNumberParser::regions()
{
    QFETCH(QString, region);
    QTEST(PhoneNumberParser::isSupportedRegion(region), "supported");
    QTEST(PhoneNumberParser::countryCodeForRegion(region), "countryCode");
}

void TestPhoneNumberParser::typeNames()
{
    const QStringList regions = PhoneNumberParser::supportedRegions();
    QVERIFY(regions.size() > 200);
    QVERIFY(regions.contains(QStringLiteral("GG")));
    QCOMPARE(PhoneNumberParser::describeRegion(QStringLiteral("GG")), QStringLiteral("GG (Guernsey)"));
    QCOMPARE(ParsedNumber::typeName(ParsedNumber::Type::FixedLineOrMobile), QStringLiteral("fixed_line_or_mobile"));
    QCOMPARE(ParsedNumber::typeName(ParsedNumber::Type::Unknown), QStringLiteral("unknown"));
    QCOMPARE(ParsedNumber::errorName(ParsedNumber::Error::None), QString());
}

void TestPhoneNumberParser::concurrentUseGivesSameResults()
{
    QStringList inputs;
    for (int i = 0; i < 2000; ++i) {
        inputs.append(QStringLiteral("+3519123%1").arg(i, 5, 10, QLatin1Char('0')));
        inputs.append(QStringLiteral("07911 1%1").arg(i, 5, 10, QLatin1Char('0')));
        inputs.append(QStringLiteral("+1 650 25%1").arg(i, 5, 10, QLatin1Char('0')));
    }
    const PhoneNumberParser parser(QStringLiteral("GB"));
    QStringList expected;
    for (const QString &input : inputs) {
        const ParsedNumber n = parser.parse(input);
        expected.append(n.e164 + n.region + n.typeName() + n.errorMessage);
    }
    auto half = [&](qsizetype from, qsizetype to) {
        QStringList out;
        for (qsizetype i = from; i < to; ++i) {
            const ParsedNumber n = parser.parse(inputs.at(i));
            out.append(n.e164 + n.region + n.typeName() + n.errorMessage);
        }
        return out;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const qsizetype mid = inputs.size() / 2;
    QFuture<QStringList> first = QtConcurrent::run(&pool, half, 0, mid);
    QFuture<QStringList> second = QtConcurrent::run(&pool, half, mid, inputs.size());
    QCOMPARE(first.result() + second.result(), expected);
}

void TestPhoneNumberParser::sameAnswersAsLibraryAlone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    const char *const inputs[] = {
        "+447911123456",
        "07911 123456",
        "+44 20 7031 3000",
        "+44 20 7031 300",
        "+44 207",
        "+1 650 253 0000",
        "1-650-253-0000",
        "+39 06 4991 2345",
        "+54 9 11 2345 6789",
        "+52 1 55 1234 5678",
        "tel:+44-20-7031-3000",
        "+1 800 FLOWERS",
        "+800 1234 5678",
        "+999 123456",
        "",
        "call me",
        "00351 912 345 678",
        "+ 44 20 7031 3000",
    };
    for (const char *input : inputs) {
        for (const char *region : {"GB", "US", "ZZ"})
            QTest::addRow("%s in %s", input, region) << QString::fromUtf8(input) << QString::fromLatin1(region);
    }
}

void TestPhoneNumberParser::sameAnswersAsLibraryAlone()
{
    // Whichever path answers, the result is the library's, field for field.
    QFETCH(QString, input);
    QFETCH(QString, region);
    const ParsedNumber got = PhoneNumberParser(region).parse(input);
    const ParsedNumber library = LibraryNumberParser::parse(input, region.toStdString());
    QCOMPARE(got.input, library.input);
    QCOMPARE(got.e164, library.e164);
    QCOMPARE(got.region, library.region);
    QCOMPARE(got.countryCode, library.countryCode);
    QCOMPARE(got.valid, library.valid);
    QCOMPARE(got.type, library.type);
    QCOMPARE(got.error, library.error);
    QCOMPARE(got.errorMessage, library.errorMessage);
}

// Placeholders show these: each must be a number of the region it claims ("+44 7911 123456"
// read as Guernsey, "0912 345 678" is not Portuguese).
void TestPhoneNumberParser::examplesAreNumbersOfTheirRegion()
{
    using Style = PhoneNumberParser::ExampleStyle;
    for (const char *code : {"PT", "GB", "US", "DE", "BR", "FR"}) {
        const QString region = QString::fromLatin1(code);
        const QString international = PhoneNumberParser::exampleNumber(region, Style::International);
        const ParsedNumber parsed = PhoneNumberParser().parse(international);
        QVERIFY2(parsed.valid, qPrintable(international));
        QCOMPARE(parsed.region, region);
        const QString national = PhoneNumberParser::exampleNumber(region, Style::National);
        const ParsedNumber read = PhoneNumberParser(region).parse(national);
        QVERIFY2(read.valid, qPrintable(national));
        QCOMPARE(read.region, region);
        QCOMPARE(read.e164, parsed.e164);
    }
    QCOMPARE(PhoneNumberParser::exampleNumber(QStringLiteral("PT"), Style::National), QStringLiteral("912 345 678"));
    QVERIFY(PhoneNumberParser::exampleNumber(QStringLiteral("ZZ"), Style::National).isEmpty());
}

SMSROUTER_TEST(TestPhoneNumberParser)
#include "testphonenumberparser.moc"

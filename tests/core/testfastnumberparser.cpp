#include "phone/fastnumberparser.h"
#include "phone/fastpathselfcheck.h"
#include "phone/librarynumberparser.h"

#include <QTest>
#include <QtConcurrent>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <random>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using Verdict = FastNumberParser::Verdict;

Q_DECLARE_METATYPE(FastNumberParser::Verdict)

namespace {

/// One input, read in a default region ("ZZ": none).
struct Probe
{
    QString input;
    QString region;
};

QString describe(const ParsedNumber &n)
{
    return QStringLiteral("e164=%1 region=%2 cc=%3 valid=%4 type=%5 error=%6")
        .arg(n.e164, n.region)
        .arg(n.countryCode)
        .arg(n.valid)
        .arg(n.typeName(), ParsedNumber::errorName(n.error));
}

bool same(const ParsedNumber &a, const ParsedNumber &b)
{
    return a.input == b.input && a.e164 == b.e164 && a.region == b.region && a.countryCode == b.countryCode
        && a.valid == b.valid && a.type == b.type && a.error == b.error && a.errorMessage == b.errorMessage;
}

/// Replaces the last `count` digits of `text` with random ones, keeping every separator.
QString mutateTail(QString text, int count, std::mt19937 &random)
{
    std::uniform_int_distribution<int> digit(0, 9);
    for (qsizetype i = text.size() - 1; i >= 0 && count > 0; --i) {
        if (text.at(i).isDigit()) {
            text[i] = QChar(u'0' + digit(random));
            --count;
        }
    }
    return text;
}

const PhoneNumberUtil::PhoneNumberType allTypes[] = {
    PhoneNumberUtil::FIXED_LINE,      PhoneNumberUtil::MOBILE,      PhoneNumberUtil::TOLL_FREE,
    PhoneNumberUtil::PREMIUM_RATE,    PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
    PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,       PhoneNumberUtil::UAN,
    PhoneNumberUtil::VOICEMAIL,
};

} // namespace

class TestFastNumberParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfCheckPasses();
    void exampleNumbersAgreeWithLibrary_data();
    void exampleNumbersAgreeWithLibrary();
    void trickyNumbers_data();
    void trickyNumbers();
    void regionRulesDeclineOnlyWhereNeeded();
    void concurrentParsesAgree();

private:
    /// Fast path vs library for one probe: true when the fast path declined or agreed.
    bool check(const Probe &probe, QString *problem, bool *accepted) const;

    std::unique_ptr<FastNumberParser> m_fast;
};

void TestFastNumberParser::initTestCase()
{
    QString why;
    m_fast = FastNumberParser::fromLibrary(&why);
    QVERIFY2(m_fast, qPrintable(why));
}

void TestFastNumberParser::selfCheckPasses()
{
    const Status check = FastPathSelfCheck::run(*m_fast);
    QVERIFY2(check.ok(), qPrintable(check.errorMessage()));
}

bool TestFastNumberParser::check(const Probe &probe, QString *problem, bool *accepted) const
{
    const RegionMetadata *readIn = m_fast->region(probe.region);
    ParsedNumber fast;
    const Verdict verdict = m_fast->parse(probe.input, readIn, &fast);
    *accepted = verdict == Verdict::Accepted;
    const ParsedNumber reference = LibraryNumberParser::parse(probe.input, probe.region.toStdString());
    if (verdict != Verdict::Accepted) {
        // Declining is always allowed, except that a valid number declined as NotValid means the
        // fast path misjudged it (it would still be right, only slower: report it all the same).
        if (verdict == Verdict::NotValid && reference.valid) {
            *problem = QStringLiteral("“%1” in %2: declined as not valid, libphonenumber: %3")
                           .arg(probe.input, probe.region, describe(reference));
            return false;
        }
        return true;
    }
    if (same(fast, reference))
        return true;
    *problem = QStringLiteral("“%1” in %2: fast %3, libphonenumber %4")
                   .arg(probe.input, probe.region, describe(fast), describe(reference));
    return false;
}

void TestFastNumberParser::exampleNumbersAgreeWithLibrary_data()
{
    QTest::addColumn<QString>("region");
    for (const std::unique_ptr<RegionMetadata> &region : m_fast->model().regions())
        QTest::newRow(qPrintable(region->code())) << region->code();
}

void TestFastNumberParser::exampleNumbersAgreeWithLibrary()
{
    // Every example number of the region (each type that has one) in six shapes, each also
    // with its last 1–3 digits changed at random (seeded per region) and one digit shorter and
    // longer: most changes give another valid number, some an invalid one, and both must come
    // out as the library says.
    QFETCH(QString, region);
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const std::string code = region.toStdString();
    std::mt19937 random(qHash(region));
    std::vector<Probe> probes;
    for (const PhoneNumberUtil::PhoneNumberType type : allTypes) {
        PhoneNumber example;
        if (!util.GetExampleNumberForType(code, type, &example))
            continue;
        std::string e164, international, national, nsn;
        util.Format(example, PhoneNumberUtil::E164, &e164);
        util.Format(example, PhoneNumberUtil::INTERNATIONAL, &international);
        util.Format(example, PhoneNumberUtil::NATIONAL, &national);
        util.GetNationalSignificantNumber(example, &nsn);
        const QString cc = QString::number(example.country_code());
        const QString digits = QString::fromStdString(nsn);
        const std::vector<Probe> shapes = {
            {QString::fromStdString(e164), QStringLiteral("ZZ")},
            {QString::fromStdString(international), QStringLiteral("ZZ")},
            {QString(QStringLiteral("00 ") + cc + QLatin1Char(' ') + digits), QStringLiteral("DE")},
            {QString(QStringLiteral("011 ") + cc + QLatin1Char(' ') + digits), QStringLiteral("US")},
            {QString::fromStdString(national), region},
            {digits, region},
        };
        std::uniform_int_distribution<int> digit(0, 9);
        for (const Probe &shape : shapes) {
            probes.push_back(shape);
            for (int m = 0; m < 6; ++m)
                probes.push_back({mutateTail(shape.input, 1 + m % 3, random), shape.region});
            // One digit fewer and one more: the length checks (too short, too long, local
            // only, national prefix kept or stripped) take other branches.
            probes.push_back({shape.input.chopped(1), shape.region});
            probes.push_back({QString(shape.input + QChar(u'0' + digit(random))), shape.region});
        }
    }
    QStringList problems;
    int accepted = 0;
    for (const Probe &probe : probes) {
        QString problem;
        bool took = false;
        if (!check(probe, &problem, &took))
            problems.append(problem);
        accepted += took ? 1 : 0;
    }
    if (!problems.isEmpty())
        qWarning().noquote() << problems.mid(0, 20).join(QLatin1Char('\n'));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 probes disagree").arg(problems.size()).arg(probes.size())));
    QVERIFY(!probes.empty());
    qDebug("%s: %d of %zu probes on the fast path", qPrintable(region), accepted, probes.size());
}

void TestFastNumberParser::trickyNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("regionOut");
    QTest::addColumn<QString>("type");

    const QString none;
    // GB and the Crown Dependencies: one calling code, four regions, GB's parsing rules.
    QTest::newRow("GB fixed") << "+44 20 7031 3000"
                              << "ZZ" << Verdict::Accepted << "+442070313000"
                              << "GB"
                              << "fixed_line";
    QTest::newRow("GB national, number is GG") << "07911 123456"
                                               << "GB" << Verdict::Accepted << "+447911123456"
                                               << "GG"
                                               << "mobile";
    QTest::newRow("GB with (0)") << "+44 (0) 20 7031 3000"
                                 << "ZZ" << Verdict::Accepted << "+442070313000"
                                 << "GB"
                                 << "fixed_line";
    QTest::newRow("GB without +") << "44 20 7031 3000"
                                  << "GB" << Verdict::Accepted << "+442070313000"
                                  << "GB"
                                  << "fixed_line";
    QTest::newRow("JE fixed") << "+44 1534 456789"
                              << "ZZ" << Verdict::Accepted << "+441534456789"
                              << "JE"
                              << "fixed_line";
    QTest::newRow("IM mobile") << "+44 7624 123456"
                               << "ZZ" << Verdict::Accepted << "+447624123456"
                               << "IM"
                               << "mobile";
    QTest::newRow("JE national in JE: transform rule") << "01534 456789"
                                                       << "JE" << Verdict::RegionRules << none << none << none;
    QTest::newRow("GG national in GG: transform rule") << "07781 123456"
                                                       << "GG" << Verdict::RegionRules << none << none << none;
    QTest::newRow("GB national read in GB, number is JE") << "01534 456789"
                                                          << "GB" << Verdict::Accepted << "+441534456789"
                                                          << "JE"
                                                          << "fixed_line";
    // NANP: US first, then the others by leading digits or by pattern (CA).
    QTest::newRow("US") << "+1 650 253 0000"
                        << "ZZ" << Verdict::Accepted << "+16502530000"
                        << "US"
                        << "fixed_line_or_mobile";
    QTest::newRow("US national") << "(650) 253-0000"
                                 << "US" << Verdict::Accepted << "+16502530000"
                                 << "US"
                                 << "fixed_line_or_mobile";
    QTest::newRow("US national with 1") << "1-650-253-0000"
                                        << "US" << Verdict::Accepted << "+16502530000"
                                        << "US"
                                        << "fixed_line_or_mobile";
    QTest::newRow("US dots") << "650.253.0000"
                             << "US" << Verdict::Accepted << "+16502530000"
                             << "US"
                             << "fixed_line_or_mobile";
    QTest::newRow("CA") << "+1 416 555 0123"
                        << "ZZ" << Verdict::Accepted << "+14165550123"
                        << "CA"
                        << "fixed_line_or_mobile";
    QTest::newRow("US number read in CA") << "650 253 0000"
                                          << "CA" << Verdict::Accepted << "+16502530000"
                                          << "US"
                                          << "fixed_line_or_mobile";
    QTest::newRow("JM") << "+1 876 210 1234"
                        << "ZZ" << Verdict::Accepted << "+18762101234"
                        << "JM"
                        << "mobile";
    QTest::newRow("BS") << "+1 242 357 1234"
                        << "ZZ" << Verdict::Accepted << "+12423571234"
                        << "BS"
                        << "mobile";
    QTest::newRow("BS national in BS: transform rule") << "242 357 1234"
                                                       << "BS" << Verdict::RegionRules << none << none << none;
    QTest::newRow("US IDD to GB") << "011 44 20 7031 3000"
                                  << "US" << Verdict::Accepted << "+442070313000"
                                  << "GB"
                                  << "fixed_line";
    QTest::newRow("NANP 555 is not valid") << "+1 555 555 5555"
                                           << "ZZ" << Verdict::NotValid << none << none << none;
    // Italy keeps the leading zero of fixed lines in the national number.
    QTest::newRow("IT fixed: leading zero") << "+39 06 4991 2345"
                                            << "ZZ" << Verdict::LeadingZero << none << none << none;
    QTest::newRow("IT national fixed: leading zero") << "06 4991 2345"
                                                     << "IT" << Verdict::LeadingZero << none << none << none;
    QTest::newRow("IT mobile") << "+39 312 345 6789"
                               << "ZZ" << Verdict::Accepted << "+393123456789"
                               << "IT"
                               << "mobile";
    // AR and MX: mobile tokens, transform rules and optional prefixes stay with the library.
    QTest::newRow("AR mobile with 9") << "+54 9 11 2345 6789"
                                      << "ZZ" << Verdict::RegionRules << none << none << none;
    QTest::newRow("AR national with 15") << "011 15 2345 6789"
                                         << "AR" << Verdict::RegionRules << none << none << none;
    QTest::newRow("MX mobile with 1") << "+52 1 55 1234 5678"
                                      << "ZZ" << Verdict::RegionRules << none << none << none;
    QTest::newRow("MX national") << "55 1234 5678"
                                 << "MX" << Verdict::RegionRules << none << none << none;
    QTest::newRow("BR") << "+55 11 96123 4567"
                        << "ZZ" << Verdict::RegionRules << none << none << none;
    // +7: Russia first, Kazakhstan by leading digits.
    QTest::newRow("RU mobile") << "+7 912 345 67 89"
                               << "ZZ" << Verdict::Accepted << "+79123456789"
                               << "RU"
                               << "mobile";
    QTest::newRow("RU national with 8") << "8 (912) 345-67-89"
                                        << "RU" << Verdict::Accepted << "+79123456789"
                                        << "RU"
                                        << "mobile";
    QTest::newRow("RU IDD 810") << "810 44 20 7031 3000"
                                << "RU" << Verdict::Accepted << "+442070313000"
                                << "GB"
                                << "fixed_line";
    QTest::newRow("KZ mobile") << "+7 701 234 5678"
                               << "ZZ" << Verdict::Accepted << "+77012345678"
                               << "KZ"
                               << "mobile";
    QTest::newRow("KZ national in KZ") << "8 701 234 5678"
                                       << "KZ" << Verdict::Accepted << "+77012345678"
                                       << "KZ"
                                       << "mobile";
    // Germany: variable-length numbers.
    QTest::newRow("DE mobile") << "+49 151 23456789"
                               << "ZZ" << Verdict::Accepted << "+4915123456789"
                               << "DE"
                               << "mobile";
    QTest::newRow("DE national mobile") << "0151 23456789"
                                        << "DE" << Verdict::Accepted << "+4915123456789"
                                        << "DE"
                                        << "mobile";
    QTest::newRow("DE short fixed") << "030 123456"
                                    << "DE" << Verdict::Accepted << "+4930123456"
                                    << "DE"
                                    << "fixed_line";
    QTest::newRow("DE long fixed") << "+49 30 12345678"
                                   << "ZZ" << Verdict::Accepted << "+493012345678"
                                   << "DE"
                                   << "fixed_line";
    // Portugal.
    QTest::newRow("PT mobile") << "+351 912 345 678"
                               << "ZZ" << Verdict::Accepted << "+351912345678"
                               << "PT"
                               << "mobile";
    QTest::newRow("PT national") << "912345678"
                                 << "PT" << Verdict::Accepted << "+351912345678"
                                 << "PT"
                                 << "mobile";
    QTest::newRow("PT IDD") << "00351 21 123 4567"
                            << "PT" << Verdict::Accepted << "+351211234567"
                            << "PT"
                            << "fixed_line";
    // Shapes the fast path leaves to the library.
    QTest::newRow("space after +") << "+ 44 20 7031 3000"
                                   << "ZZ" << Verdict::UnusualShape << none << none << none;
    QTest::newRow("space inside the calling code") << "+4 4 20 7031 3000"
                                                   << "ZZ" << Verdict::UnusualShape << none << none << none;
    QTest::newRow("+ after digits") << "44+20 7031 3000"
                                    << "GB" << Verdict::UnusualShape << none << none << none;
    QTest::newRow("tel URI") << "tel:+44-20-7031-3000"
                             << "ZZ" << Verdict::UnusualCharacters << none << none << none;
    QTest::newRow("extension") << "+44 20 7031 3000 ext. 12"
                               << "ZZ" << Verdict::UnusualCharacters << none << none << none;
    QTest::newRow("vanity letters") << "+1 800 FLOWERS"
                                    << "ZZ" << Verdict::UnusualCharacters << none << none << none;
    QTest::newRow("slash") << "020 7031 3000 / 3001"
                           << "GB" << Verdict::UnusualCharacters << none << none << none;
    QTest::newRow("full-width digits") << QString::fromUtf8("+４４ 20 7031 3000") << "ZZ" << Verdict::UnusualCharacters
                                       << none << none << none;
    QTest::newRow("non-geographic") << "+800 1234 5678"
                                    << "ZZ" << Verdict::NonGeographic << none << none << none;
    QTest::newRow("unknown calling code") << "+999 123456"
                                          << "ZZ" << Verdict::NotValid << none << none << none;
    QTest::newRow("national without region") << "07911 123456"
                                             << "ZZ" << Verdict::NoDefaultRegion << none << none << none;
    QTest::newRow("too few digits") << "12"
                                    << "GB" << Verdict::UnusualShape << none << none << none;
    QTest::newRow("no such range") << "+44 20 7031 300"
                                   << "ZZ" << Verdict::NotValid << none << none << none;
    QTest::newRow("too long") << "+44 7911 123456789012345"
                              << "ZZ" << Verdict::NotValid << none << none << none;
}

void TestFastNumberParser::trickyNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(Verdict, verdict);
    ParsedNumber fast;
    const Verdict got = m_fast->parse(input, m_fast->region(region), &fast);
    QVERIFY2(got == verdict, FastNumberParser::verdictName(got));
    const ParsedNumber reference = LibraryNumberParser::parse(input, region.toStdString());
    if (verdict != Verdict::Accepted) {
        QVERIFY(fast.e164.isEmpty()); // untouched
        if (verdict == Verdict::NotValid)
            QVERIFY2(!reference.valid, qPrintable(describe(reference)));
        return;
    }
    QVERIFY2(same(fast, reference), qPrintable(describe(fast) + QStringLiteral(" vs ") + describe(reference)));
    QTEST(fast.e164, "e164");
    QTEST(fast.region, "regionOut");
    QTEST(fast.typeName(), "type");
    QVERIFY(fast.valid);
}

void TestFastNumberParser::regionRulesDeclineOnlyWhereNeeded()
{
    // Regions whose national prefix rules the fast path leaves to the library: the transform
    // rules (AR, BR, the NANP islands, GG/IM/JE, CC/CX, GA, MG, NF, SM) and the national
    // prefixes for parsing that are patterns (AU, BO, BY, CN, CO, CR, FO, KR, LI, LT, LU, MX).
    QStringList refused;
    for (const std::unique_ptr<RegionMetadata> &region : m_fast->model().regions()) {
        if (!region->supportsParsing())
            refused.append(region->code());
    }
    for (const char *code : {"AR", "BR", "MX", "JE", "GG", "IM", "BS", "AU", "CN", "CO"})
        QVERIFY2(refused.contains(QLatin1String(code)), code);
    for (const char *code : {"GB", "US", "CA", "DE", "PT", "FR", "ES", "IT", "RU", "KZ", "IN", "NL", "PL"})
        QVERIFY2(!refused.contains(QLatin1String(code)), code);
    QVERIFY2(refused.size() < 60, qPrintable(refused.join(QLatin1Char(' '))));
}

void TestFastNumberParser::concurrentParsesAgree()
{
    QStringList inputs;
    for (int i = 0; i < 3000; ++i) {
        inputs.append(QStringLiteral("+3519123%1").arg(i, 5, 10, QLatin1Char('0')));
        inputs.append(QStringLiteral("07911 1%1").arg(i, 5, 10, QLatin1Char('0')));
        inputs.append(QStringLiteral("+1 242 35%1").arg(i, 5, 10, QLatin1Char('0')));
    }
    const RegionMetadata *gb = m_fast->region(u"GB");
    auto run = [&](qsizetype from, qsizetype to) {
        QStringList out;
        for (qsizetype i = from; i < to; ++i) {
            ParsedNumber n;
            const Verdict v = m_fast->parse(inputs.at(i), gb, &n);
            out.append(QString::fromLatin1(FastNumberParser::verdictName(v)) + n.e164 + n.region + n.typeName());
        }
        return out;
    };
    const QStringList expected = run(0, inputs.size());
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QFuture<QStringList> first = QtConcurrent::run(&pool, run, 0, inputs.size());
    QFuture<QStringList> second = QtConcurrent::run(&pool, run, 0, inputs.size());
    QCOMPARE(first.result(), expected);
    QCOMPARE(second.result(), expected);
}

QTEST_GUILESS_MAIN(TestFastNumberParser)
#include "testfastnumberparser.moc"

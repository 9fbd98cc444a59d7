// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/fastnumberparser.h"
#include "phone/fastpathselfcheck.h"
#include "phone/librarynumberparser.h"
#include "testprogram.h"

#include <QHash>
#include <QMutex>
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

/// The library's metadata with GB's fixed-line and mobile patterns swapped: metadata the fast
/// path misreads (a mobile number comes out as a fixed line), for the checks to catch.
std::unique_ptr<PhoneMetadataModel> modelWithGbTypesSwapped()
{
    QString why;
    std::vector<RegionMetadata::Spec> specs = PhoneMetadataModel::librarySpecs(&why);
    for (RegionMetadata::Spec &spec : specs) {
        if (spec.id == QLatin1String("GB"))
            std::swap(spec.descs.fixedLine, spec.descs.mobile);
    }
    auto model = std::make_unique<PhoneMetadataModel>(std::move(specs), &why);
    if (!model->isValid())
        qFatal("the swapped metadata does not build: %s", qPrintable(why));
    return model;
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
    void selfCheckCatchesWrongMetadata();
    void exampleNumbersAgreeWithLibrary_data();
    void exampleNumbersAgreeWithLibrary();
    void trickyNumbers_data();
    void trickyNumbers();
    void nationalPrefixKinds();
    void concurrentParsesAgree();
    void onlyTheCallingCodesInUseAreCompiled();
    void eachCallingCodeIsCheckedOnceBeforeItsFirstAnswer();
    void aCallingCodeThatFailsItsCheckIsLeftToTheLibrary();

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

void TestFastNumberParser::selfCheckCatchesWrongMetadata()
{
    // The guard PhoneNumberParser relies on: metadata the fast path misreads (here GB's fixed-line
    // and mobile patterns swapped) must fail the check, naming the number.
    const FastNumberParser wrong(modelWithGbTypesSwapped());
    const Status check = FastPathSelfCheck::run(wrong);
    QVERIFY(!check.ok());
    QVERIFY2(check.errorMessage().contains(QLatin1String(" in GB: fast path")), qPrintable(check.errorMessage()));
}

bool TestFastNumberParser::check(const Probe &probe, QString *problem, bool *accepted) const
{
    const RegionMetadata *readIn = m_fast->region(probe.region);
    ParsedNumber fast;
    const Verdict verdict = m_fast->parse(probe.input, readIn, &fast);
    *accepted = verdict == Verdict::Accepted;
    const ParsedNumber reference = LibraryNumberParser::parse(probe.input, probe.region.toStdString());
    if (verdict != Verdict::Accepted) {
        // Declining is always allowed, except that a valid number declined as a parse error means
        // the fast path misjudged it (still right, only slower: report it all the same).
        if (verdict == Verdict::ParseError && reference.valid) {
            *problem = QStringLiteral("“%1” in %2: declined as a parse error, libphonenumber: %3")
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
    QTest::addColumn<QString>("error");

    // An answered row names the whole result; a declined one only the verdict.
    const auto answer = [](const char *name, const char *input, const char *region, const char *e164,
                           const char *regionOut, const char *type, const char *error = "") {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromLatin1(region) << Verdict::Accepted
                            << QString::fromLatin1(e164) << QString::fromLatin1(regionOut) << QString::fromLatin1(type)
                            << QString::fromLatin1(error);
    };
    const auto decline = [](const char *name, const char *input, const char *region, Verdict verdict) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromLatin1(region) << verdict << QString()
                            << QString() << QString() << QString();
    };

    // GB and the Crown Dependencies: one calling code, four regions, GB's parsing rules.
    answer("GB fixed", "+44 20 7031 3000", "ZZ", "+442070313000", "GB", "fixed_line");
    answer("GB national, number is GG", "07911 123456", "GB", "+447911123456", "GG", "mobile");
    answer("GB with (0)", "+44 (0) 20 7031 3000", "ZZ", "+442070313000", "GB", "fixed_line");
    answer("GB without +", "44 20 7031 3000", "GB", "+442070313000", "GB", "fixed_line");
    answer("JE fixed", "+44 1534 456789", "ZZ", "+441534456789", "JE", "fixed_line");
    answer("IM mobile", "+44 7624 123456", "ZZ", "+447624123456", "IM", "mobile");
    answer("GB national read in GB, number is JE", "01534 456789", "GB", "+441534456789", "JE", "fixed_line");
    decline("JE national in JE: transform rule", "01534 456789", "JE", Verdict::RegionRules);
    decline("GG national in GG: transform rule", "07781 123456", "GG", Verdict::RegionRules);
    answer("GB no such range", "+44 20 7031 300", "ZZ", "+44207031300", "ZZ", "unknown", "invalid_for_region");
    answer("GB local-only length", "+44 20 703", "ZZ", "+4420703", "ZZ", "unknown", "invalid_for_region");
    answer("GB too short", "+44 207", "ZZ", "+44207", "ZZ", "unknown", "too_short");
    answer("GB too long to parse", "+44 7911 123456789012345", "ZZ", "", "", "unknown", "too_long");

    // NANP: US first, then the others by leading digits or by pattern (CA).
    answer("US", "+1 650 253 0000", "ZZ", "+16502530000", "US", "fixed_line_or_mobile");
    answer("US national", "(650) 253-0000", "US", "+16502530000", "US", "fixed_line_or_mobile");
    answer("US national with 1", "1-650-253-0000", "US", "+16502530000", "US", "fixed_line_or_mobile");
    answer("US dots", "650.253.0000", "US", "+16502530000", "US", "fixed_line_or_mobile");
    answer("CA", "+1 416 555 0123", "ZZ", "+14165550123", "CA", "fixed_line_or_mobile");
    answer("US number read in CA", "650 253 0000", "CA", "+16502530000", "US", "fixed_line_or_mobile");
    answer("JM", "+1 876 210 1234", "ZZ", "+18762101234", "JM", "mobile");
    answer("BS", "+1 242 357 1234", "ZZ", "+12423571234", "BS", "mobile");
    answer("BS ten digits in BS", "242 357 1234", "BS", "+12423571234", "BS", "mobile");
    decline("BS seven digits in BS: transform rule", "357 1234", "BS", Verdict::RegionRules);
    answer("US IDD to GB", "011 44 20 7031 3000", "US", "+442070313000", "GB", "fixed_line");
    answer("NANP 555", "+1 555 555 5555", "ZZ", "+15555555555", "ZZ", "unknown", "invalid_for_region");

    // Italy keeps the leading zero of fixed lines in the national number.
    decline("IT fixed: leading zero", "+39 06 4991 2345", "ZZ", Verdict::LeadingZero);
    decline("IT national fixed: leading zero", "06 4991 2345", "IT", Verdict::LeadingZero);
    answer("IT mobile", "+39 312 345 6789", "ZZ", "+393123456789", "IT", "mobile");

    // AR and MX: mobile tokens and transform rules stay with the library where they apply.
    decline("AR national with 15", "011 15 2345 6789", "AR", Verdict::RegionRules);
    decline("AR national with 0", "011 4321 0000", "AR", Verdict::RegionRules);
    answer("AR mobile in E.164 (prefix rule matches nothing)", "+54 9 11 2345 6789", "ZZ", "+5491123456789", "AR",
           "mobile");
    decline("MX mobile token 1", "+52 1 55 1234 5678", "ZZ", Verdict::RegionRules);
    decline("MX national with 044", "044 55 1234 5678", "MX", Verdict::RegionRules);
    answer("MX ten digits", "+52 55 1234 5678", "ZZ", "+525512345678", "MX", "fixed_line_or_mobile");
    answer("BR mobile", "+55 11 96123 4567", "ZZ", "+5511961234567", "BR", "mobile");
    decline("BR national with carrier code", "0 21 11 96123 4567", "BR", Verdict::RegionRules);

    // +7: Russia first, Kazakhstan by leading digits.
    answer("RU mobile", "+7 912 345 67 89", "ZZ", "+79123456789", "RU", "mobile");
    answer("RU national with 8", "8 (912) 345-67-89", "RU", "+79123456789", "RU", "mobile");
    answer("RU IDD 810", "810 44 20 7031 3000", "RU", "+442070313000", "GB", "fixed_line");
    answer("KZ mobile", "+7 701 234 5678", "ZZ", "+77012345678", "KZ", "mobile");
    answer("KZ national in KZ", "8 701 234 5678", "KZ", "+77012345678", "KZ", "mobile");

    // Germany: variable-length numbers.
    answer("DE mobile", "+49 151 23456789", "ZZ", "+4915123456789", "DE", "mobile");
    answer("DE national mobile", "0151 23456789", "DE", "+4915123456789", "DE", "mobile");
    answer("DE short fixed", "030 123456", "DE", "+4930123456", "DE", "fixed_line");
    answer("DE long fixed", "+49 30 12345678", "ZZ", "+493012345678", "DE", "fixed_line");

    // Portugal.
    answer("PT mobile", "+351 912 345 678", "ZZ", "+351912345678", "PT", "mobile");
    answer("PT national", "912345678", "PT", "+351912345678", "PT", "mobile");
    answer("PT IDD", "00351 21 123 4567", "PT", "+351211234567", "PT", "fixed_line");
    answer("PT one digit short", "91234567", "PT", "+35191234567", "PT", "unknown", "too_short");

    // Shapes the fast path leaves to the library.
    decline("space after +", "+ 44 20 7031 3000", "ZZ", Verdict::UnusualShape);
    decline("space inside the calling code", "+4 4 20 7031 3000", "ZZ", Verdict::UnusualShape);
    decline("+ after digits", "44+20 7031 3000", "GB", Verdict::UnusualShape);
    decline("tel URI", "tel:+44-20-7031-3000", "ZZ", Verdict::UnusualCharacters);
    decline("extension", "+44 20 7031 3000 ext. 12", "ZZ", Verdict::UnusualCharacters);
    decline("vanity letters", "+1 800 FLOWERS", "ZZ", Verdict::UnusualCharacters);
    decline("slash", "020 7031 3000 / 3001", "GB", Verdict::UnusualCharacters);
    decline("full-width digits", "+４４ 20 7031 3000", "ZZ", Verdict::UnusualCharacters);
    decline("non-geographic", "+800 1234 5678", "ZZ", Verdict::NonGeographic);
    decline("unknown calling code", "+999 123456", "ZZ", Verdict::ParseError);
    decline("national without region", "07911 123456", "ZZ", Verdict::NoDefaultRegion);
    decline("too few digits", "12", "GB", Verdict::UnusualShape);
}

void TestFastNumberParser::trickyNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(Verdict, verdict);
    ParsedNumber fast;
    const Verdict got = m_fast->parse(input, m_fast->region(region), &fast);
    QVERIFY2(got == verdict, FastNumberParser::verdictName(got));
    if (verdict != Verdict::Accepted) {
        QVERIFY(fast.input.isNull()); // untouched
        return;
    }
    const ParsedNumber reference = LibraryNumberParser::parse(input, region.toStdString());
    QVERIFY2(same(fast, reference), qPrintable(describe(fast) + QStringLiteral(" vs ") + describe(reference)));
    QTEST(fast.e164, "e164");
    QTEST(fast.region, "regionOut");
    QTEST(fast.typeName(), "type");
    QTEST(ParsedNumber::errorName(fast.error), "error");
    QCOMPARE(fast.valid, fast.error == ParsedNumber::Error::None);
}

void TestFastNumberParser::nationalPrefixKinds()
{
    // A plain digit string is stripped here; a pattern or a transform rule is the library's
    // business wherever it matches.
    using Kind = RegionMetadata::NationalPrefix;
    const std::pair<const char *, Kind> expected[] = {
        {"GB", Kind::Literal}, {"US", Kind::Literal}, {"DE", Kind::Literal}, {"PT", Kind::None},
        {"RU", Kind::Literal}, {"HU", Kind::Literal}, {"IT", Kind::None},    {"AR", Kind::Pattern},
        {"BR", Kind::Pattern}, {"MX", Kind::Pattern}, {"JE", Kind::Pattern}, {"BS", Kind::Pattern},
        {"AU", Kind::Pattern}, {"CO", Kind::Pattern},
    };
    for (const auto &[code, kind] : expected) {
        const RegionMetadata *region = m_fast->region(QString::fromLatin1(code));
        QVERIFY2(region, code);
        QVERIFY2(region->nationalPrefixKind() == kind, code);
    }
}

void TestFastNumberParser::concurrentParsesAgree()
{
    // Two threads on a parser with two compiled replicas (each thread gets its own) and on the
    // single-model parser: the same answers as one thread alone.
    QString why;
    const std::unique_ptr<FastNumberParser> replicated = FastNumberParser::fromLibrary(&why, 2);
    QVERIFY2(replicated, qPrintable(why));
    QCOMPARE(replicated->replicaCount(), 2);
    QStringList inputs;
    for (int i = 0; i < 3000; ++i) {
        inputs.append(QStringLiteral("+3519123%1").arg(i, 5, 10, QLatin1Char('0')));
        inputs.append(QStringLiteral("07911 1%1").arg(i, 5, 10, QLatin1Char('0')));
        inputs.append(QStringLiteral("+1 242 35%1").arg(i, 5, 10, QLatin1Char('0')));
    }
    auto run = [&](const FastNumberParser *parser) {
        const RegionMetadata *gb = parser->region(u"GB");
        QStringList out;
        for (const QString &input : inputs) {
            ParsedNumber n;
            const Verdict v = parser->parse(input, gb, &n);
            out.append(QString::fromLatin1(FastNumberParser::verdictName(v)) + n.e164 + n.region + n.typeName()
                       + n.errorMessage);
        }
        return out;
    };
    const QStringList expected = run(m_fast.get());
    for (const FastNumberParser *parser : {m_fast.get(), replicated.get()}) {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QFuture<QStringList> first = QtConcurrent::run(&pool, run, parser);
        QFuture<QStringList> second = QtConcurrent::run(&pool, run, parser);
        QCOMPARE(first.result(), expected);
        QCOMPARE(second.result(), expected);
    }
}

void TestFastNumberParser::onlyTheCallingCodesInUseAreCompiled()
{
    // Start-up decodes the metadata and compiles nothing; a Portuguese number compiles Portugal's
    // patterns (its calling code has that one region), not the other 244 regions'.
    QString why;
    const std::unique_ptr<FastNumberParser> fast = FastNumberParser::fromLibrary(&why);
    QVERIFY2(fast, qPrintable(why));
    QCOMPARE(fast->model().compiledRegionCount(), 0);
    ParsedNumber n;
    QCOMPARE(fast->parse(QStringLiteral("+351 912 345 678"), nullptr, &n), Verdict::Accepted);
    QVERIFY(n.valid);
    QVERIFY(fast->region(u"PT")->isCompiled());
    QCOMPARE(fast->model().compiledRegionCount(), 1);
}

void TestFastNumberParser::eachCallingCodeIsCheckedOnceBeforeItsFirstAnswer()
{
    QString why;
    const std::unique_ptr<FastNumberParser> fast = FastNumberParser::fromLibrary(&why, 2);
    QVERIFY2(fast, qPrintable(why));
    QMutex mutex;
    QHash<int, int> checks; // calling code → times checked
    fast->setCallingCodeCheck([&](const FastNumberParser &parser, int code) {
        QMutexLocker lock(&mutex);
        ++checks[code];
        return FastPathSelfCheck::checkCallingCode(parser, code);
    });
    auto run = [&fast] {
        const RegionMetadata *pt = fast->region(u"PT");
        int accepted = 0;
        for (int i = 0; i < 2000; ++i) {
            ParsedNumber n;
            for (const QString &input : {QStringLiteral("+44 7400 1%1").arg(i, 5, 10, QLatin1Char('0')),
                                         QStringLiteral("912 3%1").arg(i, 5, 10, QLatin1Char('0'))})
                accepted += fast->parse(input, pt, &n) == Verdict::Accepted ? 1 : 0;
        }
        return accepted;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(3);
    QList<QFuture<int>> runs;
    for (int i = 0; i < 3; ++i)
        runs.append(QtConcurrent::run(&pool, run));
    for (QFuture<int> &r : runs)
        QCOMPARE(r.result(), 4000);
    // Three threads, 12,000 numbers: each calling code was checked exactly once.
    QCOMPARE(checks, (QHash<int, int> {{44, 1}, {351, 1}}));
}

void TestFastNumberParser::aCallingCodeThatFailsItsCheckIsLeftToTheLibrary()
{
    // GB's fixed-line and mobile patterns swapped, as in selfCheckCatchesWrongMetadata: the
    // check of +44 fails on its first number, so no British number gets the fast path's (wrong)
    // answer; other calling codes keep it.
    const FastNumberParser wrong(modelWithGbTypesSwapped());
    ParsedNumber n;
    // Without a check it answers, and wrongly: this mobile number comes out as a fixed line.
    QCOMPARE(wrong.parse(QStringLiteral("+44 7400 123456"), nullptr, &n), Verdict::Accepted);
    QCOMPARE(n.type, ParsedNumber::Type::FixedLine);

    FastNumberParser guarded(modelWithGbTypesSwapped());
    guarded.setCallingCodeCheck(&FastPathSelfCheck::checkCallingCode);
    ParsedNumber untouched;
    untouched.input = QStringLiteral("as before");
    QCOMPARE(guarded.parse(QStringLiteral("+44 7400 123456"), nullptr, &untouched), Verdict::Unchecked);
    QCOMPARE(untouched.input, QStringLiteral("as before"));
    QCOMPARE(guarded.parse(QStringLiteral("+44 20 7946 0000"), nullptr, &untouched), Verdict::Unchecked);
    // A national number read in GB rests on GB's plan too, whatever it turns out to be.
    QCOMPARE(guarded.parse(QStringLiteral("07400 123456"), guarded.region(u"GB"), &untouched), Verdict::Unchecked);
    QCOMPARE(guarded.parse(QStringLiteral("+351 912 345 678"), nullptr, &n), Verdict::Accepted);
    QCOMPARE(n.type, ParsedNumber::Type::Mobile);
}

SMSROUTER_TEST(TestFastNumberParser)
#include "testfastnumberparser.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/digitprefixpattern.h"
#include "phone/phonemetadatamodel.h"
#include "testprogram.h"

#include <QRegularExpression>
#include <QTest>

#include <random>
#include <set>

namespace {

/// The regex answer DigitPrefixPattern must reproduce: an anchored match at the start.
qsizetype regexConsume(const QRegularExpression &regex, QStringView digits)
{
    const QRegularExpressionMatch match = regex.match(digits);
    return match.hasMatch() ? match.capturedLength(0) : -1;
}

/// Every digit string up to `length` digits, plus random longer ones.
QStringList subjects(int length)
{
    QStringList out {QString()};
    QStringList level {QString()};
    for (int l = 1; l <= length; ++l) {
        QStringList next;
        for (const QString &s : level) {
            for (char16_t d = u'0'; d <= u'9'; ++d)
                next.append(QString(s + QChar(d)));
        }
        out += next;
        level = next;
    }
    std::mt19937 random(7);
    std::uniform_int_distribution<int> digit(0, 9), size(length + 1, 16);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        for (int n = size(random); n > 0; --n)
            s += QChar(u'0' + digit(random));
        out.append(s);
    }
    return out;
}

} // namespace

class TestDigitPrefixPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expansion_data();
    void expansion();
    void consumeAgreesWithRegex_data();
    void consumeAgreesWithRegex();
    void everyMetadataPrefixAgrees();
    void emptyPatternNeverMatches();
};

void TestDigitPrefixPattern::expansion_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("literals"); // empty: not expandable

    QTest::newRow("literal") << "00" << QStringList {QStringLiteral("00")};
    QTest::newRow("alternatives in order") << "268|26" << QStringList {QStringLiteral("268"), QStringLiteral("26")};
    QTest::newRow("class") << "3[04-6]"
                           << QStringList {QStringLiteral("30"), QStringLiteral("34"), QStringLiteral("35"),
                                           QStringLiteral("36")};
    QTest::newRow("group, continuation before next choice")
        << "(?:16|7[56])24" << QStringList {QStringLiteral("1624"), QStringLiteral("7524"), QStringLiteral("7624")};
    QTest::newRow("empty alternative") << "1|" << QStringList {QStringLiteral("1"), QString()};
    QTest::newRow("quantifier") << "0|80?" << QStringList();
    QTest::newRow("capture group") << "0|(183[12])" << QStringList();
    QTest::newRow("anchor") << "1|([2-9]\\d{6})$" << QStringList();
    QTest::newRow("unbalanced") << "(?:12" << QStringList();
}

void TestDigitPrefixPattern::expansion()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, literals);
    std::vector<std::string> out;
    const bool expanded = DigitPrefixPattern::expand(pattern, &out);
    QCOMPARE(expanded, !literals.isEmpty());
    if (!expanded)
        return;
    QStringList got;
    for (const std::string &s : out)
        got.append(QString::fromStdString(s));
    QCOMPARE(got, literals);
}

void TestDigitPrefixPattern::consumeAgreesWithRegex_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("expanded");
    QTest::newRow("IDD 00") << "00" << true;
    QTest::newRow("IDD AU") << "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011" << true;
    QTest::newRow("IDD FI") << "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))" << true;
    QTest::newRow("leading digits IM") << "74576|(?:16|7[56])24" << true;
    QTest::newRow("leading digits RU") << "3[04-689]|[489]" << true;
    QTest::newRow("prefix is also a longer alternative") << "2|26|268" << true;
    QTest::newRow("national prefix BY") << "0|80?" << false;
    QTest::newRow("national prefix MX") << "0(?:[12]|4[45])|1" << true;
    QTest::newRow("national prefix BS") << "1|([3-8]\\d{6})$" << false;
    QTest::newRow("national prefix AR, may match nothing")
        << "0?(?:(11|2(?:2(?:02?|[13]))|3(?:3(?:2[79]|6)))?15)?" << false;
}

void TestDigitPrefixPattern::consumeAgreesWithRegex()
{
    QFETCH(QString, pattern);
    QFETCH(bool, expanded);
    const DigitPrefixPattern prefix(pattern);
    QVERIFY(prefix.isValid());
    QCOMPARE(prefix.isExpanded(), expanded);
    const QRegularExpression regex(QStringLiteral("\\A(?:%1)").arg(pattern));
    QVERIFY(regex.isValid());
    for (const QString &subject : subjects(5))
        QCOMPARE(prefix.consume(subject), regexConsume(regex, subject));
}

void TestDigitPrefixPattern::everyMetadataPrefixAgrees()
{
    // Every international prefix, leading-digits pattern and national prefix for parsing of the
    // installed metadata, on every digit string up to 4 digits and 2000 longer ones.
    QString why;
    const std::vector<RegionMetadata::Spec> specs = PhoneMetadataModel::librarySpecs(&why);
    QVERIFY2(!specs.empty(), qPrintable(why));
    std::set<QString> patterns;
    for (const RegionMetadata::Spec &spec : specs) {
        for (const QString &p : {spec.internationalPrefix, spec.leadingDigits, spec.nationalPrefixForParsing}) {
            if (!p.isEmpty())
                patterns.insert(p);
        }
    }
    QVERIFY(patterns.size() > 50);
    const QStringList probes = subjects(4);
    int expanded = 0;
    for (const QString &pattern : patterns) {
        const DigitPrefixPattern prefix(pattern);
        QVERIFY2(prefix.isValid(), qPrintable(pattern));
        expanded += prefix.isExpanded() ? 1 : 0;
        const QRegularExpression regex(QStringLiteral("\\A(?:%1)").arg(pattern));
        for (const QString &subject : probes) {
            if (prefix.consume(subject) != regexConsume(regex, subject))
                QFAIL(qPrintable(QStringLiteral("%1 on %2: %3, regex %4")
                                     .arg(pattern, subject)
                                     .arg(prefix.consume(subject))
                                     .arg(regexConsume(regex, subject))));
        }
    }
    // Most of them need no regular expression at all.
    QVERIFY2(expanded * 2 > int(patterns.size()), qPrintable(QString::number(expanded)));
}

void TestDigitPrefixPattern::emptyPatternNeverMatches()
{
    const DigitPrefixPattern none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.consume(u"123"), qsizetype(-1));
    QCOMPARE(DigitPrefixPattern(QString()).consume(u""), qsizetype(-1));
}

SMSROUTER_TEST(TestDigitPrefixPattern)
#include "testdigitprefixpattern.moc"

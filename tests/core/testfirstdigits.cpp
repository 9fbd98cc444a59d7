// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/firstdigits.h"
#include "phone/phonemetadatamodel.h"
#include "testprogram.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

namespace {

QString digitsOf(quint16 set)
{
    QString out;
    for (int d = 0; d < 10; ++d) {
        if (set >> d & 1)
            out += QChar(u'0' + d);
    }
    return out;
}

} // namespace

class TestFirstDigits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstDigits_data();
    void firstDigits();
    void neverTooSmallForMetadata();
};

void TestFirstDigits::firstDigits_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("digits");
    QTest::newRow("literal") << "44"
                             << "4";
    QTest::newRow("class and range") << "[2-4]\\d{6}|9"
                                     << "2349";
    QTest::newRow("optional head") << "(?:1481|[357-9]\\d{3})?8\\d{6}"
                                   << "135789";
    QTest::newRow("zero repetitions") << "0{0,2}[12]"
                                      << "012";
    QTest::newRow("plus keeps the head") << "(?:3+)4"
                                         << "3";
    QTest::newRow("nested groups") << "(?:(?:7[1-3]|8)\\d|6)\\d{5}"
                                   << "678";
    QTest::newRow("\\d") << "\\d{7}"
                         << "0123456789";
    QTest::newRow("can match nothing: every digit") << "1?"
                                                    << "0123456789";
    QTest::newRow("unknown syntax: every digit") << "(1)2"
                                                 << "0123456789";
    QTest::newRow("negated class: every digit") << "[^0]\\d"
                                                << "0123456789";
    QTest::newRow("lazy quantifier: every digit") << "1??2"
                                                  << "0123456789";
}

void TestFirstDigits::firstDigits()
{
    QFETCH(QString, pattern);
    QTEST(digitsOf(FirstDigits::of(pattern)), "digits");
}

void TestFirstDigits::neverTooSmallForMetadata()
{
    // Oracle: PCRE2's partial matching says whether a one-digit subject can start a match. A digit
    // that can must be in the set (the set may hold more: that only costs a regex call).
    QString why;
    const std::vector<RegionMetadata::Spec> specs = PhoneMetadataModel::librarySpecs(&why);
    QVERIFY2(!specs.empty(), qPrintable(why));
    std::set<QString> patterns;
    for (const RegionMetadata::Spec &spec : specs) {
        const NumberTypeClassifier::Descs &d = spec.descs;
        for (const NumberDesc *desc : {&d.general, &d.fixedLine, &d.mobile, &d.tollFree, &d.premiumRate, &d.sharedCost,
                                       &d.personalNumber, &d.voip, &d.pager, &d.uan, &d.voicemail}) {
            if (!desc->pattern.isEmpty())
                patterns.insert(desc->pattern);
        }
    }
    QVERIFY(patterns.size() > 500);
    int narrowed = 0;
    for (const QString &pattern : patterns) {
        const quint16 set = FirstDigits::of(pattern);
        narrowed += set != FirstDigits::all ? 1 : 0;
        const QRegularExpression regex(QStringLiteral("\\A(?:%1)\\z").arg(pattern));
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            const QRegularExpressionMatch m =
                regex.match(QString(QChar(d)), 0, QRegularExpression::PartialPreferCompleteMatch);
            if ((m.hasMatch() || m.hasPartialMatch()) && !FirstDigits::contains(set, QChar(d)))
                QFAIL(qPrintable(
                    QStringLiteral("%1 can start with %2 but the set is %3").arg(pattern, QChar(d), digitsOf(set))));
        }
    }
    QVERIFY2(narrowed * 2 > int(patterns.size()), qPrintable(QString::number(narrowed)));
}

SMSROUTER_TEST(TestFirstDigits)
#include "testfirstdigits.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sms/accentstripping.h"
#include "sms/gsmalphabet.h"
#include "sms/segmentcounter.h"
#include "sms/smartencoding.h"
#include "testprogram.h"

#include <QSet>
#include <QTest>

class TestSmartEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void unchangedTextIsShared();
    void replacementFor_data();
    void replacementFor();
    void nothingElseIsReplaced();
    void replacementsArePlainGsm();

    // The accent alternative: Latin letters GSM-7 lacks become plain letters, the ones it has
    // stay, and nothing else is touched.
    void accentStripping()
    {
        const auto fixed = AccentStripping::apply(QStringLiteral("Promoção: pão grátis, é ñ ü Ç ß, Łódź, Œuvre, 😀"));
        QCOMPARE(fixed.text, QStringLiteral("Promocao: pao gratis, é ñ ü Ç ß, Lodz, OEuvre, 😀"));
        QCOMPARE(fixed.replacements, 8);
        QCOMPARE(AccentStripping::apply(QStringLiteral("plain")).replacements, 0);
        QVERIFY(!AccentStripping::replacementFor(U'é')); // GSM-7 has it
        QVERIFY(!AccentStripping::replacementFor(U'ж'));

        const EncodingReport report = SegmentCounter::report(QStringLiteral("Promoção: pão “grátis”"));
        QCOMPARE(report.offenders.size(), 5); // ç ã “ á ”
        QVERIFY(!report.fixMakesGsm7()); // plain quotes alone are not enough
        QVERIFY(report.strippingMakesGsm7());
        QCOMPARE(report.strippedText, QStringLiteral("Promocao: pao \"gratis\""));
        QCOMPARE(report.accentsStripped, 4); // ç ã ã á
    }
};

void TestSmartEncoding::apply_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("replacements");

    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("plain GSM") << QStringLiteral("Plain text, 100% GSM: @£$ {x} €")
                               << QStringLiteral("Plain text, 100% GSM: @£$ {x} €") << 0;
    QTest::newRow("apostrophe") << QStringLiteral("It’s") << QStringLiteral("It's") << 1;
    QTest::newRow("single quotes") << QStringLiteral("‘quoted’") << QStringLiteral("'quoted'") << 2;
    QTest::newRow("low and reversed single quotes") << QStringLiteral("‚low‛") << QStringLiteral("'low'") << 2;
    QTest::newRow("double quotes") << QStringLiteral("“Hi” „Hallo‟") << QStringLiteral("\"Hi\" \"Hallo\"") << 4;
    QTest::newRow("en dash, em dash, bar") << QStringLiteral("a – b — c ― d") << QStringLiteral("a - b - c - d") << 3;
    QTest::newRow("hyphens") << QStringLiteral("e‐mail non‑breaking") << QStringLiteral("e-mail non-breaking") << 2;
    QTest::newRow("figure dash and minus") << QStringLiteral("555‒1234 −5") << QStringLiteral("555-1234 -5") << 2;
    QTest::newRow("ellipsis is three dots") << QStringLiteral("Wait…") << QStringLiteral("Wait...") << 1;
    QTest::newRow("no-break space") << QStringLiteral("10\u00A0km") << QStringLiteral("10 km") << 1;
    QTest::newRow("narrow no-break space") << QStringLiteral("10\u202F000") << QStringLiteral("10 000") << 1;
    QTest::newRow("thin and em spaces") << QStringLiteral("a\u2009b\u2003c") << QStringLiteral("a b c") << 2;
    QTest::newRow("ideographic space") << QStringLiteral("a\u3000b") << QStringLiteral("a b") << 1;
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b") << 1;
    QTest::newRow("bullets") << QStringLiteral("• one\n⁃ two") << QStringLiteral("- one\n- two") << 2;
    QTest::newRow("primes") << QStringLiteral("5′ 11″") << QStringLiteral("5' 11\"") << 2;
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\nb") << 1;
    QTest::newRow("zero width space removed") << QStringLiteral("ab\u200Bcd") << QStringLiteral("abcd") << 1;
    QTest::newRow("byte order mark removed") << QStringLiteral("\uFEFFHello") << QStringLiteral("Hello") << 1;
    QTest::newRow("soft hyphen removed") << QStringLiteral("co\u00ADoperate") << QStringLiteral("cooperate") << 1;
    QTest::newRow("word joiner removed") << QStringLiteral("a\u2060b") << QStringLiteral("ab") << 1;
    QTest::newRow("ambiguous ones left alone")
        << QStringLiteral("«ç» ‹á› 😀 a\u200Db `x` ·") << QStringLiteral("«ç» ‹á› 😀 a\u200Db `x` ·") << 0;
    QTest::newRow("emoji kept, quote fixed") << QStringLiteral("😀 it’s") << QStringLiteral("😀 it's") << 1;
    QTest::newRow("replacement at both ends") << QStringLiteral("“x”") << QStringLiteral("\"x\"") << 2;
}

void TestSmartEncoding::apply()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, replacements);

    const SmartEncoding::Fixed fixed = SmartEncoding::apply(input);
    QCOMPARE(fixed.text, expected);
    QCOMPARE(fixed.replacements, replacements);
}

void TestSmartEncoding::unchangedTextIsShared()
{
    const QString text = QStringLiteral("Nothing to fix here");
    const SmartEncoding::Fixed fixed = SmartEncoding::apply(text);
    QCOMPARE(fixed.replacements, 0);
    QCOMPARE(fixed.text.constData(), text.constData());
}

namespace {

/// The replacement list promised by SmartEncoding's documentation, written out independently.
QList<std::pair<char32_t, QString>> expectedReplacements()
{
    QList<std::pair<char32_t, QString>> list;
    const QString space = QStringLiteral(" ");
    const QString none;
    list.append({0x0009, space});
    list.append({0x00A0, space});
    list.append({0x00AD, none});
    for (char32_t c = 0x2000; c <= 0x200A; ++c) // en quad … hair space
        list.append({c, space});
    list.append({0x200B, none});
    for (char32_t c = 0x2010; c <= 0x2015; ++c) // hyphen … horizontal bar
        list.append({c, QStringLiteral("-")});
    for (char32_t c = 0x2018; c <= 0x201B; ++c) // ‘ ’ ‚ ‛
        list.append({c, QStringLiteral("'")});
    for (char32_t c = 0x201C; c <= 0x201F; ++c) // “ ” „ ‟
        list.append({c, QStringLiteral("\"")});
    list.append({0x2022, QStringLiteral("-")});
    list.append({0x2026, QStringLiteral("...")});
    list.append({0x2028, QStringLiteral("\n")});
    list.append({0x2029, QStringLiteral("\n")});
    list.append({0x202F, space});
    list.append({0x2032, QStringLiteral("'")});
    list.append({0x2033, QStringLiteral("\"")});
    list.append({0x2043, QStringLiteral("-")});
    list.append({0x205F, space});
    list.append({0x2060, none});
    list.append({0x2212, QStringLiteral("-")});
    list.append({0x3000, space});
    list.append({0xFEFF, none});
    return list;
}

} // namespace

void TestSmartEncoding::replacementFor_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<QString>("expected");
    for (const auto &[codePoint, replacement] : expectedReplacements())
        QTest::addRow("U+%04X", uint(codePoint)) << uint(codePoint) << replacement;
}

void TestSmartEncoding::replacementFor()
{
    QFETCH(uint, codePoint);
    QFETCH(QString, expected);
    const std::optional<QStringView> replacement = SmartEncoding::replacementFor(codePoint);
    QVERIFY(replacement.has_value());
    QCOMPARE(replacement->toString(), expected);
}

void TestSmartEncoding::nothingElseIsReplaced()
{
    QSet<char32_t> expected;
    for (const auto &entry : expectedReplacements())
        expected.insert(entry.first);
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (SmartEncoding::replacementFor(c).has_value() != expected.contains(c))
            QFAIL(qPrintable(QStringLiteral("U+%1 is handled wrongly").arg(uint(c), 4, 16, QLatin1Char('0'))));
    }
}

void TestSmartEncoding::replacementsArePlainGsm()
{
    // Fixing a character must never need UCS-2 or an extension character, and must never touch a
    // character that is already GSM.
    for (const auto &entry : expectedReplacements()) {
        const char32_t from = entry.first;
        QVERIFY2(!GsmAlphabet::isGsm(from), qPrintable(QString::number(uint(from), 16)));
        const QStringView to = *SmartEncoding::replacementFor(from);
        for (const QChar c : to)
            QCOMPARE(GsmAlphabet::kind(c.unicode()), GsmAlphabet::Kind::Basic);
    }
}

SMSROUTER_TEST(TestSmartEncoding)
#include "testsmartencoding.moc"

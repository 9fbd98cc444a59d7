// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sms/gsmalphabet.h"
#include "sms/segmentcounter.h"
#include "testprogram.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(SmsEncoding)

namespace {

QString repeat(QStringView piece, int times)
{
    return piece.toString().repeated(times);
}

QString as(int times)
{
    return QString(times, QLatin1Char('a'));
}

const QString euro = QStringLiteral("€");
const QString caret = QStringLiteral("^");
const QString cCedilla = QStringLiteral("ç");
const QString grin = QStringLiteral("😀"); // U+1F600, a surrogate pair in UTF-16

/// 3GPP TS 23.038 §6.2.1 default alphabet, written from the specification's table as
/// (code position, Unicode code point). Positions whose glyph is the ASCII character of the same
/// value are generated; every other one is listed. ESC (0x1B) is not a character.
QList<std::pair<int, char32_t>> specBasicTable()
{
    QList<std::pair<int, char32_t>> table = {
        {0x00, 0x0040}, {0x01, 0x00A3}, {0x02, 0x0024}, {0x03, 0x00A5}, {0x04, 0x00E8}, {0x05, 0x00E9}, {0x06, 0x00F9},
        {0x07, 0x00EC}, {0x08, 0x00F2}, {0x09, 0x00C7}, {0x0A, 0x000A}, {0x0B, 0x00D8}, {0x0C, 0x00F8}, {0x0D, 0x000D},
        {0x0E, 0x00C5}, {0x0F, 0x00E5}, {0x10, 0x0394}, {0x11, 0x005F}, {0x12, 0x03A6}, {0x13, 0x0393}, {0x14, 0x039B},
        {0x15, 0x03A9}, {0x16, 0x03A0}, {0x17, 0x03A8}, {0x18, 0x03A3}, {0x19, 0x0398}, {0x1A, 0x039E}, {0x1C, 0x00C6},
        {0x1D, 0x00E6}, {0x1E, 0x00DF}, {0x1F, 0x00C9}, {0x20, 0x0020}, {0x24, 0x00A4}, {0x40, 0x00A1}, {0x5B, 0x00C4},
        {0x5C, 0x00D6}, {0x5D, 0x00D1}, {0x5E, 0x00DC}, {0x5F, 0x00A7}, {0x60, 0x00BF}, {0x7B, 0x00E4}, {0x7C, 0x00F6},
        {0x7D, 0x00F1}, {0x7E, 0x00FC}, {0x7F, 0x00E0},
    };
    const auto ascii = [&](int from, int to) {
        for (int code = from; code <= to; ++code)
            table.append({code, char32_t(code)});
    };
    ascii(0x21, 0x23); // ! " #
    ascii(0x25, 0x3F); // % & ' ( ) * + , - . / 0-9 : ; < = > ?
    ascii(0x41, 0x5A); // A-Z
    ascii(0x61, 0x7A); // a-z
    return table;
}

/// §6.2.1.1 extension table: (code after ESC, Unicode code point).
QList<std::pair<int, char32_t>> specExtensionTable()
{
    return {{0x0A, 0x000C}, {0x14, 0x005E}, {0x28, 0x007B}, {0x29, 0x007D}, {0x2F, 0x005C},
            {0x3C, 0x005B}, {0x3D, 0x007E}, {0x3E, 0x005D}, {0x40, 0x007C}, {0x65, 0x20AC}};
}

QList<uint> toUints(const QList<char32_t> &codePoints)
{
    QList<uint> values;
    for (const char32_t c : codePoints)
        values.append(uint(c));
    return values;
}

} // namespace

class TestSegmentCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basicTable_data();
    void basicTable();
    void extensionTable_data();
    void extensionTable();
    void notGsm_data();
    void notGsm();
    void tablesHaveNothingElse();
    void count_data();
    void count();
    void countOnSlice();
    void firstOffender_data();
    void firstOffender();
    void offenders_data();
    void offenders();
    void report_data();
    void report();
    void encodingNames();
};

void TestSegmentCounter::basicTable_data()
{
    QTest::addColumn<uint>("codePoint");
    const auto table = specBasicTable();
    QCOMPARE(table.size(), 127);
    for (const auto &[code, codePoint] : table)
        QTest::addRow("0x%02X U+%04X", code, uint(codePoint)) << uint(codePoint);
}

void TestSegmentCounter::basicTable()
{
    QFETCH(uint, codePoint);
    QCOMPARE(GsmAlphabet::kind(codePoint), GsmAlphabet::Kind::Basic);
    const char32_t c = codePoint;
    const SegmentInfo info = SegmentCounter::count(QString::fromUcs4(&c, 1));
    QCOMPARE(info.encoding, SmsEncoding::Gsm7);
    QCOMPARE(info.units, 1);
}

void TestSegmentCounter::extensionTable_data()
{
    QTest::addColumn<uint>("codePoint");
    for (const auto &[code, codePoint] : specExtensionTable())
        QTest::addRow("ESC 0x%02X U+%04X", code, uint(codePoint)) << uint(codePoint);
}

void TestSegmentCounter::extensionTable()
{
    QFETCH(uint, codePoint);
    QCOMPARE(GsmAlphabet::kind(codePoint), GsmAlphabet::Kind::Extension);
    const char32_t c = codePoint;
    const SegmentInfo info = SegmentCounter::count(QString::fromUcs4(&c, 1));
    QCOMPARE(info.encoding, SmsEncoding::Gsm7);
    QCOMPARE(info.characters, 1);
    QCOMPARE(info.units, 2);
}

void TestSegmentCounter::notGsm_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::newRow("NUL") << 0x0000u;
    QTest::newRow("tab") << 0x0009u;
    QTest::newRow("ESC is not a character") << 0x001Bu;
    QTest::newRow("grave accent (ASCII, not GSM)") << 0x0060u;
    QTest::newRow("DEL") << 0x007Fu;
    QTest::newRow("no-break space") << 0x00A0u;
    QTest::newRow("cent sign") << 0x00A2u;
    QTest::newRow("copyright sign") << 0x00A9u;
    QTest::newRow("degree sign") << 0x00B0u;
    QTest::newRow("A with tilde") << 0x00C3u;
    QTest::newRow("E with circumflex") << 0x00CAu;
    QTest::newRow("a with acute") << 0x00E1u;
    QTest::newRow("a with tilde") << 0x00E3u;
    QTest::newRow("c with cedilla (only the capital is GSM)") << 0x00E7u;
    QTest::newRow("i with acute") << 0x00EDu;
    QTest::newRow("o with acute") << 0x00F3u;
    QTest::newRow("u with acute") << 0x00FAu;
    QTest::newRow("Greek capital alpha (looks like A)") << 0x0391u;
    QTest::newRow("Greek capital beta") << 0x0392u;
    QTest::newRow("Greek small alpha") << 0x03B1u;
    QTest::newRow("Greek small gamma") << 0x03B3u;
    QTest::newRow("Greek small delta") << 0x03B4u;
    QTest::newRow("Greek small omega") << 0x03C9u;
    QTest::newRow("Cyrillic capital A") << 0x0410u;
    QTest::newRow("right single quotation mark") << 0x2019u;
    QTest::newRow("em dash") << 0x2014u;
    QTest::newRow("ellipsis") << 0x2026u;
    QTest::newRow("high surrogate") << 0xD83Du;
    QTest::newRow("low surrogate") << 0xDE00u;
    QTest::newRow("replacement character") << 0xFFFDu;
    QTest::newRow("emoji") << 0x1F600u;
}

void TestSegmentCounter::notGsm()
{
    QFETCH(uint, codePoint);
    QCOMPARE(GsmAlphabet::kind(codePoint), GsmAlphabet::Kind::NotGsm);
    QCOMPARE(GsmAlphabet::septets(codePoint), 0);
}

void TestSegmentCounter::tablesHaveNothingElse()
{
    QSet<char32_t> basic;
    for (const auto &entry : specBasicTable())
        basic.insert(entry.second);
    QSet<char32_t> extension;
    for (const auto &entry : specExtensionTable())
        extension.insert(entry.second);
    QCOMPARE(basic.size(), GsmAlphabet::basicCount);
    QCOMPARE(extension.size(), GsmAlphabet::extensionCount);

    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        const GsmAlphabet::Kind expected = basic.contains(c) ? GsmAlphabet::Kind::Basic
            : extension.contains(c)                          ? GsmAlphabet::Kind::Extension
                                                             : GsmAlphabet::Kind::NotGsm;
        if (GsmAlphabet::kind(c) != expected)
            QFAIL(qPrintable(QStringLiteral("U+%1 is classified wrongly").arg(uint(c), 4, 16, QLatin1Char('0'))));
    }
}

void TestSegmentCounter::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SmsEncoding>("encoding");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("perSegment");

    const auto gsm = SmsEncoding::Gsm7;
    const auto ucs = SmsEncoding::Ucs2;

    QTest::newRow("empty") << QString() << gsm << 0 << 0 << 0 << 160 << 160;
    QTest::newRow("one char") << QStringLiteral("a") << gsm << 1 << 1 << 1 << 159 << 160;
    QTest::newRow("gsm 160: one part full") << as(160) << gsm << 160 << 160 << 1 << 0 << 160;
    // Beyond 160 every part holds 153: 2 × 153 = 306, 3 × 153 = 459.
    QTest::newRow("gsm 161: two parts") << as(161) << gsm << 161 << 161 << 2 << 145 << 153;
    QTest::newRow("gsm 306: two parts full") << as(306) << gsm << 306 << 306 << 2 << 0 << 153;
    QTest::newRow("gsm 307: three parts") << as(307) << gsm << 307 << 307 << 3 << 152 << 153;
    QTest::newRow("gsm 459: three parts full") << as(459) << gsm << 459 << 459 << 3 << 0 << 153;
    QTest::newRow("gsm 460: four parts") << as(460) << gsm << 460 << 460 << 4 << 152 << 153;

    // Extension characters cost 2 septets.
    QTest::newRow("158 + euro = 160 septets") << as(158) + euro << gsm << 159 << 160 << 1 << 0 << 160;
    QTest::newRow("159 + euro = 161 septets") << as(159) + euro << gsm << 160 << 161 << 2 << 145 << 153;
    QTest::newRow("159 + caret = 161 septets") << as(159) + caret << gsm << 160 << 161 << 2 << 145 << 153;
    QTest::newRow("80 carets = 160 septets") << repeat(caret, 80) << gsm << 80 << 160 << 1 << 0 << 160;
    // 76 carets fill 152 septets; the 77th would straddle 153, so it opens part 2 (5 carets = 10).
    QTest::newRow("81 carets never split") << repeat(caret, 81) << gsm << 81 << 162 << 2 << 143 << 153;
    // 152 + ESC pair would straddle the 153 boundary: the euro moves to part 2, which is then
    // full after 151 more, and the last "a" needs a third part (plain ceil(306/153) says 2).
    QTest::newRow("euro straddling 153 needs a 3rd part")
        << as(152) + euro + as(152) << gsm << 305 << 306 << 3 << 152 << 153;
    QTest::newRow("euro ending exactly at 153") << as(151) + euro + as(153) << gsm << 305 << 306 << 2 << 0 << 153;
    QTest::newRow("euro opening part 2") << as(152) + euro + as(8) << gsm << 161 << 162 << 2 << 143 << 153;
    QTest::newRow("form feed is 2 septets") << QStringLiteral("\f") << gsm << 1 << 2 << 1 << 158 << 160;
    QTest::newRow("whole extension table") << QStringLiteral("\f^{}\\[~]|€") << gsm << 10 << 20 << 1 << 140 << 160;

    QTest::newRow("LF and CR are GSM") << QStringLiteral("a\nb\r\nc") << gsm << 6 << 6 << 1 << 154 << 160;
    QTest::newRow("Greek capitals in GSM") << QStringLiteral("ΔΦΓΛΩΠΨΣΘΞ") << gsm << 10 << 10 << 1 << 150 << 160;
    QTest::newRow("Greek lowercase forces UCS-2") << QStringLiteral("αβγ") << ucs << 3 << 3 << 1 << 67 << 70;
    QTest::newRow("capital C cedilla is GSM") << QStringLiteral("Ç") << gsm << 1 << 1 << 1 << 159 << 160;
    QTest::newRow("small c cedilla forces UCS-2") << cCedilla << ucs << 1 << 1 << 1 << 69 << 70;
    QTest::newRow("grave accent forces UCS-2") << QStringLiteral("`") << ucs << 1 << 1 << 1 << 69 << 70;
    QTest::newRow("tab forces UCS-2") << QStringLiteral("\t") << ucs << 1 << 1 << 1 << 69 << 70;
    QTest::newRow("smart apostrophe forces UCS-2") << QStringLiteral("It’s") << ucs << 4 << 4 << 1 << 66 << 70;

    // UCS-2: 70 in one part, 67 per part beyond (2 × 67 = 134).
    QTest::newRow("ucs2 70: one part full") << cCedilla + as(69) << ucs << 70 << 70 << 1 << 0 << 70;
    QTest::newRow("ucs2 71: two parts") << cCedilla + as(70) << ucs << 71 << 71 << 2 << 63 << 67;
    QTest::newRow("ucs2 134: two parts full") << cCedilla + as(133) << ucs << 134 << 134 << 2 << 0 << 67;
    QTest::newRow("ucs2 135: three parts") << cCedilla + as(134) << ucs << 135 << 135 << 3 << 66 << 67;
    // Once the body is UCS-2 the euro is one UTF-16 unit, not an ESC pair.
    QTest::newRow("euro is 1 unit in UCS-2") << repeat(euro, 69) + cCedilla << ucs << 70 << 70 << 1 << 0 << 70;
    QTest::newRow("80 euros + c cedilla") << repeat(euro, 80) + cCedilla << ucs << 81 << 81 << 2 << 53 << 67;

    // Characters beyond the BMP are a surrogate pair: 1 character, 2 units.
    QTest::newRow("one emoji") << grin << ucs << 1 << 2 << 1 << 68 << 70;
    QTest::newRow("35 emoji = 70 units") << repeat(grin, 35) << ucs << 35 << 70 << 1 << 0 << 70;
    // 33 emoji fill 66 units; the 34th would straddle 67, so part 1 holds 33 and part 2 three.
    QTest::newRow("36 emoji never split") << repeat(grin, 36) << ucs << 36 << 72 << 2 << 61 << 67;
    QTest::newRow("emoji straddling 67 needs a 3rd part")
        << as(66) + grin + as(66) << ucs << 133 << 134 << 3 << 66 << 67;
    QTest::newRow("emoji ending exactly at 67") << as(65) + grin + as(67) << ucs << 133 << 134 << 2 << 0 << 67;
    QTest::newRow("emoji + euro") << grin + euro << ucs << 2 << 3 << 1 << 67 << 70;

    // Broken UTF-16 (lone surrogates) is counted unit by unit and forces UCS-2.
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << ucs << 1 << 1 << 1 << 69 << 70;
    QTest::newRow("lone low surrogate + a")
        << QString(QChar(0xDE00)) + QLatin1Char('a') << ucs << 2 << 2 << 1 << 68 << 70;
    QTest::newRow("reversed surrogates are 2 characters")
        << QString(QChar(0xDE00)) + QChar(0xD83D) << ucs << 2 << 2 << 1 << 68 << 70;

    QString basic;
    for (const auto &entry : specBasicTable())
        basic.append(QString::fromUcs4(&entry.second, 1));
    QTest::newRow("whole basic table") << basic << gsm << 127 << 127 << 1 << 33 << 160;
}

void TestSegmentCounter::count()
{
    QFETCH(QString, text);
    QFETCH(SmsEncoding, encoding);
    QFETCH(int, characters);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, remaining);
    QFETCH(int, perSegment);

    const SegmentInfo info = SegmentCounter::count(text);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.characters, characters);
    QCOMPARE(info.units, units);
    QCOMPARE(info.segments, segments);
    QCOMPARE(info.remaining, remaining);
    QCOMPARE(info.unitsPerSegment, perSegment);
    QCOMPARE(info.isEmpty(), characters == 0);
    QCOMPARE(info.hasOffender(), encoding == SmsEncoding::Ucs2);
}

void TestSegmentCounter::countOnSlice()
{
    // A view into a larger string counts only its own characters.
    const QString text = QStringLiteral("ç") + as(10) + QStringLiteral("’");
    const SegmentInfo info = SegmentCounter::count(QStringView(text).mid(1, 10));
    QCOMPARE(info.encoding, SmsEncoding::Gsm7);
    QCOMPARE(info.characters, 10);
    QCOMPARE(info.units, 10);
}

void TestSegmentCounter::firstOffender_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("position");

    QTest::newRow("empty") << QString() << 0u << -1 << 0;
    QTest::newRow("GSM with extension chars") << QStringLiteral("Hello {world} €") << 0u << -1 << 0;
    QTest::newRow("at the start") << QStringLiteral("’abc") << 0x2019u << 0 << 1;
    QTest::newRow("quote at position 37") << as(36) + QStringLiteral("’") + as(113) << 0x2019u << 36 << 37;
    QTest::newRow("emoji before a quote") << QStringLiteral("ab😀c’") << 0x1F600u << 2 << 3;
    QTest::newRow("after extension chars") << QStringLiteral("€{ç") << 0xE7u << 2 << 3;
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD83D) << 0xD83Du << 1 << 2;
}

void TestSegmentCounter::firstOffender()
{
    QFETCH(QString, text);
    QFETCH(uint, codePoint);
    QFETCH(int, index);
    QFETCH(int, position);

    const SegmentInfo info = SegmentCounter::count(text);
    QCOMPARE(uint(info.firstOffender), codePoint);
    QCOMPARE(info.firstOffenderIndex, index);
    QCOMPARE(info.firstOffenderPosition(), position);
    const char32_t c = codePoint;
    QCOMPARE(info.firstOffenderText(), codePoint == 0 ? QString() : QString::fromUcs4(&c, 1));
}

void TestSegmentCounter::offenders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<uint>>("expected");

    QTest::newRow("none") << QStringLiteral("Hello {world} €") << QList<uint> {};
    QTest::newRow("typographic, in order")
        << QStringLiteral("“Hi” – it’s…") << QList<uint> {0x201C, 0x201D, 0x2013, 0x2019, 0x2026};
    QTest::newRow("repeated once") << QStringLiteral("ççç") << QList<uint> {0xE7};
    QTest::newRow("emoji once") << QStringLiteral("😀a😀") << QList<uint> {0x1F600};
    QTest::newRow("mixed") << QStringLiteral("ç😀ç") << QList<uint> {0xE7, 0x1F600};
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD83D) + QLatin1Char('b') << QList<uint> {0xD83D};
}

void TestSegmentCounter::offenders()
{
    QFETCH(QString, text);
    QFETCH(QList<uint>, expected);
    QCOMPARE(toUints(SegmentCounter::offenders(text)), expected);
}

void TestSegmentCounter::report_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SmsEncoding>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<SmsEncoding>("fixedEncoding");
    QTest::addColumn<int>("fixedSegments");
    QTest::addColumn<int>("replacements");
    QTest::addColumn<bool>("fixMakesGsm7");

    const auto gsm = SmsEncoding::Gsm7;
    const auto ucs = SmsEncoding::Ucs2;
    // 150 UCS-2 units = 3 parts of 67; 150 septets fit one GSM part.
    QTest::newRow("quote at 37: 3 segments instead of 1")
        << as(36) + QStringLiteral("’") + as(113) << ucs << 3 << gsm << 1 << 1 << true;
    // 159 UCS-2 units = 3 parts; the fix writes "..." so 161 septets = 2 parts.
    QTest::newRow("ellipsis grows to three dots") << as(158) + QStringLiteral("…") << ucs << 3 << gsm << 2 << 1 << true;
    QTest::newRow("emoji stays UCS-2") << QStringLiteral("😀 it’s") << ucs << 1 << ucs << 1 << 1 << false;
    QTest::newRow("accent cannot be fixed") << QStringLiteral("Olá") << ucs << 1 << ucs << 1 << 0 << false;
    QTest::newRow("plain GSM") << QStringLiteral("Hello") << gsm << 1 << gsm << 1 << 0 << false;
    QTest::newRow("empty") << QString() << gsm << 0 << gsm << 0 << 0 << false;
}

void TestSegmentCounter::report()
{
    QFETCH(QString, text);
    QFETCH(SmsEncoding, encoding);
    QFETCH(int, segments);
    QFETCH(SmsEncoding, fixedEncoding);
    QFETCH(int, fixedSegments);
    QFETCH(int, replacements);
    QFETCH(bool, fixMakesGsm7);

    const EncodingReport report = SegmentCounter::report(text);
    QCOMPARE(report.info.encoding, encoding);
    QCOMPARE(report.info.segments, segments);
    QCOMPARE(report.fixed.encoding, fixedEncoding);
    QCOMPARE(report.fixed.segments, fixedSegments);
    QCOMPARE(report.replacements, replacements);
    QCOMPARE(report.fixMakesGsm7(), fixMakesGsm7);
    QCOMPARE(report.offenders, SegmentCounter::offenders(text));
}

void TestSegmentCounter::encodingNames()
{
    QCOMPARE(smsEncodingName(SmsEncoding::Gsm7), QStringLiteral("GSM-7"));
    QCOMPARE(smsEncodingName(SmsEncoding::Ucs2), QStringLiteral("UCS-2"));
    QCOMPARE(smsEncodingFromName(u"GSM-7"), SmsEncoding::Gsm7);
    QCOMPARE(smsEncodingFromName(u"ucs-2"), SmsEncoding::Ucs2);
    QCOMPARE(smsEncodingFromName(u"GSM"), std::nullopt);
    QCOMPARE(smsEncodingFromName(u"UTF-8"), std::nullopt);
    QCOMPARE(smsEncodingFromName(u""), std::nullopt);
}

SMSROUTER_TEST(TestSegmentCounter)
#include "testsegmentcounter.moc"

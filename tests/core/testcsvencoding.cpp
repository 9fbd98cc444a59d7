// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csv/csvencoding.h"
#include "testprogram.h"

#include <QStringDecoder>
#include <QTest>

namespace {

template<size_t N>
QByteArray rawBytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

} // namespace

class TestCsvEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodersAvailable_data();
    void decodersAvailable();
    void detect_data();
    void detect();
    void scanUtf8_data();
    void scanUtf8();
    void endsInsideUtf8Character_data();
    void endsInsideUtf8Character();
    void binaryFormat();
};

void TestCsvEncoding::decodersAvailable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    // windows-1252 differs from Latin-1 in 0x80–0x9F; Debian's Qt decodes it through ICU.
    QTest::newRow("windows-1252") << QStringLiteral("windows-1252") << rawBytes("\x80\x8a\x9c\xe9")
                                  << QString::fromUtf8("€Šœé");
    QTest::newRow("ISO-8859-1") << QStringLiteral("ISO-8859-1") << rawBytes("\xe9") << QString::fromUtf8("é");
    QTest::newRow("windows-1255") << QStringLiteral("windows-1255") << rawBytes("\xf9") << QString::fromUtf8("ש");
    QTest::newRow("windows-1251") << QStringLiteral("windows-1251") << rawBytes("\xcf") << QString::fromUtf8("П");
}

void TestCsvEncoding::decodersAvailable()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    QStringDecoder decoder(name.toLatin1().constData());
    QVERIFY2(decoder.isValid(), "this Qt has no ICU codecs: CsvReader needs them for windows-* encodings");
    QCOMPARE(decoder.decode(input), expected);
}

void TestCsvEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("bom");
    QTest::addColumn<bool>("tentative");

    QTest::newRow("UTF-8 BOM") << rawBytes("\xEF\xBB\xBF"
                                           "a")
                               << true << CsvEncoding::utf8() << 3 << false;
    QTest::newRow("UTF-16LE BOM") << rawBytes("\xFF\xFE"
                                              "a\0")
                                  << true << CsvEncoding::utf16le() << 2 << false;
    QTest::newRow("UTF-16BE BOM") << rawBytes("\xFE\xFF\0a") << true << CsvEncoding::utf16be() << 2 << false;
    QTest::newRow("UTF-16LE NULs") << rawBytes("a\0,\0b\0\n\0") << true << CsvEncoding::utf16le() << 0 << false;
    QTest::newRow("UTF-16BE NULs") << rawBytes("\0a\0,\0b\0\n") << true << CsvEncoding::utf16be() << 0 << false;
    QTest::newRow("UTF-8") << rawBytes("Jos\xc3\xa9") << false << CsvEncoding::utf8() << 0 << false;
    QTest::newRow("UTF-8 cut at sample end")
        << rawBytes("Jos\xc3\xa9 \xc3") << false << CsvEncoding::utf8() << 0 << false;
    QTest::newRow("ASCII sample") << rawBytes("a,b\n") << false << CsvEncoding::utf8() << 0 << true;
    QTest::newRow("ASCII whole file") << rawBytes("a,b\n") << true << CsvEncoding::utf8() << 0 << false;
    QTest::newRow("empty") << QByteArray() << true << CsvEncoding::utf8() << 0 << false;
    QTest::newRow("windows-1252") << rawBytes("Jos\xe9 x") << false << CsvEncoding::windows1252() << 0 << false;
    QTest::newRow("windows-1252, last byte") << rawBytes("Jos\xe9") << true << CsvEncoding::windows1252() << 0 << false;
    QTest::newRow("last byte of a sample: undecided")
        << rawBytes("Jos\xe9") << false << CsvEncoding::utf8() << 0 << true;
    QTest::newRow("one stray NUL is not UTF-16")
        << rawBytes("abcdefgh\0ijklmno") << true << CsvEncoding::utf8() << 0 << false;
}

void TestCsvEncoding::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, wholeFile);
    QFETCH(QString, name);
    QFETCH(int, bom);
    QFETCH(bool, tentative);

    const CsvEncoding::Detection detection = CsvEncoding::detect(sample, wholeFile);
    QCOMPARE(detection.name, name);
    QCOMPARE(detection.bomLength, qsizetype(bom));
    QCOMPARE(detection.tentative, tentative);
}

void TestCsvEncoding::scanUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("invalid");
    QTest::addColumn<bool>("multiByte");
    QTest::addColumn<bool>("truncated");

    QTest::newRow("ASCII") << rawBytes("plain text 12345678") << false << false << false;
    QTest::newRow("two-byte") << rawBytes("\xc3\xa9") << false << true << false;
    QTest::newRow("three-byte") << rawBytes("\xe2\x82\xac") << false << true << false;
    QTest::newRow("four-byte") << rawBytes("\xf0\x9f\x98\x80") << false << true << false;
    QTest::newRow("truncated") << rawBytes("abc\xe2\x82") << false << false << true;
    QTest::newRow("lone continuation") << rawBytes("\x80") << true << false << false;
    QTest::newRow("overlong") << rawBytes("\xc0\xaf") << true << false << false;
    QTest::newRow("overlong three-byte") << rawBytes("\xe0\x80\xaf") << true << false << false;
    QTest::newRow("surrogate") << rawBytes("\xed\xa0\x80") << true << false << false;
    QTest::newRow("above U+10FFFF") << rawBytes("\xf4\x90\x80\x80") << true << false << false;
    QTest::newRow("windows-1252 e-acute") << rawBytes("Jos\xe9 x") << true << false << false;
}

void TestCsvEncoding::scanUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, invalid);
    QFETCH(bool, multiByte);
    QFETCH(bool, truncated);

    const CsvEncoding::Utf8Scan scan = CsvEncoding::scanUtf8(data);
    QCOMPARE(scan.invalid, invalid);
    QCOMPARE(scan.multiByte, multiByte);
    QCOMPARE(scan.truncatedTail, truncated);
}

void TestCsvEncoding::endsInsideUtf8Character_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<bool>("inside");

    QTest::newRow("ASCII") << rawBytes("ab\n") << false;
    QTest::newRow("complete") << rawBytes("a\xc3\xa9") << false;
    QTest::newRow("complete four-byte") << rawBytes("\xf0\x9f\x98\x80") << false;
    QTest::newRow("lead only") << rawBytes("ab\xc3") << true;
    QTest::newRow("three of four") << rawBytes("a\xf0\x9f\x98") << true;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCsvEncoding::endsInsideUtf8Character()
{
    QFETCH(QByteArray, tail);
    QFETCH(bool, inside);
    QCOMPARE(CsvEncoding::endsInsideUtf8Character(tail), inside);
}

void TestCsvEncoding::binaryFormat()
{
    QVERIFY(CsvEncoding::binaryFormat(rawBytes("PK\x03\x04rest")).contains(QLatin1String(".xlsx")));
    QVERIFY(CsvEncoding::binaryFormat(rawBytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")).contains(QLatin1String(".xls")));
    QVERIFY(CsvEncoding::binaryFormat(rawBytes("%PDF-1.4")).contains(QLatin1String("PDF")));
    QVERIFY(CsvEncoding::binaryFormat(rawBytes("phone,name\n")).isEmpty());
    QVERIFY(CsvEncoding::binaryFormat(rawBytes("PK")).isEmpty());
}

SMSROUTER_TEST(TestCsvEncoding)
#include "testcsvencoding.moc"

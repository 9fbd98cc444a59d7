// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvtesting.h"
#include "testprogram.h"

#include <QBuffer>
#include <QTest>

#include <cstring>

using namespace CsvTesting;

namespace {

/// Every table runs with these chunk sizes, so each CRLF, doubled quote, multi-byte UTF-8
/// character and UTF-16 code unit of the inputs is split across reads somewhere.
const QList<qsizetype> chunkSizes = {1, 2, 3, 7, 256 * 1024};

/// A device that fails after `failAt` bytes, like a file on a vanished network share.
class FailingDevice final : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 failAt)
        : m_data(std::move(data))
        , m_failAt(failAt)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pos >= m_failAt) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = qMin(maxSize, m_failAt - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_failAt;
    qint64 m_pos = 0;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void encodings_data();
    void encodings();
    void sniffing_data();
    void sniffing();
    void sniffErrors_data();
    void sniffErrors();
    void recordTooLong();
    void longFileThroughSmallSample();
    void nextWithoutSniff();
    void readError();
    void progress();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("expected");

    const QString detect;
    const QString utf8 = QStringLiteral("UTF-8");
    // clang-format off
    QTest::newRow("LF") << bytes("a,b\nc,d\n") << false << detect << lines({"1:a|b", "2:c|d"});
    QTest::newRow("CRLF") << bytes("a,b\r\nc,d\r\n") << false << detect << lines({"1:a|b", "2:c|d"});
    QTest::newRow("lone CR (old Mac)") << bytes("a,b\rc,d\r") << false << detect << lines({"1:a|b", "2:c|d"});
    QTest::newRow("mixed terminators") << bytes("a,b\r\nc,d\re,f\ng,h") << false << detect << lines({"1:a|b", "2:c|d", "3:e|f", "4:g|h"});
    QTest::newRow("no final terminator") << bytes("a,b\nc,d") << false << detect << lines({"1:a|b", "2:c|d"});
    QTest::newRow("final lone CR") << bytes("a,b\r") << false << detect << lines({"1:a|b"});
    QTest::newRow("quoted delimiter") << bytes("\"a,1\",b\nc,d\n") << false << detect << lines({"1:a,1|b", "2:c|d"});
    QTest::newRow("doubled quotes") << bytes("\"say \"\"hi\"\"\",x\n") << false << detect << lines({"1:say \"hi\"|x"});
    QTest::newRow("only doubled quotes") << bytes("\"\"\"\"\"\",x\n") << false << detect << lines({"1:\"\"|x"});
    QTest::newRow("empty quoted field") << bytes("\"\",x\n") << false << detect << lines({"1:|x"});
    QTest::newRow("quoted at end of file") << bytes("a,\"b\"") << false << detect << lines({"1:a|b"});
    QTest::newRow("embedded LF") << bytes("\"l1\nl2\",x\ny,z\n") << false << detect << lines({"1:l1\nl2|x", "3:y|z"});
    QTest::newRow("embedded CRLF") << bytes("\"l1\r\nl2\",x\r\ny,z\r\n") << false << detect << lines({"1:l1\r\nl2|x", "3:y|z"});
    QTest::newRow("embedded CR") << bytes("\"l1\rl2\",x\ry,z\r") << false << detect << lines({"1:l1\rl2|x", "3:y|z"});
    QTest::newRow("embedded blank line") << bytes("\"a\n\nb\",x\ny,z\n") << false << detect << lines({"1:a\n\nb|x", "4:y|z"});
    QTest::newRow("lone CR then quote") << bytes("a,b\r\"c\",d\r") << false << detect << lines({"1:a|b", "2:c|d"});
    QTest::newRow("blank lines counted") << bytes("a,b\n\n\r\n\rc,d\n") << false << detect << lines({"1:a|b", "5:c|d"});
    QTest::newRow("leading blank lines") << bytes("\n\na,b\n") << false << detect << lines({"3:a|b"});
    QTest::newRow("Excel empty rows") << bytes("a,b\n,\n  , \nc,d\n") << false << detect << lines({"1:a|b", "4:c|d"});
    QTest::newRow("empty file") << QByteArray() << false << detect << QStringList();
    QTest::newRow("only blank lines") << bytes("\n\r\n\n") << false << detect << QStringList();
    QTest::newRow("trailing delimiter on every row") << bytes("a,b,\nc,d,\n") << false << detect << lines({"1:a|b|", "2:c|d|"});
    QTest::newRow("quote inside unquoted field is literal") << bytes("5\" screen,x\nAna \"Bebe\" Silva,y\n") << false << detect << lines({"1:5\" screen|x", "2:Ana \"Bebe\" Silva|y"});
    QTest::newRow("spaces after closing quote") << bytes("\"a\" ,b\n") << false << detect << lines({"1:a|b"});
    QTest::newRow("sep= line skipped") << bytes("sep=;\na,b\n") << false << detect << lines({"2:a|b"});
    QTest::newRow("unterminated quote") << bytes("a,b\nc,\"d\ne,f\n") << false << detect << lines({"1:a|b", "2!unterminated_quote", "3:e|f"});
    QTest::newRow("unterminated quote on last line") << bytes("a,b\nc,\"d") << false << detect << lines({"1:a|b", "2!unterminated_quote"});
    QTest::newRow("doubled quote at end of file") << bytes("a,\"b\"\"") << false << detect << lines({"1!unterminated_quote"});
    QTest::newRow("quote runs into next record") << bytes("a,\"b\nc,\"d\"\ne,f\n") << false << detect << lines({"1!unterminated_quote", "2:c|d", "3:e|f"});
    QTest::newRow("text after quote") << bytes("a,b\n\"c\"x,d\ne,f\n") << false << detect << lines({"1:a|b", "2!text_after_quote", "3:e|f"});
    QTest::newRow("text after quote on a later line") << bytes("\"a\nb\"c,d\ne,f\n") << false << detect << lines({"1!unterminated_quote", "2:b\"c|d", "3:e|f"});
    QTest::newRow("field count") << bytes("a,b\nc\nd,e,f\ng,h\n") << false << detect << lines({"1:a|b", "2!field_count", "3!field_count", "4:g|h"});
    QTest::newRow("field count after multi-line record") << bytes("\"x\ny\",b\nc\nd,e\n") << false << detect << lines({"1:x\ny|b", "3!field_count", "4:d|e"});
    QTest::newRow("extra empty fields accepted") << bytes("a,b\nc,d,,\n") << false << detect << lines({"1:a|b", "2:c|d"});
    QTest::newRow("header skipped") << bytes("phone,name\n1,Ana\n") << true << detect << lines({"2:1|Ana"});
    QTest::newRow("header: extra empty fields") << bytes("phone,name\n1,Ana,\n2,Bea, ,\n") << true << detect << lines({"2:1|Ana", "3:2|Bea"});
    QTest::newRow("header: unnamed columns padded") << bytes("phone,name,,\n1,Ana\n2,Bea,x,\n") << true << detect << lines({"2:1|Ana||", "3:2|Bea|x|"});
    QTest::newRow("header: named column missing") << bytes("phone,name\n1\n2,Bea\n") << true << detect << lines({"2!field_count", "3:2|Bea"});
    QTest::newRow("header after blank lines") << bytes("\n\nphone,name\n1,Ana\n") << true << detect << lines({"4:1|Ana"});
    QTest::newRow("header after a bad line") << bytes("\"x\nphone,name\n1,Ana\n") << true << detect << lines({"1!unterminated_quote", "3:1|Ana"});
    QTest::newRow("invalid UTF-8") << bytes("a,b\nc\xff,d\ne,f\n") << false << utf8 << lines({"1:a|b", "2!invalid_bytes", "3:e|f"});
    QTest::newRow("invalid UTF-8 in multi-line field") << bytes("\"a\n\xff\",b\nc,d\n") << false << utf8 << lines({"1!invalid_bytes", "3:c|d"});
    QTest::newRow("overlong UTF-8") << bytes("a,\xc0\xaf\nc,d\n") << false << utf8 << lines({"1!invalid_bytes", "2:c|d"});
    QTest::newRow("UTF-8 surrogate") << bytes("a,\xed\xa0\x80\nc,d\n") << false << utf8 << lines({"1!invalid_bytes", "2:c|d"});
    QTest::newRow("UTF-8 cut at end of file") << bytes("a,b\nc,\xc3") << false << utf8 << lines({"1:a|b", "2!invalid_bytes"});
    QTest::newRow("UTF-8 cut after last line") << bytes("a,b\n\xe2\x82") << false << utf8 << lines({"1:a|b", "2!invalid_bytes"});
    // clang-format on
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, header);
    QFETCH(QString, encoding);
    QFETCH(QStringList, expected);

    for (const qsizetype sniffBytes : {qsizetype(3), qsizetype(64 * 1024)}) {
        for (const qsizetype chunk : chunkSizes) {
            CsvOptions options;
            options.delimiter = QLatin1Char(',');
            options.hasHeader = header;
            options.encoding = encoding;
            options.chunkSize = chunk;
            options.sniffBytes = sniffBytes;
            const Read read = readBytes(input, options);
            QVERIFY2(read.sniff.ok(), qPrintable(read.sniff.ok() ? QString() : read.sniff.errorMessage()));
            COMPARE_RECORDS(read.records, expected, QStringLiteral("chunk %1, sniff %2").arg(chunk).arg(sniffBytes));
        }
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("sniffBytes");
    QTest::addColumn<QString>("sniffed");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("atEnd");
    QTest::addColumn<QStringList>("expected");

    const QString detect;
    const QString utf8 = QStringLiteral("UTF-8");
    const QString le = QStringLiteral("UTF-16LE");
    const QString be = QStringLiteral("UTF-16BE");
    const QString cp1252 = QStringLiteral("windows-1252");
    const int all = 64 * 1024;
    const char *mixed = "Ana,+351 912\nZoë,😀\n";
    const QStringList mixedRecords = lines({"1:Ana|+351 912", "2:Zoë|😀"});
    // clang-format off
    QTest::newRow("UTF-8 BOM") << bytes("\xEF\xBB\xBFJosé,1\n") << detect << all << utf8 << true << utf8 << lines({"1:José|1"});
    QTest::newRow("UTF-8 BOM only") << bytes("\xEF\xBB\xBF") << detect << all << utf8 << true << utf8 << QStringList();
    QTest::newRow("UTF-8 without BOM") << bytes("José,1\nZoë,2\n") << detect << all << utf8 << false << utf8 << lines({"1:José|1", "2:Zoë|2"});
    QTest::newRow("UTF-8 four-byte character") << bytes("😀,1\n") << detect << all << utf8 << false << utf8 << lines({"1:😀|1"});
    QTest::newRow("UTF-8 holding U+FFFD itself") << bytes("Jo\xEF\xBF\xBDo,1\n") << detect << all << utf8 << false << utf8 << lines({"1:Jo\xEF\xBF\xBDo|1"});
    QTest::newRow("UTF-8 BOM, U+FFFD itself") << bytes("\xEF\xBB\xBF" "\xEF\xBF\xBD,1\n") << detect << all << utf8 << true << utf8 << lines({"1:\xEF\xBF\xBD|1"});
    QTest::newRow("UTF-8 BOM, then a windows-1252 byte") << bytes("\xEF\xBB\xBF" "a,b\nJos\xe9,1\n") << detect << all << utf8 << true << utf8 << lines({"1:a|b", "2!invalid_bytes"});
    QTest::newRow("windows-1252 detected") << bytes("Jos\xe9,\x80 5\nFran\xe7ois,\x9c\n") << detect << all << cp1252 << false << cp1252 << lines({"1:José|€ 5", "2:François|œ"});
    QTest::newRow("ISO-8859-1 named") << bytes("\x80,\xe9\n") << QStringLiteral("ISO-8859-1") << all << QStringLiteral("ISO-8859-1") << false << QStringLiteral("ISO-8859-1") << lines({"1:\xc2\x80|é"});
    QTest::newRow("windows-1252 named on UTF-8 bytes") << bytes("Jos\xc3\xa9,1\n") << cp1252 << all << cp1252 << false << cp1252 << lines({"1:JosÃ©|1"});
    QTest::newRow("UTF-8 named strips its BOM") << bytes("\xEF\xBB\xBF" "a,b\n") << QStringLiteral("utf-8") << all << utf8 << true << utf8 << lines({"1:a|b"});
    QTest::newRow("UTF-16LE BOM") << encode(mixed, QStringConverter::Utf16LE, true) << detect << all << le << true << le << mixedRecords;
    QTest::newRow("UTF-16BE BOM") << encode(mixed, QStringConverter::Utf16BE, true) << detect << all << be << true << be << mixedRecords;
    QTest::newRow("UTF-16LE without BOM") << encode(mixed, QStringConverter::Utf16LE, false) << detect << all << le << false << le << mixedRecords;
    QTest::newRow("UTF-16BE without BOM") << encode(mixed, QStringConverter::Utf16BE, false) << detect << all << be << false << be << mixedRecords;
    QTest::newRow("UTF-16LE named strips its BOM") << encode(mixed, QStringConverter::Utf16LE, true) << le << all << le << true << le << mixedRecords;
    QTest::newRow("UTF-16LE odd byte at end") << QByteArray(encode("a,b\n", QStringConverter::Utf16LE, true) + 'x') << detect << all << le << true << le << lines({"1:a|b", "2!invalid_bytes"});
    QTest::newRow("UTF-16LE lone surrogate") << bytes("\xFF\xFE" "a\0,\0\x00\xD8\n\0c\0,\0d\0\n\0") << detect << all << le << true << le << lines({"1!invalid_bytes", "2:c|d"});
    QTest::newRow("windows-1255 named (Hebrew)") << bytes("\xf9\xec\xe5\xed,1\n") << QStringLiteral("windows-1255") << all << QStringLiteral("windows-1255") << false << QStringLiteral("windows-1255") << lines({"1:שלום|1"});
    QTest::newRow("windows-1251 named (Cyrillic)") << bytes("\xcf\xf0\xe8\xe2\xe5\xf2,1\n") << QStringLiteral("windows-1251") << all << QStringLiteral("windows-1251") << false << QStringLiteral("windows-1251") << lines({"1:Привет|1"});
    QTest::newRow("macintosh named") << bytes("\x8e,1\n") << QStringLiteral("macroman") << all << QStringLiteral("macintosh") << false << QStringLiteral("macintosh") << lines({"1:é|1"});
    QTest::newRow("ASCII sample, windows-1252 later") << bytes("aaaa,bbbb\ncccc,d\xe9\n") << detect << 8 << utf8 << false << cp1252 << lines({"1:aaaa|bbbb", "2:cccc|dé"});
    QTest::newRow("ASCII sample, UTF-8 later") << bytes("aaaa,bbbb\ncccc,d\xc3\xa9\n") << detect << 8 << utf8 << false << utf8 << lines({"1:aaaa|bbbb", "2:cccc|dé"});
    QTest::newRow("ASCII sample, cut UTF-8 lead at end") << bytes("aaaa,bbbb\ncccc,d\xc3") << detect << 8 << utf8 << false << cp1252 << lines({"1:aaaa|bbbb", "2:cccc|dÃ"});
    // clang-format on
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(int, sniffBytes);
    QFETCH(QString, sniffed);
    QFETCH(bool, bom);
    QFETCH(QString, atEnd);
    QFETCH(QStringList, expected);

    for (const qsizetype chunk : chunkSizes) {
        CsvOptions options;
        options.encoding = encoding;
        options.delimiter = QLatin1Char(',');
        options.hasHeader = false;
        options.chunkSize = chunk;
        options.sniffBytes = sniffBytes;
        const Read read = readBytes(input, options);
        QVERIFY2(read.sniff.ok(), qPrintable(read.sniff.ok() ? QString() : read.sniff.errorMessage()));
        QCOMPARE(read.sniff->encoding, sniffed);
        QCOMPARE(read.sniff->bom, bom);
        QCOMPARE(read.encodingAtEnd, atEnd);
        COMPARE_RECORDS(read.records, expected, QStringLiteral("chunk %1").arg(chunk));
    }
}

void TestCsvReader::sniffing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiterOption");
    QTest::addColumn<int>("headerOption"); // -1 detect
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("previewRows");
    QTest::addColumn<QStringList>("expected");

    const QString sniff;
    const QString comma = QStringLiteral(",");
    const QString semicolon = QStringLiteral(";");
    // clang-format off
    QTest::newRow("comma, header") << bytes("phone,name\n+351912345678,Ana\n+351912345679,Bea\n") << sniff << -1 << comma << true << lines({"phone", "name"}) << 2 << lines({"2:+351912345678|Ana", "3:+351912345679|Bea"});
    QTest::newRow("semicolon, decimal commas") << bytes("Nome;Saldo;Telemóvel\nAna;12,50;912345678\nBea;3,10;936543210\n") << sniff << -1 << semicolon << true << lines({"Nome", "Saldo", "Telemóvel"}) << 2 << lines({"2:Ana|12,50|912345678", "3:Bea|3,10|936543210"});
    QTest::newRow("semicolon, decimal commas, no header") << bytes("Ana;12,50;912345678\nBea;3,10;936543210\n") << sniff << -1 << semicolon << false << QStringList() << 2 << lines({"1:Ana|12,50|912345678", "2:Bea|3,10|936543210"});
    QTest::newRow("tab") << bytes("phone\tname\n+351912345678\tSilva, Ana\n") << sniff << -1 << QStringLiteral("\t") << true << lines({"phone", "name"}) << 1 << lines({"2:+351912345678|Silva, Ana"});
    QTest::newRow("pipe, no header") << bytes("+351912345678|Ana\n+351912345679|Bea\n") << sniff << -1 << QStringLiteral("|") << false << QStringList() << 2 << lines({"1:+351912345678|Ana", "2:+351912345679|Bea"});
    QTest::newRow("quoted commas in a semicolon file") << bytes("\"Rua A, 1\";912345678\n\"Rua B, 2\";936543210\n") << sniff << -1 << semicolon << false << QStringList() << 2 << lines({"1:Rua A, 1|912345678", "2:Rua B, 2|936543210"});
    QTest::newRow("one column") << bytes("+351912345678\n+351912345679\n") << sniff << -1 << comma << false << QStringList() << 2 << lines({"1:+351912345678", "2:+351912345679"});
    QTest::newRow("one column, header") << bytes("Telemóvel\n912345678\n") << sniff << -1 << comma << true << lines({"Telemóvel"}) << 1 << lines({"2:912345678"});
    QTest::newRow("delimiter option") << bytes("a;b\nc;d\n") << comma << 0 << comma << false << QStringList() << 2 << lines({"1:a;b", "2:c;d"});
    QTest::newRow("sep= line") << bytes("sep=;\nphone;name\n912345678;Ana\n") << sniff << -1 << semicolon << true << lines({"phone", "name"}) << 1 << lines({"3:912345678|Ana"});
    QTest::newRow("sep= line, option wins") << bytes("SEP=|\r\na,b\r\n") << comma << -1 << comma << false << QStringList() << 1 << lines({"2:a|b"});
    QTest::newRow("header option off") << bytes("phone,name\n912345678,Ana\n") << sniff << 0 << comma << false << QStringList() << 2 << lines({"1:phone|name", "2:912345678|Ana"});
    QTest::newRow("header option on") << bytes("912345678,Ana\n912345679,Bea\n") << sniff << 1 << comma << true << lines({"912345678", "Ana"}) << 1 << lines({"2:912345679|Bea"});
    QTest::newRow("header from phone column") << bytes("Who,Where\nAna,+351912345678\n") << sniff << -1 << comma << true << lines({"Who", "Where"}) << 1 << lines({"2:Ana|+351912345678"});
    QTest::newRow("header from number column") << bytes("Cliente,Valor\nX,12\nY,13\n") << sniff << -1 << comma << true << lines({"Cliente", "Valor"}) << 2 << lines({"2:X|12", "3:Y|13"});
    QTest::newRow("no header, no phones") << bytes("Ana,Lisboa\nBea,Porto\n") << sniff << -1 << comma << false << QStringList() << 2 << lines({"1:Ana|Lisboa", "2:Bea|Porto"});
    QTest::newRow("header names trimmed") << bytes(" phone , name \n912345678,Ana\n") << sniff << -1 << comma << true << lines({"phone", "name"}) << 1 << lines({"2:912345678|Ana"});
    QTest::newRow("usual field count from the sample") << bytes("a,b\nc,d,e\nf,g\nh,i\n") << sniff << 0 << comma << false << QStringList() << 4 << lines({"1:a|b", "2!field_count", "3:f|g", "4:h|i"});
    QTest::newRow("odd first row rejected, not the rest") << bytes("a,b,c\nd,e\nf,g\n") << sniff << 0 << comma << false << QStringList() << 3 << lines({"1!field_count", "2:d|e", "3:f|g"});
    // clang-format on
}

void TestCsvReader::sniffing()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiterOption);
    QFETCH(int, headerOption);
    QFETCH(QString, delimiter);
    QFETCH(bool, hasHeader);
    QFETCH(QStringList, header);
    QFETCH(int, previewRows);
    QFETCH(QStringList, expected);

    for (const qsizetype chunk : chunkSizes) {
        CsvOptions options;
        options.delimiter = delimiterOption.isEmpty() ? QChar() : delimiterOption.front();
        if (headerOption >= 0)
            options.hasHeader = headerOption == 1;
        options.chunkSize = chunk;
        const Read read = readBytes(input, options);
        QVERIFY(read.sniff.ok());
        QCOMPARE(QString(read.sniff->delimiter), delimiter);
        QCOMPARE(read.sniff->hasHeader, hasHeader);
        QCOMPARE(read.sniff->header, header);
        QCOMPARE(read.sniff->preview.size(), previewRows);
        COMPARE_RECORDS(read.records, expected, QStringLiteral("chunk %1").arg(chunk));
    }
}

void TestCsvReader::sniffErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown encoding") << bytes("a,b\n") << QStringLiteral("klingon-8") << QStringLiteral("klingon-8");
    QTest::newRow("xlsx") << bytes("PK\x03\x04\x14\0\x06\0") << QString() << QStringLiteral(".xlsx");
    QTest::newRow("xls") << bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0") << QString() << QStringLiteral(".xls");
    QTest::newRow("pdf") << bytes("%PDF-1.7\n") << QString() << QStringLiteral("PDF");
}

void TestCsvReader::sniffErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(QString, messagePart);

    CsvOptions options;
    options.encoding = encoding;
    const Read read = readBytes(input, options);
    QVERIFY(!read.sniff.ok());
    QCOMPARE(read.sniff.error().kind, Error::Kind::Invalid);
    QVERIFY2(read.sniff.errorMessage().contains(messagePart), qPrintable(read.sniff.errorMessage()));
    QVERIFY(read.records.isEmpty());
}

void TestCsvReader::recordTooLong()
{
    CsvOptions options;
    options.delimiter = QLatin1Char(',');
    options.hasHeader = false;
    options.maxRecordChars = 64;
    options.sniffBytes = 16;

    QByteArray unclosed = "a,\"b\n";
    QStringList expected = lines({"1!record_too_long"});
    for (int line = 2; line <= 21; ++line) {
        unclosed += "cccccccccc,dddddddddd\n";
        expected.append(QString::number(line) + QLatin1String(":cccccccccc|dddddddddd"));
    }
    const QByteArray longLine = "a,b\n" + QByteArray(1000, 'x') + ",y\nc,d\n";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(16), qsizetype(4096)}) {
        options.chunkSize = chunk;
        COMPARE_RECORDS(readBytes(unclosed, options).records, expected, QStringLiteral("chunk %1").arg(chunk));
        const Read read = readBytes(longLine, options);
        COMPARE_RECORDS(read.records, lines({"1:a|b", "2!record_too_long", "3:c|d"}),
                        QStringLiteral("chunk %1").arg(chunk));
        QVERIFY(read.raw[1].raw.size() <= CsvRecord::rawLimit);
        QVERIFY(read.raw[1].raw.startsWith(QLatin1String("xxxxxxxxxx")));
        QVERIFY(read.raw[1].raw.endsWith(QChar(0x2026)));
    }
}

void TestCsvReader::longFileThroughSmallSample()
{
    // Far more data than the sniff sample: every row must come out once, in order, on its line.
    QByteArray data = "phone,name\r\n";
    const int rows = 3000;
    for (int i = 0; i < rows; ++i)
        data += "+3519" + QByteArray::number(10000000 + i) + ",Name " + QByteArray::number(i) + "\r\n";
    CsvOptions options;
    options.sniffBytes = 1000;
    options.chunkSize = 777;
    const Read read = readBytes(data, options);
    QVERIFY(read.sniff.ok());
    QVERIFY(read.sniff->hasHeader);
    QCOMPARE(read.sniff->preview.size(), CsvSniff::previewRows);
    QCOMPARE(read.sniff->preview.first(), lines({"+351910000000", "Name 0"}));
    QCOMPARE(read.records.size(), rows);
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(read.raw[i].line, qint64(i + 2));
        QCOMPARE(read.raw[i].fields.at(1), QStringLiteral("Name %1").arg(i));
    }
}

void TestCsvReader::nextWithoutSniff()
{
    QBuffer buffer;
    buffer.setData("phone,name\n+351912345678,Ana\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(render(record), QStringLiteral("2:+351912345678|Ana"));
    QVERIFY(!reader.next(record));
    QVERIFY(!reader.next(record));
    QVERIFY(reader.sniff()->hasHeader);
}

void TestCsvReader::readError()
{
    CsvOptions options;
    options.chunkSize = 4;
    options.sniffBytes = 4;
    options.delimiter = QLatin1Char(',');
    options.hasHeader = false;
    FailingDevice failing("a,b\nc,d\ne,f\n", 6);
    const Read read = readAll(&failing, options);
    QCOMPARE(read.records, lines({"1:a|b", "2!read_error"}));
    QVERIFY(read.raw.last().error.contains(QLatin1String("Input/output error")));

    FailingDevice atStart("a,b\n", 0);
    CsvReader reader(&atStart, options);
    const Result<CsvSniff> sniff = reader.sniff();
    QVERIFY(!sniff.ok());
    QCOMPARE(sniff.error().kind, Error::Kind::Failed);
    CsvRecord record;
    QVERIFY(!reader.next(record));

    QBuffer closed;
    CsvReader unopened(&closed);
    QVERIFY(!unopened.sniff().ok());
}

void TestCsvReader::progress()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += "+351912345678,Ana\n";
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.chunkSize = 1000;
    options.sniffBytes = 500;
    CsvReader reader(&buffer, options);
    QCOMPARE(reader.totalBytes(), qint64(data.size()));
    QVERIFY(reader.sniff().ok());
    QCOMPARE(reader.bytesRead(), qint64(500));
    CsvRecord record;
    qint64 last = 0;
    while (reader.next(record)) {
        QVERIFY(reader.bytesRead() >= last);
        QVERIFY(reader.bytesRead() <= reader.totalBytes());
        last = reader.bytesRead();
    }
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

SMSROUTER_TEST(TestCsvReader)
#include "testcsvreader.moc"

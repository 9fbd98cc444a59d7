// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "testprogram.h"

#include <QBuffer>
#include <QTest>

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray writeAll(const QList<QStringList> &rows, const CsvWriterOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        for (const QStringList &row : rows) {
            const Status status = writer.writeRow(row);
            if (!status.ok())
                qFatal("write failed: %s", qPrintable(status.errorMessage()));
        }
        if (!writer.flush().ok())
            qFatal("flush failed");
    }
    return buffer.data();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatField_data();
    void formatField();
    void neutraliseOff();
    void verbatimColumns();
    void bytes_data();
    void bytes();
    void roundTrip_data();
    void roundTrip();
    void writeError();
    void largeExport();
};

void TestCsvWriter::formatField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    // clang-format off
    QTest::newRow("plain") << u8("Ana Sá") << u8("Ana Sá");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("delimiter") << u8("Silva, Ana") << u8("\"Silva, Ana\"");
    QTest::newRow("quotes doubled") << u8("say \"hi\"") << u8("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << u8("l1\nl2") << u8("\"l1\nl2\"");
    QTest::newRow("CR inside") << u8("l1\rl2") << u8("\"l1\rl2\"");
    QTest::newRow("other delimiters untouched") << u8("a;b|c") << u8("a;b|c");
    QTest::newRow("= formula") << u8("=1+1") << u8("'=1+1");
    QTest::newRow("HYPERLINK") << u8("=HYPERLINK(\"http://evil.example\",\"click\")") << u8("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
    QTest::newRow("@ function") << u8("@SUM(A1:A9)") << u8("'@SUM(A1:A9)");
    QTest::newRow("+ DDE") << u8("+cmd|' /C calc'!A0") << u8("'+cmd|' /C calc'!A0");
    QTest::newRow("- DDE") << u8("-2+3+cmd|' /C calc'!A0") << u8("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("+ reference") << u8("+A1") << u8("'+A1");
    QTest::newRow("leading TAB") << u8("\t=1+1") << u8("'\t=1+1");
    QTest::newRow("leading CR") << u8("\r=1+1") << u8("\"'\r=1+1\"");
    QTest::newRow("leading LF") << u8("\n=1+1") << u8("\"'\n=1+1\"");
    QTest::newRow("E.164 kept") << u8("+351912345678") << u8("+351912345678");
    QTest::newRow("spaced number kept") << u8("+1 (555) 123-4567") << u8("+1 (555) 123-4567");
    QTest::newRow("negative amount kept") << u8("-0.0450") << u8("-0.0450");
    QTest::newRow("decimal comma amount quoted, kept") << u8("-3,20") << u8("\"-3,20\"");
    QTest::newRow("lone minus kept") << u8("-") << u8("-");
    QTest::newRow("= not at start kept") << u8("a=b") << u8("a=b");
    // clang-format on
}

void TestCsvWriter::formatField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);

    QBuffer buffer;
    CsvWriter writer(&buffer);
    QCOMPARE(writer.formatField(field, 0), expected);
}

void TestCsvWriter::neutraliseOff()
{
    CsvWriterOptions options;
    options.neutraliseFormulas = false;
    QBuffer buffer;
    CsvWriter writer(&buffer, options);
    QCOMPARE(writer.formatField(u8("=1+1"), 0), u8("=1+1"));
    QCOMPARE(writer.formatField(u8("@x"), 3), u8("@x"));
    QCOMPARE(writer.formatField(u8("=a,b"), 0), u8("\"=a,b\""));
}

void TestCsvWriter::verbatimColumns()
{
    CsvWriterOptions options;
    options.verbatimColumns = {1};
    options.utf8Bom = false;
    const QByteArray data = writeAll({{u8("=x"), u8("=x"), u8("=x")}}, options);
    QCOMPARE(data, QByteArray("'=x,=x,'=x\r\n"));
}

void TestCsvWriter::bytes_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Excel default") << u8(",") << true << true
                                   << QByteArray("\xEF\xBB\xBF"
                                                 "to,name\r\n+351912345678,Zoë\r\n");
    QTest::newRow("LF, no BOM") << u8(",") << false << false << QByteArray("to,name\n+351912345678,Zo\xC3\xAB\n");
    QTest::newRow("semicolon") << u8(";") << true << false << QByteArray("to;name\r\n+351912345678;Zo\xC3\xAB\r\n");
}

void TestCsvWriter::bytes()
{
    QFETCH(QString, delimiter);
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    QFETCH(QByteArray, expected);

    CsvWriterOptions options;
    options.delimiter = delimiter.front();
    options.lineEnding = crlf ? CsvWriterOptions::LineEnding::CrLf : CsvWriterOptions::LineEnding::Lf;
    options.utf8Bom = bom;
    QCOMPARE(writeAll({{u8("to"), u8("name")}, {u8("+351912345678"), u8("Zoë")}}, options), expected);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("crlf");

    QTest::newRow("comma CRLF") << u8(",") << true;
    QTest::newRow("semicolon LF") << u8(";") << false;
    QTest::newRow("tab CRLF") << u8("\t") << true;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QString, delimiter);
    QFETCH(bool, crlf);

    // What the writer writes, the reader reads back unchanged (formula neutralising off).
    const QList<QStringList> rows = {
        {u8("to"), u8("body"), u8("note")},
        {u8("+351912345678"), u8("Olá, \"amigo\"\nlinha 2"), u8("€ 1,50; ok\tyes")},
        {u8("+447700900123"), QString(), u8("\r\n")},
        {u8("+4915123456789"), u8("😀 שלום"), u8("=1+1")},
    };
    CsvWriterOptions options;
    options.delimiter = delimiter.front();
    options.lineEnding = crlf ? CsvWriterOptions::LineEnding::CrLf : CsvWriterOptions::LineEnding::Lf;
    options.neutraliseFormulas = false;
    QBuffer buffer;
    buffer.setData(writeAll(rows, options));
    buffer.open(QIODevice::ReadOnly);

    CsvReader reader(&buffer);
    const Result<CsvSniff> sniff = reader.sniff();
    QVERIFY(sniff.ok());
    QCOMPARE(sniff->encoding, u8("UTF-8"));
    QVERIFY(sniff->bom);
    QCOMPARE(sniff->delimiter, delimiter.front());
    QVERIFY(sniff->hasHeader);
    QCOMPARE(sniff->header, rows.first());
    CsvRecord record;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(reader.next(record));
        QVERIFY2(record.ok(), qPrintable(record.error));
        QCOMPARE(record.fields, rows[i]);
    }
    QVERIFY(!reader.next(record));
}

void TestCsvWriter::writeError()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter writer(&readOnly);
    QVERIFY(writer.writeRow({u8("a")}).ok()); // buffered
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    const Status flushed = writer.flush();
    QVERIFY(!flushed.ok());
    QCOMPARE(flushed.error().kind, Error::Kind::Failed);
    QVERIFY(flushed.errorMessage().contains(QLatin1String("Could not write the CSV file")));
    QVERIFY(!writer.writeRow({u8("b")}).ok()); // the error sticks
}

void TestCsvWriter::largeExport()
{
    // More than the internal buffer: rows are flushed on the way and none is lost.
    QList<QStringList> rows;
    for (int i = 0; i < 20000; ++i)
        rows.append({u8("+3519%1").arg(10000000 + i), u8("Name %1").arg(i)});
    CsvWriterOptions options;
    options.utf8Bom = false;
    const QByteArray data = writeAll(rows, options);
    QCOMPARE(data.count("\r\n"), 20000);
    QVERIFY(data.startsWith("+351910000000,Name 0\r\n"));
    QVERIFY(data.endsWith("+351910019999,Name 19999\r\n"));
}

SMSROUTER_TEST(TestCsvWriter)
#include "testcsvwriter.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csv/csvdelimitersniffer.h"
#include "testprogram.h"

#include <QTest>

class TestCsvDelimiterSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data();
    void sniff();
};

void TestCsvDelimiterSniffer::sniff_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("atEnd");
    QTest::addColumn<QString>("delimiter");

    // clang-format off
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << true << QStringLiteral(",");
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1;2;3\n") << true << QStringLiteral(";");
    QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2\n") << true << QStringLiteral("\t");
    QTest::newRow("pipe") << QStringLiteral("a|b\n1|2\n") << true << QStringLiteral("|");
    QTest::newRow("semicolon with decimal commas") << QStringLiteral("Ana;12,50;x\nBea;3,10;y\n") << true << QStringLiteral(";");
    QTest::newRow("tab with commas in text") << QStringLiteral("Silva, Ana\t912\nCosta\t913\n") << true << QStringLiteral("\t");
    QTest::newRow("quoted commas ignored") << QStringLiteral("\"a,b\";c\n\"d,e\";f\n") << true << QStringLiteral(";");
    QTest::newRow("consistent beats frequent") << QStringLiteral("a,b;c\nd,e;f,g,h\ni,j;k,l\n") << true << QStringLiteral(";");
    QTest::newRow("one column") << QStringLiteral("912345678\n912345679\n") << true << QStringLiteral(",");
    QTest::newRow("cut last record ignored") << QStringLiteral("a;b\nc;d\ne,f,g,h,i") << false << QStringLiteral(";");
    QTest::newRow("empty") << QString() << true << QStringLiteral(",");
    // clang-format on
}

void TestCsvDelimiterSniffer::sniff()
{
    QFETCH(QString, sample);
    QFETCH(bool, atEnd);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(CsvDelimiterSniffer::sniff(sample, atEnd)), delimiter);
}

SMSROUTER_TEST(TestCsvDelimiterSniffer)
#include "testcsvdelimitersniffer.moc"

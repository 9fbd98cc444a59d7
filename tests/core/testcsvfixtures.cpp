// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Real-world exports (tests/data/csv, written by make_fixtures.py) read through CsvReader.
#include "csvtesting.h"
#include "testprogram.h"

#include <QFile>
#include <QTest>

using namespace CsvTesting;

class TestCsvFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void rejectDetails();
};

void TestCsvFixtures::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encodingOption");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("phoneColumn");
    QTest::addColumn<QStringList>("expected");

    const QString comma = QStringLiteral(",");
    const QString utf8 = QStringLiteral("UTF-8");
    // clang-format off
    QTest::newRow("Excel CSV UTF-8") << QStringLiteral("excel-csv-utf8.csv") << QString() << utf8 << comma << 4 << QStringLiteral("Telemóvel")
        << lines({"2:José Conceição|+351 912 345 678|Lisboa", "3:Françoise Müller|+33 6 12 34 56 78|Paris, 15e|Cliente \"VIP\"",
                  "4:Zoë Ørsted|0049 1512 3456789|Köln|Linha 1\nLinha 2", "6:Ana Sá|912345678|Porto|€ 12,50"});
    QTest::newRow("Excel semicolon windows-1252") << QStringLiteral("excel-semicolon-1252.csv") << QString() << QStringLiteral("windows-1252") << QStringLiteral(";") << 4 << QStringLiteral("Telemóvel")
        << lines({"2:João Gonçalves|912 345 678|Évora|12,50", "3:Inês Araújo|+351 936 543 210|Setúbal|€ 7,00", "4:Cédric François|0033 612345678|Besançon|-3,20"});
    QTest::newRow("Excel Unicode text") << QStringLiteral("excel-unicode-text.txt") << QString() << QStringLiteral("UTF-16LE") << QStringLiteral("\t") << 3 << QStringLiteral("Mobile")
        << lines({"2:Дмитрий Иванов|+7 912 345-67-89", "3:שרה כהן|+972 52 123 4567|line one\nline two", "5:王小明|+86 138 0013 8000|😀 ok"});
    QTest::newRow("Google Contacts") << QStringLiteral("google-contacts.csv") << QString() << utf8 << comma << 35 << QStringLiteral("Phone 1 - Value")
        << lines({"2:Ana Silva|Ana|Silva|* myContacts|* Home|ana@example.com|Mobile|+351 912 345 678|Work|+351 213 456 789",
                  "3:Rui Costa|Rui|Costa|Met at the fair\nCall after 18h|* myContacts|Mobile|+351 912 000 111 ::: +351 936 000 222",
                  "5:Maria|Maria|* myContacts|* Home|maria@example.com"});
    QTest::newRow("Google Contacts 2024") << QStringLiteral("google-contacts-2024.csv") << QString() << utf8 << comma << 21 << QStringLiteral("Phone 1 - Value")
        << lines({"2:Ana|Silva|* myContacts|* Home|ana@example.com|Mobile|+351 912 345 678", "3:Rui|Costa|ACME|* myContacts ::: Clientes|Mobile|+351 936 000 222"});
    QTest::newRow("LibreOffice quoted") << QStringLiteral("libreoffice-quoted.csv") << QString() << utf8 << comma << 4 << QStringLiteral("phone")
        << lines({"2:+351912345678|Silva, Ana|Rua Augusta, 10\n1100-053 Lisboa", "4:+351936543210|Bea|Av. da Liberdade, 200|She said \"call me\", twice",
                  "5:+351213456789|Carlos|multi\nline\nnote"});
    QTest::newRow("Mac classic CR") << QStringLiteral("mac-classic-cr.csv") << QString() << utf8 << comma << 2 << QStringLiteral("phone")
        << lines({"2:+351912345678|Ana", "3:+351936543210|Bea", "4:+351213456789|Carlos"});
    QTest::newRow("Hebrew windows-1255") << QStringLiteral("hebrew-1255.csv") << QStringLiteral("windows-1255") << QStringLiteral("windows-1255") << comma << 2 << QStringLiteral("טלפון")
        << lines({"2:שרה כהן|+972 52 123 4567", "3:דוד לוי|+972 54 765 4321"});
    QTest::newRow("Cyrillic windows-1251") << QStringLiteral("cyrillic-1251.csv") << QStringLiteral("windows-1251") << QStringLiteral("windows-1251") << QStringLiteral(";") << 2 << QStringLiteral("Телефон")
        << lines({"2:Дмитрий|+7 912 345 67 89", "3:Ольга|+7 903 111 22 33"});
    QTest::newRow("malformed") << QStringLiteral("malformed.csv") << QString() << utf8 << comma << 2 << QStringLiteral("phone")
        << lines({"2:+351912345678|Ana", "4!unterminated_quote", "5!field_count", "6!text_after_quote", "7:+351912345682|Eva \"Evinha\" Reis",
                  "8!field_count", "9!invalid_bytes", "10:+351912345685|Gil\nGomes", "12:+351912345686|Hugo"});
    // clang-format on
}

void TestCsvFixtures::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encodingOption);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, columns);
    QFETCH(QString, phoneColumn);
    QFETCH(QStringList, expected);

    for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(256 * 1024)}) {
        QFile csv(QStringLiteral(SMSROUTER_TEST_DATA "/csv/") + file);
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
        CsvOptions options;
        options.encoding = encodingOption;
        options.chunkSize = chunk;
        const Read read = readAll(&csv, options, true);
        QVERIFY(read.sniff.ok());
        QCOMPARE(read.sniff->encoding, encoding);
        QCOMPARE(QString(read.sniff->delimiter), delimiter);
        QVERIFY(read.sniff->hasHeader);
        QCOMPARE(read.sniff->header.size(), columns);
        QVERIFY2(read.sniff->header.contains(phoneColumn), qPrintable(read.sniff->header.join(QLatin1Char('|'))));
        COMPARE_RECORDS(read.records, expected, QStringLiteral("chunk %1").arg(chunk));
        for (const CsvRecord &record : read.raw) {
            if (record.ok())
                QCOMPARE(record.fields.size(), columns);
        }
    }
}

void TestCsvFixtures::rejectDetails()
{
    QFile csv(QStringLiteral(SMSROUTER_TEST_DATA "/csv/malformed.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const Read read = readAll(&csv, {});
    QHash<qint64, CsvRecord> byLine;
    for (const CsvRecord &record : read.raw)
        byLine.insert(record.line, record);

    QCOMPARE(byLine[4].raw, QStringLiteral("+351912345679,\"Bea"));
    QVERIFY(byLine[4].error.contains(QLatin1String("Line 4 opens a quoted field that is never closed")));
    QCOMPARE(byLine[5].raw, QStringLiteral("+351912345680,Carlos,extra"));
    QVERIFY(byLine[5].error.contains(QLatin1String("Line 5 has 3 fields but the header has 2")));
    QVERIFY(byLine[5].fields.isEmpty());
    QCOMPARE(byLine[6].raw, QStringLiteral("+351912345681,\"Dina\"x"));
    QVERIFY(byLine[6].error.contains(QLatin1String("two quotes")));
    QCOMPARE(byLine[9].raw, QString::fromUtf8("+351912345684,Fil\xEF\xBF\xBDipa"));
    QVERIFY(byLine[9].error.contains(QLatin1String("not valid UTF-8")));
    QVERIFY(byLine[2].error.isEmpty() && byLine[2].raw.isEmpty());
}

SMSROUTER_TEST(TestCsvFixtures)
#include "testcsvfixtures.moc"

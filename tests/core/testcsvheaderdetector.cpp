// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csv/csvheaderdetector.h"
#include "testprogram.h"

#include <QTest>

namespace {

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> table)
{
    QList<QStringList> result;
    for (const auto &row : table) {
        QStringList fields;
        for (const char *field : row)
            fields.append(QString::fromUtf8(field));
        result.append(fields);
    }
    return result;
}

} // namespace

class TestCsvHeaderDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeHeader_data();
    void looksLikeHeader();
    void phoneNumbers_data();
    void phoneNumbers();
    void headerWords_data();
    void headerWords();
};

void TestCsvHeaderDetector::looksLikeHeader_data()
{
    QTest::addColumn<QList<QStringList>>("table");
    QTest::addColumn<bool>("header");

    // clang-format off
    QTest::newRow("phone, name") << rows({{"phone", "name"}, {"+351912345678", "Ana"}}) << true;
    QTest::newRow("data only") << rows({{"+351912345678", "Ana"}, {"+351912345679", "Bea"}}) << false;
    QTest::newRow("Portuguese words") << rows({{"Telemóvel", "Nome"}, {"912 345 678", "Ana"}}) << true;
    QTest::newRow("Google Contacts") << rows({{"Name", "Given Name", "Phone 1 - Type", "Phone 1 - Value"}, {"Ana", "Ana", "Mobile", "+351 912 345 678"}}) << true;
    QTest::newRow("camelCase") << rows({{"firstName", "msisdn"}}) << true;
    QTest::newRow("header only, unknown words") << rows({{"Foo", "Bar"}}) << false;
    QTest::newRow("phone column below text") << rows({{"Quem", "Onde"}, {"Ana", "+351912345678"}}) << true;
    QTest::newRow("number column below text") << rows({{"Cliente", "Valor"}, {"X", "12"}, {"Y", "13,5"}}) << true;
    QTest::newRow("names and cities") << rows({{"Ana", "Lisboa"}, {"Bea", "Porto"}}) << false;
    QTest::newRow("numbers only") << rows({{"12", "13"}, {"14", "15"}}) << false;
    QTest::newRow("first row with a phone is data, words or not") << rows({{"Name", "912345678"}, {"Bea", "912345679"}}) << false;
    QTest::newRow("data row missing its phone stays data") << rows({{"Ana", ""}, {"Bea", "+351912345679"}}) << false;
    QTest::newRow("empty") << QList<QStringList>() << false;
    // clang-format on
}

void TestCsvHeaderDetector::looksLikeHeader()
{
    QFETCH(QList<QStringList>, table);
    QFETCH(bool, header);
    QCOMPARE(CsvHeaderDetector::looksLikeHeader(table), header);
}

void TestCsvHeaderDetector::phoneNumbers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("phone");

    QTest::newRow("E.164") << QStringLiteral("+351912345678") << true;
    QTest::newRow("spaced") << QStringLiteral(" +351 912 345 678 ") << true;
    QTest::newRow("00 prefix") << QStringLiteral("00351912345678") << true;
    QTest::newRow("national with punctuation") << QStringLiteral("(555) 123-4567") << true;
    QTest::newRow("dotted") << QStringLiteral("91.234.56.78") << true;
    QTest::newRow("too short") << QStringLiteral("12345") << false;
    QTest::newRow("too long") << QStringLiteral("1234567890123456") << false;
    QTest::newRow("letters") << QStringLiteral("phone 1") << false;
    QTest::newRow("Google multi-value") << QStringLiteral("+351 912 ::: +351 913") << false;
}

void TestCsvHeaderDetector::phoneNumbers()
{
    QFETCH(QString, field);
    QFETCH(bool, phone);
    QCOMPARE(CsvHeaderDetector::looksLikePhoneNumber(field), phone);
}

void TestCsvHeaderDetector::headerWords_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("word");

    QTest::newRow("Phone 1 - Value") << QStringLiteral("Phone 1 - Value") << true;
    QTest::newRow("E-mail") << QStringLiteral("E-mail 1 - Value") << true;
    QTest::newRow("accents") << QString::fromUtf8("TELEMÓVEL") << true;
    QTest::newRow("snake_case") << QStringLiteral("first_name") << true;
    QTest::newRow("German") << QStringLiteral("Nachname") << true;
    QTest::newRow("a name") << QStringLiteral("Ana Silva") << false;
    QTest::newRow("word inside a word") << QStringLiteral("Nameless") << false;
}

void TestCsvHeaderDetector::headerWords()
{
    QFETCH(QString, field);
    QFETCH(bool, word);
    QCOMPARE(CsvHeaderDetector::containsHeaderWord(field), word);
}

SMSROUTER_TEST(TestCsvHeaderDetector)
#include "testcsvheaderdetector.moc"

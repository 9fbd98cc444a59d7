// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// PhoneColumn: which column of a recipient file holds the numbers, by header name (case, accents
// and punctuation ignored) or by content, and --phone-column NAME|N.
#include "campaign/phonecolumn.h"
#include "testprogram.h"

#include <QTest>

class TestPhoneColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byHeader_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("expected");
        const auto h = [](const char *text) {
            return QString::fromUtf8(text).split(QLatin1Char(','));
        };
        QTest::newRow("phone") << h("name,phone") << 1;
        QTest::newRow("upper case with spaces") << h("Name, PHONE ") << 1;
        QTest::newRow("telemóvel") << h("Nome,Telemóvel,Cidade") << 1;
        QTest::newRow("telemovel without accent") << h("Nome,TELEMOVEL") << 1;
        QTest::newRow("msisdn") << h("id,msisdn,name") << 1;
        QTest::newRow("handy") << h("Vorname,Handy") << 1;
        QTest::newRow("tel") << h("Tel.,Name") << 0;
        QTest::newRow("cell") << h("name,Cell") << 1;
        QTest::newRow("number") << h("name,Number") << 1;
        QTest::newRow("mobile") << h("Name,Mobile,Note") << 1;
        QTest::newRow("Google: Phone 1 - Value, not its Type")
            << h("Name,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value") << 3;
        QTest::newRow("Outlook: Mobile Phone beats Business Phone")
            << h("First Name,Business Phone,Home Phone,Mobile Phone") << 3;
        QTest::newRow("exact name beats a contained word") << h("Phone 1 - Value,phone") << 1;
        QTest::newRow("customer number is an id") << h("Customer Number,Name") << -1;
        QTest::newRow("country code is not a number") << h("Country Code,Name") << -1;
        QTest::newRow("nothing like a phone") << h("name,city") << -1;
    }

    void byHeader()
    {
        QFETCH(QStringList, header);
        QFETCH(int, expected);
        QCOMPARE(PhoneColumn::detect(header, {}), expected);
    }

    void byContent_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<int>("expected");
        QTest::newRow("second column") << QList<QStringList> {{QStringLiteral("Ana"),
                                                               QStringLiteral("+351 912 345 678")},
                                                              {QStringLiteral("Rui"), QStringLiteral("(0)912-345-679")}}
                                       << 1;
        QTest::newRow("mostly numbers, one typo")
            << QList<QStringList> {{QStringLiteral("912345678"), QStringLiteral("x")},
                                   {QStringLiteral("9123"), QStringLiteral("y")},
                                   {QStringLiteral("936000222"), QStringLiteral("z")}}
            << 0;
        QTest::newRow("Google multi-value")
            << QList<QStringList> {{QStringLiteral("Rui"), QStringLiteral("+351 912 000 111 ::: +351 936 000 222")}}
            << 1;
        QTest::newRow("postcodes are too short")
            << QList<QStringList> {{QStringLiteral("1000"), QStringLiteral("Lisboa")}} << -1;
        QTest::newRow("no rows") << QList<QStringList> {} << -1;
    }

    void byContent()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(int, expected);
        QCOMPARE(PhoneColumn::detect({}, rows), expected);
        // A header without a phone word falls back to the content too.
        QCOMPARE(PhoneColumn::detect({QStringLiteral("a"), QStringLiteral("b")}, rows), expected);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("name") << "Telemóvel" << 1 << "";
        QTest::newRow("name without accent or case") << "telemovel" << 1 << "";
        QTest::newRow("number") << "3" << 2 << "";
        QTest::newRow("a header that is a number wins") << "2024" << 3 << "";
        QTest::newRow("unknown name") << "mobile" << -1 << "no column “mobile”";
        QTest::newRow("number too big") << "9" << -1 << "from 1 to 4";
        QTest::newRow("zero") << "0" << -1 << "from 1 to 4";
    }

    void resolve()
    {
        QFETCH(QString, spec);
        QFETCH(int, expected);
        QFETCH(QString, message);
        const QStringList columns {QStringLiteral("Nome"), QStringLiteral("Telemóvel"), QStringLiteral("Cidade"),
                                   QStringLiteral("2024")};
        const Result<int> column = PhoneColumn::resolve(spec, columns);
        if (expected >= 0) {
            QVERIFY2(column, qPrintable(column.errorMessage()));
            QCOMPARE(*column, expected);
        } else {
            QVERIFY(!column);
            QCOMPARE(column.error().kind, Error::Kind::Invalid);
            QVERIFY2(column.errorMessage().contains(message), qPrintable(column.errorMessage()));
        }
    }

    void normaliseAndFirstValue()
    {
        QCOMPARE(PhoneColumn::normalise(QStringLiteral(" Telemóvel ")), QStringLiteral("telemovel"));
        QCOMPARE(PhoneColumn::normalise(QStringLiteral("Phone 1 - Value")), QStringLiteral("phone 1 value"));
        QCOMPARE(PhoneColumn::normalise(QStringLiteral("NÚMERO_DE_TELEFONE")), QStringLiteral("numero de telefone"));
        QCOMPARE(PhoneColumn::firstValue(QStringLiteral("+351 912 000 111 ::: +351 936 000 222")),
                 QStringLiteral("+351 912 000 111"));
        QCOMPARE(PhoneColumn::firstValue(QStringLiteral("+351 912 000 111")), QStringLiteral("+351 912 000 111"));
    }
};

SMSROUTER_TEST(TestPhoneColumn)
#include "testphonecolumn.moc"

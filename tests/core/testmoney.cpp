// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Money: exact parsing and fixed-decimal formatting of micro-units.
#include "common/money.h"
#include "testprogram.h"

#include <QLocale>
#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros"); // -1: refused
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("whole") << "2" << qint64(2'000'000);
        QTest::newRow("fraction") << "0.021" << qint64(21'000);
        QTest::newRow("comma") << "0,021" << qint64(21'000);
        QTest::newRow("six decimals") << "0.000001" << qint64(1);
        QTest::newRow("trailing dot") << "3." << qint64(3'000'000);
        QTest::newRow("spaces") << " 1.5 " << qint64(1'500'000);
        QTest::newRow("seven decimals") << "0.0000001" << qint64(-1);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("letters") << "1.5 EUR" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("exponent") << "1e3" << qint64(-1);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        const auto parsed = money::parse(text);
        if (micros < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed.value_or(-1), micros);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("cost") << qint64(21'000) << 4 << "0.0210";
        QTest::newRow("rounding up") << qint64(21'050) << 4 << "0.0211";
        QTest::newRow("rounding down") << qint64(21'049) << 4 << "0.0210";
        QTest::newRow("carry") << qint64(999'950) << 4 << "1.0000";
        QTest::newRow("two decimals") << qint64(1'234'567) << 2 << "1.23";
        QTest::newRow("no decimals") << qint64(1'500'000) << 0 << "2";
        QTest::newRow("six") << qint64(1) << 6 << "0.000001";
        QTest::newRow("big") << qint64(123'456'789'000'000) << 2 << "123456789.00";
        QTest::newRow("negative") << qint64(-21'000) << 4 << "-0.0210";
    }

    void format()
    {
        QFETCH(qint64, micros);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(money::format(micros, decimals), text);
    }

    void withUnit() { QCOMPARE(money::formatWithUnit(21'000, QStringLiteral("EUR")), QStringLiteral("0.0210 EUR")); }

    // The window's figures in the reader's digits; the machine form above never changes.
    void displayFollowsTheLocale()
    {
        const QLocale before;
        QCOMPARE(money::displayWithUnit(1'234'021'000, QStringLiteral("EUR")), QStringLiteral("1,234.0210 EUR"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(money::displayWithUnit(1'234'021'000, QStringLiteral("EUR")), QStringLiteral("1.234,0210 EUR"));
        QCOMPARE(money::displayWithUnit(-500'000, QStringLiteral("EUR"), 2), QStringLiteral("-0,50 EUR"));
        QCOMPARE(money::formatWithUnit(1'234'021'000, QStringLiteral("EUR")), QStringLiteral("1234.0210 EUR"));
        QLocale::setDefault(before);
    }
};

SMSROUTER_TEST(TestMoney)
#include "testmoney.moc"

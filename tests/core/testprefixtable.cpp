// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "routing/prefixtable.h"
#include "testprogram.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <string>

class TestPrefixTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDigits_data();
    void readsDigits();
    void matchesLikeBruteForce();
    void replacesPayload();
};

void TestPrefixTable::readsDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("digits") << "447911123456" << true;
    QTest::newRow("fifteen") << "123456789012345" << true;
    QTest::newRow("sixteen") << "1234567890123456" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("plus") << "+44" << false;
    QTest::newRow("space") << "44 79" << false;
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0661)) << false;
}

void TestPrefixTable::readsDigits()
{
    QFETCH(QString, text);
    PrefixTable::Digits digits;
    QTEST(PrefixTable::read(text.utf16(), text.size(), &digits), "ok");
}

void TestPrefixTable::matchesLikeBruteForce()
{
    QRandomGenerator random(1234);
    std::map<std::string, int> reference;
    PrefixTable table;
    for (int i = 0; i < 5000; ++i) {
        const int length = random.bounded(1, 9);
        std::string prefix;
        for (int d = 0; d < length; ++d)
            prefix += char('0' + random.bounded(10));
        reference[prefix] = i;
        QVERIFY(table.insert(prefix.data(), qsizetype(prefix.size()), i));
    }
    QCOMPARE(table.size(), qsizetype(reference.size()));
    for (int n = 0; n < 20000; ++n) {
        std::string number;
        const int length = random.bounded(4, 16);
        for (int d = 0; d < length; ++d)
            number += char('0' + random.bounded(10));
        int expected = -1;
        int expectedLength = 0;
        for (int l = length; l > 0 && expected < 0; --l) {
            const auto found = reference.find(number.substr(0, size_t(l)));
            if (found != reference.end()) {
                expected = found->second;
                expectedLength = l;
            }
        }
        PrefixTable::Digits digits;
        QVERIFY(PrefixTable::read(number.data(), qsizetype(number.size()), &digits));
        int matched = 0;
        QCOMPARE(table.longestMatch(digits, &matched), expected);
        if (expected >= 0)
            QCOMPARE(matched, expectedLength);
    }
}

void TestPrefixTable::replacesPayload()
{
    PrefixTable table;
    QVERIFY(table.insert("44", 2, 1));
    QVERIFY(table.insert("44", 2, 7));
    QVERIFY(!table.insert("4a", 2, 1));
    QCOMPARE(table.size(), 1);
    QCOMPARE(table.find(44, 2), 7);
    QCOMPARE(table.find(44, 3), -1);
    QCOMPARE(PrefixTable().find(44, 2), -1);
}

SMSROUTER_TEST(TestPrefixTable)
#include "testprefixtable.moc"

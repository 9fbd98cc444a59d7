// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// RecipientSet: E.164 numbers as integers, first line kept, growth past many thousands.
#include "campaign/recipientset.h"
#include "testprogram.h"

#include <QTest>

class TestRecipientSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("PT") << "+351912345678" << qint64(351912345678);
        QTest::newRow("15 digits") << "+123456789012345" << qint64(123456789012345);
        QTest::newRow("one digit") << "+1" << qint64(1);
        QTest::newRow("16 digits") << "+1234567890123456" << qint64(-1);
        QTest::newRow("no plus") << "351912345678" << qint64(-1);
        QTest::newRow("leading zero") << "+0351912345678" << qint64(-1);
        QTest::newRow("space") << "+351 912345678" << qint64(-1);
        QTest::newRow("plus alone") << "+" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void key()
    {
        QFETCH(QString, e164);
        QFETCH(qint64, expected);
        const auto key = RecipientSet::key(e164);
        QCOMPARE(key.has_value(), expected >= 0);
        if (key)
            QCOMPARE(qint64(*key), expected);
    }

    void firstLineWinsAcrossGrowth()
    {
        RecipientSet set;
        QVERIFY(!set.contains(351912345678));
        constexpr int count = 100'000; // grows the table several times
        for (int i = 0; i < count; ++i)
            QCOMPARE(set.insert(351910000000 + quint64(i) * 7, i + 2), 0);
        QCOMPARE(set.size(), count);
        for (int i = 0; i < count; i += 997)
            QCOMPARE(set.insert(351910000000 + quint64(i) * 7, 999999), qint64(i + 2));
        QCOMPARE(set.size(), count);
        QVERIFY(set.contains(351910000000 + 7 * 5));
        QVERIFY(!set.contains(351910000000 + 7 * 5 + 1));
    }
};

SMSROUTER_TEST(TestRecipientSet)
#include "testrecipientset.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// OptOutTableModel under QAbstractItemModelTester: numbers in a monospace font, relative times
// with the exact one in the tooltip, raw sort values.
#include "models/optouttablemodel.h"
#include "testprogram.h"

#include <QAbstractItemModelTester>
#include <QFontDatabase>
#include <QTest>

class TestOptOutTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOptOuts()
    {
        ManualClock clock;
        OptOutTableModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = clock.nowMs();
        model.setOptOuts({{QStringLiteral("+351912345678"), QStringLiteral("Replied STOP"), now - 20'000},
                          {QStringLiteral("+447400123456"), QString(), now - 3 * 86'400'000LL}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(OptOutTableModel::ColumnCount));
        QCOMPARE(model.index(0, OptOutTableModel::Number).data().toString(), QStringLiteral("+351912345678"));
        QCOMPARE(model.index(0, OptOutTableModel::Number).data(Qt::FontRole).value<QFont>().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QCOMPARE(model.index(0, OptOutTableModel::Reason).data().toString(), QStringLiteral("Replied STOP"));
        QCOMPARE(model.index(0, OptOutTableModel::Added).data().toString(), QStringLiteral("20 s ago"));
        QVERIFY(model.index(0, OptOutTableModel::Added).data(Qt::ToolTipRole).toString().contains(QLatin1Char(':')));
        // Older than a day: the date, not "72 h ago".
        QVERIFY(model.index(1, OptOutTableModel::Added).data().toString().startsWith(QStringLiteral("2025-12-29")));
        QCOMPARE(model.index(1, OptOutTableModel::Added).data(OptOutTableModel::SortRole).toLongLong(),
                 now - 3 * 86'400'000LL);
        QCOMPARE(model.rowOf(QStringLiteral("+447400123456")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("+1")), -1);
        model.setOptOuts({});
        QCOMPARE(model.rowCount(), 0);
    }
};

SMSROUTER_GUI_TEST(TestOptOutTableModel)
#include "testoptouttablemodel.moc"

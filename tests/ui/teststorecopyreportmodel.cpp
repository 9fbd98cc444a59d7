// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// StoreCopyReportModel under QAbstractItemModelTester: one row per table, numbers right-aligned,
// raw counts under SortRole, a word for the match.
#include "models/storecopyreportmodel.h"
#include "testprogram.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestStoreCopyReportModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEachTable()
    {
        StoreCopyReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(StoreCopyReportModel::ColumnCount));
        model.setTables({{QStringLiteral("carriers"), 3, 3},
                         {QStringLiteral("messages"), 120'000, 120'000},
                         {QStringLiteral("optouts"), 2, 1}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, StoreCopyReportModel::Table).data().toString(), QStringLiteral("messages"));
        QCOMPARE(model.index(1, StoreCopyReportModel::SourceRows).data().toString(), QStringLiteral("120,000"));
        QCOMPARE(model.index(1, StoreCopyReportModel::TargetRows).data(StoreCopyReportModel::SortRole).toLongLong(),
                 qint64(120'000));
        QCOMPARE(model.index(1, StoreCopyReportModel::SourceRows).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.index(0, StoreCopyReportModel::Match).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.index(2, StoreCopyReportModel::Match).data().toString(), QStringLiteral("no"));
        QCOMPARE(model.index(2, StoreCopyReportModel::Match).data(StoreCopyReportModel::SortRole).toBool(), false);
        QCOMPARE(model.headerData(StoreCopyReportModel::TargetRows, Qt::Horizontal).toString(),
                 QStringLiteral("On the server"));
        model.setTables({});
        QCOMPARE(model.rowCount(), 0);
    }
};

SMSROUTER_GUI_TEST(TestStoreCopyReportModel)
#include "teststorecopyreportmodel.moc"

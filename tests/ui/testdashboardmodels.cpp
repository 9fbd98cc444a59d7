// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Dashboard's tables (carriers, running campaigns) under QAbstractItemModelTester: rates and
// money as people read them, updates in place while the same rows stay, resets when they change.
#include "models/dashboardcampaignmodel.h"
#include "models/dashboardcarriermodel.h"
#include "testprogram.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

CarrierFigures figures(qint64 id, const QString &name, std::optional<double> deliveredToday)
{
    CarrierFigures c;
    c.carrierId = id;
    c.name = name;
    c.deliveryRateToday = deliveredToday;
    c.failureRateToday = deliveredToday ? std::optional<double>(1.0 - *deliveredToday) : std::nullopt;
    c.finalToday = deliveredToday ? 1000 : 0;
    c.estimatedCostTodayMicros = 12'345'678;
    c.reportedPriceTodayMicros = 12'000'000;
    c.currency = QStringLiteral("EUR");
    return c;
}

} // namespace

class TestDashboardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carrierRatesAndCosts()
    {
        DashboardCarrierModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DashboardCarrierModel::ColumnCount));
        model.setCarriers(
            {figures(1, QStringLiteral("EE UK"), 0.972), figures(2, QStringLiteral("MEO"), std::nullopt)});
        QCOMPARE(model.rowCount(), 2);
        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, DashboardCarrierModel::Carrier), QStringLiteral("EE UK"));
        QCOMPARE(text(0, DashboardCarrierModel::DeliveredToday), QStringLiteral("97.2 %"));
        QCOMPARE(text(0, DashboardCarrierModel::FailedToday), QStringLiteral("2.8 %"));
        QCOMPARE(text(1, DashboardCarrierModel::DeliveredToday), QStringLiteral("—")); // no outcome yet
        QCOMPARE(text(0, DashboardCarrierModel::EstimatedToday), QStringLiteral("12.35 EUR"));
        QCOMPARE(text(0, DashboardCarrierModel::ReportedToday), QStringLiteral("12.00 EUR"));
        // (The plural's English form comes with the catalogue; the count and the words are here.)
        const QString why = model.index(0, DashboardCarrierModel::DeliveredToday).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.startsWith(QStringLiteral("Of 1,000 "))
                     && why.endsWith(QStringLiteral("with a final outcome today")),
                 qPrintable(why));
        QCOMPARE(model.index(0, DashboardCarrierModel::EstimatedToday).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        // A carrier without outcomes sorts below every rate.
        QVERIFY(model.index(1, DashboardCarrierModel::DeliveredToday).data(DashboardCarrierModel::SortRole).toDouble()
                < 0);
        QCOMPARE(model.index(1, 0).data(DashboardCarrierModel::CarrierIdRole).toLongLong(), 2);

        // The same carriers with new figures: changed in place (a view keeps its selection).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCarriers({figures(1, QStringLiteral("EE UK"), 0.5), figures(2, QStringLiteral("MEO"), 1.0)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(1, DashboardCarrierModel::DeliveredToday), QStringLiteral("100.0 %"));
        model.setCarriers({figures(3, QStringLiteral("Vodafone DE"), 0.9)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setCarriers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void runningCampaigns()
    {
        DashboardCampaignModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunningCampaign sale;
        sale.id = 7;
        sale.name = QStringLiteral("Spring sale");
        sale.total = 1'000'000;
        sale.done = 412'000;
        sale.perMinute = 6000;
        sale.secondsLeft = 5880;
        RunningCampaign stalled;
        stalled.id = 8;
        stalled.name = QStringLiteral("Reminder");
        stalled.total = 10;
        model.setCampaigns({sale, stalled});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DashboardCampaignModel::Progress).data().toString(),
                 QStringLiteral("412,000 of 1,000,000"));
        QCOMPARE(model.index(0, DashboardCampaignModel::Progress).data(DashboardCampaignModel::FractionRole).toDouble(),
                 0.412);
        QCOMPARE(model.index(0, DashboardCampaignModel::Rate).data().toString(), QStringLiteral("6,000/min"));
        QCOMPARE(model.index(0, DashboardCampaignModel::TimeLeft).data().toString(), QStringLiteral("1 h 38 min"));
        QCOMPARE(model.index(1, DashboardCampaignModel::TimeLeft).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, DashboardCampaignModel::Rate).data().toString(), QStringLiteral("0.0/min"));
        QCOMPARE(model.index(1, 0).data(DashboardCampaignModel::CampaignIdRole).toLongLong(), 8);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        sale.done = 500'000;
        model.setCampaigns({sale, stalled});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, DashboardCampaignModel::Progress).data(DashboardCampaignModel::FractionRole).toDouble(),
                 0.5);
        model.setCampaigns({stalled});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }
};

SMSROUTER_GUI_TEST(TestDashboardModels)
#include "testdashboardmodels.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dashboardcarriermodel.h"

#include "common/money.h"
#include "displaytext.h"

#include <QLocale>

DashboardCarrierModel::DashboardCarrierModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DashboardCarrierModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardCarrierModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardCarrierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Carrier:
            return tr("Carrier");
        case DeliveredToday:
            return tr("Delivered today");
        case FailedToday:
            return tr("Failed today");
        case DeliveredWeek:
            return tr("Delivered 7 days");
        case FailedWeek:
            return tr("Failed 7 days");
        case EstimatedToday:
            return tr("Cost today");
        case ReportedToday:
            return tr("Reported today");
        case EstimatedMonth:
            return tr("Cost this month");
        case ReportedMonth:
            return tr("Reported this month");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DeliveredToday:
        case DeliveredWeek:
            return tr("Delivered, of the messages with a final outcome (delivered, undelivered or failed)");
        case FailedToday:
        case FailedWeek:
            return tr("Undelivered or failed, of the messages with a final outcome");
        case EstimatedToday:
        case EstimatedMonth:
            return tr("What the rules priced the messages sent at (the estimate)");
        case ReportedToday:
        case ReportedMonth:
            return tr("What Restcomm reported as the price of those messages, where it did");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section != Carrier)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString DashboardCarrierModel::rate(const std::optional<double> &fraction)
{
    if (!fraction)
        return QStringLiteral("—");
    return tr("%1 %").arg(QLocale().toString(*fraction * 100.0, 'f', 1));
}

QVariant DashboardCarrierModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const CarrierFigures &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Carrier:
            return c.name;
        case DeliveredToday:
            return rate(c.deliveryRateToday);
        case FailedToday:
            return rate(c.failureRateToday);
        case DeliveredWeek:
            return rate(c.deliveryRateWeek);
        case FailedWeek:
            return rate(c.failureRateWeek);
        case EstimatedToday:
            return money::displayWithUnit(c.estimatedCostTodayMicros, c.currency, 2);
        case ReportedToday:
            return money::displayWithUnit(c.reportedPriceTodayMicros, c.currency, 2);
        case EstimatedMonth:
            return money::displayWithUnit(c.estimatedCostMonthMicros, c.currency, 2);
        case ReportedMonth:
            return money::displayWithUnit(c.reportedPriceMonthMicros, c.currency, 2);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DeliveredToday:
        case FailedToday:
            return tr("Of %Ln message(s) with a final outcome today", nullptr, displaytext::plural(c.finalToday));
        case DeliveredWeek:
        case FailedWeek:
            return tr("Of %Ln message(s) with a final outcome in the last 7 days", nullptr,
                      displaytext::plural(c.finalWeek));
        case EstimatedToday:
        case ReportedToday:
        case EstimatedMonth:
        case ReportedMonth:
            return money::displayWithUnit(index.column() == EstimatedToday       ? c.estimatedCostTodayMicros
                                              : index.column() == ReportedToday  ? c.reportedPriceTodayMicros
                                              : index.column() == EstimatedMonth ? c.estimatedCostMonthMicros
                                                                                 : c.reportedPriceMonthMicros,
                                          c.currency, 6);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() != Carrier)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Carrier:
            return c.name.toLower();
        case DeliveredToday:
            return c.deliveryRateToday.value_or(-1.0);
        case FailedToday:
            return c.failureRateToday.value_or(-1.0);
        case DeliveredWeek:
            return c.deliveryRateWeek.value_or(-1.0);
        case FailedWeek:
            return c.failureRateWeek.value_or(-1.0);
        case EstimatedToday:
            return c.estimatedCostTodayMicros;
        case ReportedToday:
            return c.reportedPriceTodayMicros;
        case EstimatedMonth:
            return c.estimatedCostMonthMicros;
        case ReportedMonth:
            return c.reportedPriceMonthMicros;
        default:
            return {};
        }
    case CarrierIdRole:
        return c.carrierId;
    default:
        return {};
    }
}

void DashboardCarrierModel::setCarriers(const QList<CarrierFigures> &carriers)
{
    bool sameRows = carriers.size() == m_rows.size();
    for (int i = 0; sameRows && i < carriers.size(); ++i)
        sameRows = carriers.at(i).carrierId == m_rows.at(i).carrierId;
    if (!sameRows) {
        beginResetModel();
        m_rows = carriers;
        endResetModel();
        return;
    }
    m_rows = carriers;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

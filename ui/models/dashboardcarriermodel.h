// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/dashboardsnapshot.h"

#include <QAbstractTableModel>

/// The Dashboard's carrier table: delivery and failure rates today and over 7 days, and what the
/// rules estimated against what Restcomm reported, today and this month. Rates read "97.2 %"
/// with the messages they count in the tooltip; a carrier with no outcome yet reads "—". Raw
/// values under SortRole for a proxy.
class DashboardCarrierModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCarrierModel)

public:
    enum Column {
        Carrier,
        DeliveredToday,
        FailedToday,
        DeliveredWeek,
        FailedWeek,
        EstimatedToday,
        ReportedToday,
        EstimatedMonth,
        ReportedMonth,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CarrierIdRole = Qt::UserRole + 2;

    explicit DashboardCarrierModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Updates the rows in place where the carriers are the same (a refresh a second keeps the
    /// selection and scroll position), else resets.
    void setCarriers(const QList<CarrierFigures> &carriers);
    const CarrierFigures &carrierAt(int row) const { return m_rows.at(row); }

    /// "97.2 %", or "—" without an outcome to count.
    static QString rate(const std::optional<double> &fraction);

private:
    QList<CarrierFigures> m_rows;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/dashboardsnapshot.h"

#include <QAbstractTableModel>

/// The Dashboard's running campaigns: name, progress (a bar: "412,000 of 1,000,000"), the
/// current rate and the time left at that rate.
class DashboardCampaignModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCampaignModel)

public:
    enum Column { Name, Progress, Rate, TimeLeft, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Progress from 0 to 1, for ProgressBarDelegate.
    static constexpr int FractionRole = Qt::UserRole + 2;
    static constexpr int CampaignIdRole = Qt::UserRole + 3;

    explicit DashboardCampaignModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Updates in place when the campaigns are the same ones, else resets.
    void setCampaigns(const QList<RunningCampaign> &campaigns);
    const RunningCampaign &campaignAt(int row) const { return m_rows.at(row); }

    /// "8 min left", or "—" while the rate is unknown.
    static QString timeLeft(const RunningCampaign &campaign);

private:
    QList<RunningCampaign> m_rows;
};

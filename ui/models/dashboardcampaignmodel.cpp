// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dashboardcampaignmodel.h"

#include "displaytext.h"

#include <QLocale>

#include <algorithm>

DashboardCampaignModel::DashboardCampaignModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DashboardCampaignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardCampaignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardCampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Campaign");
        case Progress:
            return tr("Progress");
        case Rate:
            return tr("Rate");
        case TimeLeft:
            return tr("Time left");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (section == Rate || section == TimeLeft))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString DashboardCampaignModel::timeLeft(const RunningCampaign &campaign)
{
    if (!campaign.secondsLeft)
        return QStringLiteral("—");
    return displaytext::duration(std::chrono::seconds(*campaign.secondsLeft));
}

QVariant DashboardCampaignModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const RunningCampaign &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case Progress:
            return tr("%1 of %2").arg(displaytext::count(c.done), displaytext::count(c.total));
        case Rate:
            return tr("%1/min").arg(QLocale().toString(c.perMinute, 'f', c.perMinute < 10 ? 1 : 0));
        case TimeLeft:
            return timeLeft(c);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeLeft)
            return c.secondsLeft ? tr("At %1 messages a minute, the rate of the last minutes")
                                       .arg(QLocale().toString(c.perMinute, 'f', 0))
                                 : tr("No message was sent lately");
        if (index.column() == Name)
            return c.name;
        if (index.column() == Progress) // the figure beside the bar may not fit a narrow column
            return tr("%1 of %2 messages done").arg(displaytext::count(c.done), displaytext::count(c.total));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Rate || index.column() == TimeLeft)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FractionRole:
        if (index.column() == Progress)
            return c.total > 0 ? std::clamp(double(c.done) / double(c.total), 0.0, 1.0) : 0.0;
        return {};
    case SortRole:
        switch (index.column()) {
        case Name:
            return c.name.toLower();
        case Progress:
            return c.total > 0 ? double(c.done) / double(c.total) : 0.0;
        case Rate:
            return c.perMinute;
        case TimeLeft:
            return c.secondsLeft.value_or(std::numeric_limits<qint64>::max());
        default:
            return {};
        }
    case CampaignIdRole:
        return c.id;
    default:
        return {};
    }
}

void DashboardCampaignModel::setCampaigns(const QList<RunningCampaign> &campaigns)
{
    bool same = campaigns.size() == m_rows.size();
    for (int i = 0; same && i < campaigns.size(); ++i)
        same = campaigns.at(i).id == m_rows.at(i).id;
    if (!same) {
        beginResetModel();
        m_rows = campaigns;
        endResetModel();
        return;
    }
    m_rows = campaigns;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

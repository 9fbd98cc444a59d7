// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optouttablemodel.h"

#include "displaytext.h"

#include <QFontDatabase>

OptOutTableModel::OptOutTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

int OptOutTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OptOutTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptOutTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Reason:
        return tr("Reason");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

QVariant OptOutTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OptOut &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return o.e164;
        case Reason:
            return o.reason;
        case Added:
            return displaytext::relativeTime(o.addedAt, m_clock.nowMs());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Added)
            return displaytext::exactTime(o.addedAt);
        if (index.column() == Reason && !o.reason.isEmpty())
            return o.reason;
        return {};
    case Qt::FontRole:
        if (index.column() == Number)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        switch (index.column()) {
        case Number:
            return o.e164;
        case Reason:
            return o.reason.toLower();
        case Added:
            return o.addedAt;
        default:
            return {};
        }
    case NumberRole:
        return o.e164;
    default:
        return {};
    }
}

void OptOutTableModel::setOptOuts(const OptOutList &optOuts)
{
    beginResetModel();
    m_rows = optOuts;
    endResetModel();
}

int OptOutTableModel::rowOf(const QString &e164) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).e164 == e164)
            return i;
    }
    return -1;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storecopyreportmodel.h"

#include <QLocale>

StoreCopyReportModel::StoreCopyReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int StoreCopyReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreCopyReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreCopyReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoreCopyTable &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Table:
            return t.name;
        case SourceRows:
            return QLocale().toString(t.sourceRows);
        case TargetRows:
            return QLocale().toString(t.targetRows);
        case Match:
            return t.matches() ? tr("yes") : tr("no");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Table:
            return t.name;
        case SourceRows:
            return t.sourceRows;
        case TargetRows:
            return t.targetRows;
        case Match:
            return t.matches();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SourceRows || index.column() == TargetRows)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant StoreCopyReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Table:
        return tr("Table");
    case SourceRows:
        return tr("In this store");
    case TargetRows:
        return tr("On the server");
    case Match:
        return tr("Match");
    }
    return {};
}

void StoreCopyReportModel::setTables(const QList<StoreCopyTable> &tables)
{
    beginResetModel();
    m_rows = tables;
    endResetModel();
}

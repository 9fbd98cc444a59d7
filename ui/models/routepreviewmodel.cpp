// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "routepreviewmodel.h"

#include "common/money.h"
#include "widgets/fielderror.h"

#include <QFontDatabase>
#include <QPalette>

RoutePreviewModel::RoutePreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RoutePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.recipients.size());
}

int RoutePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecipientPlan &r = m_plan.recipients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return r.number.e164.isEmpty() ? r.input : r.number.e164;
        case Region:
            return r.number.region == QLatin1String("ZZ") ? QString() : r.number.region;
        case Carrier:
            return r.carrierName;
        case Price:
            return r.sendable() ? money::displayWithUnit(r.costMicros, m_plan.currency) : QString();
        case Problem:
            // A short word in the table; the full reason is in the tooltip.
            if (r.problemKind == QLatin1String("invalid_number"))
                return tr("not a valid number");
            if (r.problemKind == QLatin1String("duplicate"))
                return tr("listed twice");
            if (r.problemKind == QLatin1String("unroutable"))
                return tr("no rule routes it");
            if (r.problemKind == QLatin1String("opted_out"))
                return tr("opted out");
            return r.problem;
        }
        break;
    case Qt::ToolTipRole:
        if (r.decision.routed())
            return r.decision.explanation();
        return r.problem.isEmpty() ? QVariant() : QVariant(r.problem);
    case Qt::FontRole:
        if (index.column() == Number)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!r.sendable() && index.column() == Problem)
            return FieldError::errorColor(QPalette());
        break;
    default:
        break;
    }
    return {};
}

QVariant RoutePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Region:
        return tr("Region");
    case Carrier:
        return tr("Carrier");
    case Price:
        return tr("Price");
    case Problem:
        return tr("Not sent because");
    }
    return {};
}

void RoutePreviewModel::setPlan(const SendPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dispatch/sendservice.h"

#include <QAbstractTableModel>

/// The Compose page's preview: one row per recipient with the carrier the rules pick, the
/// price of the whole message, and what stops it.
class RoutePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutePreviewModel)

public:
    enum Column { Number, Region, Carrier, Price, Problem, ColumnCount };

    explicit RoutePreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlan(const SendPlan &plan);
    const SendPlan &plan() const { return m_plan; }

private:
    SendPlan m_plan;
};

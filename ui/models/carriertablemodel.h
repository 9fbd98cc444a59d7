// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"

#include <QAbstractTableModel>

/// The Carriers page's table: one row per carrier, raw values under SortRole for the proxy.
class CarrierTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierTableModel)

public:
    // Short columns first, the long SID and URL last, so the table reads without scrolling.
    enum Column { Name, Enabled, Rate, InFlight, TokenKeptIn, AccountSid, BaseUrl, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit CarrierTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCarriers(const CarrierList &carriers);
    const Carrier &carrierAt(int row) const { return m_carriers.at(row); }
    const CarrierList &carriers() const { return m_carriers; }
    /// The row of the carrier with this id, or -1.
    int rowOf(qint64 id) const;

private:
    CarrierList m_carriers;
};

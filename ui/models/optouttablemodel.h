// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "optouts/optout.h"

#include <QAbstractTableModel>

/// The Opt-outs page's table: number (E.164, monospace), when it was added, reason. Raw values
/// under SortRole for the proxy.
class OptOutTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutTableModel)

public:
    enum Column { Number, Added, Reason, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int NumberRole = Qt::UserRole + 2;

    explicit OptOutTableModel(const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOptOuts(const OptOutList &optOuts);
    const OptOut &optOutAt(int row) const { return m_rows.at(row); }
    /// The row of this E.164 number, or -1.
    int rowOf(const QString &e164) const;

private:
    const Clock &m_clock;
    OptOutList m_rows;
};

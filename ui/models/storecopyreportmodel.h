// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/storecopyjob.h"

#include <QAbstractTableModel>

/// The report of a store copy (Move store to server…): one row per table with its rows in this
/// store, its rows on the server after the copy, and whether they match. Raw numbers under
/// SortRole.
class StoreCopyReportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreCopyReportModel)

public:
    enum Column { Table, SourceRows, TargetRows, Match, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit StoreCopyReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTables(const QList<StoreCopyTable> &tables);

private:
    QList<StoreCopyTable> m_rows;
};

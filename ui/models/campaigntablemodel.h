// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/campaignsnapshot.h"
#include "common/clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <chrono>
#include <optional>

/// The Campaigns page's table: one row per campaign with its state, progress, counters per
/// message state, estimated cost, times and, for running campaigns, the time left at the rate
/// of the last minute. Fed with CampaignMonitor snapshots; a new snapshot updates rows in place
/// (one dataChanged for all of them), so the view keeps its selection and scroll position.
class CampaignTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTableModel)

public:
    enum Column {
        Name,
        State,
        Progress,
        Waiting, ///< pending + queued
        Sending, ///< submitting + unknown
        Sent,
        Delivered,
        NotDelivered, ///< failed + undelivered: the one "Not delivered" of every page
        Cost,
        Created,
        Started, ///< or when it will start, for a scheduled campaign
        Finished,
        TimeLeft,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int StateRole = Qt::UserRole + 3; ///< CampaignState as int, on the State column
    static constexpr int FractionRole = Qt::UserRole + 4; ///< 0–1, on the Progress column
    /// The time left is estimated from the progress of this last stretch of time…
    static constexpr std::chrono::seconds rateWindow {60};
    /// …once it spans at least this much.
    static constexpr std::chrono::seconds minRateSpan {5};

    explicit CampaignTableModel(const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshot(const CampaignSnapshot &snapshot);
    void setCurrency(const QString &currency);
    /// Relative times and the time left move on even when nothing changes: call now and then.
    void tick();

    const Campaign &campaignAt(int row) const { return m_rows.at(row).campaign; }
    const StateCounts &countsAt(int row) const { return m_rows.at(row).counts; }
    /// The row of the campaign with this id, or -1.
    int rowOf(qint64 id) const;

    /// Messages sent or settled (sent, delivered, undelivered, failed, rejected, cancelled).
    static qint64 doneCount(const StateCounts &counts);
    /// Messages not submitted yet (pending, queued, submitting, unknown).
    static qint64 openCount(const StateCounts &counts);
    static qint64 totalCount(const StateCounts &counts);
    /// Messages per second over the rate window, when there is enough recent progress.
    std::optional<double> rate(int row) const;
    /// Time until every message of a running campaign is submitted, at rate().
    std::optional<std::chrono::seconds> timeLeft(int row) const;

private:
    struct Sample
    {
        qint64 at = 0;
        qint64 done = 0;
    };
    struct Row
    {
        Campaign campaign;
        StateCounts counts;
        QList<Sample> samples; ///< progress over the last rate window, oldest first
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    std::optional<double> rate(const Row &row) const;
    std::optional<std::chrono::seconds> timeLeft(const Row &row) const;
    void record(Row &row, qint64 at) const;

    const Clock &m_clock;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QString m_currency;
};

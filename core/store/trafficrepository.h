// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// What entered one state in a stretch of time, for one carrier.
struct TrafficSums
{
    qint64 messages = 0;
    qint64 segments = 0;
    qint64 costMicros = 0; ///< estimated: the rules' price of the messages
    qint64 priceMicros = 0; ///< what Restcomm reported (positive), where it did

    TrafficSums &operator+=(const TrafficSums &other)
    {
        messages += other.messages;
        segments += other.segments;
        costMicros += other.costMicros;
        priceMicros += other.priceMicros;
        return *this;
    }
};

/// Carrier id (0: none) → state name → sums.
using TrafficTotals = QHash<qint64, QHash<QString, TrafficSums>>;

/// Messages that entered a state in one bucket of a chart.
struct TrafficCount
{
    qint64 bucketStart = 0; ///< ms since the epoch
    QString state;
    qint64 messages = 0;
};

/// The Dashboard's reads: the per-minute and per-hour counters (`traffic_minutes`,
/// `traffic_hours`, kept by triggers in the transaction of every event; see migration 10) and
/// the few counts of running campaigns it needs. Every read is a range of a primary key or of
/// an index: none of them reads the whole message table, however many messages there are.
class TrafficRepository final
{
public:
    explicit TrafficRepository(Database &db)
        : m_db(db)
    { }

    static constexpr qint64 minuteMs = 60'000;
    static constexpr qint64 hourMs = 3'600'000;

    /// The states counted (the trigger's WHEN clause), in the order the Dashboard draws them.
    static const QStringList &countedStates();

    /// Messages per bucket and state in [fromMs, toMs), from the hours when `bucketMs` is a
    /// whole number of hours, else from the minutes. Buckets start at multiples of `bucketMs`
    /// since the epoch; only non-zero ones are returned.
    Result<QList<TrafficCount>> buckets(qint64 fromMs, qint64 toMs, qint64 bucketMs) const;
    /// Sums per carrier and state over [fromMs, toMs) (whole minutes): whole hours from the
    /// hours, the minutes at either edge from the minutes.
    Result<TrafficTotals> totals(qint64 fromMs, qint64 toMs) const;

    /// Whether any message was ever stored (the first row of the table, not a count).
    Result<bool> anyMessage() const;
    /// The newest event's id (0 when none).
    Result<qint64> lastEventId() const;
    /// How many events have ids in (afterId, lastId]: a range of the primary key.
    Result<qint64> eventsBetween(qint64 afterId, qint64 lastId) const;
    /// The campaign's messages in a final state, counted on the (campaign, state) index.
    Result<qint64> finishedInCampaign(qint64 campaignId) const;
    /// How many messages of each campaign entered a final state (minus those that left one:
    /// "Retry failed") in events (afterId, lastId]: the events' key range, each joined to its
    /// message by its key.
    Result<QHash<qint64, qint64>> finishedChanges(qint64 afterId, qint64 lastId) const;

    /// EXPLAIN QUERY PLAN of every statement above, one line per step ("SEARCH traffic_minutes
    /// USING PRIMARY KEY (minute>? AND minute<?)"), so a test and the benchmark can show that
    /// none scans a table. SQLite only.
    Result<QStringList> queryPlans() const;

private:
    Database &m_db;
};

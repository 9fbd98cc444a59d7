// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "dashboardsnapshot.h"

#include <QObject>
#include <QTimeZone>

class Database;

/// Reads the Dashboard's figures from the store: traffic from the per-minute counters
/// (`traffic_minutes`, kept in the same transaction as each transition), carrier rates and costs,
/// running campaigns and what needs attention. Never scans the message table: every read is an
/// indexed range. Keeps the previous snapshot's campaign counts to compute each campaign's rate.
/// Runs on the caller's thread; the window calls it on a worker.
class DashboardService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardService)

public:
    explicit DashboardService(Database &db, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);

    /// Buckets: LastHour 60 × 1 min, LastDay 96 × 15 min, LastWeek 168 × 1 h, aligned to
    /// multiples of the width since the epoch (UTC), the newest one holding the present. "Today"
    /// starts at local midnight, the week at local midnight six days ago, the month on the 1st.
    /// Reads everything in one read transaction of the store; costs a few milliseconds whatever
    /// the store's size (README-dashboard, benchdashboard).
    Result<DashboardSnapshot> snapshot(DashboardRange range);

    /// The width of a range's buckets, and how many there are.
    static qint64 bucketMsFor(DashboardRange range);
    static int bucketCountFor(DashboardRange range);

    /// Where "today" and "this month" begin; the system's zone unless a test sets one.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    /// The traffic of `snapshot` as CSV (header: bucket_start,state,messages; ISO times in UTC),
    /// for the chart's "Copy data" and "Save as CSV".
    static QByteArray trafficCsv(const DashboardSnapshot &snapshot);
    /// The carrier figures as CSV (header: carrier,delivery_rate_today,failure_rate_today,
    /// delivery_rate_week,failure_rate_week,estimated_cost_today,estimated_cost_month,
    /// reported_price_today,reported_price_month,currency).
    static QByteArray carriersCsv(const DashboardSnapshot &snapshot);

    /// A running campaign's rate is taken over about this long (samples older are dropped).
    static constexpr qint64 rateWindowMs = 60'000;
    /// More events than this since the last snapshot: count the running campaigns again
    /// rather than add the events up.
    static constexpr qint64 maxEventsToAdd = 100'000;

private:
    Status readCampaigns(DashboardSnapshot &snapshot);

    Database &m_db;
    const Clock &m_clock;
    QMap<qint64, QPair<qint64, qint64>> m_previousDone; ///< campaign -> (taken at, done)
    QMap<qint64, QList<QPair<qint64, qint64>>> m_rateSamples; ///< campaign -> (taken at, done), oldest first
    qint64 m_lastEventId = -1; ///< the newest event m_previousDone includes; -1: count in full
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

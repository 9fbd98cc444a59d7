// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "dashboardsnapshot.h"

#include <QObject>

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

    Result<DashboardSnapshot> snapshot(DashboardRange range);

    /// The traffic of `snapshot` as CSV (header: bucket_start,state,messages; ISO times in UTC),
    /// for the chart's "Copy data" and "Save as CSV".
    static QByteArray trafficCsv(const DashboardSnapshot &snapshot);
    /// The carrier figures as CSV (header: carrier,delivery_rate_today,failure_rate_today,
    /// delivery_rate_week,failure_rate_week,estimated_cost_today,estimated_cost_month,
    /// reported_price_today,reported_price_month,currency).
    static QByteArray carriersCsv(const DashboardSnapshot &snapshot);

private:
    Database &m_db;
    const Clock &m_clock;
    QMap<qint64, QPair<qint64, qint64>> m_previousDone; ///< campaign -> (taken at, done)
};

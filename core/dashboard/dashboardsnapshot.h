// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// How far back the traffic chart looks, and how wide its buckets are.
enum class DashboardRange {
    LastHour, ///< 60 one-minute buckets
    LastDay, ///< 96 buckets of 15 minutes (see DashboardSnapshot::bucketMs)
    LastWeek, ///< 7 days of one-hour buckets
};

/// Messages that reached each state in one time bucket (transitions into the state).
struct TrafficBucket
{
    qint64 start = 0; ///< ms since the epoch
    /// Machine state name ("sent", "delivered", …) -> messages; every state the Dashboard
    /// counts is present (TrafficRepository::countedStates), zeros too.
    QMap<QString, qint64> byState;
};

/// One carrier's outcome rates and costs.
struct CarrierFigures
{
    qint64 carrierId = 0;
    QString name;
    // Final outcomes: delivered / (delivered + undelivered + failed); no outcome yet: nullopt.
    std::optional<double> deliveryRateToday;
    std::optional<double> failureRateToday;
    std::optional<double> deliveryRateWeek;
    std::optional<double> failureRateWeek;
    qint64 finalToday = 0; ///< messages with a final outcome today (the rate's denominator)
    qint64 finalWeek = 0;
    qint64 estimatedCostTodayMicros = 0; ///< what the rules priced the messages sent today at
    qint64 estimatedCostMonthMicros = 0;
    qint64 reportedPriceTodayMicros = 0; ///< what Restcomm reported for them, where it did
    qint64 reportedPriceMonthMicros = 0;
    QString currency; ///< of the costs ("EUR"); empty when unknown
};

/// A running campaign's progress and when it will finish at the current rate.
struct RunningCampaign
{
    qint64 id = 0;
    QString name;
    qint64 total = 0; ///< messages that will be sent (accepted at import)
    qint64 done = 0; ///< in a final state
    double perMinute = 0; ///< messages reaching a final state per minute, over about the last minute
    std::optional<qint64> secondsLeft; ///< nullopt while the rate is unknown or zero
};

/// What needs a person: each item opens the Delivery log filtered to it.
struct AttentionItems
{
    qint64 unknownOutcomes = 0; ///< messages in state "unknown"
    qint64 failedToday = 0; ///< failed or undelivered since local midnight
    QStringList openBreakers; ///< carrier names whose breaker is open
};

/// Everything the Dashboard draws, read from the store in one go off the window's thread.
struct DashboardSnapshot
{
    qint64 takenAt = 0; ///< ms since the epoch
    DashboardRange range = DashboardRange::LastHour;
    qint64 bucketMs = 60000;
    QList<TrafficBucket> traffic; ///< oldest first, every bucket of the range present (zeros too)
    QList<CarrierFigures> carriers; ///< every carrier, by name
    QList<RunningCampaign> campaigns; ///< running campaigns, oldest first
    AttentionItems attention;
    bool storeEmpty = true; ///< no message was ever written: the charts show a sentence
};

Q_DECLARE_METATYPE(DashboardSnapshot)

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "trafficrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace {

// The final states (isFinalState), spelled into the SQL: our own constants, never input.
const QString trafficFinalStates = QStringLiteral("('delivered', 'undelivered', 'failed', 'rejected', 'cancelled')");

const QString trafficBucketsFromMinutes =
    QStringLiteral("SELECT minute - minute % :b1, state, SUM(messages) FROM traffic_minutes"
                   " WHERE minute >= :from AND minute < :to GROUP BY 1, 2");
const QString trafficBucketsFromHours =
    QStringLiteral("SELECT hour - hour % :b1, state, SUM(messages) FROM traffic_hours"
                   " WHERE hour >= :from AND hour < :to GROUP BY 1, 2");
const QString trafficTotalsSql = QStringLiteral(
    "SELECT carrier_id, state, SUM(messages), SUM(segments), SUM(cost_micros), SUM(price_micros) FROM ("
    " SELECT carrier_id, state, messages, segments, cost_micros, price_micros FROM traffic_hours"
    " WHERE hour >= :hfrom AND hour < :hto"
    " UNION ALL SELECT carrier_id, state, messages, segments, cost_micros, price_micros FROM traffic_minutes"
    " WHERE minute >= :from AND minute < :hfrom2"
    " UNION ALL SELECT carrier_id, state, messages, segments, cost_micros, price_micros FROM traffic_minutes"
    " WHERE minute >= :hto2 AND minute < :to) AS parts GROUP BY carrier_id, state");
const QString trafficAnyMessageSql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE id > 0)");
const QString trafficLastEventSql = QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM message_events");
const QString trafficEventsBetweenSql =
    QStringLiteral("SELECT COUNT(*) FROM message_events WHERE id > :after AND id <= :last");
const QString trafficFinishedSql =
    QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = :c AND state IN ") + trafficFinalStates;
const QString trafficFinishedChangesSql =
    QStringLiteral("SELECT m.campaign_id, SUM(CASE WHEN e.to_state IN %1 THEN 1 ELSE 0 END)"
                   " - SUM(CASE WHEN e.from_state IN %1 THEN 1 ELSE 0 END)"
                   " FROM message_events e JOIN messages m ON m.id = e.message_id"
                   " WHERE e.id > :after AND e.id <= :last AND m.campaign_id IS NOT NULL GROUP BY m.campaign_id")
        .arg(trafficFinalStates);

qint64 floorTo(qint64 value, qint64 step)
{
    return value - value % step;
}

qint64 ceilTo(qint64 value, qint64 step)
{
    return value % step == 0 ? value : floorTo(value, step) + step;
}

Result<qint64> trafficCount(const Result<QVariant> &value)
{
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace

const QStringList &TrafficRepository::countedStates()
{
    // Must list what SqlDialect::trafficEventTrigger's WHEN clause does (TestDashboardService checks).
    static const QStringList states {QStringLiteral("sent"),        QStringLiteral("delivered"),
                                     QStringLiteral("undelivered"), QStringLiteral("failed"),
                                     QStringLiteral("unknown"),     QStringLiteral("rejected")};
    return states;
}

Result<QList<TrafficCount>> TrafficRepository::buckets(qint64 fromMs, qint64 toMs, qint64 bucketMs) const
{
    const bool hours = bucketMs % hourMs == 0;
    auto query = sql::run(m_db.connection(), hours ? trafficBucketsFromHours : trafficBucketsFromMinutes,
                          {{"b1", bucketMs}, {"from", fromMs}, {"to", toMs}});
    if (!query)
        return query.error();
    QList<TrafficCount> counts;
    while (query->next())
        counts.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong()});
    return counts;
}

Result<TrafficTotals> TrafficRepository::totals(qint64 fromMs, qint64 toMs) const
{
    fromMs = floorTo(fromMs, minuteMs);
    toMs = ceilTo(toMs, minuteMs);
    qint64 hourFrom = ceilTo(fromMs, hourMs);
    qint64 hourTo = floorTo(toMs, hourMs);
    if (hourFrom >= hourTo)
        hourFrom = hourTo = toMs; // no whole hour: the minutes alone
    auto query = sql::run(
        m_db.connection(), trafficTotalsSql,
        {{"hfrom", hourFrom}, {"hto", hourTo}, {"from", fromMs}, {"hfrom2", hourFrom}, {"hto2", hourTo}, {"to", toMs}});
    if (!query)
        return query.error();
    TrafficTotals totals;
    while (query->next()) {
        TrafficSums sums;
        sums.messages = query->value(2).toLongLong();
        sums.segments = query->value(3).toLongLong();
        sums.costMicros = query->value(4).toLongLong();
        sums.priceMicros = query->value(5).toLongLong();
        totals[query->value(0).toLongLong()][query->value(1).toString()] += sums;
    }
    return totals;
}

Result<bool> TrafficRepository::anyMessage() const
{
    auto any = sql::scalar(m_db.connection(), trafficAnyMessageSql);
    if (!any)
        return any.error();
    return any->toLongLong() != 0;
}

Result<qint64> TrafficRepository::lastEventId() const
{
    return trafficCount(sql::scalar(m_db.connection(), trafficLastEventSql));
}

Result<qint64> TrafficRepository::eventsBetween(qint64 afterId, qint64 lastId) const
{
    return trafficCount(
        sql::scalar(m_db.connection(), trafficEventsBetweenSql, {{"after", afterId}, {"last", lastId}}));
}

Result<qint64> TrafficRepository::finishedInCampaign(qint64 campaignId) const
{
    return trafficCount(sql::scalar(m_db.connection(), trafficFinishedSql, {{"c", campaignId}}));
}

Result<QHash<qint64, qint64>> TrafficRepository::finishedChanges(qint64 afterId, qint64 lastId) const
{
    auto query = sql::run(m_db.connection(), trafficFinishedChangesSql, {{"after", afterId}, {"last", lastId}});
    if (!query)
        return query.error();
    QHash<qint64, qint64> changes;
    while (query->next())
        changes.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return changes;
}

Result<QStringList> TrafficRepository::queryPlans() const
{
    QStringList plans;
    auto explain = [&](const QString &statement, std::initializer_list<sql::Binding> bindings) -> Status {
        auto query = sql::run(m_db.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statement, bindings);
        if (!query)
            return query.error();
        while (query->next())
            plans.append(query->value(3).toString());
        return {};
    };
    const qint64 t = 1'767'268'800'000;
    for (const Status &status :
         {explain(trafficBucketsFromMinutes, {{"b1", minuteMs}, {"from", t}, {"to", t + hourMs}}),
          explain(trafficBucketsFromHours, {{"b1", hourMs}, {"from", t}, {"to", t + 168 * hourMs}}),
          explain(trafficTotalsSql,
                  {{"hfrom", t}, {"hto", t + hourMs}, {"from", t}, {"hfrom2", t}, {"hto2", t + hourMs}, {"to", t}}),
          explain(trafficAnyMessageSql, {}), explain(trafficLastEventSql, {}),
          explain(trafficEventsBetweenSql, {{"after", 1}, {"last", 2}}), explain(trafficFinishedSql, {{"c", 1}}),
          explain(trafficFinishedChangesSql, {{"after", 1}, {"last", 2}})}) {
        if (!status)
            return status.error();
    }
    return plans;
}

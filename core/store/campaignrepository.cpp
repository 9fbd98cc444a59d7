// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString selectCampaignColumns = QStringLiteral(
    "SELECT id, name, sender, body_template, state, region, source_file, rows_total, accepted, rejected, "
    "segments_total, estimated_cost_micros, created_at, scheduled_at, started_at, finished_at, import_host, "
    "import_pid, import_heartbeat_at FROM campaigns ");

Campaign campaignFromRow(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.sender = q.value(2).toString();
    c.bodyTemplate = q.value(3).toString();
    c.state = campaignStateFromName(q.value(4).toString()).value_or(CampaignState::Draft);
    c.region = q.value(5).toString();
    c.sourceFile = q.value(6).toString();
    c.rowsTotal = q.value(7).toLongLong();
    c.accepted = q.value(8).toLongLong();
    c.rejected = q.value(9).toLongLong();
    c.segmentsTotal = q.value(10).toLongLong();
    c.estimatedCostMicros = q.value(11).toLongLong();
    c.createdAt = q.value(12).toLongLong();
    c.scheduledAt = q.value(13).toLongLong();
    c.startedAt = q.value(14).toLongLong();
    c.finishedAt = q.value(15).toLongLong();
    c.importHost = q.value(16).toString();
    c.importPid = q.value(17).toLongLong();
    c.importHeartbeatAt = q.value(18).toLongLong();
    return c;
}

Result<CampaignList> campaignsFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    CampaignList campaigns;
    while (query->next())
        campaigns.append(campaignFromRow(*query));
    return campaigns;
}

/// State names are our own constants, never input, so they may be spelled into the SQL.
QString stateList(const QList<CampaignState> &states)
{
    QStringList names;
    for (CampaignState state : states)
        names.append(QLatin1Char('\'') + campaignStateName(state) + QLatin1Char('\''));
    return names.join(QLatin1Char(','));
}

} // namespace

Result<Campaign> CampaignRepository::insert(Campaign c)
{
    auto id = sql::scalar(
        m_db.connection(),
        QStringLiteral("INSERT INTO campaigns (name, sender, body_template, state, region, source_file, rows_total, "
                       "accepted, rejected, segments_total, estimated_cost_micros, created_at, scheduled_at, "
                       "started_at, finished_at, import_host, import_pid, import_heartbeat_at) VALUES (:name, "
                       ":sender, :body, :state, :region, :source, :rows, :accepted, :rejected, :segments, :cost, "
                       ":created, :scheduled, :started, :finished, :host, :pid, :heartbeat) RETURNING id"),
        {{"name", c.name},
         {"sender", c.sender},
         {"body", c.bodyTemplate},
         {"state", campaignStateName(c.state)},
         {"region", c.region},
         {"source", c.sourceFile},
         {"rows", c.rowsTotal},
         {"accepted", c.accepted},
         {"rejected", c.rejected},
         {"segments", c.segmentsTotal},
         {"cost", c.estimatedCostMicros},
         {"created", c.createdAt},
         {"scheduled", sql::nullIfZero(c.scheduledAt)},
         {"started", sql::nullIfZero(c.startedAt)},
         {"finished", sql::nullIfZero(c.finishedAt)},
         {"host", c.importHost},
         {"pid", c.importPid},
         {"heartbeat", c.importHeartbeatAt}});
    if (!id)
        return id.error();
    c.id = id->toLongLong();
    return c;
}

Result<std::optional<Campaign>> CampaignRepository::findById(qint64 id) const
{
    auto found = campaignsFrom(
        sql::run(m_db.connection(), selectCampaignColumns + QStringLiteral("WHERE id = :id"), {{"id", id}}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Campaign>();
    return std::optional<Campaign>(found->first());
}

Result<CampaignList> CampaignRepository::list() const
{
    return campaignsFrom(sql::run(m_db.connection(), selectCampaignColumns + QStringLiteral("ORDER BY id DESC")));
}

Result<CampaignList> CampaignRepository::inState(CampaignState state) const
{
    return campaignsFrom(sql::run(m_db.connection(),
                                  selectCampaignColumns + QStringLiteral("WHERE state = :state ORDER BY id"),
                                  {{"state", campaignStateName(state)}}));
}

Result<bool> CampaignRepository::moveState(const Campaign &after, const QList<CampaignState> &from)
{
    auto moved = sql::run(
        m_db.connection(),
        QStringLiteral("UPDATE campaigns SET state = :state, scheduled_at = :scheduled, started_at = :started, "
                       "finished_at = :finished WHERE id = :id AND state IN (%1)")
            .arg(stateList(from)),
        {{"state", campaignStateName(after.state)},
         {"scheduled", sql::nullIfZero(after.scheduledAt)},
         {"started", sql::nullIfZero(after.startedAt)},
         {"finished", sql::nullIfZero(after.finishedAt)},
         {"id", after.id}});
    if (!moved)
        return moved.error();
    return moved->numRowsAffected() == 1;
}

Result<bool> CampaignRepository::finishImport(const Campaign &c)
{
    auto done = sql::run(m_db.connection(),
                         QStringLiteral("UPDATE campaigns SET state = :state, rows_total = :rows, accepted = "
                                        ":accepted, rejected = :rejected, segments_total = :segments, "
                                        "estimated_cost_micros = :cost, import_host = '', import_pid = 0 WHERE id = "
                                        ":id AND state = 'importing'"),
                         {{"state", campaignStateName(c.state)},
                          {"rows", c.rowsTotal},
                          {"accepted", c.accepted},
                          {"rejected", c.rejected},
                          {"segments", c.segmentsTotal},
                          {"cost", c.estimatedCostMicros},
                          {"id", c.id}});
    if (!done)
        return done.error();
    return done->numRowsAffected() == 1;
}

Status CampaignRepository::heartbeat(qint64 id, qint64 now, qint64 rows, qint64 accepted, qint64 rejected)
{
    auto beat =
        sql::run(m_db.connection(),
                 QStringLiteral("UPDATE campaigns SET import_heartbeat_at = :now, rows_total = :rows, accepted = "
                                ":accepted, rejected = :rejected WHERE id = :id"),
                 {{"now", now}, {"rows", rows}, {"accepted", accepted}, {"rejected", rejected}, {"id", id}});
    if (!beat)
        return beat.error();
    return {};
}

Result<qint64> CampaignRepository::deleteMessages(qint64 id, qint64 limit)
{
    auto deleted = sql::run(m_db.connection(),
                            QStringLiteral("DELETE FROM messages WHERE id IN (SELECT id FROM messages WHERE "
                                           "campaign_id = :id LIMIT :limit)"),
                            {{"id", id}, {"limit", limit}});
    if (!deleted)
        return deleted.error();
    return qint64(deleted->numRowsAffected());
}

Result<qint64> CampaignRepository::deleteRejects(qint64 id, qint64 limit)
{
    auto deleted = sql::run(m_db.connection(),
                            QStringLiteral("DELETE FROM import_rejects WHERE id IN (SELECT id FROM import_rejects "
                                           "WHERE campaign_id = :id LIMIT :limit)"),
                            {{"id", id}, {"limit", limit}});
    if (!deleted)
        return deleted.error();
    return qint64(deleted->numRowsAffected());
}

Status CampaignRepository::remove(qint64 id)
{
    auto removed = sql::run(m_db.connection(), QStringLiteral("DELETE FROM campaigns WHERE id = :id"), {{"id", id}});
    if (!removed)
        return removed.error();
    return {};
}

Result<QList<qint64>> CampaignRepository::dueScheduled(qint64 now) const
{
    return sql::ids(
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT id FROM campaigns WHERE state = 'scheduled' AND scheduled_at <= :now "
                                "ORDER BY scheduled_at, id"),
                 {{"now", now}}));
}

Result<QList<qint64>> CampaignRepository::runningWithNothingOpen() const
{
    // Served by messages(campaign_id, state): a few index probes per running campaign.
    return sql::ids(
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT id FROM campaigns c WHERE state = 'running' AND NOT EXISTS (SELECT 1 "
                                "FROM messages m WHERE m.campaign_id = c.id AND m.state IN ('pending', "
                                "'queued', 'submitting', 'unknown')) ORDER BY id")));
}

Result<CampaignList> CampaignRepository::stoppedWithQueuedMessages() const
{
    // One index probe on messages(campaign_id, state) per paused or cancelled campaign.
    return campaignsFrom(sql::run(m_db.connection(),
                                  selectCampaignColumns
                                      + QStringLiteral("WHERE state IN ('paused', 'cancelled') AND EXISTS (SELECT 1 "
                                                       "FROM messages m WHERE m.campaign_id = campaigns.id AND "
                                                       "m.state = 'queued') ORDER BY id")));
}

Result<QHash<qint64, QHash<MessageState, qint64>>> CampaignRepository::countsByCampaign() const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT campaign_id, state, COUNT(*) FROM messages WHERE campaign_id IS NOT "
                                         "NULL GROUP BY campaign_id, state"));
    if (!query)
        return query.error();
    QHash<qint64, QHash<MessageState, qint64>> counts;
    while (query->next()) {
        if (const auto state = messageStateFromName(query->value(1).toString()))
            counts[query->value(0).toLongLong()].insert(*state, query->value(2).toLongLong());
    }
    return counts;
}

namespace {

/// A read transaction: everything read between begin and the end of scope sees one snapshot.
class Snapshot final
{
public:
    explicit Snapshot(const Database &db)
        : m_query(db.connection())
    {
        m_started = m_query.exec(db.dialect().beginSnapshot());
        if (!m_started)
            m_error = sql::failure(m_query.lastError(),
                                   QCoreApplication::translate("CampaignRepository", "The store could not be read: %1")
                                       .arg(m_query.lastError().text()));
    }
    ~Snapshot()
    {
        if (m_started)
            m_query.exec(QStringLiteral("COMMIT"));
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

    bool started() const { return m_started; }
    const Error &error() const { return m_error; }

private:
    QSqlQuery m_query;
    bool m_started = false;
    Error m_error;
};

} // namespace

Result<CampaignCountChanges> CampaignRepository::countChanges(qint64 afterEventId,
                                                              const std::function<bool(const Campaign &)> &countInFull,
                                                              qint64 maxTransitions) const
{
    const Snapshot snapshot(m_db);
    if (!snapshot.started())
        return snapshot.error();
    CampaignCountChanges changes;
    auto campaigns = list();
    if (!campaigns)
        return campaigns.error();
    changes.campaigns = *campaigns;
    auto last = sql::scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM message_events"));
    if (!last)
        return last.error();
    changes.lastEventId = last->toLongLong();
    changes.recountedAll = afterEventId < 0 || afterEventId > changes.lastEventId;
    if (!changes.recountedAll && changes.lastEventId > afterEventId) {
        // A range of the primary key: counting it reads only the ids, not the events.
        auto pending = sql::scalar(m_db.connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM message_events WHERE id > :after AND id <= "
                                                  ":last"),
                                   {{"after", afterEventId}, {"last", changes.lastEventId}});
        if (!pending)
            return pending.error();
        changes.recountedAll = pending->toLongLong() > maxTransitions;
    }

    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT state, COUNT(*) FROM messages WHERE campaign_id = :c GROUP BY state"));
    for (const Campaign &c : std::as_const(changes.campaigns)) {
        if (c.state == CampaignState::Importing || !(changes.recountedAll || countInFull(c)))
            continue;
        count.bindValue(QStringLiteral(":c"), c.id);
        if (!count.exec())
            return Error::failed(
                QCoreApplication::translate("CampaignRepository", "The store could not count a campaign's messages: %1")
                    .arg(count.lastError().text()));
        StateCounts &counts = changes.recounted[c.id];
        while (count.next()) {
            if (const auto state = messageStateFromName(count.value(0).toString()))
                counts.insert(*state, count.value(1).toLongLong());
        }
    }
    if (changes.recountedAll || changes.lastEventId <= afterEventId)
        return changes;

    // Served by the events' primary key and the messages' one.
    auto moved = sql::run(m_db.connection(),
                          QStringLiteral("SELECT m.campaign_id, e.from_state, e.to_state, COUNT(*) FROM message_events "
                                         "e JOIN messages m ON m.id = e.message_id WHERE e.id > :after AND e.id <= "
                                         ":last AND m.campaign_id IS NOT NULL GROUP BY m.campaign_id, e.from_state, "
                                         "e.to_state"),
                          {{"after", afterEventId}, {"last", changes.lastEventId}});
    if (!moved)
        return moved.error();
    while (moved->next()) {
        CampaignCountChanges::Transition t;
        t.campaignId = moved->value(0).toLongLong();
        if (changes.recounted.contains(t.campaignId))
            continue;
        t.from = messageStateFromName(moved->value(1).toString());
        const auto to = messageStateFromName(moved->value(2).toString());
        if (!to)
            continue;
        t.to = *to;
        t.count = moved->value(3).toLongLong();
        changes.transitions.append(t);
    }
    return changes;
}

Status CampaignRepository::refreshEstimatedCost(qint64 id)
{
    auto updated =
        sql::run(m_db.connection(),
                 QStringLiteral("UPDATE campaigns SET estimated_cost_micros = (SELECT COALESCE(SUM(cost_micros), "
                                "0) FROM messages WHERE campaign_id = :campaign AND state <> 'cancelled') "
                                "WHERE id = :id"),
                 {{"campaign", id}, {"id", id}});
    if (!updated)
        return updated.error();
    return {};
}

Result<CarrierCostList> CampaignRepository::costByCarrier(qint64 id) const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT m.carrier_id, c.name, COUNT(*), SUM(m.segments), SUM(m.cost_micros) "
                                         "FROM messages m LEFT JOIN carriers c ON c.id = m.carrier_id WHERE "
                                         "m.campaign_id = :id AND m.state <> 'cancelled' GROUP BY m.carrier_id, "
                                         "c.name ORDER BY 5 DESC, 2"),
                          {{"id", id}});
    if (!query)
        return query.error();
    CarrierCostList costs;
    while (query->next()) {
        CarrierCost cost;
        cost.carrierId = query->value(0).toLongLong();
        cost.carrierName = query->value(1).toString();
        cost.messages = query->value(2).toLongLong();
        cost.segments = query->value(3).toLongLong();
        cost.costMicros = query->value(4).toLongLong();
        costs.append(cost);
    }
    return costs;
}

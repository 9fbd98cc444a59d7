// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignqueuerepository.h"

#include "database.h"
#include "sql.h"

Result<QList<qint64>> CampaignQueueRepository::runningWithPending(qint64 campaignId) const
{
    // One index probe on messages(campaign_id, state) per running campaign.
    const QString statement = QStringLiteral("SELECT id FROM campaigns c WHERE state = 'running'%1 AND EXISTS (SELECT "
                                             "1 FROM messages m WHERE m.campaign_id = c.id AND m.state = 'pending') "
                                             "ORDER BY id")
                                  .arg(campaignId > 0 ? QStringLiteral(" AND id = :campaign") : QString());
    return sql::ids(campaignId > 0 ? sql::run(m_db.connection(), statement, {{"campaign", campaignId}})
                                   : sql::run(m_db.connection(), statement));
}

Result<bool> CampaignQueueRepository::hasPending(qint64 campaignId) const
{
    auto any = sql::scalar(m_db.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE campaign_id = :campaign "
                                          "AND state = 'pending' LIMIT 1) q"),
                           {{"campaign", campaignId}});
    if (!any)
        return any.error();
    return any->toLongLong() > 0;
}

Result<qint64> CampaignQueueRepository::countQueued(qint64 campaignId, qint64 cap) const
{
    auto count = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE campaign_id = "
                                            ":campaign AND state = 'queued' LIMIT :cap) q"),
                             {{"campaign", campaignId}, {"cap", cap}});
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<qint64> CampaignQueueRepository::promote(qint64 campaignId, qint64 limit, qint64 now)
{
    const bool postgres = m_db.dialect().kind() == SqlDialect::Kind::Postgres;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // SQLite: the transaction holds the store's write lock, so the campaign cannot change before
    // the commit. PostgreSQL: FOR SHARE makes a pause or cancel wait for this slice; one that
    // committed first is seen here (the row is read again after its lock is released).
    auto state = sql::run(m_db.connection(),
                          QStringLiteral("SELECT state FROM campaigns WHERE id = :campaign%1")
                              .arg(postgres ? QStringLiteral(" FOR SHARE") : QString()),
                          {{"campaign", campaignId}});
    if (!state)
        return state.error();
    if (!state->next() || state->value(0).toString() != QLatin1String("running"))
        return qint64(0);
    // SQLite walks messages(campaign_id, state) in id order, so ORDER BY id costs nothing there;
    // PostgreSQL would sort every pending message for it, and reads that index in about the
    // order of insertion anyway.
    auto moved = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE messages SET state = 'queued', updated_at = :now, next_attempt_at = "
                                         ":next WHERE id IN (SELECT id FROM messages WHERE campaign_id = :campaign AND "
                                         "state = 'pending'%1 LIMIT :limit%2)")
                              .arg(postgres ? QString() : QStringLiteral(" ORDER BY id"),
                                   postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()),
                          {{"now", now}, {"next", now}, {"campaign", campaignId}, {"limit", limit}});
    if (!moved)
        return moved.error();
    const qint64 count = moved->numRowsAffected();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return count;
}

Result<qint64> CampaignQueueRepository::demote(qint64 campaignId, qint64 now)
{
    auto moved = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE messages SET state = 'pending', updated_at = :now WHERE campaign_id = "
                                         ":campaign AND state = 'queued'"),
                          {{"now", now}, {"campaign", campaignId}});
    if (!moved)
        return moved.error();
    return qint64(moved->numRowsAffected());
}

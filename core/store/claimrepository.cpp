// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "claimrepository.h"

#include "database.h"
#include "messageindexes.h"
#include "messagerepository.h"
#include "sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace {

using Bindings = QList<std::pair<QString, QVariant>>;

Result<QSqlQuery> runBound(const QSqlDatabase &db, const QString &statement, const Bindings &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(statement);
    if (ok) {
        for (const auto &[name, value] : bindings)
            query.bindValue(QLatin1Char(':') + name, value);
        ok = query.exec();
    }
    if (!ok)
        return sql::failure(query.lastError(),
                            QCoreApplication::translate("ClaimRepository",
                                                        "The store could not share the messages out among the "
                                                        "dispatchers: %1")
                                .arg(query.lastError().text()));
    return query;
}

/// The campaign part of a WHERE clause ("" for every campaign), and its binding.
QString campaignClause(qint64 campaignId, Bindings &bindings)
{
    if (campaignId == MessageRepository::singleSends)
        return QStringLiteral(" AND campaign_id IS NULL");
    if (campaignId > 0) {
        bindings.append({QStringLiteral("campaign"), campaignId});
        return QStringLiteral(" AND campaign_id = :campaign");
    }
    return {};
}

/// The queued messages of a carrier that are due, as MessageRepository::dueInState reads them,
/// locked for this transaction and skipping those another holds.
QString lockedDueIds(qint64 carrierId, qint64 now, int limit, qint64 campaignId, Bindings &bindings)
{
    bindings.append({QStringLiteral("carrier"), carrierId});
    bindings.append({QStringLiteral("now"), now});
    bindings.append({QStringLiteral("limit"), limit});
    return QStringLiteral("SELECT id FROM messages WHERE state = 'queued' AND %2 AND carrier_id = :carrier AND "
                          "next_attempt_at <= :now%1 AND (campaign_id IS NULL OR campaign_id IN (SELECT id FROM "
                          "campaigns WHERE state = 'running')) ORDER BY next_attempt_at, id LIMIT :limit "
                          "FOR UPDATE SKIP LOCKED")
        .arg(campaignClause(campaignId, bindings), messageindexes::notPending());
}

/// The messages, in the order they were due.
Result<MessageList> readInOrder(Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return MessageList();
    auto messages = MessageRepository(db).findMany(ids);
    if (!messages)
        return messages;
    std::sort(messages->begin(), messages->end(), [](const Message &a, const Message &b) {
        return std::pair(a.nextAttemptAt, a.id) < std::pair(b.nextAttemptAt, b.id);
    });
    return messages;
}

/// Messages that name `claimer` (empty: none).
QString claimerClause(const QString &claimer, Bindings &bindings)
{
    if (claimer.isEmpty())
        return QStringLiteral("claimed_by IS NULL");
    bindings.append({QStringLiteral("from"), claimer});
    return QStringLiteral("claimed_by = :from");
}

} // namespace

Result<MessageList> ClaimRepository::claimDue(qint64 carrierId, int limit, qint64 now, const QString &detail,
                                              qint64 campaignId, const QString &claimer)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // One statement picks, claims and records: a claim costs one round trip to the server
    // whatever its size (then one more to read the messages back).
    Bindings bindings {{QStringLiteral("claimer"), claimer},
                       {QStringLiteral("submitted"), now},
                       {QStringLiteral("updated"), now},
                       {QStringLiteral("at"), now},
                       {QStringLiteral("detail"), sql::text(detail)}};
    const QString picked = lockedDueIds(carrierId, now, limit, campaignId, bindings);
    auto claimed = runBound(
        m_db.connection(),
        QStringLiteral("WITH picked AS (%1), claimed AS (UPDATE messages SET state = 'submitting', claimed_by = "
                       ":claimer, attempts = messages.attempts + 1, submitted_at = :submitted, updated_at = :updated "
                       "FROM picked WHERE messages.id = picked.id AND messages.state = 'queued' RETURNING "
                       "messages.id) INSERT INTO message_events (message_id, at, from_state, to_state, http_status, "
                       "detail) SELECT id, :at, 'queued', 'submitting', NULL, :detail FROM claimed RETURNING "
                       "message_id")
            .arg(picked),
        bindings);
    if (!claimed)
        return claimed.error();
    auto messages = readInOrder(m_db, sql::ids(*claimed));
    if (!messages)
        return messages;
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return messages;
}

Result<qint64> ClaimRepository::countInFlight(qint64 carrierId) const
{
    // The (state, carrier_id, next_attempt_at) index: as many rows as the carrier's cap at most.
    auto n = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM messages WHERE state = 'submitting' AND %1 AND "
                                        "carrier_id = :carrier")
                             .arg(messageindexes::notPending()),
                         {{"carrier", carrierId}});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<MessageList> ClaimRepository::lockDueQueued(qint64 carrierId, qint64 now, int limit, qint64 campaignId)
{
    Bindings bindings;
    const QString statement = lockedDueIds(carrierId, now, limit, campaignId, bindings);
    auto locked = runBound(m_db.connection(), statement, bindings);
    if (!locked)
        return locked.error();
    return readInOrder(m_db, sql::ids(*locked));
}

Result<QStringList> ClaimRepository::orphanedClaimers(qint64 campaignId, qint64 followedBefore) const
{
    // One statement, so one snapshot: a claimer whose claims it sees but whose row it does not
    // was removed before (a dispatcher is registered before its first claim, and a removed one
    // can never claim again), never one that merely started after.
    Bindings bindings {{QStringLiteral("followed"), followedBefore}};
    const QString campaign = campaignClause(campaignId, bindings);
    auto q =
        runBound(m_db.connection(),
                 QStringLiteral("SELECT DISTINCT COALESCE(claimed_by, '') FROM messages m WHERE (state IN "
                                "('submitting', 'unknown') OR (state = 'sent' AND next_attempt_at < "
                                ":followed))%1 AND %2 AND (claimed_by IS NULL OR NOT EXISTS (SELECT 1 FROM dispatchers "
                                "d WHERE d.instance = m.claimed_by))")
                     .arg(campaign, messageindexes::notPending()),
                 bindings);
    return sql::texts(std::move(q));
}

Result<qint64> ClaimRepository::takeOver(const QString &from, const QString &to, qint64 campaignId, qint64 now,
                                         qint64 followedBefore, const QString &lastError, const QString &detail)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Bindings inDoubt {{QStringLiteral("to"), to},    {QStringLiteral("error"), sql::text(lastError)},
                      {QStringLiteral("next"), now}, {QStringLiteral("updated"), now},
                      {QStringLiteral("at"), now},   {QStringLiteral("detail"), sql::text(detail)}};
    QString where = claimerClause(from, inDoubt);
    where += campaignClause(campaignId, inDoubt);
    auto moved = runBound(
        m_db.connection(),
        QStringLiteral(
            "WITH moved AS (UPDATE messages SET state = 'unknown', claimed_by = :to, last_error = :error, "
            "next_attempt_at = :next, updated_at = :updated WHERE state = 'submitting' AND %2 AND %1 RETURNING "
            "id) INSERT INTO message_events (message_id, at, from_state, to_state, http_status, detail) "
            "SELECT id, :at, 'submitting', 'unknown', NULL, :detail FROM moved")
            .arg(where, messageindexes::notPending()),
        inDoubt);
    if (!moved)
        return moved.error();
    const qint64 count = moved->numRowsAffected();

    Bindings followed {{QStringLiteral("to"), to}, {QStringLiteral("followed"), followedBefore}};
    where = claimerClause(from, followed);
    where += campaignClause(campaignId, followed);
    auto adopted =
        runBound(m_db.connection(),
                 QStringLiteral("UPDATE messages SET claimed_by = :to WHERE %1 AND %2 AND (state = 'unknown' "
                                "OR (state = 'sent' AND next_attempt_at < :followed))")
                     .arg(where, messageindexes::notPending()),
                 followed);
    if (!adopted)
        return adopted.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return count;
}

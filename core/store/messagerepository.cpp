// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagerepository.h"

#include "database.h"
#include "messagefiltersql.h"
#include "messageindexes.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace {

/// "WHERE state = :state " for a bound state, with messages_due's condition when the state is
/// not pending: SQLite cannot see that from a bound value, and without it cannot use the index.
QString whereBoundState(MessageState state)
{
    if (state == MessageState::Pending)
        return QStringLiteral("WHERE state = :state ");
    return QStringLiteral("WHERE state = :state AND ") + messageindexes::notPending() + QLatin1Char(' ');
}

const QString selectMessageColumns = QStringLiteral(
    "SELECT id, campaign_id, to_number, region, from_sender, body, encoding, segments, carrier_id, rule_id, "
    "fallback_carriers, cost_micros, state, provider_sid, provider_status, attempts, next_attempt_at, last_error, "
    "price, price_unit, created_at, updated_at, submitted_at, finished_at, claimed_by FROM messages ");

Message messageFromRow(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.campaignId = q.value(1).toLongLong();
    m.to = q.value(2).toString();
    m.region = q.value(3).toString();
    m.from = q.value(4).toString();
    m.body = q.value(5).toString();
    m.encoding = smsEncodingFromName(q.value(6).toString()).value_or(SmsEncoding::Gsm7);
    m.segments = q.value(7).toInt();
    m.carrierId = q.value(8).toLongLong();
    m.ruleId = q.value(9).toLongLong();
    m.fallbackCarriers = MessageRepository::decodeCarrierList(q.value(10).toString());
    m.costMicros = q.value(11).toLongLong();
    m.state = messageStateFromName(q.value(12).toString()).value_or(MessageState::Failed);
    m.providerSid = q.value(13).toString();
    m.providerStatus = q.value(14).toString();
    m.attempts = q.value(15).toInt();
    m.nextAttemptAt = q.value(16).toLongLong();
    m.lastError = q.value(17).toString();
    m.price = q.value(18).toString();
    m.priceUnit = q.value(19).toString();
    m.createdAt = q.value(20).toLongLong();
    m.updatedAt = q.value(21).toLongLong();
    m.submittedAt = q.value(22).toLongLong();
    m.finishedAt = q.value(23).toLongLong();
    m.claimedBy = q.value(24).toString();
    return m;
}

Result<MessageList> messagesFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    MessageList messages;
    while (query->next())
        messages.append(messageFromRow(*query));
    return messages;
}

const QString insertEventSql = QStringLiteral("INSERT INTO message_events (message_id, at, from_state, to_state, "
                                              "http_status, detail) VALUES (:m, :at, :from, :to, :http, :detail)");

void bindEvent(QSqlQuery &q, qint64 messageId, qint64 at, const QString &from, MessageState to, int http,
               const QString &detail)
{
    q.bindValue(QStringLiteral(":m"), messageId);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":from"), sql::text(from));
    q.bindValue(QStringLiteral(":to"), messageStateName(to));
    q.bindValue(QStringLiteral(":http"), http == 0 ? QVariant() : QVariant(http));
    q.bindValue(QStringLiteral(":detail"), sql::text(detail));
}

/// The transitions in the order every writer takes the rows the dashboard's counters keep
/// (traffic_minutes and traffic_hours, one per minute, carrier and state, updated by triggers):
/// by state, carrier and time. On PostgreSQL several dispatchers write at once, and two batches
/// taking the same counters in different orders would deadlock, each waiting a second for the
/// server to abort one. A batch that changes one message twice keeps its order.
QList<MessageTransition> inLockOrder(QList<MessageTransition> transitions)
{
    QSet<qint64> ids;
    for (const MessageTransition &t : std::as_const(transitions)) {
        if (ids.contains(t.after.id))
            return transitions;
        ids.insert(t.after.id);
    }
    std::stable_sort(transitions.begin(), transitions.end(),
                     [](const MessageTransition &a, const MessageTransition &b) {
                         return std::tuple(int(a.after.state), a.after.carrierId, a.after.updatedAt)
                             < std::tuple(int(b.after.state), b.after.carrierId, b.after.updatedAt);
                     });
    return transitions;
}

/// `message` ("The store could not …: %1") is marked with QT_TRANSLATE_NOOP("MessageRepository", …).
Error queryError(const QSqlQuery &q, const char *message)
{
    return sql::failure(q.lastError(),
                        QCoreApplication::translate("MessageRepository", message).arg(q.lastError().text()));
}

} // namespace

QString MessageRepository::encodeCarrierList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QList<qint64> MessageRepository::decodeCarrierList(const QString &text)
{
    QList<qint64> ids;
    for (QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

Result<Message> MessageRepository::insert(Message m, const QString &detail)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = sql::scalar(
        m_db.connection(),
        // The id column is named only when the caller chose the id: PostgreSQL's identity column
        // numbers a row only when the column is left out (an explicit NULL is refused).
        QStringLiteral("INSERT INTO messages (%1campaign_id, to_number, region, from_sender, body, encoding, "
                       "segments, carrier_id, rule_id, fallback_carriers, cost_micros, state, provider_sid, "
                       "provider_status, attempts, next_attempt_at, last_error, price, price_unit, created_at, "
                       "updated_at, submitted_at) VALUES (%2:campaign, :to, :region, :from, :body, :encoding, "
                       ":segments, :carrier, :rule, :fallbacks, :cost, :state, :sid, :pstatus, :attempts, :next, "
                       ":error, :price, :unit, :created, :updated, :submitted) RETURNING id")
            .arg(m.id != 0 ? QStringLiteral("id, ") : QString(), m.id != 0 ? QStringLiteral(":id, ") : QString()),
        {{"id", m.id},
         {"campaign", sql::nullIfZero(m.campaignId)},
         {"to", m.to},
         {"region", m.region},
         {"from", m.from},
         {"body", m.body},
         {"encoding", smsEncodingName(m.encoding)},
         {"segments", m.segments},
         {"carrier", sql::nullIfZero(m.carrierId)},
         {"rule", sql::nullIfZero(m.ruleId)},
         {"fallbacks", encodeCarrierList(m.fallbackCarriers)},
         {"cost", m.costMicros},
         {"state", messageStateName(m.state)},
         {"sid", sql::nullIfEmpty(m.providerSid)},
         {"pstatus", sql::nullIfEmpty(m.providerStatus)},
         {"attempts", m.attempts},
         {"next", m.nextAttemptAt},
         {"error", m.lastError},
         {"price", m.price},
         {"unit", m.priceUnit},
         {"created", m.createdAt},
         {"submitted", sql::nullIfZero(m.submittedAt)},
         {"updated", m.updatedAt}});
    if (!id)
        return id.error();
    m.id = id->toLongLong();
    QSqlQuery event(m_db.connection());
    if (!event.prepare(insertEventSql))
        return queryError(
            event, QT_TRANSLATE_NOOP("MessageRepository", "The store could not record the message's first event: %1"));
    bindEvent(event, m.id, m.createdAt, QString(), m.state, 0, detail);
    if (!event.exec())
        return queryError(
            event, QT_TRANSLATE_NOOP("MessageRepository", "The store could not record the message's first event: %1"));
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return m;
}

Result<QList<qint64>> MessageRepository::reserveIds(qint64 count)
{
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        // Inside a write transaction (BEGIN IMMEDIATE) no other writer can insert, so the ids
        // after the current largest are ours until commit.
        auto last = sql::scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages"));
        if (!last)
            return last.error();
        QList<qint64> ids;
        ids.reserve(count);
        for (qint64 i = 1; i <= count; ++i)
            ids.append(last->toLongLong() + i);
        return ids;
    }
    auto drawn = sql::ids(sql::run(m_db.connection(),
                                   QStringLiteral("SELECT nextval(pg_get_serial_sequence('messages', 'id')) FROM "
                                                  "generate_series(1, :n)"),
                                   {{"n", count}}));
    if (drawn)
        std::sort(drawn->begin(), drawn->end());
    return drawn;
}

Result<QList<qint64>> MessageRepository::apply(const QList<MessageTransition> &transitions)
{
    QList<qint64> conflicts;
    if (transitions.isEmpty())
        return conflicts;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // On PostgreSQL several dispatchers work at once, and a message can leave a state and come
    // back to it (submitting → unknown → queued → submitting) while a late answer or look-up of
    // another dispatcher is still on its way: the change applies only while the message also
    // names the dispatcher that read it (claimed_by, which every claim and takeover sets).
    const bool team = m_db.dialect().kind() == SqlDialect::Kind::Postgres;
    // Kept prepared on the connection: a dispatcher applies a batch many times a second.
    StatementCache::Lease updateLease = m_db.statements().prepare(
        QStringLiteral("UPDATE messages SET state = :to, carrier_id = :carrier, fallback_carriers = :fallbacks, "
                       "provider_sid = :sid, provider_status = :pstatus, attempts = :attempts, next_attempt_at = "
                       ":next, last_error = :error, price = :price, price_unit = :unit, updated_at = :updated, "
                       "submitted_at = :submitted, finished_at = :finished WHERE id = :id AND state = :from")
        + (team ? QStringLiteral(" AND claimed_by IS NOT DISTINCT FROM :claimer") : QString()));
    QSqlQuery &update = updateLease.query();
    if (!updateLease.prepared())
        return queryError(update,
                          QT_TRANSLATE_NOOP("MessageRepository", "The store could not change a message's state: %1"));
    StatementCache::Lease eventLease = m_db.statements().prepare(insertEventSql);
    QSqlQuery &event = eventLease.query();
    if (!eventLease.prepared())
        return queryError(event,
                          QT_TRANSLATE_NOOP("MessageRepository", "The store could not record a message event: %1"));
    QSqlQuery retire(m_db.connection()); // prepared on first use: hand retries only
    bool retirePrepared = false;
    for (const MessageTransition &t : team ? inLockOrder(transitions) : transitions) {
        const Message &m = t.after;
        update.bindValue(QStringLiteral(":to"), messageStateName(m.state));
        update.bindValue(QStringLiteral(":carrier"), sql::nullIfZero(m.carrierId));
        update.bindValue(QStringLiteral(":fallbacks"), sql::text(encodeCarrierList(m.fallbackCarriers)));
        update.bindValue(QStringLiteral(":sid"), sql::nullIfEmpty(m.providerSid));
        update.bindValue(QStringLiteral(":pstatus"), sql::nullIfEmpty(m.providerStatus));
        update.bindValue(QStringLiteral(":attempts"), m.attempts);
        update.bindValue(QStringLiteral(":next"), m.nextAttemptAt);
        update.bindValue(QStringLiteral(":error"), sql::text(m.lastError));
        update.bindValue(QStringLiteral(":price"), sql::text(m.price));
        update.bindValue(QStringLiteral(":unit"), sql::text(m.priceUnit));
        update.bindValue(QStringLiteral(":updated"), m.updatedAt);
        update.bindValue(QStringLiteral(":submitted"), sql::nullIfZero(m.submittedAt));
        update.bindValue(QStringLiteral(":finished"), sql::nullIfZero(m.finishedAt));
        update.bindValue(QStringLiteral(":id"), m.id);
        update.bindValue(QStringLiteral(":from"), messageStateName(t.from));
        if (team)
            update.bindValue(QStringLiteral(":claimer"), sql::nullIfEmpty(m.claimedBy));
        if (!update.exec())
            return queryError(
                update, QT_TRANSLATE_NOOP("MessageRepository", "The store could not change a message's state: %1"));
        if (update.numRowsAffected() != 1) {
            conflicts.append(m.id);
            continue;
        }
        if (!t.retiredSid.isEmpty()) {
            if (!std::exchange(retirePrepared, true)
                && !retire.prepare(QStringLiteral("INSERT INTO retired_provider_sids (sid, message_id, retired_at) "
                                                  "VALUES (:sid, :message, :at) ON CONFLICT (sid) DO NOTHING")))
                return queryError(
                    retire,
                    QT_TRANSLATE_NOOP("MessageRepository", "The store could not remember a retired provider SID: %1"));
            retire.bindValue(QStringLiteral(":sid"), t.retiredSid);
            retire.bindValue(QStringLiteral(":message"), m.id);
            retire.bindValue(QStringLiteral(":at"), m.updatedAt);
            if (!retire.exec())
                return queryError(
                    retire,
                    QT_TRANSLATE_NOOP("MessageRepository", "The store could not remember a retired provider SID: %1"));
        }
        if (t.from == m.state && t.detail.isEmpty())
            continue; // bookkeeping (the next poll time), not an event in the message's life
        bindEvent(event, m.id, m.updatedAt, messageStateName(t.from), m.state, t.httpStatus, t.detail);
        if (!event.exec())
            return queryError(event,
                              QT_TRANSLATE_NOOP("MessageRepository", "The store could not record a message event: %1"));
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return conflicts;
}

Result<MessageList> MessageRepository::claimDue(qint64 carrierId, int limit, qint64 now, const QString &detail,
                                                qint64 campaignId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto due = dueInState(MessageState::Queued, carrierId, now, limit, campaignId);
    if (!due)
        return due.error();
    QList<MessageTransition> transitions;
    transitions.reserve(due->size());
    for (Message m : *due) {
        m.state = MessageState::Submitting;
        m.submittedAt = now;
        m.updatedAt = now;
        m.attempts += 1;
        transitions.append({m, MessageState::Queued, 0, detail});
    }
    auto conflicts = apply(transitions);
    if (!conflicts)
        return conflicts.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    MessageList claimed;
    claimed.reserve(transitions.size());
    for (const MessageTransition &t : transitions) {
        if (!conflicts->contains(t.after.id))
            claimed.append(t.after);
    }
    return claimed;
}

Result<MessageList> MessageRepository::dueInState(MessageState state, qint64 carrierId, qint64 now, int limit,
                                                  qint64 campaignId, const QString &claimedBy) const
{
    // Served by the (state, carrier_id, next_attempt_at) index: O(limit), however many wait.
    // It leaves pending messages out, which no dispatcher reads this way.
    QString statement = selectMessageColumns + whereBoundState(state);
    statement += QStringLiteral("AND carrier_id = :carrier AND next_attempt_at <= :now ");
    if (campaignId == singleSends)
        statement += QStringLiteral("AND campaign_id IS NULL ");
    else if (campaignId != 0)
        statement += QStringLiteral("AND campaign_id = :campaign ");
    // PostgreSQL: one dispatcher's messages among everyone's (the others read their own).
    if (!claimedBy.isEmpty())
        statement += QStringLiteral("AND claimed_by = :claimer ");
    // A queued message of a paused or cancelled campaign is never sent: one the policy put back
    // in the queue after the campaign stopped (a 429, a failover, a reconciled unknown) waits
    // here until CampaignLifecycle::parkStopped moves it to pending or cancelled.
    if (state == MessageState::Queued)
        statement += QStringLiteral("AND (campaign_id IS NULL OR campaign_id IN (SELECT id FROM campaigns WHERE "
                                    "state = 'running')) ");
    statement += QStringLiteral("ORDER BY next_attempt_at, id LIMIT :limit");
    StatementCache::Lease lease = m_db.statements().prepare(statement); // every claim: kept prepared
    QSqlQuery &query = lease.query();
    if (!lease.prepared())
        return queryError(
            query, QT_TRANSLATE_NOOP("MessageRepository", "The store could not prepare reading due messages: %1"));
    query.bindValue(QStringLiteral(":state"), messageStateName(state));
    query.bindValue(QStringLiteral(":carrier"), carrierId);
    query.bindValue(QStringLiteral(":now"), now);
    if (campaignId > 0)
        query.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!claimedBy.isEmpty())
        query.bindValue(QStringLiteral(":claimer"), claimedBy);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return queryError(query, QT_TRANSLATE_NOOP("MessageRepository", "The store could not read due messages: %1"));
    MessageList messages;
    while (query.next())
        messages.append(messageFromRow(query));
    return messages;
}

Result<qint64> MessageRepository::countOpenForCarrier(qint64 carrierId) const
{
    // fallback_carriers is "3,5,7": wrapped in commas, one LIKE finds an id anywhere in it.
    // Two ranges, each through its index: messages_due holds the open messages but the pending
    // ones, which messages(campaign_id, state) holds (single sends under campaign_id NULL).
    const QString pattern = QStringLiteral("%,%1,%").arg(carrierId);
    auto n = sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT (SELECT COUNT(*) FROM messages WHERE state IN ('queued', 'submitting', 'unknown', "
                       "'sent') AND %1 AND (carrier_id = :carrier OR (',' || fallback_carriers || ',') LIKE "
                       ":pattern)) + (SELECT COUNT(*) FROM messages WHERE state = 'pending' AND (campaign_id IS NULL "
                       "OR campaign_id IN (SELECT id FROM campaigns)) AND (carrier_id = :carrier2 OR (',' || "
                       "fallback_carriers || ',') LIKE :pattern2))")
            .arg(messageindexes::notPending()),
        {{"carrier", carrierId}, {"pattern", pattern}, {"carrier2", carrierId}, {"pattern2", pattern}});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> MessageRepository::countInStates(const QList<MessageState> &states, qint64 campaignId) const
{
    QStringList names;
    for (MessageState state : states)
        names.append(QLatin1Char('\'') + messageStateName(state) + QLatin1Char('\''));
    // State names are our own constants, never input, so they may be spelled into the SQL.
    QString statement =
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE state IN (%1)").arg(names.join(QLatin1Char(',')));
    if (!states.contains(MessageState::Pending)) // then messages_due holds them all
        statement += QStringLiteral(" AND ") + messageindexes::notPending();
    if (campaignId == singleSends)
        statement += QStringLiteral(" AND campaign_id IS NULL");
    else if (campaignId != 0)
        statement += QStringLiteral(" AND campaign_id = :campaign");
    auto count = campaignId > 0 ? sql::scalar(m_db.connection(), statement, {{"campaign", campaignId}})
                                : sql::scalar(m_db.connection(), statement);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<qint64> MessageRepository::countChangedSince(MessageState state, qint64 sinceMs) const
{
    // The state is spelled into the SQL (our own constant, never input): only then can SQLite
    // see that the partial index messages_failed_updated covers the query.
    auto count = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM messages WHERE state = '%1' AND updated_at >= :since")
                                 .arg(messageStateName(state)),
                             {{"since", sinceMs}});
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<qint64> MessageRepository::countTracked(qint64 neverMs, qint64 campaignId) const
{
    QString statement =
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE state = 'sent' AND %1 AND next_attempt_at < :never")
            .arg(messageindexes::notPending());
    if (campaignId == singleSends)
        statement += QStringLiteral(" AND campaign_id IS NULL");
    else if (campaignId != 0)
        statement += QStringLiteral(" AND campaign_id = :campaign");
    auto count = campaignId > 0
        ? sql::scalar(m_db.connection(), statement, {{"never", neverMs}, {"campaign", campaignId}})
        : sql::scalar(m_db.connection(), statement, {{"never", neverMs}});
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<qint64> MessageRepository::moveAll(MessageState from, MessageState to, qint64 campaignId, qint64 now,
                                          const QString &detail)
{
    // Two set-based statements instead of a row at a time: a million-message campaign starts,
    // pauses or cancels in seconds, still with one event per message.
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto events = sql::run(m_db.connection(),
                           QStringLiteral("INSERT INTO message_events (message_id, at, from_state, to_state, detail) "
                                          "SELECT id, :at, :from, :to, :detail FROM messages WHERE campaign_id = "
                                          ":campaign AND state = :from2"),
                           {{"at", now},
                            {"from", messageStateName(from)},
                            {"to", messageStateName(to)},
                            {"detail", detail},
                            {"campaign", campaignId},
                            {"from2", messageStateName(from)}});
    if (!events)
        return events.error();
    const bool final = isFinalState(to);
    auto moved = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE messages SET state = :to, updated_at = :now, next_attempt_at = :next, "
                                         "finished_at = :finished WHERE campaign_id = :campaign AND state = :from"),
                          {{"to", messageStateName(to)},
                           {"now", now},
                           {"next", now},
                           {"finished", final ? QVariant(now) : QVariant()},
                           {"campaign", campaignId},
                           {"from", messageStateName(from)}});
    if (!moved)
        return moved.error();
    const qint64 count = moved->numRowsAffected();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return count;
}

Result<std::optional<Message>> MessageRepository::find(qint64 id) const
{
    auto found = messagesFrom(
        sql::run(m_db.connection(), selectMessageColumns + QStringLiteral("WHERE id = :id"), {{"id", id}}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Message>();
    return std::optional<Message>(found->first());
}

Result<std::optional<Message>> MessageRepository::lastSingleSend(const QString &to, const QString &from,
                                                                 const QString &body, qint64 sinceMs) const
{
    auto found = messagesFrom(sql::run(m_db.connection(),
                                       selectMessageColumns
                                           + QStringLiteral("WHERE to_number = :to AND campaign_id IS NULL "
                                                            "AND created_at >= :since AND from_sender = :from "
                                                            "AND body = :body AND state <> 'rejected' "
                                                            "ORDER BY created_at DESC, id DESC LIMIT 1"),
                                       {{"to", to}, {"since", sinceMs}, {"from", from}, {"body", body}}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Message>();
    return std::optional<Message>(found->first());
}

Result<MessageList> MessageRepository::list(const MessageFilter &f) const
{
    const MessageFilterSql where = MessageFilterSql::from(f);
    QString statement = selectMessageColumns + where.clause;
    statement +=
        f.oldestFirst ? QStringLiteral(" ORDER BY id LIMIT :limit") : QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return queryError(query,
                          QT_TRANSLATE_NOOP("MessageRepository", "The store could not prepare the message list: %1"));
    for (const auto &[name, value] : where.bindings)
        query.bindValue(name, value);
    query.bindValue(QStringLiteral(":limit"), f.limit);
    if (!query.exec())
        return queryError(query, QT_TRANSLATE_NOOP("MessageRepository", "The store could not list messages: %1"));
    MessageList messages;
    while (query.next())
        messages.append(messageFromRow(query));
    return messages;
}

Result<qint64> MessageRepository::count(const MessageFilter &f) const
{
    const MessageFilterSql where = MessageFilterSql::from(f);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages ") + where.clause))
        return queryError(query,
                          QT_TRANSLATE_NOOP("MessageRepository", "The store could not prepare the message count: %1"));
    for (const auto &[name, value] : where.bindings)
        query.bindValue(name, value);
    if (!query.exec() || !query.next())
        return queryError(query, QT_TRANSLATE_NOOP("MessageRepository", "The store could not count messages: %1"));
    return query.value(0).toLongLong();
}

Result<MessageList> MessageRepository::findMany(const QList<qint64> &ids) const
{
    // In slices, so no statement carries more parameters than any driver accepts.
    constexpr qsizetype slice = 500;
    MessageList messages;
    messages.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += slice) {
        const qsizetype n = std::min(slice, ids.size() - start);
        QStringList placeholders;
        for (qsizetype i = 0; i < n; ++i)
            placeholders.append(QStringLiteral(":i%1").arg(i));
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(selectMessageColumns
                           + QStringLiteral("WHERE id IN (%1)").arg(placeholders.join(QLatin1Char(',')))))
            return queryError(
                query,
                QT_TRANSLATE_NOOP("MessageRepository", "The store could not prepare reading messages by id: %1"));
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(placeholders.at(i), ids.at(start + i));
        if (!query.exec())
            return queryError(query,
                              QT_TRANSLATE_NOOP("MessageRepository", "The store could not read messages by id: %1"));
        while (query.next())
            messages.append(messageFromRow(query));
    }
    return messages;
}

Result<MessageList> MessageRepository::inState(MessageState state, int limit, qint64 afterId) const
{
    const QString statement =
        selectMessageColumns + whereBoundState(state) + QStringLiteral("AND id > :after ORDER BY id LIMIT :limit");
    return messagesFrom(sql::run(m_db.connection(), statement,
                                 {{"state", messageStateName(state)}, {"after", afterId}, {"limit", limit}}));
}

Result<QList<MessageEvent>> MessageRepository::events(qint64 messageId) const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT id, message_id, at, from_state, to_state, http_status, detail FROM "
                                         "message_events WHERE message_id = :m ORDER BY id"),
                          {{"m", messageId}});
    if (!query)
        return query.error();
    QList<MessageEvent> events;
    while (query->next()) {
        MessageEvent e;
        e.id = query->value(0).toLongLong();
        e.messageId = query->value(1).toLongLong();
        e.at = query->value(2).toLongLong();
        e.from = messageStateFromName(query->value(3).toString());
        e.to = messageStateFromName(query->value(4).toString()).value_or(MessageState::Failed);
        e.httpStatus = query->value(5).toInt();
        e.detail = query->value(6).toString();
        events.append(e);
    }
    return events;
}

Result<qint64> MessageRepository::lastId() const
{
    auto last = sql::scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages"));
    if (!last)
        return last.error();
    return last->toLongLong();
}

Result<qint64> MessageRepository::lastEventId() const
{
    auto last = sql::scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM message_events"));
    if (!last)
        return last.error();
    return last->toLongLong();
}

Result<QList<qint64>> MessageRepository::changedMessageIds(qint64 afterEventId, qint64 uptoEventId) const
{
    return sql::ids(sql::run(m_db.connection(),
                             QStringLiteral("SELECT DISTINCT message_id FROM message_events WHERE id > :after AND "
                                            "id <= :upto"),
                             {{"after", afterEventId}, {"upto", uptoEventId}}));
}

Result<QHash<MessageState, qint64>> MessageRepository::countByState(qint64 campaignId) const
{
    auto query = campaignId == 0
        ? sql::run(m_db.connection(), QStringLiteral("SELECT state, COUNT(*) FROM messages GROUP BY state"))
        : sql::run(m_db.connection(),
                   QStringLiteral("SELECT state, COUNT(*) FROM messages WHERE campaign_id = :c GROUP BY state"),
                   {{"c", campaignId}});
    if (!query)
        return query.error();
    QHash<MessageState, qint64> counts;
    while (query->next()) {
        if (const auto state = messageStateFromName(query->value(0).toString()))
            counts.insert(*state, query->value(1).toLongLong());
    }
    return counts;
}

Result<bool> MessageRepository::providerSidTaken(const QString &sid) const
{
    auto count = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT (SELECT COUNT(*) FROM messages WHERE provider_sid = :sid)"
                                            " + (SELECT COUNT(*) FROM retired_provider_sids WHERE sid = :retired)"),
                             {{"sid", sid}, {"retired", sid}});
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

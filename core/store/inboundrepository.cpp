// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "inboundrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString selectInbound = QStringLiteral(
    "SELECT i.id, i.provider_sid, i.carrier_id, c.name, i.from_number, i.to_number, i.body, i.received_at, "
    "i.message_id, i.campaign_id, p.name, i.stop_word, i.read_at FROM inbound_messages i "
    "LEFT JOIN carriers c ON c.id = i.carrier_id LEFT JOIN campaigns p ON p.id = i.campaign_id ");

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

InboundMessage inboundFromRow(const QSqlQuery &q)
{
    InboundMessage m;
    m.id = q.value(0).toLongLong();
    m.sid = q.value(1).toString();
    m.carrierId = optionalId(q.value(2));
    m.carrierName = q.value(3).toString();
    m.from = q.value(4).toString();
    m.to = q.value(5).toString();
    m.body = q.value(6).toString();
    m.receivedAt = q.value(7).toLongLong();
    m.messageId = optionalId(q.value(8));
    m.campaignId = optionalId(q.value(9));
    m.campaignName = q.value(10).toString();
    m.stopWord = q.value(11).toString();
    m.read = !q.value(12).isNull();
    return m;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

Error inboundQueryError(const QSqlQuery &query)
{
    return sql::failure(query.lastError(),
                        QCoreApplication::translate("InboundRepository", "The store could not read the replies: %1")
                            .arg(query.lastError().text()));
}

/// `:p0, :p1, …` for an IN list.
QString placeholderList(qsizetype n, QStringList &names)
{
    for (qsizetype i = 0; i < n; ++i)
        names.append(QStringLiteral(":p%1").arg(i));
    return names.join(QLatin1Char(','));
}

} // namespace

Result<std::optional<qint64>> InboundRepository::insertIfNew(const InboundMessage &r, qint64 fetchedAt)
{
    // ON CONFLICT … DO NOTHING: SQLite 3.24+ and PostgreSQL alike. RETURNING gives no row for a
    // duplicate, so "was it new?" is answered by the same statement that stored it.
    auto query = sql::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO inbound_messages (provider_sid, carrier_id, from_number, to_number, body, "
                       "received_at, fetched_at, message_id, campaign_id, stop_word) VALUES (:sid, :carrier, :from, "
                       ":to, :body, :received, :fetched, :message, :campaign, :stop) "
                       "ON CONFLICT (provider_sid) DO NOTHING RETURNING id"),
        {{"sid", r.sid},
         {"carrier", nullableId(r.carrierId)},
         {"from", sql::text(r.from)},
         {"to", sql::text(r.to)},
         {"body", sql::text(r.body)},
         {"received", r.receivedAt},
         {"fetched", fetchedAt},
         {"message", nullableId(r.messageId)},
         {"campaign", nullableId(r.campaignId)},
         {"stop", sql::nullIfEmpty(r.stopWord)}});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<qint64>();
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return std::optional<qint64>(id);
}

Result<QSet<QString>> InboundRepository::storedAmong(const QStringList &sids) const
{
    QSet<QString> found;
    constexpr qsizetype slice = 500;
    for (qsizetype from = 0; from < sids.size(); from += slice) {
        const qsizetype n = std::min(slice, sids.size() - from);
        QStringList names;
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT provider_sid FROM inbound_messages WHERE provider_sid IN (%1)")
                          .arg(placeholderList(n, names)));
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(names.at(i), sids.at(from + i));
        if (!query.exec())
            return inboundQueryError(query);
        while (query.next())
            found.insert(query.value(0).toString());
    }
    return found;
}

Result<qint64> InboundRepository::newestReceivedAt(qint64 carrierId) const
{
    auto newest = sql::scalar(m_db.connection(),
                              QStringLiteral("SELECT COALESCE(MAX(received_at), 0) FROM inbound_messages "
                                             "WHERE carrier_id = :carrier"),
                              {{"carrier", carrierId}});
    if (!newest)
        return newest.error();
    return newest->toLongLong();
}

Result<std::optional<InboundRepository::OutboundLink>> InboundRepository::latestOutboundTo(const QString &e164,
                                                                                           qint64 at) const
{
    // messages_to_submitted serves this (it holds only messages submitted to a carrier): a
    // message never sent (rejected, a draft's pending ones) was not what the handset answered. Restcomm dates to the
    // second, so a reply in the same second as the message (a quick handset, a test) reads up to 999 ms before it.
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT id, campaign_id FROM messages WHERE to_number = :to "
                                         "AND submitted_at IS NOT NULL AND created_at <= :at "
                                         "AND state NOT IN ('rejected', 'pending', 'cancelled') "
                                         "ORDER BY created_at DESC, id DESC LIMIT 1"),
                          {{"to", e164}, {"at", at + 999}});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<OutboundLink>();
    return std::optional<OutboundLink>(OutboundLink {query->value(0).toLongLong(), optionalId(query->value(1))});
}

Status InboundRepository::setConfirmation(qint64 inboundId, qint64 messageId)
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("UPDATE inbound_messages SET confirmation_message_id = :message WHERE id = :id"),
                 {{"message", messageId}, {"id", inboundId}});
    if (!query)
        return query.error();
    return {};
}

Result<QSet<qint64>> InboundRepository::confirmationsAmong(const QList<qint64> &messageIds) const
{
    QSet<qint64> found;
    constexpr qsizetype slice = 500;
    for (qsizetype from = 0; from < messageIds.size(); from += slice) {
        const qsizetype n = std::min(slice, messageIds.size() - from);
        QStringList names;
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT confirmation_message_id FROM inbound_messages WHERE confirmation_message_id IN (%1)")
                .arg(placeholderList(n, names)));
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(names.at(i), messageIds.at(from + i));
        if (!query.exec())
            return inboundQueryError(query);
        while (query.next())
            found.insert(query.value(0).toLongLong());
    }
    return found;
}

Result<InboundMessageList> InboundRepository::list(const InboxFilter &filter) const
{
    QStringList where;
    if (filter.carrierId)
        where.append(QStringLiteral("i.carrier_id = :carrier"));
    if (filter.campaignId)
        where.append(QStringLiteral("i.campaign_id = :campaign"));
    if (!filter.text.isEmpty())
        where.append(QStringLiteral("(LOWER(i.body) LIKE :text OR i.from_number LIKE :text2)"));
    if (filter.since > 0)
        where.append(QStringLiteral("i.received_at >= :since"));
    if (filter.until > 0)
        where.append(QStringLiteral("i.received_at < :until"));
    if (filter.unreadOnly)
        where.append(QStringLiteral("i.read_at IS NULL"));
    QString statement = selectInbound;
    if (!where.isEmpty())
        statement += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    statement += QStringLiteral("ORDER BY i.received_at DESC, i.id DESC");
    if (filter.limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    if (filter.carrierId)
        query.bindValue(QStringLiteral(":carrier"), *filter.carrierId);
    if (filter.campaignId)
        query.bindValue(QStringLiteral(":campaign"), *filter.campaignId);
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text.toLower();
        pattern.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
        const QString contains = QLatin1Char('%') + pattern + QLatin1Char('%');
        query.bindValue(QStringLiteral(":text"), contains);
        query.bindValue(QStringLiteral(":text2"), contains);
    }
    if (filter.since > 0)
        query.bindValue(QStringLiteral(":since"), filter.since);
    if (filter.until > 0)
        query.bindValue(QStringLiteral(":until"), filter.until);
    if (!query.exec())
        return inboundQueryError(query);
    InboundMessageList replies;
    while (query.next())
        replies.append(inboundFromRow(query));
    return replies;
}

Result<Conversation> InboundRepository::conversation(const QString &e164) const
{
    // What was exchanged with the number: the messages submitted to a carrier (messages_to_submitted),
    // the single sends that never left (messages_single_to: refused, cancelled, still waiting)
    // and the replies (inbound_messages_from). A campaign's messages not sent yet are not part of it.
    auto query = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT 0, m.created_at, m.body, m.state, c.name, m.campaign_id, NULL, m.id FROM messages m "
                       "LEFT JOIN carriers c ON c.id = m.carrier_id WHERE m.to_number = :number "
                       "AND m.submitted_at IS NOT NULL "
                       "UNION ALL "
                       "SELECT 0, m.created_at, m.body, m.state, c.name, m.campaign_id, NULL, m.id FROM messages m "
                       "LEFT JOIN carriers c ON c.id = m.carrier_id WHERE m.to_number = :number3 "
                       "AND m.campaign_id IS NULL AND m.submitted_at IS NULL "
                       "UNION ALL "
                       "SELECT 1, i.received_at, i.body, NULL, c.name, i.campaign_id, i.stop_word, i.id "
                       "FROM inbound_messages i LEFT JOIN carriers c ON c.id = i.carrier_id "
                       "WHERE i.from_number = :number2 ORDER BY 2, 1, 8"),
        {{"number", e164}, {"number2", e164}, {"number3", e164}});
    if (!query)
        return query.error();
    Conversation entries;
    while (query->next()) {
        ConversationEntry e;
        e.direction = query->value(0).toInt() == 0 ? ConversationEntry::Direction::Outbound
                                                   : ConversationEntry::Direction::Inbound;
        e.at = query->value(1).toLongLong();
        e.body = query->value(2).toString();
        e.state = query->value(3).toString();
        e.carrierName = query->value(4).toString();
        e.campaignId = optionalId(query->value(5));
        e.stopWord = query->value(6).toString();
        entries.append(e);
    }
    return entries;
}

Result<qint64> InboundRepository::unreadCount() const
{
    auto count =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE read_at IS NULL"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Status InboundRepository::markRead(const QList<qint64> &ids, qint64 at)
{
    constexpr qsizetype slice = 500;
    for (qsizetype from = 0; from < ids.size(); from += slice) {
        const qsizetype n = std::min(slice, ids.size() - from);
        QStringList names;
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE inbound_messages SET read_at = :at WHERE read_at IS NULL AND id IN (%1)")
                          .arg(placeholderList(n, names)));
        query.bindValue(QStringLiteral(":at"), at);
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(names.at(i), ids.at(from + i));
        if (!query.exec())
            return sql::failure(query.lastError(),
                                QCoreApplication::translate("InboundRepository", "The store refused a change: %1")
                                    .arg(query.lastError().text()));
    }
    return {};
}

Result<QString> InboundRepository::version() const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT COUNT(*), MAX(id), COUNT(read_at) FROM "
                                         "inbound_messages"));
    if (!query)
        return query.error();
    if (!query->next())
        return QString();
    return QStringLiteral("%1/%2/%3")
        .arg(query->value(0).toLongLong())
        .arg(query->value(1).toLongLong())
        .arg(query->value(2).toLongLong());
}

Result<qint64> InboundRepository::stopRepliesOfCampaign(qint64 campaignId) const
{
    auto count = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT COUNT(DISTINCT from_number) FROM inbound_messages "
                                            "WHERE campaign_id = :campaign AND stop_word IS NOT NULL"),
                             {{"campaign", campaignId}});
    if (!count)
        return count.error();
    return count->toLongLong();
}

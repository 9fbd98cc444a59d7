// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "inbox/inboundmessage.h"

#include <QSet>

#include <optional>

class Database;

/// The `inbound_messages` table: replies read from Restcomm. Like every repository it uses the
/// connection it was given (the dispatcher's, the window's worker's, the CLI's).
class InboundRepository final
{
public:
    explicit InboundRepository(Database &db)
        : m_db(db)
    { }

    /// The latest outbound message to a number at or before a time, and its campaign.
    struct OutboundLink
    {
        qint64 messageId = 0;
        std::optional<qint64> campaignId;
    };

    /// Stores the reply unless its SID is already there. The store's unique constraint decides
    /// (INSERT … ON CONFLICT DO NOTHING), so two fetches racing over the same page store it once
    /// whichever commits first. Returns the new row's id, or nullopt for a duplicate.
    Result<std::optional<qint64>> insertIfNew(const InboundMessage &reply, qint64 fetchedAt);
    /// Which of these SIDs are stored already.
    Result<QSet<QString>> storedAmong(const QStringList &sids) const;
    /// The newest reply's received time for a carrier; 0 when it has none.
    Result<qint64> newestReceivedAt(qint64 carrierId) const;
    Result<std::optional<OutboundLink>> latestOutboundTo(const QString &e164, qint64 at) const;
    /// Remembers the confirmation message queued for a stop reply.
    Status setConfirmation(qint64 inboundId, qint64 messageId);
    /// Which of these message ids are a stop reply's confirmation (sent despite the opt-out).
    Result<QSet<qint64>> confirmationsAmong(const QList<qint64> &messageIds) const;

    Result<InboundMessageList> list(const InboxFilter &filter) const;
    Result<Conversation> conversation(const QString &e164) const;
    Result<qint64> unreadCount() const;
    Status markRead(const QList<qint64> &ids, qint64 at);
    /// The number of replies, the newest id and the number read: any insert or markRead changes it.
    Result<QString> version() const;
    /// Distinct senders of a campaign that answered with a stop word.
    Result<qint64> stopRepliesOfCampaign(qint64 campaignId) const;

private:
    Database &m_db;
};

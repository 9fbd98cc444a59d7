// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "inboundmessage.h"

#include <QObject>

class Database;

/// The replies already in the store, for the Inbox page and `smsrouter-cli inbox list`.
/// Fetching them from Restcomm is the dispatcher's job (InboundFetcher); this only reads them
/// and keeps what a person has seen. Runs on the caller's thread: the window calls it through
/// its StoreWorker.
class InboxService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxService)

public:
    explicit InboxService(Database &db, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);

    /// Newest first.
    Result<InboundMessageList> list(const InboxFilter &filter) const;
    /// Every outbound message to `e164` and every reply from it, oldest first.
    Result<Conversation> conversation(const QString &e164) const;
    /// Replies nobody has opened yet.
    Result<qint64> unreadCount() const;
    /// Numbers that answered the campaign with a stop word (its opt-outs by reply).
    Result<qint64> stopRepliesOfCampaign(qint64 campaignId) const;
    /// Marks the replies read (a person opened them); unknown ids are ignored.
    Status markRead(const QList<qint64> &ids);
    /// Changes whenever a reply is stored or marked read: lets a live view skip re-reading.
    Result<QString> version() const;
    /// Writes the filtered replies as CSV (header: sid,carrier,from,to,body,received_at,
    /// campaign_id,stop); the file is complete or not there. Returns the rows written.
    Result<qint64> exportCsv(const InboxFilter &filter, const QString &path) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

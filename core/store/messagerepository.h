// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "messages/message.h"
#include "messages/messagefilter.h"

#include <QHash>
#include <QSet>

#include <optional>

class Database;

/// A state change of one message with everything it changes. `after` is the whole message as
/// it should be afterwards; the change applies only if the message is still in `from`, so two
/// writers can never both move one message (the loser sees a conflict, not a double send).
struct MessageTransition
{
    Message after;
    MessageState from = MessageState::Queued;
    int httpStatus = 0;
    QString detail;
    /// A provider SID this change takes from the message (a hand retry of an accepted message):
    /// remembered for good, so that reconciliation never takes that record for a later attempt.
    QString retiredSid {};
};

/// The `messages` and `message_events` tables. Every state change writes its event in the
/// same transaction as the change.
class MessageRepository final
{
public:
    /// As a campaign id in the queries below: only messages of no campaign (single sends).
    static constexpr qint64 singleSends = MessageFilter::singleSends;

    explicit MessageRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts a new message and the event that records its creation. Returns it with its id
    /// (the given one, when `message.id` is set from reserveIds()).
    Result<Message> insert(Message message, const QString &detail);
    /// `count` ids free for new messages, in increasing order. Valid only inside a write
    /// Transaction held until the messages are inserted: routing needs a message's id (its
    /// weighted pick is a function of it) before the message is stored. SQLite: MAX(id)+1
    /// onwards, stable while BEGIN IMMEDIATE holds the write lock. PostgreSQL: the identity
    /// sequence's next values (other writers insert meanwhile, so there may be gaps).
    Result<QList<qint64>> reserveIds(qint64 count);

    /// Applies transitions in one transaction. Returns the ids whose `from` state no longer
    /// matched (left unchanged, no event written). On PostgreSQL a transition also applies only
    /// while the message names the same claimer (`after.claimedBy`) as when it was read.
    Result<QList<qint64>> apply(const QList<MessageTransition> &transitions);

    /// Claims up to `limit` queued messages of `carrierId` that are due at `now`, moving them
    /// to `submitting` (one event each, attempts + 1) in one transaction. `campaignId` 0: any.
    Result<MessageList> claimDue(qint64 carrierId, int limit, qint64 now, const QString &detail, qint64 campaignId = 0);
    /// Messages of `carrierId` in `state` whose next_attempt_at has come, oldest first. For
    /// `sent` messages next_attempt_at is the next delivery poll; for `unknown` ones the next
    /// reconciliation look-up. `queued` ones only of single sends and running campaigns.
    /// `claimedBy` (PostgreSQL): only the messages that dispatcher claimed or took over.
    Result<MessageList> dueInState(MessageState state, qint64 carrierId, qint64 now, int limit, qint64 campaignId = 0,
                                   const QString &claimedBy = {}) const;
    Result<qint64> countInStates(const QList<MessageState> &states, qint64 campaignId = 0) const;
    /// Messages not yet final (pending, queued, submitting, unknown, sent) that name the carrier,
    /// as theirs or as a fallback: a carrier they still need cannot be deleted.
    Result<qint64> countOpenForCarrier(qint64 carrierId) const;
    /// Messages in `state` last changed at or after `sinceMs` (the status bar's "not delivered today").
    Result<qint64> countChangedSince(MessageState state, qint64 sinceMs) const;
    /// Sent messages whose delivery is still being followed (next poll before `neverMs`).
    Result<qint64> countTracked(qint64 neverMs, qint64 campaignId = 0) const;
    /// Moves every message of a campaign in `from` to `to` (campaign start, pause, resume,
    /// cancel), one event each. Returns how many moved.
    Result<qint64> moveAll(MessageState from, MessageState to, qint64 campaignId, qint64 now, const QString &detail);

    Result<std::optional<Message>> find(qint64 id) const;
    /// The newest single send (no campaign) to `to` with this sender and text created at or after
    /// `sinceMs` that was not rejected: the message a new one would repeat.
    Result<std::optional<Message>> lastSingleSend(const QString &to, const QString &from, const QString &body,
                                                  qint64 sinceMs) const;
    /// The messages with these ids that exist, in no particular order.
    Result<MessageList> findMany(const QList<qint64> &ids) const;
    Result<MessageList> list(const MessageFilter &filter) const;
    /// How many messages match `filter` (its limit and order are ignored). Counting a million
    /// rows takes a while: call it off the GUI thread.
    Result<qint64> count(const MessageFilter &filter) const;
    Result<MessageList> inState(MessageState state, int limit, qint64 afterId = 0) const;
    Result<QList<MessageEvent>> events(qint64 messageId) const;
    /// The largest message id, 0 when the store has no message.
    Result<qint64> lastId() const;
    /// The id of the newest message event, 0 when there is none.
    Result<qint64> lastEventId() const;
    /// The distinct messages that have an event with `afterEventId` < id <= `uptoEventId`. Every
    /// change a view shows writes an event, so this is what changed since a view last looked,
    /// found through the events' primary key whatever the size of the store. (Bulk-imported
    /// `pending` messages have no event yet: views find new rows by id instead.)
    Result<QList<qint64>> changedMessageIds(qint64 afterEventId, qint64 uptoEventId) const;
    Result<QHash<MessageState, qint64>> countByState(qint64 campaignId = 0) const;
    /// Is a provider SID already recorded for a message, now or for an earlier attempt of one
    /// (retired)? Such a record cannot be the outcome of an attempt in doubt. (reconciliation)
    Result<bool> providerSidTaken(const QString &sid) const;

    static QString encodeCarrierList(const QList<qint64> &ids);
    static QList<qint64> decodeCarrierList(const QString &text);

private:
    Database &m_db;
};

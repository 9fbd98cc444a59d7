// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "messages/message.h"

#include <QStringList>

class Database;

/// The claims dispatchers hold on messages (`messages.claimed_by`), PostgreSQL only: there any
/// number of dispatchers claim from one queue at once, each skipping the rows another holds, and
/// a live one takes over what a dead one left. (SQLite's one dispatcher uses
/// MessageRepository::claimDue and its recovery at start.)
///
/// Every method runs inside the caller's transaction, or in one of its own.
class ClaimRepository final
{
public:
    explicit ClaimRepository(Database &db)
        : m_db(db)
    { }

    /// Claims up to `limit` queued messages of `carrierId` due at `now` for `claimer`: they move
    /// to `submitting` (attempts + 1, one event each) and name it. Rows another transaction holds
    /// are skipped (FOR UPDATE SKIP LOCKED), never waited for. `campaignId` as in dueInState.
    Result<MessageList> claimDue(qint64 carrierId, int limit, qint64 now, const QString &detail, qint64 campaignId,
                                 const QString &claimer);
    /// How many messages of `carrierId` are being submitted now, by any dispatcher.
    Result<qint64> countInFlight(qint64 carrierId) const;
    /// The queued messages of `carrierId` due at `now`, locked (skipping those another holds)
    /// until the caller's transaction ends: what a dispatcher moves on to another carrier without
    /// a second dispatcher moving them again.
    Result<MessageList> lockDueQueued(qint64 carrierId, qint64 now, int limit, qint64 campaignId);
    /// The claimers named by messages still in flight (submitting, unknown, or sent and followed
    /// until `followedBefore`) that have no row in `dispatchers`: dispatchers that are gone. An
    /// empty string stands for messages that name none (a store copied from SQLite).
    Result<QStringList> orphanedClaimers(qint64 campaignId, qint64 followedBefore) const;
    /// Takes over what `from` (empty: no claimer) left, for `to`: its submitting messages become
    /// unknown (with `lastError` and an event `detail`, to be looked up before any resend), its
    /// unknown and followed sent ones are followed by `to` from now on. Returns how many became
    /// unknown.
    Result<qint64> takeOver(const QString &from, const QString &to, qint64 campaignId, qint64 now,
                            qint64 followedBefore, const QString &lastError, const QString &detail);

private:
    Database &m_db;
};

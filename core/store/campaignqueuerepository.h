// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QList>

class Database;

/// The waiting messages of campaigns, moved between `pending` and `queued` set-based and
/// without an event each: a campaign event stands for them (CampaignEvent, MessageTimeline).
///
/// A running campaign's messages wait in `pending` until a dispatcher promotes a slice of them
/// to `queued` (CampaignPromoter); pausing one puts what was promoted back. Both statements are
/// served by messages(campaign_id, state).
class CampaignQueueRepository final
{
public:
    explicit CampaignQueueRepository(Database &db)
        : m_db(db)
    { }

    /// Running campaigns that still have pending messages, oldest first. `campaignId` > 0: that
    /// one only (a dispatcher of one campaign).
    Result<QList<qint64>> runningWithPending(qint64 campaignId = 0) const;
    /// Whether the campaign has a pending message: one index probe, whatever its size.
    Result<bool> hasPending(qint64 campaignId) const;
    /// How many messages of the campaign are queued, counting no further than `cap`.
    Result<qint64> countQueued(qint64 campaignId, qint64 cap) const;
    /// Moves up to `limit` pending messages of the campaign to queued (due at `now`), in import
    /// order, in one short write transaction, if the campaign is still running when the
    /// transaction holds it: a pause or cancel that commits first wins, one that comes later
    /// finds the slice queued. PostgreSQL: the campaign row is locked for share (a pause waits
    /// for the slice, or the slice for the pause) and messages another dispatcher is promoting
    /// are skipped. Returns how many moved.
    Result<qint64> promote(qint64 campaignId, qint64 limit, qint64 now);
    /// Moves every queued message of the campaign back to pending (a pause), in the caller's
    /// transaction. Returns how many moved.
    Result<qint64> demote(qint64 campaignId, qint64 now);

private:
    Database &m_db;
};

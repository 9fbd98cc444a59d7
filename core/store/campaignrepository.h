// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/campaign.h"
#include "campaign/campaigncountchanges.h"
#include "campaign/carriercost.h"
#include "common/result.h"
#include "messages/messagestate.h"

#include <QHash>

#include <functional>
#include <optional>

class Database;

/// The `campaigns` table, and the per-campaign aggregates of `messages` the campaign views need.
/// State changes are guarded by the state they leave, so two faces (or a face and the
/// dispatcher's housekeeping) can never both move one campaign.
class CampaignRepository final
{
public:
    explicit CampaignRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts and returns the campaign with its new id.
    Result<Campaign> insert(Campaign campaign);
    Result<std::optional<Campaign>> findById(qint64 id) const;
    /// Newest first.
    Result<CampaignList> list() const;
    Result<CampaignList> inState(CampaignState state) const;

    /// Writes state, scheduled/started/finished times of `after` if the campaign is still in one
    /// of `from`. False (nothing written) when it is not.
    Result<bool> moveState(const Campaign &after, const QList<CampaignState> &from);
    /// Writes the import's counters and moves it from importing to `after.state`, clearing the
    /// importer's host and pid. False when it is no longer importing.
    Result<bool> finishImport(const Campaign &after);
    /// An importer's sign of life, with its counts so far (rows read, accepted, rejected).
    Status heartbeat(qint64 id, qint64 now, qint64 rows, qint64 accepted, qint64 rejected);

    /// Deletes up to `limit` messages of the campaign (their events go with them). Returns how
    /// many; removing a big campaign in slices keeps each write transaction short.
    Result<qint64> deleteMessages(qint64 id, qint64 limit);
    Result<qint64> deleteRejects(qint64 id, qint64 limit);
    /// Deletes the campaign row and whatever still references it.
    Status remove(qint64 id);

    /// Scheduled campaigns whose time has come, oldest schedule first.
    Result<QList<qint64>> dueScheduled(qint64 now) const;
    /// Running campaigns none of whose messages is pending, queued, submitting or unknown.
    Result<QList<qint64>> runningWithNothingOpen() const;
    /// Paused and cancelled campaigns that still have queued messages (put back in the queue
    /// by the dispatcher after the campaign stopped), oldest first.
    Result<CampaignList> stoppedWithQueuedMessages() const;

    /// Messages per state of every campaign (one indexed scan): campaign id → state → count.
    Result<QHash<qint64, QHash<MessageState, qint64>>> countsByCampaign() const;
    /// The campaigns and their message counts as they changed since event `afterEventId`, all
    /// read in one snapshot (a read transaction: call it on a connection that is not inside a
    /// Transaction). Campaigns for which `countInFull` answers true are counted in full, as is
    /// everything when `afterEventId` is negative or more than `maxTransitions` events happened
    /// since (adding them up would cost more than counting). Importing campaigns are never
    /// counted: their messages have no events yet and their counters fill in as they import.
    Result<CampaignCountChanges> countChanges(qint64 afterEventId,
                                              const std::function<bool(const Campaign &)> &countInFull,
                                              qint64 maxTransitions = 100'000) const;
    /// Sets the campaign's estimated cost to that of its messages that are not cancelled, so
    /// the campaign list agrees with costByCarrier() after a cancel.
    Status refreshEstimatedCost(qint64 id);
    /// Estimated cost per carrier of the campaign's messages (cancelled ones left out), most
    /// expensive first.
    Result<CarrierCostList> costByCarrier(qint64 id) const;

private:
    Database &m_db;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"
#include "cancelsummary.h"
#include "common/clock.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>

#include <chrono>

class Database;

/// The campaign state machine, as static functions over any store connection: the GUI's and
/// the CLI's session connection, or the dispatcher engine's own one on its worker thread (which
/// calls startDue(), parkStopped() and completeFinished() from its housekeeping timer).
///
/// Every change is one write transaction: the campaign's state (guarded by the state it
/// leaves, so two callers can never both move it) and one campaign event (`campaign_events`)
/// that stands for what the change means to its messages. The dispatcher only claims `queued`
/// messages of running campaigns (and single sends), so:
/// - start (draft | scheduled → running): the event says pending → queued; no message row is
///   written, so a million-message campaign starts as fast as a small one. Dispatchers then
///   promote its pending messages to queued a slice at a time (CampaignPromoter), and views
///   count a running campaign's pending messages as queued (campaignWaitingCounts());
/// - pause (running → paused): queued → pending, set-based without events (only the slice or
///   two promoted so far); messages already claimed finish;
/// - resume (paused → running): as start;
/// - cancel (draft | scheduled | running | paused → cancelled): pending and queued →
///   cancelled, one event each (MessageRepository::moveAll); submitting, unknown and sent ones
///   finish on their own (CancelSummary says how many), and any of them put back in the queue
///   (a 429, a failover, an unknown found not sent) is cancelled by parkStopped() instead of
///   sent — paused likewise goes back to pending;
/// - complete (running → completed): when no message is pending, queued, submitting or unknown.
/// A message's timeline shows the campaign events that concern it (MessageTimeline).
class CampaignLifecycle final
{
public:
    /// An importing campaign whose importer gave no sign of life for this long is abandoned,
    /// even when its process cannot be checked (another host).
    static constexpr std::chrono::minutes importStaleAfter {10};

    /// Starts a draft or scheduled campaign now. Refused for an empty campaign.
    static Result<Campaign> start(Database &db, qint64 campaignId, const Clock &clock);
    /// Schedules a draft (or reschedules a scheduled) campaign to start at `at`. Refused when
    /// `at` is not in the future: start it now instead.
    static Result<Campaign> schedule(Database &db, qint64 campaignId, const QDateTime &at, const Clock &clock);
    static Result<Campaign> pause(Database &db, qint64 campaignId, const Clock &clock);
    static Result<Campaign> resume(Database &db, qint64 campaignId, const Clock &clock);
    static Result<CancelSummary> cancel(Database &db, qint64 campaignId, const Clock &clock);

    /// Starts every scheduled campaign whose time has come. Returns their ids.
    static Result<QList<qint64>> startDue(Database &db, const Clock &clock);
    /// Moves messages the dispatcher put back in the queue after their campaign stopped: to
    /// pending for a paused campaign (resume queues them), to cancelled for a cancelled one.
    /// Returns how many.
    static Result<qint64> parkStopped(Database &db, const Clock &clock);
    /// Marks running campaigns with nothing left to submit or reconcile as completed. Returns their ids.
    static Result<QList<qint64>> completeFinished(Database &db, const Clock &clock);

    /// Removes importing campaigns whose importer is gone: a process on this host that no longer
    /// runs, or no heartbeat for importStaleAfter (a live importer beats with every slice it
    /// writes, every few milliseconds). Returns their ids. Safe while another process imports.
    static Result<QList<qint64>> removeAbandonedImports(Database &db, const Clock &clock);
    /// Removes a draft that was just imported, as if the import had been cancelled: for an
    /// import whose cancel arrived after its last commit, or that the wizard redoes. The draft
    /// goes back to importing first (so no one starts it meanwhile), then removeImport().
    /// Refused for a campaign that is no longer a draft.
    static Status discardDraft(Database &db, qint64 campaignId);
    /// Removes an importing campaign with everything written so far, in slices of short write
    /// transactions. Refused for a campaign that finished importing.
    static Status removeImport(Database &db, qint64 campaignId);
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignlifecycle.h"

#include "common/logging.h"
#include "dispatch/dispatcherlease.h"
#include "store/campaigneventrepository.h"
#include "store/campaignqueuerepository.h"
#include "store/campaignrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

constexpr qint64 deleteSlice = 20000;

Result<Campaign> load(Database &db, qint64 id)
{
    auto found = CampaignRepository(db).findById(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(
            QCoreApplication::translate("CampaignLifecycle",
                                        "There is no campaign %1 (was it removed?); the campaign list shows the ids.")
                .arg(id));
    return **found;
}

QString describe(const Campaign &c)
{
    return QCoreApplication::translate("CampaignLifecycle", "Campaign %1 (“%2”)").arg(c.id).arg(c.name);
}

/// Why `c` cannot take the transition `action`, or an empty string when it can (it is in one of `allowed`).
QString refusal(const Campaign &c, const QList<CampaignState> &allowed, const QString &action)
{
    if (allowed.contains(c.state))
        return {};
    const QString state = campaignStateTitle(c.state); // a sentence for people: the state as the window names it
    switch (c.state) {
    case CampaignState::Importing:
        return QCoreApplication::translate("CampaignLifecycle",
                                           "%1 is still being imported; wait until its import finishes.")
            .arg(describe(c));
    case CampaignState::Completed:
    case CampaignState::Cancelled:
        //: %2 is the state's label (completed, cancelled); %3 what was asked (started, paused…).
        return QCoreApplication::translate("CampaignLifecycle",
                                           "%1 is %2; it cannot be %3 any more. Import the list again to send it anew.")
            .arg(describe(c), state, action);
    case CampaignState::Running:
        return QCoreApplication::translate("CampaignLifecycle", "%1 is already running; pause or cancel it instead.")
            .arg(describe(c));
    case CampaignState::Paused:
        return QCoreApplication::translate("CampaignLifecycle", "%1 is paused; resume it (or cancel it) instead.")
            .arg(describe(c));
    case CampaignState::Draft:
    case CampaignState::Scheduled:
        break;
    }
    //: %2 is the state's label (draft, scheduled); %3 what was asked (paused, resumed…).
    return QCoreApplication::translate("CampaignLifecycle",
                                       "%1 is %2 and has not started; it cannot be %3. Start it first.")
        .arg(describe(c), state, action);
}

/// Moves the campaign guarded by `from`; an error when another writer moved it first.
Status moveCampaign(Database &db, const Campaign &after, const QList<CampaignState> &from)
{
    auto moved = CampaignRepository(db).moveState(after, from);
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::failed(
            QCoreApplication::translate("CampaignLifecycle",
                                        "%1 was changed by someone else meanwhile; look at it again and retry.")
                .arg(describe(after)));
    return {};
}

/// Records `before` → `to` as one campaign event, standing for its messages' move from
/// `messagesFrom` to `messagesTo` when given (`messages` of them).
Status record(Database &db, const Campaign &before, CampaignState to, std::optional<MessageState> messagesFrom,
              std::optional<MessageState> messagesTo, qint64 messages, qint64 now, const QString &detail)
{
    CampaignEvent event;
    event.campaignId = before.id;
    event.at = now;
    event.from = before.state;
    event.to = to;
    event.messagesFrom = messagesFrom;
    event.messagesTo = messagesTo;
    event.messages = messages;
    event.detail = detail;
    auto inserted = CampaignEventRepository(db).insert(event);
    if (!inserted)
        return inserted.error();
    return {};
}

/// Whether the campaign has pending messages, and how many for its event (0: not counted).
struct PendingCount
{
    bool any = false;
    qint64 count = 0;
};

Result<PendingCount> countPending(Database &db, qint64 campaignId)
{
    // SQLite counts a range of messages(campaign_id, state) in the index alone: about 50 ms for
    // a million messages (tests/bench/benchcampaignstart). PostgreSQL visits the rows too
    // (0.6 s and more for a million), which would make the start as slow as its size.
    if (db.dialect().kind() == SqlDialect::Kind::Postgres) {
        auto any = CampaignQueueRepository(db).hasPending(campaignId);
        if (!any)
            return any.error();
        return PendingCount {*any, 0};
    }
    auto count = MessageRepository(db).countInStates({MessageState::Pending}, campaignId);
    if (!count)
        return count.error();
    return PendingCount {*count > 0, *count};
}

/// Starts `c` inside the caller's transaction: the campaign row and one event. Its `pending`
/// messages stay as they are until a dispatcher promotes them (CampaignPromoter), so a start
/// costs the same whatever the size of the campaign.
Status startLocked(Database &db, Campaign c, qint64 pending, qint64 now, const QString &detail)
{
    const Campaign before = c;
    c.state = CampaignState::Running;
    c.startedAt = now;
    if (auto moved = moveCampaign(db, c, {before.state}); !moved)
        return moved;
    return record(db, before, CampaignState::Running, MessageState::Pending, MessageState::Queued, pending, now,
                  detail);
}

/// How many messages of `c` wait in pending; an error when none does.
Result<qint64> requireMessages(Database &db, const Campaign &c)
{
    auto pending = countPending(db, c.id);
    if (!pending)
        return pending.error();
    if (!pending->any)
        return Error::invalid(
            QCoreApplication::translate("CampaignLifecycle",
                                        "%1 has no message waiting to be sent: every row of its file was "
                                        "rejected, or its messages were cancelled. Its rejects say why; fix the "
                                        "file and import it again.")
                .arg(describe(c)));
    return pending->count;
}

} // namespace

Result<Campaign> CampaignLifecycle::start(Database &db, qint64 campaignId, const Clock &clock)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto campaign = load(db, campaignId);
    if (!campaign)
        return campaign.error();
    if (const QString why = refusal(*campaign, {CampaignState::Draft, CampaignState::Scheduled},
                                    QCoreApplication::translate("CampaignLifecycle", "started", "it cannot be …"));
        !why.isEmpty())
        return Error::invalid(why);
    auto pending = requireMessages(db, *campaign);
    if (!pending)
        return pending.error();
    const qint64 now = clock.nowMs();
    if (auto started = startLocked(db, *campaign, *pending, now,
                                   QCoreApplication::translate("CampaignLifecycle", "campaign started"));
        !started)
        return started.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    qCInfo(lcCampaign) << "started campaign" << campaignId;
    return load(db, campaignId);
}

Result<Campaign> CampaignLifecycle::schedule(Database &db, qint64 campaignId, const QDateTime &at, const Clock &clock)
{
    const QDateTime now = clock.now();
    if (!at.isValid())
        return Error::invalid(
            QCoreApplication::translate("CampaignLifecycle",
                                        "The start time is not a valid date and time; write it as ISO 8601, e.g. "
                                        "2026-03-01T09:00:00Z."));
    if (at <= now)
        return Error::invalid(
            QCoreApplication::translate("CampaignLifecycle",
                                        "The start time %1 is not in the future (it is now %2). Give a later "
                                        "time, or start the campaign now.")
                .arg(at.toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto campaign = load(db, campaignId);
    if (!campaign)
        return campaign.error();
    if (const QString why = refusal(*campaign, {CampaignState::Draft, CampaignState::Scheduled},
                                    QCoreApplication::translate("CampaignLifecycle", "scheduled", "it cannot be …"));
        !why.isEmpty())
        return Error::invalid(why);
    if (auto any = requireMessages(db, *campaign); !any)
        return any.error();
    Campaign after = *campaign;
    after.state = CampaignState::Scheduled;
    after.scheduledAt = at.toMSecsSinceEpoch();
    if (auto moved = moveCampaign(db, after, {campaign->state}); !moved)
        return moved.error();
    //: %1 is the time it will start (ISO 8601, UTC)
    if (auto recorded = record(db, *campaign, CampaignState::Scheduled, std::nullopt, std::nullopt, 0, clock.nowMs(),
                               QCoreApplication::translate("CampaignLifecycle", "campaign scheduled for %1")
                                   .arg(at.toUTC().toString(Qt::ISODate)));
        !recorded)
        return recorded.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return load(db, campaignId);
}

Result<Campaign> CampaignLifecycle::pause(Database &db, qint64 campaignId, const Clock &clock)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto campaign = load(db, campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->state == CampaignState::Paused)
        return Error::invalid(
            QCoreApplication::translate("CampaignLifecycle", "%1 is paused already.").arg(describe(*campaign)));
    if (const QString why = refusal(*campaign, {CampaignState::Running},
                                    QCoreApplication::translate("CampaignLifecycle", "paused", "it cannot be …"));
        !why.isEmpty())
        return Error::invalid(why);
    // Only the messages a dispatcher promoted already are queued (a slice or two); the rest
    // never left pending. Both are "queued" in the campaign's presentation, hence one count.
    const qint64 now = clock.nowMs();
    Campaign after = *campaign;
    after.state = CampaignState::Paused;
    if (auto moved = moveCampaign(db, after, {campaign->state}); !moved)
        return moved.error();
    if (auto demoted = CampaignQueueRepository(db).demote(campaignId, now); !demoted)
        return demoted.error();
    auto waiting = countPending(db, campaignId);
    if (!waiting)
        return waiting.error();
    if (auto recorded =
            record(db, *campaign, CampaignState::Paused, MessageState::Queued, MessageState::Pending, waiting->count,
                   now, QCoreApplication::translate("CampaignLifecycle", "campaign paused"));
        !recorded)
        return recorded.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return load(db, campaignId);
}

Result<Campaign> CampaignLifecycle::resume(Database &db, qint64 campaignId, const Clock &clock)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto campaign = load(db, campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->state == CampaignState::Running)
        return Error::invalid(
            QCoreApplication::translate("CampaignLifecycle", "%1 is running already.").arg(describe(*campaign)));
    if (campaign->state == CampaignState::Draft || campaign->state == CampaignState::Scheduled)
        return Error::invalid(
            QCoreApplication::translate("CampaignLifecycle",
                                        "%1 has not started, so there is nothing to resume; start it instead.")
                .arg(describe(*campaign)));
    if (const QString why = refusal(*campaign, {CampaignState::Paused},
                                    QCoreApplication::translate("CampaignLifecycle", "resumed", "it cannot be …"));
        !why.isEmpty())
        return Error::invalid(why);
    // As a start: the campaign row and one event; dispatchers promote its pending messages.
    const qint64 now = clock.nowMs();
    Campaign after = *campaign;
    after.state = CampaignState::Running;
    if (auto moved = moveCampaign(db, after, {campaign->state}); !moved)
        return moved.error();
    auto pending = countPending(db, campaignId);
    if (!pending)
        return pending.error();
    if (auto recorded =
            record(db, *campaign, CampaignState::Running, MessageState::Pending, MessageState::Queued, pending->count,
                   now, QCoreApplication::translate("CampaignLifecycle", "campaign resumed"));
        !recorded)
        return recorded.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return load(db, campaignId);
}

Result<CancelSummary> CampaignLifecycle::cancel(Database &db, qint64 campaignId, const Clock &clock)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto campaign = load(db, campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->state == CampaignState::Importing || isFinalCampaignState(campaign->state))
        return Error::invalid(
            refusal(*campaign, {}, QCoreApplication::translate("CampaignLifecycle", "cancelled", "it cannot be …")));
    const qint64 now = clock.nowMs();
    Campaign after = *campaign;
    after.state = CampaignState::Cancelled;
    after.finishedAt = now;
    if (auto moved = moveCampaign(db, after, {campaign->state}); !moved)
        return moved.error();
    MessageRepository messages(db);
    CancelSummary summary;
    for (MessageState from : {MessageState::Pending, MessageState::Queued}) {
        auto moved = messages.moveAll(from, MessageState::Cancelled, campaignId, now,
                                      QCoreApplication::translate("CampaignLifecycle", "campaign cancelled"));
        if (!moved)
            return moved.error();
        summary.cancelled += *moved;
    }
    // The messages have their own events (above); this one is the campaign's history.
    if (auto recorded = record(db, *campaign, CampaignState::Cancelled, std::nullopt, std::nullopt, summary.cancelled,
                               now, QCoreApplication::translate("CampaignLifecycle", "campaign cancelled"));
        !recorded)
        return recorded.error();
    if (auto costed = CampaignRepository(db).refreshEstimatedCost(campaignId); !costed)
        return costed.error();
    auto counts = messages.countByState(campaignId);
    if (!counts)
        return counts.error();
    summary.submitting = counts->value(MessageState::Submitting);
    summary.unknown = counts->value(MessageState::Unknown);
    summary.sent = counts->value(MessageState::Sent);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    auto reloaded = load(db, campaignId);
    if (!reloaded)
        return reloaded.error();
    summary.campaign = *reloaded;
    qCInfo(lcCampaign) << "cancelled campaign" << campaignId << summary.cancelled << "messages";
    return summary;
}

Result<QList<qint64>> CampaignLifecycle::startDue(Database &db, const Clock &clock)
{
    const qint64 now = clock.nowMs();
    CampaignRepository campaigns(db);
    auto due = campaigns.dueScheduled(now);
    if (!due || due->isEmpty())
        return due;
    QList<qint64> started;
    for (qint64 id : std::as_const(*due)) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto campaign = load(db, id);
        if (!campaign)
            return campaign.error();
        if (campaign->state != CampaignState::Scheduled)
            continue; // started or cancelled by someone else since the query
        auto pending = countPending(db, id);
        if (!pending)
            return pending.error();
        if (auto ok = startLocked(db, *campaign, pending->count, now,
                                  QCoreApplication::translate("CampaignLifecycle", "scheduled start"));
            !ok)
            return ok.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        qCInfo(lcCampaign) << "started scheduled campaign" << id;
        started.append(id);
    }
    return started;
}

Result<qint64> CampaignLifecycle::parkStopped(Database &db, const Clock &clock)
{
    CampaignRepository campaigns(db);
    auto stopped = campaigns.stoppedWithQueuedMessages();
    if (!stopped)
        return stopped.error();
    if (stopped->isEmpty())
        return qint64(0);
    const qint64 now = clock.nowMs();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Asked again inside the write transaction: a campaign resumed meanwhile keeps its queue.
    stopped = campaigns.stoppedWithQueuedMessages();
    if (!stopped)
        return stopped.error();
    MessageRepository messages(db);
    qint64 parked = 0;
    for (const Campaign &campaign : std::as_const(*stopped)) {
        const bool paused = campaign.state == CampaignState::Paused;
        auto moved = messages.moveAll(MessageState::Queued, paused ? MessageState::Pending : MessageState::Cancelled,
                                      campaign.id, now,
                                      paused ? QCoreApplication::translate("CampaignLifecycle", "campaign paused")
                                             : QCoreApplication::translate("CampaignLifecycle", "campaign cancelled"));
        if (!moved)
            return moved.error();
        if (!paused && *moved > 0) {
            if (auto costed = campaigns.refreshEstimatedCost(campaign.id); !costed)
                return costed.error();
        }
        parked += *moved;
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (parked > 0)
        qCInfo(lcCampaign) << "parked" << parked << "messages queued again after their campaign stopped";
    return parked;
}

Result<QList<qint64>> CampaignLifecycle::completeFinished(Database &db, const Clock &clock)
{
    CampaignRepository campaigns(db);
    auto finished = campaigns.runningWithNothingOpen();
    if (!finished || finished->isEmpty())
        return finished;
    const qint64 now = clock.nowMs();
    QList<qint64> completed;
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Asked again inside the write transaction: nothing can reopen a campaign between the check and the change.
    auto confirmed = campaigns.runningWithNothingOpen();
    if (!confirmed)
        return confirmed.error();
    for (qint64 id : std::as_const(*confirmed)) {
        auto campaign = load(db, id);
        if (!campaign)
            return campaign.error();
        Campaign after = *campaign;
        after.state = CampaignState::Completed;
        after.finishedAt = now;
        auto moved = campaigns.moveState(after, {CampaignState::Running});
        if (!moved)
            return moved.error();
        if (!*moved)
            continue;
        if (auto recorded = record(db, *campaign, CampaignState::Completed, std::nullopt, std::nullopt, 0, now,
                                   QCoreApplication::translate("CampaignLifecycle", "campaign completed"));
            !recorded)
            return recorded.error();
        completed.append(id);
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return completed;
}

Result<QList<qint64>> CampaignLifecycle::removeAbandonedImports(Database &db, const Clock &clock)
{
    auto importing = CampaignRepository(db).inState(CampaignState::Importing);
    if (!importing)
        return importing.error();
    const qint64 now = clock.nowMs();
    const QString host = DispatcherLease::thisHost();
    const qint64 staleMs = std::chrono::milliseconds(importStaleAfter).count();
    QList<qint64> removed;
    for (const Campaign &c : std::as_const(*importing)) {
        const bool deadHere = c.importHost == host && !DispatcherLease::processAlive(c.importPid);
        const bool silent = now - c.importHeartbeatAt > staleMs;
        if (!deadHere && !silent)
            continue;
        qCWarning(lcCampaign) << "removing abandoned import of campaign" << c.id << "by pid" << c.importPid << "on"
                              << c.importHost;
        if (auto gone = removeImport(db, c.id); !gone)
            return gone.error();
        removed.append(c.id);
    }
    return removed;
}

Status CampaignLifecycle::discardDraft(Database &db, qint64 campaignId)
{
    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto campaign = load(db, campaignId);
        if (!campaign)
            return campaign.error();
        Campaign after = *campaign;
        after.state = CampaignState::Importing;
        auto moved = CampaignRepository(db).moveState(after, {CampaignState::Draft});
        if (!moved)
            return moved.error();
        if (!*moved)
            return Error::invalid(
                QCoreApplication::translate("CampaignLifecycle",
                                            "%1 is no longer a draft, so it was kept; cancel it instead.")
                    .arg(describe(*campaign)));
        if (auto committed = tx->commit(); !committed)
            return committed;
    }
    return removeImport(db, campaignId);
}

Status CampaignLifecycle::removeImport(Database &db, qint64 campaignId)
{
    auto campaign = load(db, campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->state != CampaignState::Importing)
        return Error::invalid(
            QCoreApplication::translate("CampaignLifecycle", "%1 finished importing; cancel it instead of removing it.")
                .arg(describe(*campaign)));
    CampaignRepository campaigns(db);
    // Slices of short transactions: a dispatcher sharing the store waits milliseconds, not seconds.
    for (auto deleteSome : {&CampaignRepository::deleteMessages, &CampaignRepository::deleteRejects}) {
        for (;;) {
            auto tx = Transaction::begin(db);
            if (!tx)
                return tx.error();
            auto deleted = (campaigns.*deleteSome)(campaignId, deleteSlice);
            if (!deleted)
                return deleted.error();
            if (auto committed = tx->commit(); !committed)
                return committed;
            if (*deleted < deleteSlice)
                break;
        }
    }
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto removed = campaigns.remove(campaignId); !removed)
        return removed;
    return tx->commit();
}

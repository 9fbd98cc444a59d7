// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrierbreaker.h"
#include "carrierruntime.h"
#include "carriers/carrierhealth.h"
#include "dispatchoptions.h"
#include "dispatchstatus.h"
#include "inboundfetcher.h"
#include "messages/message.h"
#include "ratelimiter.h"
#include "restcomm/restcommclient.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class CampaignPromoter;
class Database;
class DeliveryTracker;
class DispatcherPresence;
class DispatcherRegistry;
class Reconciler;
class SharedCarrierLimiter;
class SubmissionPolicy;
class TransitionWriter;

/// The sending loop. Lives in a worker thread with its own store connection and network
/// manager; the GUI thread never waits on it.
///
/// Each pass it claims due queued messages per carrier (→ submitting, one transaction per
/// batch) as far as the carrier's rate, its in-flight cap, its breaker and the global cap
/// allow, submits them, and turns each answer into the next state through SubmissionPolicy.
/// Results are written in batches. Sent messages are followed by the DeliveryTracker;
/// unknown ones (and those a crash left in submitting) by the Reconciler.
///
/// On SQLite it holds the store's one lease (DispatcherLease) and keeps each carrier's rate,
/// cap and breaker in memory. On PostgreSQL any number of engines work on one store: each
/// registers (DispatcherRegistry), claims through the carriers' shared state
/// (SharedCarrierLimiter), takes over what dead ones left, and follows only its own messages.
class DispatchEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchEngine)

public:
    explicit DispatchEngine(DispatchOptions options, QString holder, QObject *parent = nullptr);
    ~DispatchEngine() override;

public Q_SLOTS:
    /// Opens the store, takes the lease, recovers what a crash left behind and starts sending.
    void start();
    /// Stops claiming; finishes what is in flight, writes it, releases the lease, then emits stopped().
    void stop();
    /// stop(), but what is still unanswered after `grace` is left to the next start's recovery.
    void stopWithin(std::chrono::milliseconds grace);
    void setCarriers(const CarrierRuntimeList &carriers);
    void setPaused(bool paused);
    void setCarrierPaused(qint64 carrierId, bool paused);
    /// New work may be waiting (a campaign started, a message was retried).
    void wake();
    /// Reads every enabled carrier's replies now (they are also read once a minute);
    /// repliesFetched() when all have answered.
    void fetchReplies();

Q_SIGNALS:
    void started();
    void failed(const QString &message);
    void stopped();
    void statusChanged(const DispatchStatus &status);
    /// Messages changed in the store (for views that refresh).
    void messagesChanged(int count);
    /// Nothing left to submit, reconcile or follow.
    void idle();
    /// New replies were stored (for the Inbox and its unread count).
    void repliesStored(int count);
    /// The round fetchReplies() asked for ended: one report per enabled carrier.
    void repliesFetched(const InboundFetchReports &reports);

private:
    struct CarrierState
    {
        CarrierRuntime runtime;
        RateLimiter limiter;
        CarrierBreaker breaker;
        int inFlight = 0;
        bool paused = false;
        qint64 throttledUntil = 0;
        qint64 idleUntil = 0; ///< no due work found; do not ask the store again before this
        qint64 sharedRetryAt = 0; ///< PostgreSQL: when the shared rate, cap or breaker may allow more
        std::deque<qint64> recentSends; ///< for the current-rate display
        /// What happened lately, whatever the breaker makes of it (a refused connection does
        /// not open the breaker, but a carrier refusing every request is not "ok").
        CarrierHealth outcomes;
        CarrierHealth saved; ///< as last written to the store
    };

    void pump();
    void pumpCarrier(CarrierState &carrier, qint64 now);
    void rerouteQueued(CarrierState &carrier, qint64 now, const QString &reason);
    /// Claims up to `capacity` messages as the carrier's own limiter allows (SQLite), or as its
    /// shared state does (PostgreSQL). Nothing when nothing may be claimed now; then it has said
    /// when to look again.
    std::optional<MessageList> claimLocal(CarrierState &carrier, int capacity, qint64 now);
    std::optional<MessageList> claimShared(CarrierState &carrier, int capacity, qint64 now);
    /// Sends what was claimed, but to numbers that opted out meanwhile.
    void sendClaimed(CarrierState &carrier, const MessageList &claimed, CarrierBreaker::State breaker, qint64 now);
    /// Claims up to `slots` due messages of `carrier`, renewing the lease in the same transaction.
    Result<MessageList> claimFenced(const CarrierState &carrier, int slots, qint64 now);
    /// Another dispatcher holds the store now: says so and stops sending.
    void loseLease();
    /// Deletes the previous run's writer, tracker, reconciler, client and lease.
    void dropRunParts();
    void submit(CarrierState &carrier, const Message &message);
    void onReply(const Message &claimed, const RestcommReply<SmsRecord> &reply);
    void schedulePump(qint64 delayMs);
    /// Turns messages left in `submitting` by an earlier dispatcher into `unknown`. False when
    /// the store refused (busy): housekeeping tries again until it succeeds.
    bool recoverInterrupted(qint64 now);
    /// PostgreSQL: takes over what dispatchers that died or stopped left (DispatcherRegistry).
    /// False when the store refused; housekeeping tries again.
    bool takeOverDead(qint64 now);
    /// How often the lease is renewed: well within it.
    qint64 heartbeatEvery() const;
    void emitStatus();
    /// The carrier's health now: its outcomes under the state its breaker, throttle and switches give.
    CarrierHealth healthOf(const CarrierState &carrier, qint64 now) const;
    /// Writes the carrier's health to the store when it changed (a busy store: tried again later).
    void saveHealth(CarrierState &carrier, qint64 now);
    void checkIdle();
    void advanceCampaigns();
    /// Queues the next slice of running campaigns' pending messages (CampaignPromoter).
    void promoteCampaigns();
    void finishStopping();
    QString carrierName(qint64 id) const;

    DispatchOptions m_options;
    QString m_holder;
    const Clock *m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_serverClock; ///< PostgreSQL: the server's (null: m_clock serves)
    std::unique_ptr<DispatcherPresence> m_lease;
    DispatcherRegistry *m_registry = nullptr; ///< PostgreSQL: m_lease, as what it is there
    std::unique_ptr<SharedCarrierLimiter> m_shared; ///< PostgreSQL only
    RestcommClient *m_client = nullptr;
    TransitionWriter *m_writer = nullptr;
    DeliveryTracker *m_tracker = nullptr;
    Reconciler *m_reconciler = nullptr;
    InboundFetcher *m_inbound = nullptr;
    std::unique_ptr<SubmissionPolicy> m_policy;
    std::unique_ptr<CampaignPromoter> m_promoter;
    QHash<qint64, CarrierState> m_carriers;
    QRandomGenerator m_random;
    QTimer m_pumpTimer;
    QTimer m_housekeeping; ///< delivery polls, reconciliation, heartbeat, idle check
    QTimer m_statusTimer;
    bool m_running = false;
    bool m_stopping = false;
    bool m_abandoned = false; ///< stopped with answers outstanding (stopWithin): they are ignored
    bool m_paused = false;
    int m_inFlight = 0;
    qint64 m_submitted = 0;
    qint64 m_accepted = 0;
    qint64 m_lastHeartbeat = 0;
    qint64 m_lastIdleCheck = 0;
    qint64 m_lastCampaignCheck = 0;
    qint64 m_lastTakeOver = 0;
    qint64 m_leaseTakenAt = 0; ///< messages claimed before this are an earlier dispatcher's
    bool m_recovered = false;
};

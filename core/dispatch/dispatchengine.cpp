// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dispatchengine.h"

#include "campaign/campaignlifecycle.h"
#include "campaignpromoter.h"
#include "common/clock.h"
#include "common/logging.h"
#include "deliverytracker.h"
#include "dispatcherlease.h"
#include "dispatcherregistry.h"
#include "reconciler.h"
#include "sharedcarrierlimiter.h"
#include "store/carrierhealthrepository.h"
#include "store/claimrepository.h"
#include "store/database.h"
#include "store/inboundrepository.h"
#include "store/messagerepository.h"
#include "store/optoutrepository.h"
#include "store/serverclock.h"
#include "submissionpolicy.h"
#include "transitionwriter.h"

#include <QCoreApplication>

namespace {
constexpr qint64 noWorkRecheckMs = 200; ///< how soon to look again for work on an idle carrier
constexpr qint64 optOutRetryMs = 5000; ///< how soon to try again when the opt-out list could not be read
constexpr qint64 housekeepingMs = 250;
constexpr qint64 heartbeatMs = 5'000;
constexpr qint64 idleCheckMs = 500;
constexpr qint64 campaignCheckMs = 1'000;
constexpr qint64 rateWindowMs = 5'000;
/// Claiming one message per answer would cost one write transaction per message; waiting a
/// couple of milliseconds lets several answers free slots that one claim then fills.
constexpr qint64 refillDelayMs = 2;
/// While at least half of a carrier's in-flight cap is still out, its connections have work
/// queued (a host gets six), so the refill can wait longer and claim more in one transaction:
/// a claim costs about as much for 30 messages as for 5.
constexpr qint64 busyRefillDelayMs = 10;
/// PostgreSQL: a claim is a round of several statements on the carrier's locked row, taken in
/// turns by every dispatcher. Asking at most this often lets slots gather (the grid keeps them)
/// so one claim takes several, whatever the rate and the number of dispatchers.
constexpr qint64 sharedClaimGapMs = 20;
/// PostgreSQL: how long a half-open breaker's probe is the one probe, beyond the request timeout.
constexpr qint64 probeMarginMs = 5'000;
} // namespace

DispatchEngine::DispatchEngine(DispatchOptions options, QString holder, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_holder(std::move(holder))
    , m_clock(m_options.clock ? m_options.clock : &SystemClock::instance())
    , m_random(m_options.seed ? m_options.seed : QRandomGenerator::global()->generate())
    , m_pumpTimer(this)
    , m_housekeeping(this)
    , m_statusTimer(this)
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &DispatchEngine::pump);
    m_housekeeping.setInterval(int(housekeepingMs));
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock->nowMs();
        // The lease first: a dispatcher that was frozen past a takeover must not touch the
        // other one's messages before it notices.
        if (now - m_lastHeartbeat >= heartbeatEvery()) {
            m_lastHeartbeat = now;
            auto held = m_lease->renew(now);
            if (!held) // a busy store: tried again next time; claims stay fenced meanwhile
                qCWarning(lcDispatch) << "could not renew the dispatcher lease:" << held.errorMessage();
            else if (!*held)
                loseLease();
        }
        if (!m_running)
            return; // stopped just now (the lease was lost)
        if (!m_stopping && m_registry && (!m_recovered || now - m_lastTakeOver >= heartbeatEvery())) {
            m_lastTakeOver = now;
            m_recovered = takeOverDead(now);
            if (!m_running || m_stopping)
                return; // taken over itself meanwhile
        }
        if (!m_stopping) {
            if (!m_recovered)
                m_recovered = recoverInterrupted(now);
            if (m_options.trackDelivery)
                m_tracker->tick();
            m_reconciler->tick();
            if (m_options.fetchReplies)
                m_inbound->tick();
            promoteCampaigns();
        }
        if (now - m_lastCampaignCheck >= campaignCheckMs && !m_stopping) {
            m_lastCampaignCheck = now;
            advanceCampaigns();
        }
        if (now - m_lastIdleCheck >= idleCheckMs) {
            m_lastIdleCheck = now;
            checkIdle();
        }
        if (m_stopping)
            finishStopping();
    });
    m_statusTimer.setInterval(m_options.statusInterval);
    connect(&m_statusTimer, &QTimer::timeout, this, &DispatchEngine::emitStatus);
}

DispatchEngine::~DispatchEngine()
{
    if (m_lease)
        m_lease->release();
}

QString DispatchEngine::carrierName(qint64 id) const
{
    auto it = m_carriers.constFind(id);
    return it != m_carriers.constEnd() ? it->runtime.name
                                       : QCoreApplication::translate("DispatchEngine", "carrier %1").arg(id);
}

void DispatchEngine::start()
{
    if (m_running)
        return;
    auto db = Database::open(m_options.storePath, Database::OpenMode::ExistingOnly);
    if (!db) {
        Q_EMIT failed(db.errorMessage());
        return;
    }
    dropRunParts();
    m_db = std::move(*db);
    if (m_db->dialect().kind() == SqlDialect::Kind::Postgres) {
        // A team's store: any number of dispatchers at once, each in its own row, sharing what
        // the carriers promise. The server's clock times what they share; a test that brings
        // its own clock runs all of it in that clock's time.
        if (!m_options.clock)
            m_serverClock = std::make_unique<ServerClock>(*m_db);
        const Clock &serverClock = m_serverClock ? *m_serverClock : *m_clock;
        auto registry =
            std::make_unique<DispatcherRegistry>(*m_db, m_holder, m_options.leaseStaleAfter.count(), serverClock);
        m_registry = registry.get();
        m_shared = std::make_unique<SharedCarrierLimiter>(
            *m_db, *registry, serverClock, m_options.requestTimeout + std::chrono::milliseconds(probeMarginMs));
        m_lease = std::move(registry);
    } else {
        m_lease = std::make_unique<DispatcherLease>(*m_db, m_holder, m_options.leaseStaleAfter.count());
    }
    const qint64 now = m_clock->nowMs();
    if (auto taken = m_lease->acquire(now); !taken) {
        Q_EMIT failed(taken.errorMessage());
        return;
    }
    m_lastHeartbeat = now;

    m_client = new RestcommClient(m_options.network, *m_clock, this);
    m_writer = new TransitionWriter(*m_db, m_options.flushInterval, m_options.flushSize, this);
    connect(m_writer, &TransitionWriter::written, this, &DispatchEngine::messagesChanged);
    m_tracker = new DeliveryTracker(*m_db, *m_client, *m_writer, *m_clock, m_options, this);
    m_reconciler = new Reconciler(*m_db, *m_client, *m_writer, *m_clock, m_options, this);
    m_inbound = new InboundFetcher(*m_db, *m_client, *m_clock, m_options, this);
    connect(m_inbound, &InboundFetcher::repliesStored, this, [this](int count, int confirmations) {
        Q_EMIT repliesStored(count);
        if (confirmations > 0) { // queued STOP confirmations: send them now
            Q_EMIT messagesChanged(confirmations);
            wake();
        }
    });
    connect(m_inbound, &InboundFetcher::roundFinished, this, &DispatchEngine::repliesFetched);
    RetryPolicy retry = m_options.retry;
    m_policy = std::make_unique<SubmissionPolicy>(retry, [this](qint64 id) { return carrierName(id); });
    CampaignPromoter::Options promotion;
    promotion.campaignId = m_options.campaignId;
    m_promoter = std::make_unique<CampaignPromoter>(*m_db, *m_clock, promotion);
    QHash<qint64, CarrierRuntime> runtimes;
    for (const CarrierState &c : std::as_const(m_carriers))
        runtimes.insert(c.runtime.id, c.runtime);
    m_tracker->setCarriers(runtimes);
    m_reconciler->setCarriers(runtimes);
    m_inbound->setCarriers(runtimes);
    if (m_registry) {
        m_tracker->setClaimer(m_registry->instance());
        m_reconciler->setClaimer(m_registry->instance());
    }

    m_leaseTakenAt = now;
    m_abandoned = false;
    m_lastTakeOver = now;
    m_recovered = m_registry ? takeOverDead(now) : recoverInterrupted(now);
    m_running = true;
    m_housekeeping.start();
    m_statusTimer.start();
    qCInfo(lcDispatch) << "dispatcher started on" << m_options.storePath;
    Q_EMIT started();
    emitStatus();
    promoteCampaigns(); // a campaign started before this dispatcher sends at once
    schedulePump(0);
}

bool DispatchEngine::recoverInterrupted(qint64 now)
{
    // A message still in `submitting` when the lease is taken was being sent by a dispatcher
    // that is gone. Its request may have reached Restcomm: it becomes unknown and is looked up.
    // Left in `submitting` (a busy store), nothing else would ever move it, so on failure
    // housekeeping calls this again; then this dispatcher's own claims, newer than the lease,
    // are in flight and left alone.
    MessageRepository repo(*m_db);
    const QString lastError =
        QCoreApplication::translate("DispatchEngine", "The dispatcher stopped while this message was being submitted.");
    const QString detail = QCoreApplication::translate("DispatchEngine",
                                                       "The dispatcher stopped while submitting it; it is looked up in "
                                                       "Restcomm before any resend.");
    qint64 after = 0;
    for (;;) {
        auto batch = repo.inState(MessageState::Submitting, 1000, after);
        if (!batch) {
            qCWarning(lcDispatch) << "could not read interrupted submissions:" << batch.errorMessage();
            return false;
        }
        if (batch->isEmpty())
            return true;
        QList<MessageTransition> transitions;
        for (const Message &m : *batch) {
            after = m.id;
            if (m.submittedAt >= m_leaseTakenAt)
                continue;
            Message u = m;
            u.state = MessageState::Unknown;
            u.updatedAt = now;
            u.nextAttemptAt = now;
            u.lastError = lastError;
            transitions.append({u, MessageState::Submitting, 0, detail});
        }
        if (transitions.isEmpty())
            continue;
        if (auto applied = repo.apply(transitions); !applied) {
            qCWarning(lcDispatch) << "could not mark interrupted submissions unknown:" << applied.errorMessage();
            return false;
        }
    }
}

bool DispatchEngine::takeOverDead(qint64 now)
{
    auto taken = m_registry->takeOver(now, m_options.campaignId);
    if (taken)
        return true;
    if (!m_registry->held()) {
        loseLease();
        return true;
    }
    qCWarning(lcDispatch) << "could not take over dead dispatchers' messages:" << taken.errorMessage();
    return false;
}

qint64 DispatchEngine::heartbeatEvery() const
{
    return std::min<qint64>(heartbeatMs, std::max<qint64>(1, m_options.leaseStaleAfter.count() / 3));
}

void DispatchEngine::dropRunParts()
{
    // A restart (after a stop, or a lost lease): the last run's parts hold the last run's
    // connection, which is about to close. Results its writer could not store at the stop are
    // dropped with it; their messages are still `submitting` in the store, and this start's
    // recovery makes them `unknown` and looks them up.
    delete m_inbound;
    m_inbound = nullptr;
    delete m_reconciler;
    m_reconciler = nullptr;
    delete m_tracker;
    m_tracker = nullptr;
    delete m_writer;
    m_writer = nullptr;
    delete m_client; // and the network managers it made
    m_client = nullptr;
    m_shared.reset();
    m_registry = nullptr;
    m_lease.reset();
    m_serverClock.reset(); // it holds a handle on the connection about to close
    m_promoter.reset();
}

void DispatchEngine::stop()
{
    if (!m_running) {
        Q_EMIT stopped();
        return;
    }
    m_stopping = true;
    m_pumpTimer.stop();
    finishStopping();
}

void DispatchEngine::stopWithin(std::chrono::milliseconds grace)
{
    stop();
    if (!m_running)
        return;
    QTimer::singleShot(grace, this, [this] {
        if (!m_running || !m_stopping)
            return;
        // The answers still out are not waited for. Their messages stay `submitting` in the
        // store; the next start makes them unknown and looks them up before any resend.
        qCInfo(lcDispatch) << "stopping with" << m_inFlight << "request(s) unanswered; the next start looks them up";
        m_abandoned = true;
        finishStopping();
    });
}

void DispatchEngine::finishStopping()
{
    if (!m_stopping || !m_running)
        return;
    const int open = m_inFlight + m_tracker->inFlight() + m_reconciler->inFlight() + m_inbound->inFlight();
    if (open > 0 && !m_abandoned)
        return; // the last answer calls this again
    (void)m_writer->flush();
    m_lease->release();
    m_housekeeping.stop();
    m_statusTimer.stop();
    m_running = false;
    m_stopping = false;
    emitStatus();
    qCInfo(lcDispatch) << "dispatcher stopped";
    Q_EMIT stopped();
}

void DispatchEngine::setCarriers(const CarrierRuntimeList &carriers)
{
    QSet<qint64> present;
    for (const CarrierRuntime &runtime : carriers) {
        present.insert(runtime.id);
        CarrierState &state = m_carriers[runtime.id];
        state.runtime = runtime;
        state.limiter.setRate(runtime.rate);
        state.idleUntil = 0;
    }
    for (auto it = m_carriers.begin(); it != m_carriers.end();) {
        if (!present.contains(it.key()) && it->inFlight == 0)
            it = m_carriers.erase(it);
        else
            ++it;
    }
    QHash<qint64, CarrierRuntime> runtimes;
    for (const CarrierState &c : std::as_const(m_carriers))
        runtimes.insert(c.runtime.id, c.runtime);
    if (m_tracker) {
        m_tracker->setCarriers(runtimes);
        m_reconciler->setCarriers(runtimes);
        m_inbound->setCarriers(runtimes);
    }
    schedulePump(0);
}

void DispatchEngine::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        wake();
    emitStatus();
}

void DispatchEngine::setCarrierPaused(qint64 carrierId, bool paused)
{
    auto it = m_carriers.find(carrierId);
    if (it == m_carriers.end())
        return;
    it->paused = paused;
    if (!paused)
        wake();
    emitStatus();
}

void DispatchEngine::wake()
{
    for (CarrierState &c : m_carriers) {
        c.idleUntil = 0;
        c.sharedRetryAt = 0; // one claim to ask; the shared state still decides what it may take
    }
    m_lastIdleCheck = 0;
    schedulePump(0);
}

void DispatchEngine::fetchReplies()
{
    if (!m_inbound || !m_running) {
        Q_EMIT repliesFetched({});
        return;
    }
    m_inbound->fetchNow();
}

void DispatchEngine::schedulePump(qint64 delayMs)
{
    if (!m_running || m_stopping)
        return;
    delayMs = std::max<qint64>(0, delayMs);
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTime() <= delayMs)
        return;
    m_pumpTimer.start(int(delayMs));
}

void DispatchEngine::pump()
{
    if (!m_running || m_stopping || m_paused)
        return;
    const qint64 now = m_clock->nowMs();
    for (CarrierState &c : m_carriers)
        pumpCarrier(c, now);

    // Sleep until the first carrier could send again, but look for new work regularly.
    qint64 next = now + noWorkRecheckMs;
    for (const CarrierState &c : std::as_const(m_carriers)) {
        if (c.paused || !c.runtime.enabled)
            continue;
        if (c.idleUntil > now) {
            next = std::min(next, c.idleUntil);
            continue;
        }
        if (c.inFlight >= c.runtime.maxInFlight || m_inFlight >= m_options.globalMaxInFlight)
            continue; // an answer will wake us
        qint64 at = m_shared ? c.sharedRetryAt : c.limiter.nextAvailable(now);
        at = std::max(at, c.throttledUntil);
        if (c.breaker.state(now) == CarrierBreaker::State::Open)
            at = std::max(at, c.breaker.openUntil());
        next = std::min(next, std::max(at, now + 1));
    }
    schedulePump(next - now);
}

void DispatchEngine::pumpCarrier(CarrierState &c, qint64 now)
{
    if (!m_running || m_stopping || c.paused || c.idleUntil > now)
        return;
    if (!c.runtime.enabled || !c.runtime.unusableReason.isEmpty()) {
        rerouteQueued(
            c, now,
            !c.runtime.enabled
                ? QCoreApplication::translate("DispatchEngine", "Carrier “%1” is disabled.").arg(c.runtime.name)
                : c.runtime.unusableReason);
        return;
    }
    const CarrierBreaker::State breaker = c.breaker.state(now);
    if (breaker == CarrierBreaker::State::Open) {
        rerouteQueued(c, now,
                      QCoreApplication::translate("DispatchEngine", "Carrier “%1” is unavailable (%2).")
                          .arg(c.runtime.name, c.breaker.lastReason()));
        return;
    }
    if (now < c.throttledUntil)
        return;
    int capacity =
        std::min({c.runtime.maxInFlight - c.inFlight, m_options.globalMaxInFlight - m_inFlight, m_options.claimBatch});
    if (breaker == CarrierBreaker::State::HalfOpen)
        capacity = std::min(capacity, c.breaker.allowsSend(now) ? 1 : 0);
    if (capacity <= 0)
        return;
    const auto claimed = m_shared ? claimShared(c, capacity, now) : claimLocal(c, capacity, now);
    if (claimed)
        sendClaimed(c, *claimed, breaker, now);
}

std::optional<MessageList> DispatchEngine::claimLocal(CarrierState &c, int capacity, qint64 now)
{
    int slots = 0;
    while (slots < capacity && c.limiter.tryAcquire(now))
        ++slots;
    if (slots == 0)
        return std::nullopt;
    auto claimed = claimFenced(c, slots, now);
    if (!claimed) {
        c.limiter.refund(slots);
        if (!m_lease->held()) {
            loseLease();
            return std::nullopt;
        }
        qCWarning(lcDispatch) << "claim failed:" << claimed.errorMessage();
        c.idleUntil = now + noWorkRecheckMs;
        return std::nullopt;
    }
    if (claimed->size() < slots) {
        c.limiter.refund(slots - int(claimed->size()));
        c.idleUntil = now + noWorkRecheckMs;
    }
    return std::move(*claimed);
}

std::optional<MessageList> DispatchEngine::claimShared(CarrierState &c, int capacity, qint64 now)
{
    if (now < c.sharedRetryAt)
        return std::nullopt;
    auto grant =
        m_shared->claim(c.runtime, capacity, now,
                        QCoreApplication::translate("DispatchEngine", "Claimed for sending via %1").arg(c.runtime.name),
                        m_options.campaignId);
    if (!grant) {
        if (!m_lease->held()) {
            loseLease();
            return std::nullopt;
        }
        qCWarning(lcDispatch) << "claim failed:" << grant.errorMessage();
        c.idleUntil = now + noWorkRecheckMs;
        return std::nullopt;
    }
    c.sharedRetryAt = std::max(grant->retryAt, now + sharedClaimGapMs);
    if (grant->breakerOpenUntil > now) {
        // Another dispatcher's breaker: this one's holds open too, and the next pump moves the
        // carrier's queue on as if it had opened here.
        c.breaker.holdOpen(grant->breakerOpenUntil, grant->breakerReason);
        c.sharedRetryAt = 0;
        schedulePump(0);
        return std::nullopt;
    }
    if (grant->slots > 0 && grant->messages.size() < grant->slots)
        c.idleUntil = now + noWorkRecheckMs;
    if (grant->messages.isEmpty())
        return std::nullopt;
    return std::move(grant->messages);
}

void DispatchEngine::sendClaimed(CarrierState &c, const MessageList &claimed, CarrierBreaker::State breaker, qint64 now)
{
    // On PostgreSQL the carrier's slots were taken in the store and stay taken: nothing to refund.
    const bool local = !m_shared;
    // A number opted out after its message was created is not sent (enforced at import and
    // again here, just before the request).
    QStringList numbers;
    for (const Message &m : std::as_const(claimed))
        numbers.append(m.to);
    auto lookedUp = OptOutRepository(*m_db).optedOutAmong(numbers);
    // A stop reply's confirmation goes to the number that just opted out: the reply names it,
    // and only that message passes (InboundRepository::confirmationsAmong). Looked up only when
    // a claimed message is to an opted-out number, which is rare.
    QSet<qint64> confirmations;
    if (lookedUp && !lookedUp->isEmpty()) {
        QList<qint64> ids;
        for (const Message &m : std::as_const(claimed)) {
            if (lookedUp->contains(m.to))
                ids.append(m.id);
        }
        auto exempt = InboundRepository(*m_db).confirmationsAmong(ids);
        if (!exempt)
            lookedUp = exempt.error();
        else
            confirmations = *exempt;
    }
    if (!lookedUp) {
        // Fail closed: without the list nobody is sent to. Nothing left, so the claim is undone
        // (attempts included) and the messages wait in the queue for the next look.
        qCWarning(lcDispatch) << "opt-out lookup failed:" << lookedUp.errorMessage();
        const QString notYet =
            QCoreApplication::translate("DispatchEngine", "Not sent yet: the opt-out list could not be read (%1).")
                .arg(lookedUp.errorMessage());
        for (const Message &m : std::as_const(claimed)) {
            Message back = m;
            back.state = MessageState::Queued;
            back.attempts = std::max(0, m.attempts - 1);
            back.nextAttemptAt = now + optOutRetryMs;
            m_writer->add({back, MessageState::Submitting, 0, notYet});
        }
        if (local)
            c.limiter.refund(int(claimed.size()));
        c.idleUntil = now + optOutRetryMs;
        return;
    }
    const QSet<QString> &optedOut = *lookedUp;
    // Translated once per claim, not per message.
    const QString optedOutError =
        QCoreApplication::translate("DispatchEngine", "%1 opted out after this message was created.");
    const QString optedOutDetail =
        QCoreApplication::translate("DispatchEngine", "Not sent: %1 is on the opt-out list.");
    for (const Message &m : std::as_const(claimed)) {
        if (optedOut.contains(m.to) && !confirmations.contains(m.id)) {
            Message refused = m;
            refused.state = MessageState::Rejected;
            refused.lastError = optedOutError.arg(m.to);
            refused.finishedAt = now;
            m_writer->add({refused, MessageState::Submitting, 0, optedOutDetail.arg(m.to)});
            if (local)
                c.limiter.refund(1);
            continue;
        }
        if (breaker == CarrierBreaker::State::HalfOpen)
            c.breaker.probeStarted();
        submit(c, m);
    }
}

Result<MessageList> DispatchEngine::claimFenced(const CarrierState &c, int slots, qint64 now)
{
    // The lease is renewed in the claim's own transaction. A dispatcher that was frozen (a
    // stopped process, a suspended VM) long enough for another to take the store over would
    // otherwise wake up and send messages the other one already resends: the renewal fails, so
    // the claim is rolled back, and this one stops. Renewed only when something was claimed:
    // an idle dispatcher looks for work five times a second, and a write each time would wake
    // every window that follows the store.
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto claimed = MessageRepository(*m_db).claimDue(
        c.runtime.id, slots, now,
        QCoreApplication::translate("DispatchEngine", "Claimed for sending via %1").arg(c.runtime.name),
        m_options.campaignId);
    if (!claimed)
        return claimed.error();
    if (!claimed->isEmpty()) {
        auto held = m_lease->renew(now);
        if (!held)
            return held.error(); // rolled back
        if (!*held)
            return Error::failed(DispatcherLease::tookOverMessage()); // rolled back
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (!claimed->isEmpty())
        m_lastHeartbeat = now;
    return claimed;
}

void DispatchEngine::loseLease()
{
    if (!m_running || m_stopping)
        return;
    qCWarning(lcDispatch) << "lost the dispatcher lease; stopping";
    Q_EMIT failed(DispatcherLease::tookOverMessage());
    stop();
}

void DispatchEngine::rerouteQueued(CarrierState &c, qint64 now, const QString &reason)
{
    // A disabled carrier or one without a token holds its messages unless another candidate
    // can take them; an open breaker sends them on or fails them (the carrier refused).
    const bool breakerOpen = c.breaker.state(now) == CarrierBreaker::State::Open;
    // PostgreSQL: every dispatcher sees the same queue. The messages are read locked and moved
    // in that transaction, so another dispatcher skips them instead of moving them once more.
    std::optional<Transaction> tx;
    if (m_shared) {
        auto begun = Transaction::begin(*m_db);
        if (!begun) {
            c.idleUntil = now + noWorkRecheckMs;
            return;
        }
        tx.emplace(std::move(*begun));
    }
    auto due = m_shared
        ? ClaimRepository(*m_db).lockDueQueued(c.runtime.id, now, m_options.claimBatch, m_options.campaignId)
        : MessageRepository(*m_db).dueInState(MessageState::Queued, c.runtime.id, now, m_options.claimBatch,
                                              m_options.campaignId);
    c.idleUntil = now + (breakerOpen ? noWorkRecheckMs : 1000);
    if (!due || due->isEmpty())
        return;
    QList<MessageTransition> moves;
    for (const Message &m : std::as_const(*due)) {
        if (m.fallbackCarriers.isEmpty() && !breakerOpen)
            continue;
        MessageTransition t = m_policy->reroute(m, reason, now);
        if (auto target = m_carriers.find(t.after.carrierId); target != m_carriers.end())
            target->idleUntil = 0;
        moves.append(std::move(t));
    }
    if (moves.isEmpty())
        return;
    if (tx) {
        if (auto applied = MessageRepository(*m_db).apply(moves); !applied || !tx->commit()) {
            qCWarning(lcDispatch) << "could not move the queue of" << c.runtime.name << "on";
            return;
        }
        Q_EMIT messagesChanged(int(moves.size()));
    } else {
        for (MessageTransition &t : moves)
            m_writer->add(std::move(t));
        (void)m_writer->flush();
    }
    c.idleUntil = 0;
}

void DispatchEngine::submit(CarrierState &c, const Message &message)
{
    ++c.inFlight;
    ++m_inFlight;
    ++m_submitted;
    const qint64 now = m_clock->nowMs();
    c.recentSends.push_back(now);
    while (!c.recentSends.empty() && c.recentSends.front() < now - rateWindowMs)
        c.recentSends.pop_front();
    RestcommEndpoint endpoint = c.runtime.endpoint;
    endpoint.timeout = m_options.requestTimeout;
    m_client->sendSms(endpoint, {message.to, message.from, message.body, message.encoding}, this,
                      [this, message](const RestcommReply<SmsRecord> &reply) { onReply(message, reply); });
}

void DispatchEngine::onReply(const Message &claimed, const RestcommReply<SmsRecord> &reply)
{
    if (m_abandoned)
        return; // left to the next start's recovery, which may already be under way elsewhere
    const qint64 now = m_clock->nowMs();
    --m_inFlight;
    auto carrier = m_carriers.find(claimed.carrierId);
    if (carrier != m_carriers.end())
        --carrier->inFlight;

    SubmissionDecision decision = m_policy->decide(claimed, reply, now, m_random.generateDouble());
    if (carrier != m_carriers.end()) {
        CarrierHealth &seen = carrier->outcomes;
        if (decision.signal == CarrierSignal::Healthy) {
            seen.consecutiveFailures = 0;
            seen.refusedConnections = 0;
            seen.lastSuccessAt = now;
        } else if (decision.signal == CarrierSignal::CarrierError || decision.signal == CarrierSignal::Unreachable
                   || reply.error.kind == RestcommError::Kind::Ambiguous
                   || reply.error.kind == RestcommError::Kind::Protocol) {
            // A message Restcomm refused (HTTP 400) says nothing about the carrier; a throttle
            // is the carrier working as agreed. Everything else is a request that failed.
            ++seen.consecutiveFailures;
            if (reply.error.kind == RestcommError::Kind::NotSent)
                ++seen.refusedConnections;
            seen.lastError = reply.error.message;
            seen.lastErrorAt = now;
        }
        switch (decision.signal) {
        case CarrierSignal::Healthy:
            carrier->breaker.recordSuccess();
            if (m_shared)
                m_shared->noteSuccess(claimed.carrierId);
            ++m_accepted;
            break;
        case CarrierSignal::CarrierError:
            carrier->breaker.recordCarrierError(now, reply.error.message);
            if (m_shared)
                m_shared->noteCarrierError(claimed.carrierId, carrier->breaker.openUntil() - now, reply.error.message);
            break;
        case CarrierSignal::Throttled:
            carrier->throttledUntil = std::max(carrier->throttledUntil, now + qint64(decision.throttleFor.count()));
            carrier->breaker.recordInconclusive();
            if (m_shared)
                m_shared->noteInconclusive(claimed.carrierId);
            break;
        case CarrierSignal::Unreachable:
        case CarrierSignal::None:
            carrier->breaker.recordInconclusive();
            if (m_shared)
                m_shared->noteInconclusive(claimed.carrierId);
            break;
        }
    }
    if (carrier != m_carriers.end())
        saveHealth(*carrier, now);
    if (decision.transition.after.carrierId != claimed.carrierId) {
        if (auto target = m_carriers.find(decision.transition.after.carrierId); target != m_carriers.end())
            target->idleUntil = 0;
    }
    m_writer->add(std::move(decision.transition));
    if (m_stopping)
        finishStopping();
    else if (carrier != m_carriers.end() && carrier->inFlight * 2 >= carrier->runtime.maxInFlight)
        schedulePump(busyRefillDelayMs);
    else
        schedulePump(refillDelayMs); // let a few answers free their slots, then claim them in one go
}

void DispatchEngine::advanceCampaigns()
{
    // Scheduled campaigns start here, on the dispatcher's own connection and clock, so a start
    // time is honoured whether the window or a headless dispatcher holds the store.
    auto started = CampaignLifecycle::startDue(*m_db, *m_clock);
    if (started && !started->isEmpty()) {
        qCInfo(lcDispatch) << "started scheduled campaigns" << *started;
        wake();
    }
    // Never claimed (claims take running campaigns only), but parked so their counts say so.
    (void)CampaignLifecycle::parkStopped(*m_db, *m_clock);
    (void)CampaignLifecycle::completeFinished(*m_db, *m_clock);
}

void DispatchEngine::promoteCampaigns()
{
    auto promoted = m_promoter->promote();
    if (!promoted) // a busy store: the next housekeeping turn tries again
        qCWarning(lcDispatch) << "could not queue campaign messages:" << promoted.errorMessage();
    else if (*promoted > 0)
        wake();
}

void DispatchEngine::checkIdle()
{
    if (!m_running || m_stopping || m_inFlight > 0 || m_writer->pending() > 0 || m_tracker->inFlight() > 0
        || m_reconciler->inFlight() > 0 || m_inbound->inFlight() > 0)
        return;
    QList<MessageState> active {MessageState::Queued, MessageState::Submitting, MessageState::Unknown};
    auto count = MessageRepository(*m_db).countInStates(active, m_options.campaignId);
    if (!count || *count > 0)
        return;
    if (auto waiting = m_promoter->waiting(); !waiting || *waiting)
        return; // a running campaign's messages still wait to be queued
    if (m_options.trackDelivery) {
        auto tracking = MessageRepository(*m_db).countTracked(DeliveryTracker::neverMs, m_options.campaignId);
        if (!tracking || *tracking > 0)
            return;
    }
    Q_EMIT idle();
}

CarrierHealth DispatchEngine::healthOf(const CarrierState &c, qint64 now) const
{
    CarrierHealth h = c.outcomes;
    if (!c.runtime.unusableReason.isEmpty()) {
        h.state = QStringLiteral("no token");
        h.lastError = c.runtime.unusableReason;
    } else if (!c.runtime.enabled) {
        h.state = QStringLiteral("disabled");
    } else if (c.paused) {
        h.state = QStringLiteral("paused");
    } else if (c.breaker.state(now) == CarrierBreaker::State::Open) {
        h.state = QStringLiteral("breaker open");
    } else if (c.breaker.state(now) == CarrierBreaker::State::HalfOpen) {
        h.state = QStringLiteral("probing");
    } else if (now < c.throttledUntil) {
        h.state = QStringLiteral("throttled");
    } else if (h.consecutiveFailures > 0) {
        h.state = QStringLiteral("failing");
    } else {
        h.state = QStringLiteral("ok");
    }
    return h;
}

void DispatchEngine::saveHealth(CarrierState &c, qint64 now)
{
    // Until something was sent, the store's row (from an earlier run) says more than "ok".
    if (!m_db || (c.outcomes.lastErrorAt == 0 && c.outcomes.lastSuccessAt == 0 && c.runtime.unusableReason.isEmpty()))
        return;
    CarrierHealth h = healthOf(c, now);
    if (h.sameAs(c.saved))
        return;
    // A new state or failure is written at once; a success that changes only its time at most
    // once a second (a carrier taking thousands of messages a second must not cost a write each).
    const bool onlyTheSuccessTime = h.state == c.saved.state && h.consecutiveFailures == c.saved.consecutiveFailures
        && h.lastErrorAt == c.saved.lastErrorAt;
    if (onlyTheSuccessTime && now - c.saved.updatedAt < 1000)
        return;
    h.updatedAt = now;
    if (CarrierHealthRepository(*m_db).save(c.runtime.id, h))
        c.saved = h;
}

void DispatchEngine::emitStatus()
{
    const qint64 now = m_clock->nowMs();
    DispatchStatus status;
    status.running = m_running;
    status.paused = m_paused;
    status.inFlight = m_inFlight;
    status.submittedTotal = m_submitted;
    status.acceptedTotal = m_accepted;
    for (CarrierState &c : m_carriers) {
        while (!c.recentSends.empty() && c.recentSends.front() < now - rateWindowMs)
            c.recentSends.pop_front();
        CarrierDispatchStatus s;
        s.id = c.runtime.id;
        s.name = c.runtime.name;
        s.rateLimit = c.runtime.rate;
        s.maxInFlight = c.runtime.maxInFlight;
        s.inFlight = c.inFlight;
        s.currentRate = double(c.recentSends.size()) * 1000.0 / double(rateWindowMs);
        const CarrierHealth health = healthOf(c, now);
        s.health = health.state;
        s.healthDetail = health.detail();
        if (health.state == QLatin1String("throttled")) // how long, which only the running engine knows
            s.healthDetail = QCoreApplication::translate("DispatchEngine",
                                                         "Restcomm asked to slow down; sending again %1 s from now. %2")
                                 .arg((c.throttledUntil - now + 999) / 1000)
                                 .arg(s.healthDetail)
                                 .trimmed();
        saveHealth(c, now);
        status.carriers.append(s);
    }
    std::sort(status.carriers.begin(), status.carriers.end(),
              [](const CarrierDispatchStatus &a, const CarrierDispatchStatus &b) { return a.name < b.name; });
    Q_EMIT statusChanged(status);
}

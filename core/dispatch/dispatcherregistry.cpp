// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dispatcherregistry.h"

#include "common/clock.h"
#include "common/logging.h"
#include "deliverytracker.h"
#include "dispatcherlease.h"
#include "store/claimrepository.h"
#include "store/database.h"
#include "store/dispatcherrepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
constexpr qint64 fenceBeatMs = 1'000;
} // namespace

DispatcherRegistry::DispatcherRegistry(Database &db, QString holder, qint64 staleAfterMs, const Clock &serverClock)
    : m_db(db)
    , m_serverClock(serverClock)
    , m_holder(std::move(holder))
    , m_host(DispatcherLease::thisHost())
    , m_pid(QCoreApplication::applicationPid())
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_staleAfter(staleAfterMs)
{ }

Status DispatcherRegistry::acquire(qint64 now)
{
    const qint64 server = m_serverClock.nowMs();
    if (auto added = DispatcherRepository(m_db).insert({m_instance, m_host, m_pid, m_holder, server, server}); !added)
        return added;
    m_held = true;
    m_lastBeat = now;
    return {};
}

Result<bool> DispatcherRegistry::renew(qint64 now)
{
    if (!m_held)
        return false;
    auto beat = DispatcherRepository(m_db).heartbeat(m_instance, m_serverClock.nowMs());
    if (!beat)
        return beat.error();
    m_held = *beat;
    if (m_held)
        m_lastBeat = now;
    return *beat;
}

Result<bool> DispatcherRegistry::fence(qint64 now)
{
    if (!m_held)
        return false;
    if (now - m_lastBeat >= fenceBeatMs)
        return renew(now); // the updated row stays locked until the claim's transaction ends
    auto there = DispatcherRepository(m_db).holdRow(m_instance);
    if (!there)
        return there.error();
    m_held = *there;
    return *there;
}

void DispatcherRegistry::release()
{
    // What it leaves (messages in doubt after a stop that did not wait, sent ones still
    // followed) is taken over by the others, or by this dispatcher's next start.
    if (m_held)
        (void)DispatcherRepository(m_db).remove(m_instance);
    m_held = false;
}

Result<qint64> DispatcherRegistry::takeOver(qint64 now, qint64 campaignId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Only a dispatcher that is itself alive takes over: one that was frozen past its own lease
    // learns here that it was taken over, and touches nothing.
    auto alive = fence(now);
    if (!alive)
        return alive.error();
    if (!*alive)
        return Error::failed(DispatcherLease::tookOverMessage());
    auto stale = DispatcherRepository(m_db).removeStale(m_serverClock.nowMs() - m_staleAfter);
    if (!stale)
        return stale.error();
    for (const DispatcherRow &row : std::as_const(*stale))
        qCWarning(lcDispatch) << "dispatcher" << row.holder << "pid" << row.pid << "on" << row.host
                              << "was not heard from for the lease; taking over its messages";
    ClaimRepository claims(m_db);
    auto orphaned = claims.orphanedClaimers(campaignId, DeliveryTracker::neverMs);
    if (!orphaned)
        return orphaned.error();
    // The same words as after a crash on SQLite (DispatchEngine::recoverInterrupted).
    const QString lastError =
        QCoreApplication::translate("DispatchEngine", "The dispatcher stopped while this message was being submitted.");
    const QString detail = QCoreApplication::translate("DispatchEngine",
                                                       "The dispatcher stopped while submitting it; it is looked up in "
                                                       "Restcomm before any resend.");
    qint64 inDoubt = 0;
    for (const QString &claimer : std::as_const(*orphaned)) {
        auto taken = claims.takeOver(claimer, m_instance, campaignId, now, DeliveryTracker::neverMs, lastError, detail);
        if (!taken)
            return taken.error();
        inDoubt += *taken;
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (inDoubt > 0)
        qCInfo(lcDispatch) << "took over" << inDoubt << "message(s) in doubt; they are looked up before any resend";
    return inDoubt;
}

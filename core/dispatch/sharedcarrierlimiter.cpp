// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sharedcarrierlimiter.h"

#include "carrierruntime.h"
#include "common/clock.h"
#include "common/logging.h"
#include "dispatcherlease.h"
#include "dispatcherregistry.h"
#include "ratelimiter.h"
#include "store/carriersendstaterepository.h"
#include "store/claimrepository.h"
#include "store/database.h"

#include <algorithm>

SharedCarrierLimiter::SharedCarrierLimiter(Database &db, DispatcherRegistry &registry, const Clock &serverClock,
                                           std::chrono::milliseconds probeFor)
    : m_db(db)
    , m_registry(registry)
    , m_serverClock(serverClock)
    , m_probeForMs(probeFor.count())
{ }

QString SharedCarrierLimiter::encodeSends(const std::deque<qint64> &sends)
{
    QStringList runs;
    for (auto it = sends.cbegin(); it != sends.cend();) {
        const auto end = std::find_if(it, sends.cend(), [at = *it](qint64 t) { return t != at; });
        const auto count = std::distance(it, end);
        runs.append(count == 1 ? QString::number(*it) : QStringLiteral("%1*%2").arg(*it).arg(count));
        it = end;
    }
    return runs.join(QLatin1Char(','));
}

std::deque<qint64> SharedCarrierLimiter::decodeSends(const QString &text)
{
    std::deque<qint64> sends;
    for (QStringView run : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype star = run.indexOf(QLatin1Char('*'));
        const qint64 at = (star < 0 ? run : run.left(star)).toLongLong();
        const qint64 count = star < 0 ? 1 : std::clamp<qint64>(run.mid(star + 1).toLongLong(), 0, 1'000'000);
        sends.insert(sends.end(), std::size_t(count), at);
    }
    return sends;
}

Result<SharedClaim> SharedCarrierLimiter::claim(const CarrierRuntime &carrier, int most, qint64 now,
                                                const QString &detail, qint64 campaignId)
{
    SharedClaim grant;
    grant.retryAt = now;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    CarrierSendStateRepository states(m_db);
    auto row = states.lock(carrier.id);
    if (!row)
        return row.error();
    // Read once the row is ours: the turn of this claim among all dispatchers' claims.
    const qint64 server = m_serverClock.nowMs();
    const auto here = [offset = server - now](qint64 serverMs) {
        return serverMs - offset;
    };

    const bool tripped = row->breakerOpenUntil != 0;
    if (tripped)
        m_seenOpen.insert(carrier.id);
    else
        m_seenOpen.remove(carrier.id);
    if (row->breakerOpenUntil > server) {
        grant.breakerOpenUntil = here(row->breakerOpenUntil);
        grant.breakerReason = row->breakerReason;
        grant.retryAt = grant.breakerOpenUntil;
        return grant; // nothing changed: rolled back
    }
    if (tripped) { // half-open: one probe for everyone, until its answer or probeFor
        if (row->breakerProbeUntil > server || m_probes.contains(carrier.id)) {
            grant.retryAt = here(row->breakerProbeUntil);
            return grant;
        }
        most = std::min(most, 1);
    }

    RateLimiter limiter(carrier.rate);
    limiter.setWindowMargin(windowMarginMs);
    limiter.restore(row->nextSlotAt, decodeSends(row->recentSends));
    int slots = 0;
    while (slots < most && limiter.tryAcquire(server))
        ++slots;
    if (slots == 0) {
        grant.retryAt = here(limiter.nextAvailable(server));
        return grant;
    }
    // The cap counts every dispatcher's requests: the claims for this carrier take turns on
    // its row, so none can slip in between this count and this claim.
    auto inFlight = ClaimRepository(m_db).countInFlight(carrier.id);
    if (!inFlight)
        return inFlight.error();
    const int room = int(std::max<qint64>(0, carrier.maxInFlight - *inFlight));
    if (room < slots) {
        limiter.refund(slots - room);
        slots = room;
    }
    if (slots == 0)
        return grant; // the cap is full: another dispatcher's answers free it
    auto alive = m_registry.fence(now);
    if (!alive)
        return alive.error();
    if (!*alive)
        return Error::failed(DispatcherLease::tookOverMessage());
    auto claimed = ClaimRepository(m_db).claimDue(carrier.id, slots, now, detail, campaignId, m_registry.instance());
    if (!claimed)
        return claimed.error();
    grant.slots = slots;
    limiter.refund(slots - int(claimed->size()));
    if (!claimed->isEmpty()) {
        if (auto saved = states.saveRate(carrier.id, limiter.nextSlot(), encodeSends(limiter.recentSends())); !saved)
            return saved.error();
        if (tripped) {
            const qint64 probeUntil = server + m_probeForMs;
            if (auto probing = states.setProbe(carrier.id, probeUntil); !probing)
                return probing.error();
            m_probes.insert(carrier.id, probeUntil);
        }
    }
    if (auto committed = tx->commit(); !committed) {
        m_probes.remove(carrier.id);
        return committed.error();
    }
    grant.messages = std::move(*claimed);
    grant.retryAt = here(limiter.nextAvailable(server));
    return grant;
}

void SharedCarrierLimiter::noteSuccess(qint64 carrierId)
{
    // A write only when the store's breaker may be open: a carrier answering thousands of
    // requests a second must not cost a write each.
    if (!m_seenOpen.contains(carrierId) && !m_probes.contains(carrierId))
        return;
    if (auto closed = CarrierSendStateRepository(m_db).closeBreaker(carrierId); !closed) {
        qCWarning(lcDispatch) << "could not close the shared breaker:" << closed.errorMessage();
        return;
    }
    m_seenOpen.remove(carrierId);
    m_probes.remove(carrierId);
}

void SharedCarrierLimiter::noteCarrierError(qint64 carrierId, qint64 openForMs, const QString &reason)
{
    m_probes.remove(carrierId);
    const qint64 until = m_serverClock.nowMs() + std::max<qint64>(0, openForMs);
    if (auto opened = CarrierSendStateRepository(m_db).openBreaker(carrierId, until, reason); !opened) {
        qCWarning(lcDispatch) << "could not open the shared breaker:" << opened.errorMessage();
        return;
    }
    m_seenOpen.insert(carrierId);
}

void SharedCarrierLimiter::noteInconclusive(qint64 carrierId)
{
    const auto probe = m_probes.constFind(carrierId);
    if (probe == m_probes.constEnd())
        return;
    // The probe said nothing about the account: the next claim (anyone's) probes again.
    const qint64 until = *probe;
    m_probes.remove(carrierId);
    if (auto ended = CarrierSendStateRepository(m_db).endProbe(carrierId, until); !ended)
        qCWarning(lcDispatch) << "could not end the shared breaker's probe:" << ended.errorMessage();
}

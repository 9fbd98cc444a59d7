// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

/// A carrier's circuit breaker. A carrier-level error (401, 403, 404) opens it: the carrier's
/// messages move to their next candidate instead of being sent. After a cooldown it lets one
/// probe message through (half-open); the probe's success closes it, a failure opens it again
/// for twice as long (up to a limit).
class CarrierBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    explicit CarrierBreaker(qint64 baseCooldownMs = 30'000, qint64 maxCooldownMs = 600'000);

    State state(qint64 nowMs) const;
    /// May a message be sent now? In half-open state only one probe at a time.
    bool allowsSend(qint64 nowMs) const;
    /// Call when a send is started while half-open: that message is the probe.
    void probeStarted();

    void recordSuccess();
    void recordCarrierError(qint64 nowMs, const QString &reason);
    /// An answer that says nothing about the account (not sent, unknown outcome, throttled, a
    /// message-level refusal): a probe that got one is over, so the next message may probe.
    void recordInconclusive();
    /// Another dispatcher's breaker for this carrier is open until `untilMs` (PostgreSQL, where
    /// the breaker is shared): this one keeps its hands off until then too, then may probe.
    void holdOpen(qint64 untilMs, const QString &reason);

    const QString &lastReason() const { return m_reason; }
    qint64 openUntil() const { return m_openUntil; }

private:
    qint64 m_baseCooldown;
    qint64 m_maxCooldown;
    qint64 m_cooldown;
    qint64 m_openUntil = 0;
    bool m_open = false;
    bool m_probeInFlight = false;
    QString m_reason;
};

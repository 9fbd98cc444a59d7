// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierbreaker.h"

#include <algorithm>

CarrierBreaker::CarrierBreaker(qint64 baseCooldownMs, qint64 maxCooldownMs)
    : m_baseCooldown(baseCooldownMs)
    , m_maxCooldown(maxCooldownMs)
    , m_cooldown(baseCooldownMs)
{ }

CarrierBreaker::State CarrierBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    return nowMs < m_openUntil ? State::Open : State::HalfOpen;
}

bool CarrierBreaker::allowsSend(qint64 nowMs) const
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        return !m_probeInFlight;
    }
    return false;
}

void CarrierBreaker::probeStarted()
{
    if (m_open)
        m_probeInFlight = true;
}

void CarrierBreaker::recordSuccess()
{
    m_open = false;
    m_probeInFlight = false;
    m_cooldown = m_baseCooldown;
    m_reason.clear();
}

void CarrierBreaker::recordCarrierError(qint64 nowMs, const QString &reason)
{
    // A failed probe doubles the wait; a first failure starts at the base cooldown.
    if (m_open && m_probeInFlight)
        m_cooldown = std::min(m_cooldown * 2, m_maxCooldown);
    m_open = true;
    m_probeInFlight = false;
    m_openUntil = nowMs + m_cooldown;
    m_reason = reason;
}

void CarrierBreaker::recordInconclusive()
{
    // Without this a probe that timed out would hold the half-open breaker shut for good.
    m_probeInFlight = false;
}

void CarrierBreaker::holdOpen(qint64 untilMs, const QString &reason)
{
    // The cooldown stays this breaker's own: the one that opened it doubles its own on a failed probe.
    m_openUntil = m_open ? std::max(m_openUntil, untilMs) : untilMs;
    m_open = true;
    m_probeInFlight = false;
    m_reason = reason;
}

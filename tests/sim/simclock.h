// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

/// The simulator's notion of "now": the wall clock plus an offset that only grows, moved by
/// POST /sim/clock/advance. Message status progression, list date filters and the rate limiter
/// all read this clock, so tests move time forward instead of sleeping. Frozen (--frozen-clock),
/// it stands still at the moment it froze and moves only when advanced: a test on a loaded
/// machine then sees the same windows however slowly its requests arrive.
class SimClock final
{
public:
    qint64 nowMs() const { return (m_frozenAtMs ? m_frozenAtMs : QDateTime::currentMSecsSinceEpoch()) + m_offsetMs; }
    qint64 offsetMs() const { return m_offsetMs; }
    void advance(qint64 ms) { m_offsetMs += ms; }
    void freeze() { m_frozenAtMs = QDateTime::currentMSecsSinceEpoch(); }
    bool isFrozen() const { return m_frozenAtMs != 0; }

private:
    qint64 m_frozenAtMs = 0;
    qint64 m_offsetMs = 0;
};

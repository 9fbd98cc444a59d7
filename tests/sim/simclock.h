#pragma once

#include <QDateTime>

/// The simulator's notion of "now": the wall clock plus an offset that only grows, moved by
/// POST /sim/clock/advance. Message status progression, list date filters and the rate limiter
/// all read this clock, so tests move time forward instead of sleeping.
class SimClock final
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    qint64 offsetMs() const { return m_offsetMs; }
    void advance(qint64 ms) { m_offsetMs += ms; }

private:
    qint64 m_offsetMs = 0;
};

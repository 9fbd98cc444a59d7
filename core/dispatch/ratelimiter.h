// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <deque>

/// A carrier's send rate: at most `rate` requests in any one-second window, spread evenly
/// (one every 1/rate s) rather than in bursts. Times are milliseconds from an injected clock.
///
/// Two rules together: an even spacing grid that does not drift when the scheduler wakes
/// late, and a sliding one-second log that refuses a send which would put more than
/// ceil(rate) sends into any one-second window.
class RateLimiter final
{
public:
    explicit RateLimiter(double ratePerSecond = 1.0);

    void setRate(double ratePerSecond);
    double rate() const { return m_rate; }

    /// Takes a slot if one is free at `nowMs`.
    bool tryAcquire(qint64 nowMs);
    /// Gives back the last `count` slots taken (claimed fewer messages than slots taken).
    void refund(int count);
    /// The earliest time (ms) at which tryAcquire could succeed; <= nowMs when it could now.
    qint64 nextAvailable(qint64 nowMs) const;

    /// How much longer than one second the log's window is (default 15 ms): requests leave
    /// here on time but reach the carrier a little early or late.
    void setWindowMargin(qint64 marginMs);
    /// The limiter's memory, for keeping it elsewhere between uses: SharedCarrierLimiter keeps
    /// one limiter per carrier in the store, for all dispatchers together.
    double nextSlot() const { return m_nextSlot; }
    const std::deque<qint64> &recentSends() const { return m_recent; }
    void restore(double nextSlot, std::deque<qint64> recentSends);

private:
    double m_rate = 1.0;
    qint64 m_windowMs;
    double m_intervalMs = 1000.0;
    int m_windowCapacity = 1;
    double m_nextSlot = 0; ///< grid time of the next send
    std::deque<qint64> m_recent; ///< send times of the last second
};

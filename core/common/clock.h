// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <atomic>
#include <chrono>

/// The time source of every core service. Production code uses SystemClock; tests inject a
/// clock they move by hand, so nothing ever sleeps to wait for time to pass.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// Milliseconds since the epoch (UTC), the unit the store keeps times in.
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }

    /// A process-wide instance for services that were not given a clock.
    static const Clock &instance();
};

/// A clock that only moves when told to. Thread-safe enough for tests: reads and writes are
/// atomic on the underlying millisecond count.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_ms(start.toMSecsSinceEpoch())
    { }

    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    void advance(std::chrono::milliseconds by) { m_ms += by.count(); }
    void set(const QDateTime &t) { m_ms = t.toMSecsSinceEpoch(); }

private:
    std::atomic<qint64> m_ms;
};

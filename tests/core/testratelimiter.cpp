// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// RateLimiter: even spacing, no 1-second window above the rate, no drift when woken late.
#include "dispatch/ratelimiter.h"
#include "testprogram.h"

#include <QRandomGenerator>
#include <QTest>

#include <deque>

namespace {

/// Largest number of sends inside any half-open window of `windowMs`.
int busiestSecond(const QList<qint64> &times, qint64 windowMs = 1000)
{
    int best = 0;
    qsizetype start = 0;
    for (qsizetype end = 0; end < times.size(); ++end) {
        while (times.at(start) <= times.at(end) - windowMs)
            ++start;
        best = std::max(best, int(end - start + 1));
    }
    return best;
}

/// Drives a limiter the way the dispatcher does: wake at nextAvailable(), late by up to
/// `maxLatenessMs`, for `durationMs`; returns the send times.
QList<qint64> drive(RateLimiter &limiter, qint64 durationMs, int maxLatenessMs, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<qint64> sends;
    qint64 now = 0;
    while (now < durationMs) {
        if (limiter.tryAcquire(now)) {
            sends.append(now);
            continue;
        }
        now = std::max(now + 1, limiter.nextAvailable(now)) + (maxLatenessMs ? random.bounded(maxLatenessMs + 1) : 0);
    }
    return sends;
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accurateOverAMinute_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("lateness");
        QTest::newRow("50/s, punctual") << 50.0 << 0;
        QTest::newRow("50/s, woken up to 3 ms late") << 50.0 << 3;
        // The dispatcher's timer is precise to a millisecond or two; 6 ms late is a loaded machine.
        QTest::newRow("50/s, woken up to 6 ms late") << 50.0 << 6;
        QTest::newRow("7/s, late") << 7.0 << 10;
        QTest::newRow("1000/s") << 1000.0 << 1;
    }

    void accurateOverAMinute()
    {
        QFETCH(double, rate);
        QFETCH(int, lateness);
        RateLimiter limiter(rate);
        const QList<qint64> sends = drive(limiter, 60'000, lateness, 42);
        const double achieved = sends.size() / 60.0;
        QVERIFY2(std::abs(achieved - rate) / rate <= 0.02, qPrintable(QString::number(achieved)));
        QVERIFY2(busiestSecond(sends) <= int(std::ceil(rate)), qPrintable(QString::number(busiestSecond(sends))));
        // The margin: even a receiver whose clock runs 15 ms behind sees no second above the rate.
        QVERIFY(busiestSecond(sends, 1015) <= int(std::ceil(rate)));
    }

    void spreadsInsteadOfBursting()
    {
        RateLimiter limiter(10.0);
        QVERIFY(limiter.tryAcquire(0));
        QVERIFY(!limiter.tryAcquire(1));
        QVERIFY(!limiter.tryAcquire(99));
        QCOMPARE(limiter.nextAvailable(1), qint64(100));
        QVERIFY(limiter.tryAcquire(100));
    }

    void noBurstAfterIdling()
    {
        RateLimiter limiter(10.0);
        QVERIFY(limiter.tryAcquire(0));
        QVERIFY(limiter.tryAcquire(10'000));
        QVERIFY(!limiter.tryAcquire(10'001));
        QVERIFY(!limiter.tryAcquire(10'050));
    }

    void fractionalRate()
    {
        RateLimiter limiter(0.5);
        const QList<qint64> sends = drive(limiter, 20'000, 0, 1);
        QCOMPARE(sends.size(), 10);
        for (qsizetype i = 1; i < sends.size(); ++i)
            QVERIFY(sends.at(i) - sends.at(i - 1) >= 2000);
    }

    void refundGivesSlotsBack()
    {
        RateLimiter limiter(10.0);
        QVERIFY(limiter.tryAcquire(0));
        QVERIFY(limiter.tryAcquire(100));
        limiter.refund(1);
        QVERIFY(limiter.tryAcquire(100));
        QVERIFY(!limiter.tryAcquire(150));
    }

    void changingTheRate()
    {
        RateLimiter limiter(1.0);
        QVERIFY(limiter.tryAcquire(0));
        limiter.setRate(100.0);
        QCOMPARE(limiter.rate(), 100.0);
        QVERIFY(limiter.tryAcquire(1000));
        QVERIFY(limiter.tryAcquire(1010));
    }
};

SMSROUTER_TEST(TestRateLimiter)
#include "testratelimiter.moc"

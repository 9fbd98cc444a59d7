// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CarrierBreaker: opens on a carrier error, probes after the cooldown, backs off on failed probes.
#include "dispatch/carrierbreaker.h"
#include "testprogram.h"

#include <QTest>

using State = CarrierBreaker::State;

class TestCarrierBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle()
    {
        CarrierBreaker breaker(1000, 4000);
        QCOMPARE(breaker.state(0), State::Closed);
        QVERIFY(breaker.allowsSend(0));

        breaker.recordCarrierError(100, QStringLiteral("HTTP 401"));
        QCOMPARE(breaker.state(100), State::Open);
        QVERIFY(!breaker.allowsSend(1099));
        QCOMPARE(breaker.lastReason(), QStringLiteral("HTTP 401"));

        QCOMPARE(breaker.state(1100), State::HalfOpen);
        QVERIFY(breaker.allowsSend(1100));
        breaker.probeStarted();
        QVERIFY(!breaker.allowsSend(1101)); // one probe at a time

        breaker.recordCarrierError(1200, QStringLiteral("HTTP 401 again"));
        QCOMPARE(breaker.openUntil(), qint64(3200)); // doubled cooldown
        QCOMPARE(breaker.state(3199), State::Open);
        breaker.probeStarted(); // ignored while open? no: only meaningful half-open
        QCOMPARE(breaker.state(3200), State::HalfOpen);

        breaker.recordSuccess();
        QCOMPARE(breaker.state(3201), State::Closed);
        QVERIFY(breaker.lastReason().isEmpty());

        breaker.recordCarrierError(5000, QStringLiteral("x"));
        QCOMPARE(breaker.openUntil(), qint64(6000)); // back to the base cooldown
    }

    void aProbeWithoutAVerdictLetsTheNextOneThrough()
    {
        // A probe that timed out, was throttled or was refused for its own content says nothing
        // about the account: the breaker stays half-open and the next message probes.
        CarrierBreaker breaker(1000, 4000);
        breaker.recordCarrierError(0, QStringLiteral("HTTP 401"));
        QVERIFY(breaker.allowsSend(1000));
        breaker.probeStarted();
        QVERIFY(!breaker.allowsSend(1001));
        breaker.recordInconclusive();
        QCOMPARE(breaker.state(1002), State::HalfOpen);
        QVERIFY(breaker.allowsSend(1002));
        breaker.probeStarted();
        breaker.recordSuccess();
        QCOMPARE(breaker.state(1003), State::Closed);
    }

    void cooldownIsCapped()
    {
        CarrierBreaker breaker(1000, 3000);
        qint64 now = 0;
        for (int i = 0; i < 6; ++i) {
            breaker.recordCarrierError(now, QStringLiteral("x"));
            now = breaker.openUntil();
            QVERIFY(breaker.allowsSend(now));
            breaker.probeStarted();
        }
        breaker.recordCarrierError(now, QStringLiteral("x"));
        QCOMPARE(breaker.openUntil() - now, qint64(3000));
    }
};

SMSROUTER_TEST(TestCarrierBreaker)
#include "testcarrierbreaker.moc"

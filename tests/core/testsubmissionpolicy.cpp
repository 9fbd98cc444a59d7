// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// SubmissionPolicy: every error class leads to the state ARCHITECTURE.md prescribes.
#include "dispatch/submissionpolicy.h"
#include "testprogram.h"

#include <QTest>

using Kind = RestcommError::Kind;

namespace {

Message claimed(int attempts, QList<qint64> fallbacks = {})
{
    Message m;
    m.id = 7;
    m.to = QStringLiteral("+447911123456");
    m.carrierId = 1;
    m.fallbackCarriers = std::move(fallbacks);
    m.state = MessageState::Submitting;
    m.attempts = attempts;
    return m;
}

RestcommReply<SmsRecord> failure(Kind kind, int http, std::chrono::milliseconds retryAfter = {})
{
    RestcommReply<SmsRecord> r;
    r.httpStatus = http;
    r.error.kind = kind;
    r.error.httpStatus = http;
    r.error.message = QStringLiteral("because");
    r.error.retryAfter = retryAfter;
    return r;
}

SubmissionPolicy policy()
{
    RetryPolicy retry;
    retry.maxAttempts = 3;
    retry.baseDelay = std::chrono::milliseconds(1000);
    retry.jitter = 0.0;
    return SubmissionPolicy(retry, [](qint64 id) { return QStringLiteral("C%1").arg(id); });
}

} // namespace

class TestSubmissionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedBecomesSent()
    {
        RestcommReply<SmsRecord> ok;
        ok.httpStatus = 200;
        SmsRecord record;
        record.sid = QStringLiteral("SM1");
        record.status = QStringLiteral("sending");
        record.price = QStringLiteral("0");
        ok.value = record;
        const auto d = policy().decide(claimed(1), ok, 5000, 0.5);
        QCOMPARE(d.transition.from, MessageState::Submitting);
        QCOMPARE(d.transition.after.state, MessageState::Sent);
        QCOMPARE(d.transition.after.providerSid, QStringLiteral("SM1"));
        QCOMPARE(d.transition.after.providerStatus, QStringLiteral("sending"));
        QCOMPARE(d.transition.httpStatus, 200);
        QCOMPARE(d.signal, CarrierSignal::Healthy);
        QVERIFY(d.transition.detail.contains(QStringLiteral("via C1")));
    }

    void messageLevelFailsWithoutRetry()
    {
        const auto d = policy().decide(claimed(1, {2}), failure(Kind::MessageLevel, 400), 5000, 0.5);
        QCOMPARE(d.transition.after.state, MessageState::Failed);
        QCOMPARE(d.transition.after.carrierId, qint64(1)); // no failover for a bad message
        QCOMPARE(d.transition.after.finishedAt, qint64(5000));
        QCOMPARE(d.signal, CarrierSignal::None);
    }

    void carrierLevelMovesToTheNextCandidate()
    {
        const auto d = policy().decide(claimed(1, {2, 3}), failure(Kind::CarrierLevel, 401), 5000, 0.5);
        QCOMPARE(d.transition.after.state, MessageState::Queued);
        QCOMPARE(d.transition.after.carrierId, qint64(2));
        QCOMPARE(d.transition.after.fallbackCarriers, QList<qint64> {3});
        QCOMPARE(d.transition.after.nextAttemptAt, qint64(5000));
        QCOMPARE(d.signal, CarrierSignal::CarrierError);
        QVERIFY(d.transition.detail.contains(QStringLiteral("Moved from C1 to C2")));
    }

    void carrierLevelWithoutCandidatesFails()
    {
        const auto d = policy().decide(claimed(1), failure(Kind::CarrierLevel, 403), 5000, 0.5);
        QCOMPARE(d.transition.after.state, MessageState::Failed);
        QVERIFY(d.transition.detail.contains(QStringLiteral("No other carrier")));
    }

    void throttledWaitsAtLeastRetryAfterAndKeepsTheAttempt()
    {
        const auto d = policy().decide(claimed(2), failure(Kind::Throttled, 429, std::chrono::seconds(7)), 5000, 0.5);
        QCOMPARE(d.transition.after.state, MessageState::Queued);
        QCOMPARE(d.transition.after.nextAttemptAt, qint64(12000));
        QCOMPARE(d.transition.after.attempts, 1);
        QCOMPARE(d.signal, CarrierSignal::Throttled);
        QCOMPARE(d.throttleFor, std::chrono::milliseconds(7000));
        const auto short_ = policy().decide(claimed(2), failure(Kind::Throttled, 503), 5000, 0.5);
        QCOMPARE(short_.transition.after.nextAttemptAt, qint64(6000)); // no Retry-After: the base delay
    }

    void notSentRetriesWithBackoffUntilTheLimit()
    {
        const auto first = policy().decide(claimed(1), failure(Kind::NotSent, 0), 5000, 0.5);
        QCOMPARE(first.transition.after.state, MessageState::Queued);
        QCOMPARE(first.transition.after.nextAttemptAt, qint64(6000));
        const auto second = policy().decide(claimed(2), failure(Kind::NotSent, 0), 5000, 0.5);
        QCOMPARE(second.transition.after.nextAttemptAt, qint64(7000));
        const auto last = policy().decide(claimed(3), failure(Kind::NotSent, 0), 5000, 0.5);
        QCOMPARE(last.transition.after.state, MessageState::Failed);
        QVERIFY(last.transition.detail.contains(QStringLiteral("Gave up after 3 attempts")));
        QCOMPARE(first.signal, CarrierSignal::Unreachable);
    }

    void ambiguousBecomesUnknown()
    {
        for (Kind kind : {Kind::Ambiguous, Kind::Protocol}) {
            const auto d = policy().decide(claimed(1, {2}), failure(kind, 0), 5000, 0.5);
            QCOMPARE(d.transition.after.state, MessageState::Unknown);
            QCOMPARE(d.transition.after.carrierId, qint64(1)); // never resent elsewhere blindly
        }
    }

    void rerouteFromQueued()
    {
        Message m = claimed(0, {4});
        m.state = MessageState::Queued;
        const auto t = policy().reroute(m, QStringLiteral("C1 is unavailable (breaker open)."), 9000);
        QCOMPARE(t.from, MessageState::Queued);
        QCOMPARE(t.after.state, MessageState::Queued);
        QCOMPARE(t.after.carrierId, qint64(4));
    }

    void backoff_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("1, middle") << 1 << 0.5 << qint64(1000);
        QTest::newRow("3, middle") << 3 << 0.5 << qint64(4000);
        QTest::newRow("1, low jitter") << 1 << 0.0 << qint64(800);
        QTest::newRow("1, high jitter") << 1 << 1.0 << qint64(1200);
        QTest::newRow("capped") << 20 << 0.5 << qint64(300000);
    }

    void backoff()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(qint64, expectedMs);
        RetryPolicy retry;
        QCOMPARE(retry.delayAfter(attempt, random).count(), expectedMs);
    }
};

SMSROUTER_TEST(TestSubmissionPolicy)
#include "testsubmissionpolicy.moc"

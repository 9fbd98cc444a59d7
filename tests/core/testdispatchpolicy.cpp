// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The dispatcher's policies in virtual time: a DispatchEngine in this thread, a ManualClock that
// moves only when the test moves it, and a fake network that answers every request at once. The
// engine decides everything by the clock, so the throttle's spacing, Retry-After, the breaker's
// cooldown and failover are asserted in virtual milliseconds, with no wall-clock bound at all.
// (The simulator tests keep the wire form and the crash test.)
#include "carriers/carrierhealth.h"
#include "carriers/carrierservice.h"
#include "dispatch/carrierruntime.h"
#include "dispatch/dispatchengine.h"
#include "dispatch/sendservice.h"
#include "fakenetworkmanager.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace {

/// A request as the fake network saw it: when (virtual ms) and to which account.
struct Sent
{
    qint64 at = 0;
    QString account;
};

/// One store, two carriers behind one default route (Alpha first, Beta as its fallback), an
/// engine on a fake network and a frozen clock.
class Rig final
{
public:
    Rig(double alphaRate, std::function<FakeAnswer(const QString &account, int attempt)> answer)
        : m_answer(std::move(answer))
    {
        m_session = m_store.openSession(SecretBackend::Database, &m_clock);
        m_alpha = addCarrier(QStringLiteral("Alpha"), 1, alphaRate);
        m_beta = addCarrier(QStringLiteral("Beta"), 2, 100);
        addDefaultRule(m_alpha, 1);
        addDefaultRule(m_beta, 2);
        m_network.setResponder([this](const QNetworkRequest &request, const QByteArray &) {
            static const QRegularExpression account(QStringLiteral("/Accounts/(AC[0-9a-fA-F]{32})/"));
            const QString sid = account.match(request.url().path()).captured(1);
            m_sent.append({m_clock.nowMs(), sid});
            const int attempt =
                int(std::count_if(m_sent.cbegin(), m_sent.cend(), [&sid](const Sent &s) { return s.account == sid; }));
            return m_answer(sid, attempt);
        });
    }

    ~Rig()
    {
        if (m_engine) {
            m_engine->stop();
            settle();
        }
    }

    Rig(const Rig &) = delete;
    Rig &operator=(const Rig &) = delete;

    void enqueue(int count)
    {
        SendRequest request;
        for (int i = 0; i < count; ++i)
            request.recipients.append(QStringLiteral("+4479110%1").arg(m_next++, 5, 10, QLatin1Char('0')));
        request.from = QStringLiteral("Router");
        request.body = QStringLiteral("hi");
        auto stored = m_session->sends().enqueue(request);
        if (!stored)
            qFatal("could not queue test messages: %s", qPrintable(stored.errorMessage()));
        if (m_engine)
            m_engine->wake();
    }

    void start()
    {
        DispatchOptions options;
        options.storePath = m_store.path();
        options.clock = &m_clock;
        options.network = [this](QObject *) {
            return &m_network;
        };
        options.trackDelivery = false;
        options.fetchReplies = false; // the rig counts every request a carrier gets: submissions only
        options.flushInterval = std::chrono::milliseconds(0); // results written at once: failover sees them
        options.flushSize = 1;
        options.retry.baseDelay = std::chrono::milliseconds(100);
        options.retry.maxDelay = std::chrono::milliseconds(200);
        options.seed = 7;
        m_engine = std::make_unique<DispatchEngine>(options, QStringLiteral("virtual time"));
        auto carriers = m_session->carriers().list();
        m_engine->setCarriers(buildCarrierRuntimes(*carriers, m_session->vault()));
        m_engine->start();
        settle();
    }

    /// Lets every event that is due now run (replies, writes, the next pump), without waiting.
    static void settle()
    {
        for (int i = 0; i < 40; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
    }

    /// Moves virtual time on by `ms`, in steps of `step` ms, letting the engine act at each.
    void advance(qint64 ms, qint64 step = 10)
    {
        for (qint64 done = 0; done < ms; done += step) {
            m_clock.advance(std::chrono::milliseconds(std::min(step, ms - done)));
            m_engine->wake();
            settle();
        }
    }

    QList<qint64> sentTo(const QString &account) const
    {
        QList<qint64> times;
        for (const Sent &s : m_sent) {
            if (s.account == account)
                times.append(s.at);
        }
        return times;
    }

    qint64 count(MessageState state) const
    {
        return MessageRepository(m_session->database()).countInStates({state}).value_or(-1);
    }

    const QString &alpha() const { return m_alphaSid; }
    /// Alpha's health as the engine wrote it to the store.
    CarrierHealth alphaHealth() const { return m_session->carriers().health().value().value(m_alpha); }
    const QString &beta() const { return m_betaSid; }
    qint64 now() const { return m_clock.nowMs(); }

private:
    qint64 addCarrier(const QString &name, int n, double rate)
    {
        Carrier c;
        c.name = name;
        c.accountSid = testAccountSid(n);
        c.baseUrl = QStringLiteral("https://restcomm.example.com/restcomm/2012-04-24");
        c.rateLimit = rate;
        c.maxInFlight = 10;
        auto added = m_session->carriers().add(c, "token");
        if (!added)
            qFatal("%s", qPrintable(added.errorMessage()));
        (n == 1 ? m_alphaSid : m_betaSid) = c.accountSid;
        return added->id;
    }

    void addDefaultRule(qint64 carrierId, int priority)
    {
        Rule rule;
        rule.kind = Rule::Kind::Default;
        rule.carrierId = carrierId;
        rule.priority = priority;
        rule.costMicros = 10'000;
        if (!m_session->rules().add(rule))
            qFatal("could not add a rule");
    }

    TempStore m_store;
    ManualClock m_clock;
    std::unique_ptr<Session> m_session;
    FakeNetworkManager m_network;
    std::unique_ptr<DispatchEngine> m_engine;
    std::function<FakeAnswer(const QString &, int)> m_answer;
    QList<Sent> m_sent;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    QString m_alphaSid;
    QString m_betaSid;
    int m_next = 0;
};

FakeAnswer acceptedAnswer()
{
    static int sid = 0;
    return {200,
            QStringLiteral(R"({"sid":"SM%1","status":"queued"})").arg(++sid, 32, 16, QLatin1Char('0')).toUtf8(),
            {},
            {}};
}

} // namespace

class TestDispatchPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttleSpacesRequestsInVirtualTime()
    {
        Rig rig(5, [](const QString &, int) { return acceptedAnswer(); });
        rig.enqueue(30);
        rig.start();
        rig.advance(3000, 50);
        const QList<qint64> times = rig.sentTo(rig.alpha());
        QVERIFY2(times.size() >= 14 && times.size() <= 16, qPrintable(QString::number(times.size())));
        for (qsizetype i = 1; i < times.size(); ++i)
            QVERIFY2(times.at(i) - times.at(i - 1) >= 200, "closer than 1/rate apart");
        for (qsizetype i = 0; i < times.size(); ++i) {
            const auto inWindow = std::count_if(times.cbegin(), times.cend(),
                                                [t = times.at(i)](qint64 at) { return at >= t && at < t + 1000; });
            QVERIFY2(inWindow <= 5, "more than the rate in one second");
        }
        QVERIFY(rig.sentTo(rig.beta()).isEmpty()); // throttled is not failed: nothing moves to the fallback
    }

    void retryAfterIsHonouredInVirtualTime()
    {
        Rig rig(100, [](const QString &, int attempt) {
            if (attempt == 1)
                return FakeAnswer {429, QByteArray("Too many requests"), {{"Retry-After", "3"}}, {}};
            return acceptedAnswer();
        });
        rig.enqueue(1);
        const qint64 t0 = rig.now();
        rig.start();
        QCOMPARE(rig.sentTo(rig.alpha()).size(), 1);
        rig.advance(2900, 50);
        QCOMPARE(rig.sentTo(rig.alpha()).size(), 1); // not a millisecond before Retry-After
        rig.advance(300, 50);
        const QList<qint64> times = rig.sentTo(rig.alpha());
        QCOMPARE(times.size(), 2);
        QVERIFY(times.at(1) >= t0 + 3000);
        QVERIFY(rig.sentTo(rig.beta()).isEmpty());
        QCOMPARE(rig.count(MessageState::Sent), qint64(1));
    }

    void aRefusingCarrierFailsOverAndIsProbedAfterItsCooldown()
    {
        bool alphaRefuses = true;
        Rig rig(100, [&alphaRefuses, &rig](const QString &account, int) {
            if (account == rig.alpha() && alphaRefuses)
                return FakeAnswer {401, QByteArray("Unauthorized"), {}, {}};
            return acceptedAnswer();
        });
        rig.enqueue(3);
        const qint64 t0 = rig.now();
        rig.start();
        rig.advance(500);
        // One refusal opens Alpha's breaker; every message goes to Beta, none is lost or failed.
        QCOMPARE(rig.sentTo(rig.alpha()).size(), 1);
        QCOMPARE(rig.sentTo(rig.beta()).size(), 3);
        QCOMPARE(rig.count(MessageState::Sent), qint64(3));
        QCOMPARE(rig.count(MessageState::Failed), qint64(0));

        // While the breaker is open (30 s of virtual time) Alpha is not asked again.
        rig.enqueue(1);
        rig.advance(20'000, 100);
        QCOMPARE(rig.sentTo(rig.alpha()).size(), 1);
        QCOMPARE(rig.sentTo(rig.beta()).size(), 4);

        // After the cooldown one message probes Alpha; it works now, so Alpha is back.
        alphaRefuses = false;
        rig.advance(10'500, 100);
        rig.enqueue(2);
        rig.advance(500);
        const QList<qint64> alpha = rig.sentTo(rig.alpha());
        QCOMPARE(alpha.size(), 3);
        QVERIFY(alpha.at(1) >= t0 + 30'000);
        QCOMPARE(rig.sentTo(rig.beta()).size(), 4);
        QCOMPARE(rig.count(MessageState::Sent), qint64(6));
    }

    void refusedConnectionsMakeACarrierFailing();
};

// Health is what happened: a carrier whose every connection is refused (which does not open
// its breaker) is "failing", with the count and the last error, in the store; one success
// makes it "ok" again.
void TestDispatchPolicy::refusedConnectionsMakeACarrierFailing()
{
    bool down = true;
    Rig rig(100, [&down, &rig](const QString &account, int) {
        if (account == rig.alpha() && down)
            return FakeAnswer {0, {}, {}, QNetworkReply::ConnectionRefusedError};
        return acceptedAnswer();
    });
    QCOMPARE(rig.alphaHealth().state, QStringLiteral("unknown"));
    rig.enqueue(1);
    rig.start();
    rig.advance(1'000);
    const int tries = int(rig.sentTo(rig.alpha()).size());
    QVERIFY(tries >= 2);
    CarrierHealth health = rig.alphaHealth();
    QCOMPARE(health.state, QStringLiteral("failing"));
    QCOMPARE(health.refusedConnections, health.consecutiveFailures);
    QVERIFY(health.consecutiveFailures >= 2);
    QVERIFY2(health.lastError.contains(QStringLiteral("connection refused")), qPrintable(health.lastError));
    QCOMPARE(health.lastSuccessAt, qint64(0));
    QVERIFY2(health.detail().contains(QStringLiteral("in a row failed")), qPrintable(health.detail()));

    down = false;
    rig.enqueue(1);
    rig.advance(2'000);
    QVERIFY(rig.count(MessageState::Sent) >= 1);
    health = rig.alphaHealth();
    QCOMPARE(health.state, QStringLiteral("ok"));
    QCOMPARE(health.consecutiveFailures, 0);
    QVERIFY(health.lastSuccessAt > 0);
}

SMSROUTER_TEST(TestDispatchPolicy)
#include "testdispatchpolicy.moc"

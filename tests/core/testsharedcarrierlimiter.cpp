// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Team mode on PostgreSQL (registered on PostgreSQL only): two dispatchers, each on a connection
// of its own, claim from one store. The carrier's rate, in-flight cap and breaker hold across
// both; rows one holds are skipped by the other; a dead one's messages are taken over and looked
// up before any resend; a late answer of the dead one changes nothing. The shared state runs on
// a ManualClock standing in for the server's, so no test waits for time to pass.
#include "carriers/carrierservice.h"
#include "common/clock.h"
#include "dispatch/carrierruntime.h"
#include "dispatch/deliverytracker.h"
#include "dispatch/dispatcherregistry.h"
#include "dispatch/sharedcarrierlimiter.h"
#include "session/session.h"
#include "store/database.h"
#include "store/dispatcherrepository.h"
#include "store/messagerepository.h"
#include "store/serverclock.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace {

using namespace std::chrono_literals;

constexpr qint64 leaseMs = 30'000;

/// One dispatcher: its own connection, registry and limiter.
struct TeamMember
{
    TeamMember(const QString &store, const QString &holder, const Clock &clock)
    {
        auto opened = Database::open(store, Database::OpenMode::ExistingOnly);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorMessage()));
        db = std::move(*opened);
        (void)db->setBusyTimeout(2s); // a claim that waited on a skipped row would fail, not hang
        registry = std::make_unique<DispatcherRegistry>(*db, holder, leaseMs, clock);
        limiter = std::make_unique<SharedCarrierLimiter>(*db, *registry, clock, 10s);
        if (!registry->acquire(clock.nowMs()))
            qFatal("could not register %s", qPrintable(holder));
    }

    Result<SharedClaim> claim(const CarrierRuntime &carrier, int most, const Clock &clock)
    {
        return limiter->claim(carrier, most, clock.nowMs(), QStringLiteral("claimed"), 0);
    }

    std::unique_ptr<Database> db;
    std::unique_ptr<DispatcherRegistry> registry;
    std::unique_ptr<SharedCarrierLimiter> limiter;
};

} // namespace

class TestSharedCarrierLimiter final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    CarrierRuntime addCarrier(double rate, int maxInFlight)
    {
        Carrier c;
        c.name = QStringLiteral("UK");
        c.accountSid = testAccountSid(1);
        c.rateLimit = rate;
        c.maxInFlight = maxInFlight;
        auto added = m_session->carriers().add(c, QByteArrayLiteral("token"));
        if (!added)
            qFatal("%s", qPrintable(added.errorMessage()));
        CarrierRuntime runtime;
        runtime.id = added->id;
        runtime.name = added->name;
        runtime.rate = rate;
        runtime.maxInFlight = maxInFlight;
        return runtime;
    }

    void queue(const CarrierRuntime &carrier, int count)
    {
        Database &db = m_session->database();
        auto tx = Transaction::begin(db);
        QVERIFY(tx);
        for (int i = 0; i < count; ++i) {
            Message m;
            m.to = QStringLiteral("+4479112%1").arg(i, 5, 10, QLatin1Char('0'));
            m.from = QStringLiteral("Router");
            m.body = QStringLiteral("hi");
            m.carrierId = carrier.id;
            m.state = MessageState::Queued;
            QVERIFY(MessageRepository(db).insert(m, QStringLiteral("test")));
        }
        QVERIFY(tx->commit());
    }

    /// A carrier's first claim takes one slot (the grid starts afresh); `interval` later, the
    /// grid has the slots of that interval ready. Returns what the first claim got.
    MessageList warmUp(TeamMember &member, const CarrierRuntime &carrier, std::chrono::milliseconds interval = 100ms)
    {
        auto first = member.claim(carrier, 1, m_clock);
        m_clock.advance(interval);
        return first ? first->messages : MessageList();
    }

    Message reload(qint64 id) { return MessageRepository(m_session->database()).find(id)->value(); }

    /// Moves claimed messages on as their answers would (submitting → sent, still followed).
    void answer(const MessageList &claimed)
    {
        QList<MessageTransition> sent;
        for (const Message &m : claimed) {
            MessageTransition t {m, MessageState::Submitting, 200, QStringLiteral("accepted")};
            t.after.state = MessageState::Sent;
            t.after.nextAttemptAt = m_clock.nowMs() + 5'000;
            sent.append(t);
        }
        auto conflicts = MessageRepository(m_session->database()).apply(sent);
        QVERIFY(conflicts && conflicts->isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        if (!testbackend::usesPostgres())
            QSKIP("team mode is PostgreSQL's");
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database, &m_clock);
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void sendsLogRoundTrips()
    {
        const std::deque<qint64> sends {100, 100, 100, 120, 140, 140};
        const QString text = SharedCarrierLimiter::encodeSends(sends);
        QCOMPARE(text, QStringLiteral("100*3,120,140*2"));
        QCOMPARE(SharedCarrierLimiter::decodeSends(text), sends);
        QVERIFY(SharedCarrierLimiter::decodeSends(QString()).empty());
    }

    void theRateHoldsAcrossDispatchers()
    {
        const CarrierRuntime carrier = addCarrier(5, 100);
        queue(carrier, 40);
        TeamMember a(m_store->path(), QStringLiteral("a"), m_clock);
        TeamMember b(m_store->path(), QStringLiteral("b"), m_clock);
        QList<qint64> sends;
        int byA = 0;
        int byB = 0;
        // Both ask every 10 ms for three seconds, one or the other first.
        QRandomGenerator random(13);
        for (int step = 0; step < 300; ++step) {
            const bool aStarts = random.bounded(2) == 0;
            for (int turn = 0; turn < 2; ++turn) {
                const bool aFirst = aStarts == (turn == 0);
                auto got = (aFirst ? a : b).claim(carrier, 10, m_clock);
                QVERIFY2(got, qPrintable(got.errorMessage()));
                for (const Message &m : std::as_const(got->messages)) {
                    sends.append(m_clock.nowMs());
                    QCOMPARE(m.claimedBy, (aFirst ? a : b).registry->instance());
                }
                (aFirst ? byA : byB) += int(got->messages.size());
            }
            m_clock.advance(10ms);
        }
        QVERIFY2(sends.size() >= 14 && sends.size() <= 16, qPrintable(QString::number(sends.size())));
        QVERIFY2(byA > 0 && byB > 0, "one dispatcher got every slot");
        for (qint64 start : std::as_const(sends)) {
            const auto inWindow = std::count_if(sends.cbegin(), sends.cend(),
                                                [start](qint64 at) { return at >= start && at < start + 1000; });
            QVERIFY2(inWindow <= 5, "more than the rate in one second");
        }
        for (qsizetype i = 1; i < sends.size(); ++i)
            QVERIFY2(sends.at(i) - sends.at(i - 1) >= 200, "closer than 1/rate apart");
    }

    void aClaimSkipsTheRowsAnotherHolds()
    {
        const CarrierRuntime carrier = addCarrier(1000, 100);
        queue(carrier, 7);
        TeamMember a(m_store->path(), QStringLiteral("a"), m_clock);
        QCOMPARE(warmUp(a, carrier).size(), 1);
        // Another transaction holds the three oldest messages (a dispatcher in mid-claim).
        auto holder = Database::open(m_store->path(), Database::OpenMode::ExistingOnly);
        QVERIFY(holder);
        auto tx = Transaction::begin(**holder);
        QVERIFY(tx);
        auto held = sql::run((*holder)->connection(),
                             QStringLiteral("SELECT id FROM messages WHERE state = 'queued' ORDER BY id LIMIT 3 "
                                            "FOR UPDATE"));
        QVERIFY(held);
        QSet<qint64> heldIds;
        while (held->next())
            heldIds.insert(held->value(0).toLongLong());

        auto got = a.claim(carrier, 10, m_clock);
        QVERIFY2(got, qPrintable(got.errorMessage())); // not waited for: skipped
        QCOMPARE(got->messages.size(), 3);
        for (const Message &m : std::as_const(got->messages))
            QVERIFY(!heldIds.contains(m.id));
    }

    void theInFlightCapCountsEveryDispatcher()
    {
        const CarrierRuntime carrier = addCarrier(1000, 3);
        queue(carrier, 10);
        TeamMember a(m_store->path(), QStringLiteral("a"), m_clock);
        TeamMember b(m_store->path(), QStringLiteral("b"), m_clock);
        MessageList out = warmUp(a, carrier);
        QCOMPARE(out.size(), 1);
        auto first = a.claim(carrier, 10, m_clock);
        QVERIFY(first);
        QCOMPARE(first->messages.size(), 2); // the cap, with the one still out
        out += first->messages;
        m_clock.advance(100ms);
        auto second = b.claim(carrier, 10, m_clock);
        QVERIFY(second);
        QCOMPARE(second->messages.size(), 0); // a's three are still out
        answer(out);
        m_clock.advance(100ms);
        second = b.claim(carrier, 10, m_clock);
        QVERIFY(second);
        QCOMPARE(second->messages.size(), 3);
    }

    void anOpenBreakerStopsEveryDispatcherUntilOneProbeCloses()
    {
        const CarrierRuntime carrier = addCarrier(1000, 100);
        queue(carrier, 20);
        TeamMember a(m_store->path(), QStringLiteral("a"), m_clock);
        TeamMember b(m_store->path(), QStringLiteral("b"), m_clock);
        a.limiter->noteCarrierError(carrier.id, 30'000, QStringLiteral("HTTP 401"));

        auto refused = b.claim(carrier, 10, m_clock);
        QVERIFY(refused);
        QVERIFY(refused->messages.isEmpty());
        QCOMPARE(refused->breakerOpenUntil, m_clock.nowMs() + 30'000);
        QCOMPARE(refused->breakerReason, QStringLiteral("HTTP 401"));

        m_clock.advance(30'001ms);
        auto probe = b.claim(carrier, 10, m_clock);
        QVERIFY(probe);
        QCOMPARE(probe->messages.size(), 1); // one probe for everyone
        auto meanwhile = a.claim(carrier, 10, m_clock);
        QVERIFY(meanwhile);
        QCOMPARE(meanwhile->messages.size(), 0);
        QCOMPARE(meanwhile->breakerOpenUntil, 0);

        // The probe said nothing (a timeout): the next claim, anyone's, probes again.
        b.limiter->noteInconclusive(carrier.id);
        m_clock.advance(100ms);
        auto second = a.claim(carrier, 10, m_clock);
        QVERIFY(second);
        QCOMPARE(second->messages.size(), 1);
        a.limiter->noteSuccess(carrier.id); // it was accepted: the breaker closes for everyone
        m_clock.advance(100ms);
        auto open = b.claim(carrier, 10, m_clock);
        QVERIFY(open);
        QCOMPARE(open->messages.size(), 10);
        QCOMPARE(open->breakerOpenUntil, 0);
    }

    void aDeadDispatchersClaimsAreTakenOverAndItsLateAnswersRefused()
    {
        const CarrierRuntime carrier = addCarrier(1000, 100);
        queue(carrier, 4);
        TeamMember a(m_store->path(), QStringLiteral("a"), m_clock);
        TeamMember b(m_store->path(), QStringLiteral("b"), m_clock);
        MessageList out = warmUp(a, carrier);
        auto claimed = a.claim(carrier, 2, m_clock);
        QVERIFY(claimed);
        out += claimed->messages;
        QCOMPARE(out.size(), 3);

        // Within the lease nothing is taken over.
        m_clock.advance(20s);
        QVERIFY(b.registry->renew(m_clock.nowMs()).value());
        QCOMPARE(b.registry->takeOver(m_clock.nowMs(), 0).value(), 0);
        QCOMPARE(reload(out.first().id).state, MessageState::Submitting);

        // a is not heard from past the lease: b takes its messages over.
        m_clock.advance(11s);
        QVERIFY(b.registry->renew(m_clock.nowMs()).value());
        QCOMPARE(b.registry->takeOver(m_clock.nowMs(), 0).value(), 3);
        for (const Message &m : std::as_const(out)) {
            const Message now = reload(m.id);
            QCOMPARE(now.state, MessageState::Unknown);
            QCOMPARE(now.claimedBy, b.registry->instance());
            const auto events = MessageRepository(m_session->database()).events(m.id);
            QVERIFY(events && events->last().detail.contains(QStringLiteral("looked up in Restcomm")));
        }
        auto rows = DispatcherRepository(m_session->database()).all();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().instance, b.registry->instance());

        // a wakes up: its late answer changes nothing, and it claims nothing more.
        QList<MessageTransition> late;
        for (const Message &m : std::as_const(out)) {
            MessageTransition t {m, MessageState::Submitting, 200, QStringLiteral("accepted")};
            t.after.state = MessageState::Sent;
            late.append(t);
        }
        QCOMPARE(MessageRepository(*a.db).apply(late).value().size(), 3);
        auto refused = a.claim(carrier, 10, m_clock);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("took over")), qPrintable(refused.errorMessage()));
        QVERIFY(!a.registry->held());
        QCOMPARE(reload(out.first().id).state, MessageState::Unknown);
    }

    void aStaleAnswerCannotMoveAMessageThatCameBack()
    {
        // submitting → unknown (taken over) → queued (looked up, not found) → submitting (claimed
        // again by b): the dead dispatcher's answer from `submitting` must not land on b's claim.
        const CarrierRuntime carrier = addCarrier(1000, 100);
        queue(carrier, 1);
        TeamMember a(m_store->path(), QStringLiteral("a"), m_clock);
        TeamMember b(m_store->path(), QStringLiteral("b"), m_clock);
        const Message first = a.claim(carrier, 1, m_clock)->messages.value(0);
        QCOMPARE(first.claimedBy, a.registry->instance());
        m_clock.advance(31s);
        QVERIFY(b.registry->renew(m_clock.nowMs()).value());
        QCOMPARE(b.registry->takeOver(m_clock.nowMs(), 0).value(), 1);
        Message unknown = reload(first.id);
        MessageTransition requeue {unknown, MessageState::Unknown, 0, QStringLiteral("not found")};
        requeue.after.state = MessageState::Queued;
        QVERIFY(MessageRepository(m_session->database()).apply({requeue}).value().isEmpty());
        auto again = b.claim(carrier, 1, m_clock);
        QVERIFY(again);
        QCOMPARE(again->messages.size(), 1);

        MessageTransition stale {first, MessageState::Submitting, 0, QStringLiteral("not sent")};
        stale.after.state = MessageState::Queued;
        QCOMPARE(MessageRepository(*a.db).apply({stale}).value(), QList<qint64> {first.id});
        QCOMPARE(reload(first.id).state, MessageState::Submitting);
        QCOMPARE(reload(first.id).claimedBy, b.registry->instance());
    }

    void whatAStoppedDispatcherLeftIsAdopted()
    {
        const CarrierRuntime carrier = addCarrier(1000, 100);
        queue(carrier, 3);
        TeamMember a(m_store->path(), QStringLiteral("a"), m_clock);
        const MessageList first = warmUp(a, carrier);
        QCOMPARE(first.size(), 1);
        auto claimed = a.claim(carrier, 3, m_clock);
        QVERIFY(claimed);
        QCOMPARE(claimed->messages.size(), 2);
        answer(first); // one was accepted and is followed; two are in doubt
        a.registry->release(); // a stop that did not wait for the last answers

        TeamMember b(m_store->path(), QStringLiteral("b"), m_clock);
        QCOMPARE(b.registry->takeOver(m_clock.nowMs(), 0).value(), 2);
        const Message sent = reload(first.first().id);
        QCOMPARE(sent.state, MessageState::Sent);
        QCOMPARE(sent.claimedBy, b.registry->instance()); // b follows it now
        auto due =
            MessageRepository(m_session->database())
                .dueInState(MessageState::Sent, carrier.id, m_clock.nowMs() + 10'000, 10, 0, b.registry->instance());
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(b.registry->takeOver(m_clock.nowMs(), 0).value(), 0); // nothing twice
    }

    void theServersClockIsRead()
    {
        const ServerClock server(m_session->database());
        const qint64 here = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(std::abs(server.nowMs() - here) < 60'000); // the same machine's clock, read by the server
    }
};

SMSROUTER_TEST(TestSharedCarrierLimiter)
#include "testsharedcarrierlimiter.moc"

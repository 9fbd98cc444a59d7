// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// InboundFetcher against the real restcomm-sim: paging across a day boundary and stopping at the
// last stored reply, no duplicates across restarts, two fetchers racing, a carrier that cannot be
// read reported by name while the others go on, and the dispatcher sending a STOP confirmation
// once despite the opt-out it follows.
#include "carriers/carrierservice.h"
#include "dispatch/carrierruntime.h"
#include "dispatch/dispatcher.h"
#include "dispatch/inboundfetcher.h"
#include "dispatchharness.h"
#include "inbox/inboxservice.h"
#include "restcomm/restcommclient.h"
#include "store/database.h"
#include "store/optoutrepository.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QHash<qint64, CarrierRuntime> runtimesOf(Session &session)
{
    QHash<qint64, CarrierRuntime> runtimes;
    for (const CarrierRuntime &r : buildCarrierRuntimes(session.carriers().list().value(), session.vault()))
        runtimes.insert(r.id, r);
    return runtimes;
}

/// One fetchNow() round on `db`; the reports, or an empty list after the timeout.
InboundFetchReports fetchRound(Session &session, Database &db, int pageSize = 2)
{
    RestcommClient client;
    DispatchOptions options;
    options.replyPageSize = pageSize;
    InboundFetcher fetcher(db, client, SystemClock::instance(), options);
    fetcher.setCarriers(runtimesOf(session));
    QSignalSpy finished(&fetcher, &InboundFetcher::roundFinished);
    fetcher.fetchNow();
    if (finished.isEmpty() && !finished.wait(20'000))
        return {};
    return finished.first().first().value<InboundFetchReports>();
}

qint64 todayAt(int hour, int minute)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestInboundFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAcrossADayBoundaryAndStopsAtTheLastStored()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        h.addCarrier(QStringLiteral("One"), QStringLiteral("carrier1"));
        const QString sid = SimProcess::account(QStringLiteral("carrier1")).sid;
        const qint64 midnight = todayAt(0, 0);
        // Yesterday evening and this morning, in Restcomm's (UTC) days; one too old to read.
        const qint64 times[] = {midnight - 20 * 60'000, midnight - 10 * 60'000, midnight - 60'000,
                                midnight + 5 * 60'000, midnight + 10 * 60'000};
        int n = 0;
        for (const qint64 at : times)
            QVERIFY(!h.sim()
                         .addInbound(sid, QStringLiteral("+3519120001%1").arg(n++, 2, 10, QLatin1Char('0')),
                                     QStringLiteral("Router"), QStringLiteral("reply"), at)
                         .isEmpty());
        QVERIFY(!h.sim()
                     .addInbound(sid, QStringLiteral("+351912000999"), QStringLiteral("Router"),
                                 QStringLiteral("too old"), midnight - 10LL * 24 * 3600'000)
                     .isEmpty());

        const InboundFetchReports first = fetchRound(h.session(), h.session().database());
        QCOMPARE(first.size(), 1);
        QVERIFY2(first.first().ok(), qPrintable(first.first().error));
        QCOMPARE(first.first().outcome.stored, 5);
        QCOMPARE(first.first().pages, 3); // 5 replies, 2 a page, newest first
        const InboundMessageList replies = h.session().inbox().list({}).value();
        QCOMPARE(replies.size(), 5);
        QCOMPARE(replies.first().receivedAt, times[4]);
        QCOMPARE(replies.last().receivedAt, times[0]);

        // Two new replies: the next round reads their page and the one with the newest stored
        // reply, and stops there.
        for (int i = 0; i < 2; ++i)
            QVERIFY(!h.sim()
                         .addInbound(sid, QStringLiteral("+35191200020%1").arg(i), QStringLiteral("Router"),
                                     QStringLiteral("later"), midnight + (20 + i) * 60'000)
                         .isEmpty());
        const InboundFetchReports second = fetchRound(h.session(), h.session().database());
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().outcome.stored, 2);
        QCOMPARE(second.first().pages, 2);
        QCOMPARE(h.session().inbox().list({}).value().size(), 7);
    }

    // A burst of replies between two rounds is read to its end in one round: the list is newest
    // first, so a round that stopped after some pages would leave the older ones unread for good
    // (the next round stops at the newest stored reply).
    void aBurstIsReadToTheLastStoredWhateverItsPages()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        h.addCarrier(QStringLiteral("One"), QStringLiteral("carrier1"));
        const QString sid = SimProcess::account(QStringLiteral("carrier1")).sid;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600'000;
        QVERIFY(!h.sim()
                     .addInbound(sid, QStringLiteral("+351912000000"), QStringLiteral("Router"),
                                 QStringLiteral("first"), start)
                     .isEmpty());
        QCOMPARE(fetchRound(h.session(), h.session().database(), 1).first().outcome.stored, 1);
        constexpr int burst = 60;
        for (int i = 1; i <= burst; ++i)
            QVERIFY(!h.sim()
                         .addInbound(sid, QStringLiteral("+3519120%1").arg(i, 5, 10, QLatin1Char('0')),
                                     QStringLiteral("Router"), QStringLiteral("reply"), start + i * 1000)
                         .isEmpty());
        const InboundFetchReports round = fetchRound(h.session(), h.session().database(), 1);
        QCOMPARE(round.size(), 1);
        QVERIFY2(round.first().ok(), qPrintable(round.first().error));
        QCOMPARE(round.first().outcome.stored, burst);
        QCOMPARE(round.first().pages, burst + 1); // one reply a page, down to the stored one
        QCOMPARE(h.session().inbox().list({}).value().size(), burst + 1);
    }

    void noDuplicatesAcrossRestarts()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        h.addCarrier(QStringLiteral("One"), QStringLiteral("carrier1"));
        const QString sid = SimProcess::account(QStringLiteral("carrier1")).sid;
        for (int i = 0; i < 3; ++i)
            QVERIFY(!h.sim()
                         .addInbound(sid, QStringLiteral("+35191200030%1").arg(i), QStringLiteral("Router"),
                                     i == 0 ? QStringLiteral("STOP") : QStringLiteral("hi"))
                         .isEmpty());
        // The dispatcher reads replies by itself when it starts.
        {
            auto dispatcher = h.makeDispatcher(h.options());
            QSignalSpy stored(dispatcher.get(), &Dispatcher::repliesStored);
            dispatcher->start();
            QVERIFY(stored.wait(20'000));
            QCOMPARE(stored.first().first().toInt(), 3);
            QVERIFY(dispatcher->stopAndWait(10'000));
        }
        // A new session and a new dispatcher on the same store: asked to fetch, nothing is new.
        auto again = h.store().openSession();
        {
            auto dispatcher = h.makeDispatcher(h.options());
            QSignalSpy started(dispatcher.get(), &Dispatcher::started);
            QSignalSpy fetched(dispatcher.get(), &Dispatcher::repliesFetched);
            dispatcher->start();
            QVERIFY(started.wait(20'000));
            dispatcher->fetchReplies();
            QVERIFY(fetched.wait(20'000));
            const auto reports = fetched.first().first().value<InboundFetchReports>();
            QCOMPARE(reports.size(), 1);
            QCOMPARE(reports.first().outcome.stored, 0);
            QVERIFY(dispatcher->stopAndWait(10'000));
        }
        const InboundFetchReports direct = fetchRound(*again, again->database());
        QCOMPARE(direct.size(), 1);
        QCOMPARE(direct.first().outcome.stored, 0);
        QCOMPARE(again->inbox().list({}).value().size(), 3);
        QCOMPARE(OptOutRepository(again->database()).count().value(), 1);
    }

    void racingFetchersStoreOnce()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        h.addCarrier(QStringLiteral("One"), QStringLiteral("carrier1"));
        const QString sid = SimProcess::account(QStringLiteral("carrier1")).sid;
        for (int i = 0; i < 9; ++i)
            QVERIFY(!h.sim()
                         .addInbound(sid, QStringLiteral("+35191200040%1").arg(i), QStringLiteral("Router"),
                                     QStringLiteral("reply %1").arg(i))
                         .isEmpty());
        // Two fetchers, each with its own connection, started together: their pages and
        // transactions interleave in one event loop.
        auto otherDb = Database::open(h.store().path(), Database::OpenMode::ExistingOnly);
        QVERIFY(otherDb);
        RestcommClient clientA;
        RestcommClient clientB;
        DispatchOptions options;
        options.replyPageSize = 2;
        InboundFetcher a(h.session().database(), clientA, SystemClock::instance(), options);
        InboundFetcher b(**otherDb, clientB, SystemClock::instance(), options);
        a.setCarriers(runtimesOf(h.session()));
        b.setCarriers(runtimesOf(h.session()));
        QSignalSpy doneA(&a, &InboundFetcher::roundFinished);
        QSignalSpy doneB(&b, &InboundFetcher::roundFinished);
        a.fetchNow();
        b.fetchNow();
        QVERIFY(DispatchHarness::waitFor([&] { return !doneA.isEmpty() && !doneB.isEmpty(); }, 20'000));
        const auto reportA = doneA.first().first().value<InboundFetchReports>();
        const auto reportB = doneB.first().first().value<InboundFetchReports>();
        QVERIFY(reportA.first().ok() && reportB.first().ok());
        QCOMPARE(reportA.first().outcome.stored + reportB.first().outcome.stored, 9);
        QCOMPARE(h.session().inbox().list({}).value().size(), 9);
    }

    void aCarrierThatCannotBeReadIsNamed()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        h.addCarrier(QStringLiteral("Good"), QStringLiteral("carrier1"));
        h.addCarrier(QStringLiteral("Broken"), QStringLiteral("carrier2"), 1000.0, 20,
                     QByteArrayLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(!h.sim()
                     .addInbound(SimProcess::account(QStringLiteral("carrier1")).sid, QStringLiteral("+351912000501"),
                                 QStringLiteral("Router"), QStringLiteral("hi"))
                     .isEmpty());
        const InboundFetchReports reports = fetchRound(h.session(), h.session().database());
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(0).carrierName, QStringLiteral("Broken"));
        QVERIFY(!reports.at(0).ok());
        QCOMPARE(reports.at(1).carrierName, QStringLiteral("Good"));
        QVERIFY(reports.at(1).ok());
        QCOMPARE(reports.at(1).outcome.stored, 1);
    }

    void confirmationIsSentOnceDespiteTheOptOut()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        Carrier carrier = h.addCarrier(QStringLiteral("One"), QStringLiteral("carrier1"));
        carrier.confirmStopReplies = true;
        QVERIFY(h.session().carriers().update(carrier, std::nullopt));
        QVERIFY(!h.sim()
                     .addInbound(SimProcess::account(QStringLiteral("carrier1")).sid, QStringLiteral("+351912000601"),
                                 QStringLiteral("Router"), QStringLiteral("STOP"))
                     .isEmpty());
        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        auto confirmations = [&h] {
            int n = 0;
            for (const QJsonObject &entry : h.sim().readLedger()) {
                if (entry.value(QStringLiteral("to")).toString() == QLatin1String("+351912000601"))
                    ++n;
            }
            return n;
        };
        QVERIFY(DispatchHarness::waitFor([&] { return confirmations() == 1; }, 20'000));
        QVERIFY(OptOutRepository(h.session().database()).contains(QStringLiteral("+351912000601")).value());
        // Another round reads the same STOP again: no second confirmation.
        QSignalSpy fetched(dispatcher.get(), &Dispatcher::repliesFetched);
        dispatcher->fetchReplies();
        QVERIFY(fetched.wait(20'000));
        QVERIFY(dispatcher->stopAndWait(10'000));
        QCOMPARE(confirmations(), 1);
        const auto ledger = h.sim().readLedger();
        QCOMPARE(ledger.last().value(QStringLiteral("body")).toString(),
                 QStringLiteral("You will receive no more messages."));
        // A later message to that number is still refused.
        const QList<qint64> ids = h.send({QStringLiteral("+351912000601")});
        QCOMPARE(h.message(ids.first()).state, MessageState::Rejected);
    }
};

SMSROUTER_TEST(TestInboundFetcher)
#include "testinboundfetcher.moc"

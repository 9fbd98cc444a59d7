// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The dispatcher against the real restcomm-sim: delivery, failover, no retry after a 400,
// Retry-After respected, and every message accounted for under 500s, resets and hangs.
#include "campaign/campaignimporter.h"
#include "campaign/campaignservice.h"
#include "common/clock.h"
#include "dispatch/dispatcher.h"
#include "dispatch/dispatcherlease.h"
#include "dispatch/messageactions.h"
#include "dispatchharness.h"
#include "optouts/optoutservice.h"
#include "session/session.h"
#include "store/database.h"
#include "store/dispatcherrepository.h"
#include "store/leaserepository.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

const QList<MessageState> finalStates {MessageState::Delivered, MessageState::Undelivered, MessageState::Failed,
                                       MessageState::Rejected, MessageState::Cancelled};
/// Accepted by Restcomm: `sent` lasts only until the sim's receipt (a second), which a test
/// thread starved for that long would never see.
const QList<MessageState> accepted {MessageState::Sent, MessageState::Delivered, MessageState::Undelivered};

/// Claim events (queued → submitting) of one message, oldest first.
QList<qint64> claimTimes(const QList<MessageEvent> &events)
{
    QList<qint64> times;
    for (const MessageEvent &e : events) {
        if (e.to == MessageState::Submitting)
            times.append(e.at);
    }
    return times;
}

} // namespace

class TestDispatchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAndFollowsToDelivery()
    {
        DispatchHarness h({QStringLiteral("--sent-after-ms"), QStringLiteral("0"), QStringLiteral("--final-after-ms"),
                           QStringLiteral("0")});
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const QList<qint64> ids = h.send(DispatchHarness::numbers(20), QStringLiteral("olá €"));

        auto dispatcher = h.makeDispatcher(h.options());
        QSignalSpy idle(dispatcher.get(), &Dispatcher::idle);
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return h.countIn(ids, {MessageState::Delivered}) == 20; }, 20'000));
        QVERIFY(DispatchHarness::waitFor([&] { return idle.count() > 0; }, 30'000));
        QVERIFY(dispatcher->stopAndWait(10'000));

        const QList<QJsonObject> ledger = h.sim().readLedger();
        QCOMPARE(ledger.size(), 20);
        QSet<QString> sids;
        for (const QJsonObject &line : ledger) {
            sids.insert(line.value(QStringLiteral("sid")).toString());
            QCOMPARE(line.value(QStringLiteral("body")).toString(), QStringLiteral("olá €"));
            QCOMPARE(line.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
        }
        for (const Message &m : h.messages(ids)) {
            QVERIFY(sids.contains(m.providerSid));
            QCOMPARE(m.providerStatus, QStringLiteral("delivered"));
            QList<MessageState> path;
            for (const MessageEvent &e : h.events(m.id))
                path.append(e.to);
            QCOMPARE(path.first(), MessageState::Queued);
            QVERIFY(path.contains(MessageState::Submitting));
            QVERIFY(path.contains(MessageState::Sent));
            QCOMPARE(path.last(), MessageState::Delivered);
        }
    }

    void failsOverToTheNextCarrierWhenTheFirstAnswers401()
    {
        DispatchHarness h({QStringLiteral("--final-after-ms"), QStringLiteral("-1")});
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier broken =
            h.addCarrier(QStringLiteral("Broken"), QStringLiteral("carrier1"), 1000, 20, "wrong-token");
        const Carrier good = h.addCarrier(QStringLiteral("Good"), QStringLiteral("carrier2"));
        h.addRule(Rule::Kind::Default, QString(), broken.id, 1);
        h.addRule(Rule::Kind::Default, QString(), good.id, 2);
        const QList<qint64> ids = h.send(DispatchHarness::numbers(10));

        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return h.countIn(ids, {MessageState::Sent}) == 10; }, 20'000));
        // The status is a snapshot sent a few times a second: wait for one that shows the breaker.
        auto brokenIsOpen = [&] {
            for (const CarrierDispatchStatus &c : dispatcher->status().carriers) {
                if (c.name == QLatin1String("Broken") && c.health == QLatin1String("breaker open"))
                    return true;
            }
            return false;
        };
        QVERIFY(DispatchHarness::waitFor(brokenIsOpen, 5'000));
        QVERIFY(dispatcher->stopAndWait(10'000));

        const QString goodSid = SimProcess::account(QStringLiteral("carrier2")).sid;
        const QList<QJsonObject> ledger = h.sim().readLedger();
        QCOMPARE(ledger.size(), 10);
        for (const QJsonObject &line : ledger)
            QCOMPARE(line.value(QStringLiteral("account_sid")).toString(), goodSid);
        for (const Message &m : h.messages(ids)) {
            QCOMPARE(m.carrierId, good.id);
            bool moved = false;
            for (const MessageEvent &e : h.events(m.id))
                moved = moved || e.detail.contains(QStringLiteral("to Good"));
            QVERIFY2(moved, "every message passed through Broken's 401 or its open breaker");
        }
    }

    void neverRetriesAfterA400()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        // A message Restcomm refuses: no sender (SendService would not let one through).
        Message bad;
        bad.to = QStringLiteral("+447911123456");
        bad.body = QStringLiteral("x");
        bad.carrierId = uk.id;
        bad.state = MessageState::Queued;
        auto stored = MessageRepository(h.session().database()).insert(bad, QStringLiteral("test"));
        QVERIFY(stored);

        DispatchOptions options = h.options();
        options.fetchReplies = false; // counts every request: the reply reads would be two more
        auto dispatcher = h.makeDispatcher(options);
        QSignalSpy idle(dispatcher.get(), &Dispatcher::idle);
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return h.message(stored->id).state == MessageState::Failed; }, 10'000));
        QVERIFY(DispatchHarness::waitFor([&] { return idle.count() > 0; }, 30'000));
        QVERIFY(dispatcher->stopAndWait(10'000));
        const Message failed = h.message(stored->id);
        QVERIFY2(failed.lastError.contains(QStringLiteral("From can not be null.")), qPrintable(failed.lastError));
        QCOMPARE(failed.attempts, 1);
        const QJsonObject stats = h.sim().stats();
        QCOMPARE(stats.value(QStringLiteral("rejected")).toObject().value(QStringLiteral("bad_request")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 2); // the one send, and this stats query
    }

    void waitsAtLeastRetryAfter()
    {
        DispatchHarness h({QStringLiteral("--throttle-rate"), QStringLiteral("1"), QStringLiteral("--retry-after"),
                           QStringLiteral("2")});
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const qint64 id = h.send({QStringLiteral("+447911123456")}).first();

        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        // The first attempt is throttled; then the sim stops throttling.
        QVERIFY(DispatchHarness::waitFor(
            [&] { return claimTimes(h.events(id)).size() >= 1 && h.message(id).state == MessageState::Queued; },
            10'000));
        QVERIFY(h.sim().setFaults({{QStringLiteral("throttle_rate"), 0}}));
        QVERIFY(DispatchHarness::waitFor([&] { return accepted.contains(h.message(id).state); }, 30'000));
        QVERIFY(dispatcher->stopAndWait(30'000));

        // Normally two claims; a third when the sim, starved, throttled the retry too. Every
        // wait respected Retry-After, and none was far longer.
        const QList<qint64> claims = claimTimes(h.events(id));
        QVERIFY(claims.size() >= 2);
        for (qsizetype i = 1; i < claims.size(); ++i) {
            const qint64 waited = claims.at(i) - claims.at(i - 1);
            QVERIFY2(waited >= 2000, qPrintable(QStringLiteral("waited %1 ms").arg(waited)));
            QVERIFY2(waited < 10'000, qPrintable(QStringLiteral("waited %1 ms").arg(waited)));
        }
        QCOMPARE(h.message(id).attempts, 1); // waiting for the carrier did not use up an attempt
    }

    void everyMessageIsAccountedForUnderFaults()
    {
        DispatchHarness h({QStringLiteral("--error-rate"), QStringLiteral("0.15"), QStringLiteral("--reset-rate"),
                           QStringLiteral("0.1"), QStringLiteral("--hang-rate"), QStringLiteral("0.05"),
                           QStringLiteral("--sent-after-ms"), QStringLiteral("0"), QStringLiteral("--final-after-ms"),
                           QStringLiteral("0"), QStringLiteral("--undelivered-rate"), QStringLiteral("0.1"),
                           QStringLiteral("--seed"), QStringLiteral("11")});
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"), 1000, 30);
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const QList<qint64> ids = h.send(DispatchHarness::numbers(300));

        auto dispatcher = h.makeDispatcher(h.options());
        QSignalSpy idle(dispatcher.get(), &Dispatcher::idle);
        dispatcher->start();
        QVERIFY2(DispatchHarness::waitFor([&] { return h.countIn(ids, finalStates) == 300; }, 60'000),
                 qPrintable(QStringLiteral("%1 final").arg(h.countIn(ids, finalStates))));
        QVERIFY(DispatchHarness::waitFor([&] { return idle.count() > 0; }, 10'000));
        QVERIFY(dispatcher->stopAndWait(10'000));

        // Each message reached Restcomm exactly once: 500s stored nothing and were resent; hung
        // and reset ones were found by reconciliation and never sent again.
        const QList<QJsonObject> ledger = h.sim().readLedger();
        QMultiHash<QString, QString> sidsByNumber;
        for (const QJsonObject &line : ledger)
            sidsByNumber.insert(line.value(QStringLiteral("to")).toString(),
                                line.value(QStringLiteral("sid")).toString());
        if (ledger.size() != 300) {
            // Say which messages went out twice and how, before failing.
            for (const QString &number : QSet<QString>(sidsByNumber.keyBegin(), sidsByNumber.keyEnd())) {
                if (sidsByNumber.count(number) < 2)
                    continue;
                for (const QJsonObject &line : ledger) {
                    if (line.value(QStringLiteral("to")).toString() == number)
                        qWarning() << "ledger" << line;
                }
                for (const Message &m : h.messages(ids)) {
                    if (m.to != number)
                        continue;
                    for (const MessageEvent &e : h.events(m.id))
                        qWarning() << "event" << e.at << (e.from ? messageStateName(*e.from) : QString()) << "->"
                                   << messageStateName(e.to) << e.httpStatus << e.detail;
                }
            }
        }
        QCOMPARE(ledger.size(), 300);
        QCOMPARE(QSet<QString>(sidsByNumber.keyBegin(), sidsByNumber.keyEnd()).size(), 300);
        for (const Message &m : h.messages(ids)) {
            QVERIFY(m.state == MessageState::Delivered || m.state == MessageState::Undelivered);
            QCOMPARE(m.providerSid, sidsByNumber.value(m.to));
        }
        const QJsonObject stats = h.sim().stats();
        QVERIFY(stats.value(QStringLiteral("rejected")).toObject().value(QStringLiteral("error")).toInt() > 10);
        QVERIFY(stats.value(QStringLiteral("reset")).toInt() > 5);
        QVERIFY(stats.value(QStringLiteral("hung")).toInt() > 2);
    }

    void nothingIsSentWhileTheOptOutListCannotBeRead()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const QList<qint64> ids = h.send(DispatchHarness::numbers(1));
        QSqlQuery sql(h.session().database().connection());
        QVERIFY(sql.exec(QStringLiteral("ALTER TABLE optouts RENAME TO optouts_elsewhere")));

        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        const auto held = [&] {
            for (qint64 id : ids) {
                const QList<MessageEvent> events = h.events(id);
                if (!events.last().detail.contains(QStringLiteral("opt-out list could not be read")))
                    return false;
            }
            return true;
        };
        QVERIFY(DispatchHarness::waitFor(held, 10'000));
        QCOMPARE(h.countIn(ids, {MessageState::Queued}), 1);
        QVERIFY(h.sim().readLedger().isEmpty());

        // Once the list can be read again, they go.
        QVERIFY(sql.exec(QStringLiteral("ALTER TABLE optouts_elsewhere RENAME TO optouts")));
        QVERIFY(DispatchHarness::waitFor(
            [&] {
                return h.countIn(ids, {MessageState::Sent, MessageState::Delivered, MessageState::Undelivered}) == 1;
            },
            15'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
        QCOMPARE(h.sim().readLedger().size(), 1);
        for (qint64 id : ids)
            QCOMPARE(h.message(id).attempts, 1);
    }

    /// A message left in `state` (unknown, or submitting by a crash) long ago, its request
    /// certainly over, for `number`.
    static qint64 insertInDoubt(DispatchHarness &h, const Carrier &carrier, const QString &number, int attempts,
                                MessageState state = MessageState::Unknown)
    {
        Message m;
        m.to = number;
        m.from = QStringLiteral("Router");
        m.body = QStringLiteral("never reached Restcomm");
        m.carrierId = carrier.id;
        m.state = state;
        m.attempts = attempts;
        m.segments = 1;
        m.createdAt = m.updatedAt = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
        m.submittedAt = m.createdAt;
        auto stored = MessageRepository(h.session().database()).insert(m, QStringLiteral("test"));
        if (!stored)
            qWarning("could not store the message: %s", qPrintable(stored.errorMessage()));
        return stored ? stored->id : 0;
    }

    void anUnfinishedSearchIsNoProofOfAbsence()
    {
        // Restcomm lists more messages to this number than a look-up reads: not finding this
        // one there must not send it again.
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const QString number = DispatchHarness::numbers(1).first();
        QList<qint64> earlier;
        for (int i = 0; i < 5; ++i)
            earlier += h.send({number}, QStringLiteral("earlier %1").arg(i));
        {
            auto first = h.makeDispatcher(h.options());
            first->start();
            QVERIFY(DispatchHarness::waitFor(
                [&] {
                    return h.countIn(earlier, {MessageState::Sent, MessageState::Delivered}) == 5;
                },
                15'000));
            QVERIFY(first->stopAndWait(30'000));
        }
        // Then, with those five in Restcomm's list, a message whose outcome was never known.
        const qint64 unknown = insertInDoubt(h, uk, number, 1);
        QVERIFY(unknown > 0);
        DispatchOptions options = h.options();
        options.reconcilePageSize = 2;
        options.reconcileMaxPages = 2; // reads 4 of the 5 records
        auto dispatcher = h.makeDispatcher(options);
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor(
            [&] { return h.message(unknown).lastError.contains(QStringLiteral("too many to tell")); }, 15'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
        QCOMPARE(h.message(unknown).state, MessageState::Unknown);
        QCOMPARE(h.sim().readLedger().size(), 5);
    }

    void aRetriedMessageIsNeverMatchedToItsEarlierRecord()
    {
        // Retry failed on an undelivered message, then the new attempt's outcome is unknown:
        // Restcomm lists the first attempt (same recipient, sender and body, minutes before),
        // which must not pass for the second.
        DispatchHarness h({QStringLiteral("--sent-after-ms"), QStringLiteral("0"), QStringLiteral("--final-after-ms"),
                           QStringLiteral("0")});
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const qint64 id = h.send(DispatchHarness::numbers(1)).first();
        {
            auto first = h.makeDispatcher(h.options());
            first->start();
            QVERIFY(DispatchHarness::waitFor([&] { return h.message(id).state == MessageState::Delivered; }, 15'000));
            QVERIFY(first->stopAndWait(30'000));
        }
        const QString firstSid = h.message(id).providerSid;
        QVERIFY(!firstSid.isEmpty());

        Database &db = h.session().database();
        MessageRepository repo(db);
        Message undelivered = h.message(id);
        undelivered.state = MessageState::Undelivered;
        QVERIFY(repo.apply({{undelivered, MessageState::Delivered, 0, QStringLiteral("test: undelivered")}}));
        QCOMPARE(MessageActions(db).retry({id}).value(), 1);
        QVERIFY(h.message(id).providerSid.isEmpty());

        // The retry's request "timed out" a minute ago; its record, if any, would be in Restcomm.
        Message inDoubt = h.message(id);
        inDoubt.state = MessageState::Unknown;
        inDoubt.attempts = 1;
        inDoubt.submittedAt = QDateTime::currentMSecsSinceEpoch() - 60'000;
        QVERIFY(repo.apply({{inDoubt, MessageState::Queued, 0, QStringLiteral("test: no answer")}}));

        auto second = h.makeDispatcher(h.options());
        second->start();
        QVERIFY(DispatchHarness::waitFor(
            [&] {
                const Message m = h.message(id);
                return m.state == MessageState::Delivered && m.providerSid != firstSid;
            },
            20'000));
        QVERIFY(second->stopAndWait(30'000));
        QCOMPARE(h.sim().readLedger().size(), 2); // found absent, so sent once more
    }

    void anUnknownOutcomeIsNotRetriedForEver()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        DispatchOptions options = h.options();
        const qint64 unknown = insertInDoubt(h, uk, DispatchHarness::numbers(1).first(), options.retry.maxAttempts);
        auto dispatcher = h.makeDispatcher(options);
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return h.message(unknown).state == MessageState::Failed; }, 15'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
        QVERIFY(h.message(unknown).lastError.contains(QStringLiteral("not tried again")));
        QVERIFY(h.sim().readLedger().isEmpty());
    }

    void aNumberOptedOutAfterQueueingIsNotSent()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const QList<qint64> ids = h.send(DispatchHarness::numbers(3));
        // After the message was stored, the recipient asks to be left alone.
        QVERIFY(h.session().optouts().add(DispatchHarness::numbers(3).at(1), QStringLiteral("STOP")));

        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor(
            [&] {
                return h.countIn(ids, {MessageState::Queued, MessageState::Submitting}) == 0;
            },
            10'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
        QCOMPARE(h.message(ids.at(1)).state, MessageState::Rejected);
        QVERIFY(h.events(ids.at(1)).last().detail.contains(QStringLiteral("opt-out list")));
        QCOMPARE(h.countIn(ids, accepted), 2);
        for (const QJsonObject &line : h.sim().readLedger())
            QVERIFY(line.value(QStringLiteral("to")).toString() != DispatchHarness::numbers(3).at(1));
    }

    void startsAScheduledCampaignOnTime()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const QString csv = h.store().filePath(QStringLiteral("recipients.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone,name\n+447911100001,Ana\n+447911100002,Rui\n");
        file.close();
        CampaignImportRequest request;
        request.filePath = csv;
        request.name = QStringLiteral("scheduled");
        request.sender = QStringLiteral("Router");
        request.bodyTemplate = QStringLiteral("Hello {name}");
        CampaignImporter importer(h.session().database(), h.session().campaigns().importContext());
        auto summary = importer.run(request);
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QCOMPARE(summary->accepted, qint64(2));
        const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(2500);
        QVERIFY(h.session().campaigns().schedule(summary->campaignId, at));

        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return h.sim().readLedger().size() == 2; }, 15'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
        const qint64 firstSend =
            h.sim().readLedger().first().value(QStringLiteral("received_at")).toVariant().toLongLong();
        QVERIFY2(firstSend >= at.toMSecsSinceEpoch(), "nothing went out before the scheduled time");
        QCOMPARE(h.sim().readLedger().first().value(QStringLiteral("body")).toString().left(6),
                 QStringLiteral("Hello "));
        QCOMPARE(h.session().campaigns().find(summary->campaignId)->state, CampaignState::Running);
    }

    void aSecondDispatcherIsRefused()
    {
        if (testbackend::usesPostgres())
            QSKIP("on PostgreSQL any number of dispatchers run at once (aSecondDispatcherRunsBesideTheFirst)");
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        auto first = h.makeDispatcher(h.options(), QStringLiteral("first"));
        first->start();
        QVERIFY(DispatchHarness::waitFor([&] { return first->isRunning(); }, 30'000));
        auto second = h.makeDispatcher(h.options(), QStringLiteral("second"));
        QSignalSpy failed(second.get(), &Dispatcher::failed);
        second->start();
        QVERIFY(failed.wait(30'000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("first (pid")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!second->isRunning());
        QVERIFY(first->stopAndWait(30'000));
    }

    void aSecondDispatcherRunsBesideTheFirst()
    {
        // PostgreSQL's team mode: both register, both claim from the one queue, nothing twice.
        if (!testbackend::usesPostgres())
            QSKIP("on SQLite one dispatcher holds the store (aSecondDispatcherIsRefused)");
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"), 200);
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        auto first = h.makeDispatcher(h.options(), QStringLiteral("first"));
        auto second = h.makeDispatcher(h.options(), QStringLiteral("second"));
        QSignalSpy failed(second.get(), &Dispatcher::failed);
        first->start();
        second->start();
        QVERIFY(DispatchHarness::waitFor([&] { return first->isRunning() && second->isRunning(); }, 30'000));
        QCOMPARE(DispatcherRepository(h.session().database()).all().value().size(), 2);
        const QList<qint64> ids = h.send(DispatchHarness::numbers(40));
        first->wake();
        second->wake();
        QVERIFY(DispatchHarness::waitFor([&] { return h.countIn(ids, accepted) == 40; }, 30'000));
        QVERIFY(first->stopAndWait(30'000));
        QVERIFY(second->stopAndWait(30'000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(h.sim().readLedger().size(), 40);
        QVERIFY(DispatcherRepository(h.session().database()).all().value().isEmpty());
    }

    void interruptedSubmissionsAreRecoveredOnceTheStoreAllows()
    {
        // A message a crashed dispatcher left in `submitting`, and a store that refuses the
        // recovery at start: housekeeping must try again, or nothing would ever move it.
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        const qint64 id = insertInDoubt(h, uk, DispatchHarness::numbers(1).first(), 1, MessageState::Submitting);
        QVERIFY(id > 0);
        QVERIFY(testbackend::refuse(h.session().database(), QStringLiteral("UPDATE"), QStringLiteral("messages"),
                                    QStringLiteral("OLD.state = 'submitting'"), QStringLiteral("refused by the test")));

        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return dispatcher->isRunning(); }, 30'000));
        QCOMPARE(h.message(id).state, MessageState::Submitting); // the first try was refused

        QVERIFY(testbackend::acceptAgain(h.session().database(), QStringLiteral("messages")));
        QVERIFY(DispatchHarness::waitFor([&] { return h.message(id).state != MessageState::Submitting; }, 30'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
        bool recovered = false;
        for (const MessageEvent &e : h.events(id))
            recovered = recovered || e.detail.contains(QStringLiteral("stopped while submitting"));
        QVERIFY(recovered);
    }

    void aDispatcherThatLostTheStoreSendsNothingMore()
    {
        // Frozen long enough for another dispatcher to take the store over, this one wakes up
        // to queued work. Its clock stands still, so no periodic heartbeat can notice first:
        // the claim itself must refuse.
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(60));
        DispatchOptions options = h.options();
        options.clock = &clock;
        auto dispatcher = h.makeDispatcher(options);
        QSignalSpy failed(dispatcher.get(), &Dispatcher::failed);
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return dispatcher->isRunning(); }, 30'000));

        const qint64 now = clock.nowMs();
        if (testbackend::usesPostgres()) // another dispatcher took this one's row away
            QVERIFY(sql::run(h.session().database().connection(), QStringLiteral("DELETE FROM dispatchers")));
        else
            QVERIFY(LeaseRepository(h.session().database())
                        .write({DispatcherLease::thisHost(), QCoreApplication::applicationPid(),
                                QStringLiteral("the other"), QStringLiteral("another-instance"), now, now}));
        const QList<qint64> ids = h.send(DispatchHarness::numbers(3));
        dispatcher->wake();
        QVERIFY(DispatchHarness::waitFor([&] { return !failed.isEmpty(); }, 30'000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("took over")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(DispatchHarness::waitFor([&] { return !dispatcher->isRunning(); }, 30'000));
        QCOMPARE(h.countIn(ids, {MessageState::Queued}), 3);
        QVERIFY(h.sim().readLedger().isEmpty());
        if (testbackend::usesPostgres()) {
            QVERIFY(DispatcherRepository(h.session().database()).all().value().isEmpty()); // not back
            return;
        }
        auto lease = LeaseRepository(h.session().database()).current();
        QVERIFY(lease && lease->has_value());
        QCOMPARE((*lease)->instance, QStringLiteral("another-instance")); // not released by the loser
    }

    void aStoppedDispatcherStartsAgain()
    {
        // The window's Start after a stop (or after another dispatcher let go of the store):
        // the second run has its own connection and parts, and sends.
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        auto dispatcher = h.makeDispatcher(h.options());
        const QList<qint64> first = h.send({DispatchHarness::numbers(2).at(0)});
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return h.countIn(first, accepted) == 1; }, 30'000));
        QVERIFY(dispatcher->stopAndWait(30'000));

        const QList<qint64> second = h.send({DispatchHarness::numbers(2).at(1)});
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return h.countIn(second, accepted) == 1; }, 30'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
        QCOMPARE(h.sim().readLedger().size(), 2);
    }

    void pausedDispatcherClaimsNothing()
    {
        DispatchHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        const Carrier uk = h.addCarrier(QStringLiteral("UK"), QStringLiteral("carrier1"));
        h.addRule(Rule::Kind::Default, QString(), uk.id);
        auto dispatcher = h.makeDispatcher(h.options());
        dispatcher->start();
        QVERIFY(DispatchHarness::waitFor([&] { return dispatcher->isRunning(); }, 30'000));
        dispatcher->setPaused(true);
        QVERIFY(DispatchHarness::waitFor([&] { return dispatcher->isPaused(); }, 30'000));
        const QList<qint64> ids = h.send(DispatchHarness::numbers(3));
        dispatcher->wake();
        QVERIFY(!DispatchHarness::waitFor([&] { return h.countIn(ids, {MessageState::Queued}) < 3; }, 700));
        dispatcher->setPaused(false);
        QVERIFY(DispatchHarness::waitFor([&] { return h.countIn(ids, accepted) == 3; }, 30'000));
        QVERIFY(dispatcher->stopAndWait(30'000));
    }
};

SMSROUTER_TEST(TestDispatchEngine)
#include "testdispatchengine.moc"

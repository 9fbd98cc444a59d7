// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// ReplyProcessor: each reply stored once (also when two connections race), linked to the latest
// message to its sender and its campaign, STOP opting out with the contract's reason, START
// taking back only a reply's opt-out, and the optional confirmation queued once.
#include "inbox/inboxservice.h"
#include "inbox/replyprocessor.h"
#include "messagetesting.h"
#include "optouts/optoutservice.h"
#include "store/database.h"
#include "store/inboundrepository.h"
#include "store/messagerepository.h"
#include "store/optoutrepository.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QTest>
#include <QThread>

namespace {

constexpr qint64 replyBase = 1'767'268'800'000; // 2026-01-01T12:00:00Z

SmsRecord inboundRecord(const QString &sid, const QString &from, const QString &body, qint64 atMs)
{
    SmsRecord r;
    r.sid = sid;
    r.from = from;
    r.to = QStringLiteral("Router");
    r.body = body;
    r.status = QStringLiteral("received");
    r.direction = QStringLiteral("inbound");
    r.dateCreated = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return r;
}

} // namespace

class TestReplyProcessor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    ManualClock m_clock;
    ReplyCarrier m_carrier;

    Result<ReplyOutcome> store(const QList<SmsRecord> &records, bool confirm = false)
    {
        ReplyCarrier carrier = m_carrier;
        carrier.confirmStopReplies = confirm;
        return ReplyProcessor(m_session->database(), m_clock)
            .store(carrier, records, StopWords(), QStringLiteral("PT"));
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime::fromMSecsSinceEpoch(replyBase + 3'600'000, Qt::UTC));
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(std::nullopt, &m_clock);
        m_carrier.id = messagetesting::addCarrier(*m_session, QStringLiteral("Portugal"), 1);
        m_carrier.name = QStringLiteral("Portugal");
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void linksToTheLatestMessageAndItsCampaign()
    {
        Database &db = m_session->database();
        const qint64 campaign = messagetesting::addCampaign(db, QStringLiteral("Spring sale"));
        Message older = messagetesting::make(QStringLiteral("+351912345678"), m_carrier.id, MessageState::Delivered,
                                             replyBase - 60'000);
        messagetesting::insert(db, older);
        Message latest = messagetesting::make(QStringLiteral("+351912345678"), m_carrier.id, MessageState::Delivered,
                                              replyBase - 1'000);
        latest.campaignId = campaign;
        latest = messagetesting::insert(db, latest);
        // Later than the reply: not what it answered.
        messagetesting::insert(db,
                               messagetesting::make(QStringLiteral("+351912345678"), m_carrier.id, MessageState::Queued,
                                                    replyBase + 60'000));
        // Restcomm lists "351…" without '+': stored as E.164.
        auto outcome = store({inboundRecord(QStringLiteral("SM1"), QStringLiteral("351912345678"),
                                            QStringLiteral("Obrigado"), replyBase)});
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->stored, 1);
        QCOMPARE(outcome->stops, 0);
        const InboundMessageList replies = m_session->inbox().list({}).value();
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().from, QStringLiteral("+351912345678"));
        QCOMPARE(replies.first().messageId, std::optional<qint64>(latest.id));
        QCOMPARE(replies.first().campaignId, std::optional<qint64>(campaign));
        QCOMPARE(replies.first().carrierName, QStringLiteral("Portugal"));
        QVERIFY(!replies.first().read);
    }

    void stopOptsOutWithTheReason()
    {
        Database &db = m_session->database();
        const qint64 campaign = messagetesting::addCampaign(db, QStringLiteral("Spring sale"));
        Message sent = messagetesting::make(QStringLiteral("+351912345678"), m_carrier.id, MessageState::Delivered,
                                            replyBase - 1'000);
        sent.campaignId = campaign;
        messagetesting::insert(db, sent);
        auto outcome = store(
            {inboundRecord(QStringLiteral("SM1"), QStringLiteral("+351912345678"), QStringLiteral("Stop!"), replyBase),
             inboundRecord(QStringLiteral("SM2"), QStringLiteral("+351912000111"), QStringLiteral("parar"),
                           replyBase)});
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->stops, 2);
        QCOMPARE(outcome->optedOut, 2);
        const auto optOut = OptOutRepository(db).find(QStringLiteral("+351912345678")).value();
        QVERIFY(optOut);
        QCOMPARE(optOut->reason, QStringLiteral("reply \"STOP\" to campaign #%1").arg(campaign));
        QCOMPARE(optOut->source, QStringLiteral("reply"));
        QCOMPARE(optOut->campaignId, std::optional<qint64>(campaign));
        const auto noCampaign = OptOutRepository(db).find(QStringLiteral("+351912000111")).value();
        QVERIFY(noCampaign);
        QCOMPARE(noCampaign->reason, QStringLiteral("reply \"PARAR\""));
        QCOMPARE(InboundRepository(db).stopRepliesOfCampaign(campaign).value(), 1);
        InboxFilter stops;
        stops.campaignId = campaign;
        const InboundMessageList replies = m_session->inbox().list(stops).value();
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().stopWord, QStringLiteral("STOP"));
    }

    void startTakesBackOnlyAReplysOptOut()
    {
        Database &db = m_session->database();
        // By hand, then STOP and START: the operator's entry stays, source and reason alike.
        QVERIFY(m_session->optouts().add(QStringLiteral("+351912000222"), QStringLiteral("asked by phone")));
        auto first = store(
            {inboundRecord(QStringLiteral("SM1"), QStringLiteral("+351912000222"), QStringLiteral("STOP"), replyBase),
             inboundRecord(QStringLiteral("SM2"), QStringLiteral("+351912000333"), QStringLiteral("STOP"), replyBase)});
        QVERIFY(first);
        QCOMPARE(first->optedOut, 1);
        QCOMPARE(OptOutRepository(db).find(QStringLiteral("+351912000222")).value()->source, QStringLiteral("manual"));
        auto second = store({inboundRecord(QStringLiteral("SM3"), QStringLiteral("+351912000222"),
                                           QStringLiteral("START"), replyBase + 60'000),
                             inboundRecord(QStringLiteral("SM4"), QStringLiteral("+351912000333"),
                                           QStringLiteral("unstop please"), replyBase + 60'000)});
        QVERIFY(second);
        QCOMPARE(second->resubscribed, 1);
        QVERIFY(OptOutRepository(db).contains(QStringLiteral("+351912000222")).value()); // by hand: stays
        QVERIFY(!OptOutRepository(db).contains(QStringLiteral("+351912000333")).value()); // by reply: gone
        // An imported number stays too.
        QVERIFY(OptOutRepository(db).add(
            OptOut::make(QStringLiteral("+351912000444"), QStringLiteral("file"), 1, OptOut::sourceImport)));
        QVERIFY(store({inboundRecord(QStringLiteral("SM5"), QStringLiteral("+351912000444"), QStringLiteral("start"),
                                     replyBase)}));
        QVERIFY(OptOutRepository(db).contains(QStringLiteral("+351912000444")).value());
    }

    void stopThenStartInOneBatchEndsSubscribed()
    {
        // Listed newest first, as Restcomm does; acted on in the order they were said.
        auto outcome = store(
            {inboundRecord(QStringLiteral("SM2"), QStringLiteral("+351912000555"), QStringLiteral("START"),
                           replyBase + 1'000),
             inboundRecord(QStringLiteral("SM1"), QStringLiteral("+351912000555"), QStringLiteral("STOP"), replyBase)});
        QVERIFY(outcome);
        QCOMPARE(outcome->resubscribed, 1);
        QVERIFY(!OptOutRepository(m_session->database()).contains(QStringLiteral("+351912000555")).value());
    }

    void storedOnceAndActsOnce()
    {
        const QList<SmsRecord> page {
            inboundRecord(QStringLiteral("SM1"), QStringLiteral("+351912000666"), QStringLiteral("STOP"), replyBase),
            inboundRecord(QStringLiteral("SM1"), QStringLiteral("+351912000666"), QStringLiteral("STOP"), replyBase)};
        auto first = store(page, true);
        QVERIFY(first);
        QCOMPARE(first->stored, 1);
        QCOMPARE(first->confirmations, 1);
        // Read again (a restart, an overlapping page): nothing new, no second confirmation.
        auto again = store(page, true);
        QVERIFY(again);
        QCOMPARE(again->stored, 0);
        QCOMPARE(again->confirmations, 0);
        QCOMPARE(m_session->inbox().list({}).value().size(), 1);
    }

    void confirmationOnlyWhenTheCarrierAsks()
    {
        Database &db = m_session->database();
        auto off = store(
            {inboundRecord(QStringLiteral("SM1"), QStringLiteral("+351912000777"), QStringLiteral("STOP"), replyBase)});
        QVERIFY(off);
        QCOMPARE(off->confirmations, 0);
        QCOMPARE(MessageRepository(db).countInStates({MessageState::Queued}).value(), 0);

        auto on = store({inboundRecord(QStringLiteral("SM2"), QStringLiteral("+351912000888"),
                                       QStringLiteral("Cancelar"), replyBase)},
                        true);
        QVERIFY(on);
        QCOMPARE(on->confirmations, 1);
        auto queued = MessageRepository(db).inState(MessageState::Queued, 10, 0);
        QVERIFY(queued);
        QCOMPARE(queued->size(), 1);
        const Message confirmation = queued->first();
        QCOMPARE(confirmation.to, QStringLiteral("+351912000888"));
        QCOMPARE(confirmation.from, QStringLiteral("Router")); // the number the handset wrote to
        QCOMPARE(confirmation.body, QStringLiteral("You will receive no more messages."));
        QCOMPARE(confirmation.carrierId, m_carrier.id);
        QCOMPARE(confirmation.campaignId, 0);
        // The one message the dispatcher lets through to an opted-out number.
        QCOMPARE(InboundRepository(db).confirmationsAmong({confirmation.id, confirmation.id + 1}).value(),
                 QSet<qint64> {confirmation.id});
        QVERIFY(OptOutRepository(db).contains(QStringLiteral("+351912000888")).value());
        // A second STOP from the same number is not answered again.
        auto repeated = store({inboundRecord(QStringLiteral("SM3"), QStringLiteral("+351912000888"),
                                             QStringLiteral("STOP"), replyBase + 5'000)},
                              true);
        QVERIFY(repeated);
        QCOMPARE(repeated->stored, 1);
        QCOMPARE(repeated->confirmations, 0);
    }

    void outboundRecordsAreIgnored()
    {
        SmsRecord sent =
            inboundRecord(QStringLiteral("SM9"), QStringLiteral("Router"), QStringLiteral("STOP"), replyBase);
        sent.direction = QStringLiteral("outbound-api");
        auto outcome = store({sent});
        QVERIFY(outcome);
        QCOMPARE(outcome->stored, 0);
    }

    void racingConnectionsStoreOnce()
    {
        // Two fetches (a dispatcher and `smsrouter-cli inbox fetch`) read the same page at once,
        // each on its own connection and thread: the unique SID decides, not a look-up first.
        QList<SmsRecord> page;
        for (int i = 0; i < 200; ++i)
            page.append(inboundRecord(QStringLiteral("SMrace%1").arg(i), QStringLiteral("+35191200%1").arg(1000 + i),
                                      i % 10 == 0 ? QStringLiteral("STOP") : QStringLiteral("ok"), replyBase + i));
        const QString path = m_store->path();
        const ReplyCarrier carrier = m_carrier;
        std::atomic<int> stored {0};
        std::atomic<int> failures {0};
        auto worker = [&, path, carrier, page] {
            auto db = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!db) {
                ++failures;
                return;
            }
            (void)(*db)->setBusyTimeout(std::chrono::seconds(20));
            // Small batches, so the two threads' transactions interleave.
            for (qsizetype from = 0; from < page.size(); from += 10) {
                auto outcome = ReplyProcessor(**db, SystemClock::instance())
                                   .store(carrier, page.mid(from, 10), StopWords(), QStringLiteral("PT"));
                if (!outcome)
                    ++failures;
                else
                    stored += outcome->stored;
            }
        };
        std::unique_ptr<QThread> a(QThread::create(worker));
        std::unique_ptr<QThread> b(QThread::create(worker));
        a->start();
        b->start();
        QVERIFY(a->wait(60'000));
        QVERIFY(b->wait(60'000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(stored.load(), 200);
        QCOMPARE(m_session->inbox().list({}).value().size(), 200);
        QCOMPARE(OptOutRepository(m_session->database()).count().value(), 20);
    }
};

SMSROUTER_TEST(TestReplyProcessor)
#include "testreplyprocessor.moc"

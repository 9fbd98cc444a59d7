// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// InboxService: filters, the conversation in time order, unread counts and markRead, the
// version a live view follows, and the CSV export.
#include "inbox/inboxservice.h"
#include "inbox/replyprocessor.h"
#include "messagetesting.h"
#include "store/database.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QFile>
#include <QTest>

namespace {

constexpr qint64 inboxBase = 1'767'268'800'000; // 2026-01-01T12:00:00Z

SmsRecord inboxRecord(const QString &sid, const QString &from, const QString &body, qint64 atMs)
{
    SmsRecord r;
    r.sid = sid;
    r.from = from;
    r.to = QStringLiteral("Router");
    r.body = body;
    r.direction = QStringLiteral("inbound");
    r.status = QStringLiteral("received");
    r.dateCreated = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return r;
}

} // namespace

class TestInboxService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    ManualClock m_clock;
    qint64 m_carrier = 0;
    qint64 m_campaign = 0;

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime::fromMSecsSinceEpoch(inboxBase + 3'600'000, Qt::UTC));
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(std::nullopt, &m_clock);
        Database &db = m_session->database();
        m_carrier = messagetesting::addCarrier(*m_session, QStringLiteral("UK"), 1);
        m_campaign = messagetesting::addCampaign(db, QStringLiteral("Spring sale"));
        Message sent = messagetesting::make(QStringLiteral("+447911123456"), m_carrier, MessageState::Delivered,
                                            inboxBase - 60'000);
        sent.campaignId = m_campaign;
        messagetesting::insert(db, sent);
        const ReplyCarrier carrier {m_carrier, QStringLiteral("UK"), false};
        auto stored = ReplyProcessor(db, m_clock)
                          .store(carrier,
                                 {inboxRecord(QStringLiteral("SM1"), QStringLiteral("+447911123456"),
                                              QStringLiteral("Thanks, =see you"), inboxBase),
                                  inboxRecord(QStringLiteral("SM2"), QStringLiteral("+447911123456"),
                                              QStringLiteral("STOP"), inboxBase + 60'000),
                                  inboxRecord(QStringLiteral("SM3"), QStringLiteral("+447911000999"),
                                              QStringLiteral("Who is this?"), inboxBase + 120'000)},
                                 StopWords(), QStringLiteral("GB"));
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->stored, 3);
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void listFilters()
    {
        InboxService &inbox = m_session->inbox();
        const InboundMessageList all = inbox.list({}).value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().sid, QStringLiteral("SM3")); // newest first
        InboxFilter byCampaign;
        byCampaign.campaignId = m_campaign;
        QCOMPARE(inbox.list(byCampaign).value().size(), 2);
        InboxFilter byText;
        byText.text = QStringLiteral("WHO");
        QCOMPARE(inbox.list(byText).value().size(), 1);
        InboxFilter byNumber;
        byNumber.text = QStringLiteral("000999");
        QCOMPARE(inbox.list(byNumber).value().size(), 1);
        InboxFilter byTime;
        byTime.since = inboxBase + 60'000;
        byTime.until = inboxBase + 120'000;
        const InboundMessageList window = inbox.list(byTime).value();
        QCOMPARE(window.size(), 1);
        QCOMPARE(window.first().sid, QStringLiteral("SM2"));
        QVERIFY(window.first().isStop());
        QCOMPARE(window.first().campaignName, QStringLiteral("Spring sale"));
        InboxFilter byCarrier;
        byCarrier.carrierId = m_carrier + 1;
        QCOMPARE(inbox.list(byCarrier).value().size(), 0);
        InboxFilter limited;
        limited.limit = 2;
        QCOMPARE(inbox.list(limited).value().size(), 2);
    }

    void conversationInTimeOrder()
    {
        const Conversation talk = m_session->inbox().conversation(QStringLiteral("+447911123456")).value();
        QCOMPARE(talk.size(), 3);
        QCOMPARE(talk.at(0).direction, ConversationEntry::Direction::Outbound);
        QCOMPARE(talk.at(0).state, QStringLiteral("delivered"));
        QCOMPARE(talk.at(0).campaignId, std::optional<qint64>(m_campaign));
        QCOMPARE(talk.at(1).direction, ConversationEntry::Direction::Inbound);
        QCOMPARE(talk.at(1).body, QStringLiteral("Thanks, =see you"));
        QCOMPARE(talk.at(2).stopWord, QStringLiteral("STOP"));
        QCOMPARE(talk.at(2).carrierName, QStringLiteral("UK"));
    }

    // What was exchanged: messages handed to a carrier and single sends that never left are in
    // the conversation; a campaign's messages not sent yet (a draft's pending ones) are not.
    void conversationLeavesOutCampaignMessagesNotSent()
    {
        Database &db = m_session->database();
        const QString number = QStringLiteral("+447911123456");
        Message waiting = messagetesting::make(number, m_carrier, MessageState::Pending, inboxBase + 200'000);
        waiting.campaignId = m_campaign;
        messagetesting::insert(db, waiting);
        messagetesting::insert(db,
                               messagetesting::make(number, m_carrier, MessageState::Cancelled, inboxBase + 300'000));
        const Conversation talk = m_session->inbox().conversation(number).value();
        QCOMPARE(talk.size(), 4);
        QCOMPARE(talk.at(3).direction, ConversationEntry::Direction::Outbound);
        QCOMPARE(talk.at(3).state, QStringLiteral("cancelled"));
        QCOMPARE(talk.at(3).campaignId, std::nullopt);
        QCOMPARE(talk.at(0).state, QStringLiteral("delivered"));
    }

    void unreadAndMarkRead()
    {
        InboxService &inbox = m_session->inbox();
        QCOMPARE(inbox.unreadCount().value(), 3);
        const QString before = inbox.version().value();
        const InboundMessageList all = inbox.list({}).value();
        QVERIFY(inbox.markRead({all.at(0).id, all.at(1).id, 999'999}));
        QCOMPARE(inbox.unreadCount().value(), 1);
        QVERIFY(inbox.version().value() != before);
        InboxFilter unread;
        unread.unreadOnly = true;
        QCOMPARE(inbox.list(unread).value().size(), 1);
        const QString after = inbox.version().value();
        QVERIFY(inbox.markRead({all.at(0).id})); // already read: nothing changes
        QCOMPARE(inbox.version().value(), after);
    }

    void exportCsv()
    {
        const QString path = m_store->filePath(QStringLiteral("replies.csv"));
        InboxFilter byCampaign;
        byCampaign.campaignId = m_campaign;
        auto written = m_session->inbox().exportCsv(byCampaign, path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(*written, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                                      .join(QLatin1Char('\n'))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("sid,carrier,from,to,body,received_at,campaign_id,stop"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("SM2,UK,+447911123456,Router,STOP,2026-01-01T12:01:00.000Z,%1,true").arg(m_campaign));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("SM1,UK,+447911123456,Router,\"Thanks, =see you\",")),
                 qPrintable(lines.at(2)));
        // A folder that cannot be written: an error, no file.
        QVERIFY(!m_session->inbox().exportCsv({}, m_store->filePath(QStringLiteral("missing/replies.csv"))));
    }
};

SMSROUTER_TEST(TestInboxService)
#include "testinboxservice.moc"

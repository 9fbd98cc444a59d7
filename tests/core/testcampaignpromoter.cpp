// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignPromoter: a running campaign's pending messages are queued a slice at a time, never
// past the backlog, never for a campaign that is not running, and a pause racing a slice wins
// when it commits first and puts the slice back when it commits second.
#include "campaign/campaignlifecycle.h"
#include "campaign/campaignservice.h"
#include "dispatch/campaignpromoter.h"
#include "store/campaignrepository.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QTemporaryDir>
#include <QThread>

#include <memory>

class TestCampaignPromoter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void promotesInSlicesUntilNoneRemain();
    void stopsAtTheBacklog();
    void onlyRunningCampaignsArePromoted();
    void oneCampaignOnly();
    void aPauseCommittedFirstWins();
    void aPauseAfterASlicePutsItBack();
    void aPauseWaitingForASlicePutsItBack();
    void aSliceWaitingForAPauseFindsItPaused();

private:
    qint64 campaign(CampaignState state, int messages);
    qint64 count(qint64 campaignId, MessageState state) const;
    CampaignPromoter promoter(qint64 slice, qint64 backlog, qint64 campaignId = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    qint64 m_carrier = 0;
};

void TestCampaignPromoter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = testbackend::freshStore(m_dir->filePath(QStringLiteral("s.sqlite")));
    auto db = Database::open(m_store);
    QVERIFY(db);
    m_db = std::move(*db);
    m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    Carrier carrier;
    carrier.name = QStringLiteral("Carrier A");
    carrier.accountSid = testAccountSid(1);
    auto saved = CarrierRepository(*m_db).insert(carrier);
    QVERIFY(saved);
    m_carrier = saved->id;
}

qint64 TestCampaignPromoter::campaign(CampaignState state, int messages)
{
    Campaign c;
    c.name = QStringLiteral("Spring");
    c.sender = QStringLiteral("Shop");
    c.bodyTemplate = QStringLiteral("Hi");
    c.state = CampaignState::Draft;
    c.createdAt = m_clock.nowMs();
    auto inserted = CampaignRepository(*m_db).insert(c);
    if (!inserted)
        qFatal("%s", qPrintable(inserted.errorMessage()));
    for (int n = 0; n < messages; ++n) {
        Message m;
        m.campaignId = inserted->id;
        m.to = QStringLiteral("+35191234%1").arg(n, 4, 10, QLatin1Char('0'));
        m.from = c.sender;
        m.body = QStringLiteral("Hi");
        m.state = MessageState::Pending;
        m.carrierId = m_carrier;
        if (!MessageRepository(*m_db).insert(m, QStringLiteral("test")))
            qFatal("could not insert a test message");
    }
    m_clock.advance(std::chrono::seconds(1));
    // Through the lifecycle, so the campaign has the events a real one has.
    if (state != CampaignState::Draft && !CampaignLifecycle::start(*m_db, inserted->id, m_clock))
        qFatal("could not start a test campaign");
    if (state == CampaignState::Paused && !CampaignLifecycle::pause(*m_db, inserted->id, m_clock))
        qFatal("could not pause a test campaign");
    if (state == CampaignState::Cancelled && !CampaignLifecycle::cancel(*m_db, inserted->id, m_clock))
        qFatal("could not cancel a test campaign");
    return inserted->id;
}

qint64 TestCampaignPromoter::count(qint64 campaignId, MessageState state) const
{
    return MessageRepository(*m_db).countInStates({state}, campaignId).value();
}

CampaignPromoter TestCampaignPromoter::promoter(qint64 slice, qint64 backlog, qint64 campaignId)
{
    CampaignPromoter::Options options;
    options.slice = slice;
    options.backlog = backlog;
    options.campaignId = campaignId;
    return CampaignPromoter(*m_db, m_clock, options);
}

void TestCampaignPromoter::promotesInSlicesUntilNoneRemain()
{
    const qint64 id = campaign(CampaignState::Running, 25);
    // Starting moved no message.
    QCOMPARE(count(id, MessageState::Pending), 25);
    QCOMPARE(MessageRepository(*m_db).lastEventId().value(), 25); // the 25 insert events of the test, no more
    CampaignPromoter p = promoter(10, 0);
    QCOMPARE(p.waiting().value(), true);
    m_clock.advance(std::chrono::seconds(3));
    QCOMPARE(p.promote().value(), 10);
    QCOMPARE(count(id, MessageState::Queued), 10);
    QCOMPARE(p.promote().value(), 10);
    QCOMPARE(p.promote().value(), 5);
    QCOMPARE(count(id, MessageState::Queued), 25);
    QCOMPARE(p.waiting().value(), false);
    QCOMPARE(p.promote().value(), 0);
    // Due now, in import order, and without an event each.
    MessageFilter filter;
    filter.campaignId = id;
    const MessageList list = MessageRepository(*m_db).list(filter).value();
    for (const Message &m : list) {
        QCOMPARE(m.nextAttemptAt, m_clock.nowMs());
        QCOMPARE(m.updatedAt, m_clock.nowMs());
    }
    QCOMPARE(MessageRepository(*m_db).lastEventId().value(), 25);
}

void TestCampaignPromoter::stopsAtTheBacklog()
{
    const qint64 id = campaign(CampaignState::Running, 30);
    CampaignPromoter p = promoter(10, 15);
    QCOMPARE(p.promote().value(), 10);
    QCOMPARE(p.promote().value(), 5);
    QCOMPARE(p.promote().value(), 0); // the dispatcher has not caught up
    QCOMPARE(count(id, MessageState::Queued), 15);
    // The dispatcher claims 12 of them: there is room again.
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("UPDATE messages SET state = 'submitting' WHERE id IN (SELECT id FROM messages "
                                    "WHERE campaign_id = :c AND state = 'queued' ORDER BY id LIMIT 12)"),
                     {{"c", id}}));
    QCOMPARE(p.promote().value(), 10);
    QCOMPARE(p.promote().value(), 2);
    QCOMPARE(count(id, MessageState::Queued), 15);
    QCOMPARE(count(id, MessageState::Pending), 3);
}

void TestCampaignPromoter::onlyRunningCampaignsArePromoted()
{
    const qint64 draft = campaign(CampaignState::Draft, 3);
    const qint64 paused = campaign(CampaignState::Paused, 3);
    const qint64 cancelled = campaign(CampaignState::Cancelled, 3);
    const qint64 running = campaign(CampaignState::Running, 3);
    CampaignPromoter p = promoter(100, 0);
    QCOMPARE(p.promote().value(), 3);
    QCOMPARE(count(running, MessageState::Queued), 3);
    QCOMPARE(count(draft, MessageState::Pending), 3);
    QCOMPARE(count(paused, MessageState::Pending), 3);
    QCOMPARE(count(cancelled, MessageState::Cancelled), 3);
    QCOMPARE(p.waiting().value(), false);
    // Resumed, the paused one is promoted too.
    QVERIFY(CampaignLifecycle::resume(*m_db, paused, m_clock));
    QCOMPARE(p.waiting().value(), true);
    QCOMPARE(p.promote().value(), 3);
    QCOMPARE(count(paused, MessageState::Queued), 3);
}

void TestCampaignPromoter::oneCampaignOnly()
{
    const qint64 a = campaign(CampaignState::Running, 2);
    const qint64 b = campaign(CampaignState::Running, 2);
    QCOMPARE(promoter(100, 0, -1).promote().value(), 0); // a dispatcher of single sends only
    QCOMPARE(promoter(100, 0, -1).waiting().value(), false);
    QCOMPARE(promoter(100, 0, b).promote().value(), 2);
    QCOMPARE(count(a, MessageState::Pending), 2);
    QCOMPARE(count(b, MessageState::Queued), 2);
}

void TestCampaignPromoter::aPauseCommittedFirstWins()
{
    const qint64 id = campaign(CampaignState::Running, 5);
    QVERIFY(CampaignLifecycle::pause(*m_db, id, m_clock));
    QCOMPARE(promoter(100, 0).promote().value(), 0);
    QCOMPARE(count(id, MessageState::Pending), 5);
}

void TestCampaignPromoter::aPauseAfterASlicePutsItBack()
{
    const qint64 id = campaign(CampaignState::Running, 5);
    QCOMPARE(promoter(3, 0).promote().value(), 3);
    auto paused = CampaignLifecycle::pause(*m_db, id, m_clock);
    QVERIFY2(paused, qPrintable(paused.errorMessage()));
    QCOMPARE(count(id, MessageState::Pending), 5);
    QCOMPARE(count(id, MessageState::Queued), 0);
}

void TestCampaignPromoter::aPauseWaitingForASlicePutsItBack()
{
    // The slice's transaction is held open here while another connection pauses: the pause
    // waits for it (SQLite: the write lock; PostgreSQL: the campaign row the slice locked for
    // share) and then finds the slice queued, which it puts back.
    const qint64 id = campaign(CampaignState::Running, 5);
    // Watches from a connection of its own: inside a transaction PostgreSQL shows the activity
    // as it was at the transaction's first look.
    auto watcher = Database::open(m_store);
    QVERIFY(watcher);
    auto tx = Transaction::begin(*m_db);
    QVERIFY(tx);
    QCOMPARE(promoter(3, 0).promote().value(), 3);

    Status pausedThere;
    std::unique_ptr<QThread> other(QThread::create([this, id, &pausedThere] {
        auto db = Database::open(m_store);
        if (!db) {
            pausedThere = db.error();
            return;
        }
        auto paused = CampaignLifecycle::pause(**db, id, m_clock);
        if (!paused)
            pausedThere = paused.error();
    }));
    other->start();
    if (testbackend::usesPostgres()) {
        // Committed only once the pause is seen waiting for the slice's lock.
        QTRY_VERIFY_WITH_TIMEOUT(
            sql::scalar((*watcher)->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                       "wait_event_type = 'Lock' AND datname = current_database()"))
                    .value()
                    .toInt()
                > 0,
            20'000);
    }
    QVERIFY(tx->commit());
    QVERIFY(other->wait(30'000));
    QVERIFY2(pausedThere, qPrintable(pausedThere.errorMessage()));
    QCOMPARE(CampaignRepository(*m_db).findById(id)->value().state, CampaignState::Paused);
    QCOMPARE(count(id, MessageState::Pending), 5);
    QCOMPARE(count(id, MessageState::Queued), 0);
}

void TestCampaignPromoter::aSliceWaitingForAPauseFindsItPaused()
{
    // The pause's transaction is held open here while another connection promotes: the slice
    // waits for it (SQLite: the write lock; PostgreSQL: FOR SHARE on the campaign row the pause
    // changed) and then finds the campaign paused. Without that lock PostgreSQL would read the
    // campaign as running (the pause is not committed) and queue pending messages the pause
    // never sees.
    const qint64 id = campaign(CampaignState::Running, 5);
    auto watcher = Database::open(m_store);
    QVERIFY(watcher);
    auto tx = Transaction::begin(*m_db);
    QVERIFY(tx);
    QVERIFY(CampaignLifecycle::pause(*m_db, id, m_clock));

    Result<qint64> promotedThere = qint64(-1);
    std::unique_ptr<QThread> other(QThread::create([this, &promotedThere] {
        auto db = Database::open(m_store);
        if (!db) {
            promotedThere = db.error();
            return;
        }
        promotedThere = CampaignPromoter(**db, m_clock, {}).promote();
    }));
    other->start();
    if (testbackend::usesPostgres()) {
        QTRY_VERIFY_WITH_TIMEOUT(
            sql::scalar((*watcher)->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                       "wait_event_type = 'Lock' AND datname = current_database()"))
                    .value()
                    .toInt()
                > 0,
            20'000);
    }
    QVERIFY(tx->commit());
    QVERIFY(other->wait(30'000));
    QVERIFY2(promotedThere, qPrintable(promotedThere.errorMessage()));
    QCOMPARE(*promotedThere, 0);
    QCOMPARE(count(id, MessageState::Pending), 5);
}

SMSROUTER_TEST(TestCampaignPromoter)
#include "testcampaignpromoter.moc"

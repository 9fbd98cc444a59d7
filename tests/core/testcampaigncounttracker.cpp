// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignCountTracker: counts kept current from message events must always equal a full count
// (CampaignService::allCounts, the oracle) — through lifecycle moves, promotions without events,
// dispatcher transitions, new and importing campaigns, the periodic recount and a missed event.
#include "campaign/campaigncounttracker.h"
#include "campaign/campaignservice.h"
#include "campaigntesting.h"
#include "dispatch/campaignpromoter.h"
#include "store/campaignrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QTest>

class TestCampaignCountTracker : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Database> m_worker; // the tracker's own connection, as on the monitor's thread

    qint64 importList(int rows, int first, const QString &name = QStringLiteral("Spring"))
    {
        const QString path = m_store->filePath(name + QStringLiteral(".csv"));
        if (!CampaignTesting::writeList(path, rows, first))
            return 0;
        return CampaignTesting::import(*m_session, path, name);
    }

    /// The tracker's counts equal a full count, campaign by campaign.
    void verifyMatches(const CampaignSnapshot &snapshot)
    {
        const auto oracle = m_session->campaigns().allCounts().value();
        const CampaignList campaigns = m_session->campaigns().list().value();
        QCOMPARE(snapshot.campaigns.size(), campaigns.size());
        for (const Campaign &c : campaigns) {
            QVERIFY2(snapshot.counts.contains(c.id), qPrintable(QString::number(c.id)));
            QCOMPARE(snapshot.counts.value(c.id), oracle.value(c.id));
        }
    }

    /// Moves up to `limit` queued messages of `campaign` through claim → sent (→ delivered).
    void send(qint64 campaign, int limit, bool deliver)
    {
        MessageRepository repo(m_session->database());
        const qint64 carrier = m_session->campaigns().costByCarrier(campaign)->first().carrierId;
        auto claimed = repo.claimDue(carrier, limit, m_clock.nowMs() + 1, QStringLiteral("claimed"), campaign);
        QVERIFY(claimed);
        QList<MessageTransition> sent;
        for (Message m : *claimed) {
            m.state = MessageState::Sent;
            m.providerSid = QStringLiteral("SM%1").arg(m.id);
            sent.append({m, MessageState::Submitting, 200, QStringLiteral("accepted")});
        }
        QVERIFY(repo.apply(sent));
        if (!deliver)
            return;
        QList<MessageTransition> delivered;
        for (MessageTransition t : sent) {
            t.from = MessageState::Sent;
            t.after.state = MessageState::Delivered;
            delivered.append(t);
        }
        QVERIFY(repo.apply(delivered));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database, &m_clock);
        QVERIFY(CampaignTesting::setUpRouting(*m_session));
        m_worker = Database::open(m_store->path(), Database::OpenMode::ExistingOnly).value();
    }

    void cleanup()
    {
        m_worker.reset();
        m_session.reset();
        m_store.reset();
    }

    void followsLifecycleAndSending()
    {
        const qint64 id = importList(300, 0);
        QVERIFY(id > 0);
        CampaignCountTracker tracker(*m_worker, m_clock);
        auto first = tracker.refresh();
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(first->countedInFull);
        QCOMPARE(first->counts.value(id).value(MessageState::Pending), 300);
        verifyMatches(*first);

        QVERIFY(m_session->campaigns().start(id));
        // A dispatcher queues a slice of it, without events: the counts still follow.
        CampaignPromoter::Options slice;
        slice.slice = 100;
        QCOMPARE(CampaignPromoter(m_session->database(), m_clock, slice).promote().value(), qint64(100));
        send(id, 40, false);
        send(id, 25, true);
        auto second = tracker.refresh();
        QVERIFY(second);
        QVERIFY(!second->countedInFull); // added up from the events
        QCOMPARE(second->counts.value(id).value(MessageState::Sent), 40);
        QCOMPARE(second->counts.value(id).value(MessageState::Delivered), 25);
        verifyMatches(*second);

        QVERIFY(m_session->campaigns().pause(id));
        const qint64 other = importList(50, 1000, QStringLiteral("Other")); // a new campaign: counted in full
        auto third = tracker.refresh();
        QVERIFY(third);
        QVERIFY(!third->countedInFull);
        QCOMPARE(third->campaigns.size(), 2);
        QCOMPARE(third->counts.value(other).value(MessageState::Pending), 50);
        verifyMatches(*third);

        QVERIFY(m_session->campaigns().cancel(id));
        auto fourth = tracker.refresh();
        QVERIFY(fourth);
        QCOMPARE(fourth->counts.value(id).value(MessageState::Cancelled), 300 - 65);
        QVERIFY(!fourth->counts.value(id).contains(MessageState::Pending)); // zeros are left out
        verifyMatches(*fourth);
    }

    void nothingChangedReadsNothingNew()
    {
        const qint64 id = importList(10, 0);
        CampaignCountTracker tracker(*m_worker, m_clock);
        const CampaignSnapshot first = tracker.refresh().value();
        const CampaignSnapshot again = tracker.refresh().value();
        QVERIFY(!again.countedInFull);
        QCOMPARE(again.counts, first.counts);
        QCOMPARE(again.counts.value(id).value(MessageState::Pending), 10);
    }

    void importingCampaignShowsItsAcceptedRows()
    {
        Campaign importing;
        importing.name = QStringLiteral("half");
        importing.sender = QStringLiteral("Shop");
        importing.bodyTemplate = QStringLiteral("Hi");
        importing.state = CampaignState::Importing;
        importing.accepted = 1234;
        importing.createdAt = m_clock.nowMs();
        auto inserted = CampaignRepository(m_session->database()).insert(importing);
        QVERIFY(inserted);
        CampaignCountTracker tracker(*m_worker, m_clock);
        const CampaignSnapshot snapshot = tracker.refresh().value();
        QCOMPARE(snapshot.counts.value(inserted->id), (StateCounts {{MessageState::Pending, 1234}}));
    }

    void recountsPeriodicallyAndAfterAMissedEvent()
    {
        const qint64 id = importList(20, 0);
        CampaignCountTracker tracker(*m_worker, m_clock);
        QVERIFY(tracker.refresh());
        QVERIFY(m_session->campaigns().start(id));
        // A write without its event (not something the store does; the safety net's reason).
        QVERIFY(sql::run(m_session->database().connection(),
                         QStringLiteral("UPDATE messages SET state = 'failed' WHERE id IN (SELECT id FROM messages "
                                        "WHERE campaign_id = :c LIMIT 3)"),
                         {{"c", id}}));
        auto stale = tracker.refresh().value();
        QVERIFY(!stale.countedInFull);
        QCOMPARE(stale.counts.value(id).value(MessageState::Queued), 20); // does not know yet
        m_clock.advance(CampaignCountTracker::fullRecountEvery);
        auto fresh = tracker.refresh().value();
        QVERIFY(fresh.countedInFull);
        QCOMPARE(fresh.counts.value(id).value(MessageState::Failed), 3);
        verifyMatches(fresh);

        // An event whose from-state had no messages drives a count negative: recount next time.
        QVERIFY(sql::run(m_session->database().connection(),
                         QStringLiteral("INSERT INTO message_events (message_id, at, from_state, to_state) SELECT id, "
                                        "0, 'delivered', 'failed' FROM messages WHERE campaign_id = :c LIMIT 1"),
                         {{"c", id}}));
        auto drifted = tracker.refresh().value();
        QVERIFY(!drifted.countedInFull);
        QVERIFY(!drifted.counts.value(id).contains(MessageState::Delivered)); // never shown below zero
        auto repaired = tracker.refresh().value();
        QVERIFY(repaired.countedInFull);
        verifyMatches(repaired);
    }

    void manyEventsAreCountedInsteadOfAddedUp()
    {
        const qint64 id = importList(30, 0);
        CampaignRepository repository(*m_worker);
        auto first = repository.countChanges(-1, [](const Campaign &) { return false; });
        QVERIFY(first);
        QVERIFY(first->recountedAll);
        QVERIFY(m_session->campaigns().cancel(id)); // 30 events
        auto few = repository.countChanges(
            first->lastEventId, [](const Campaign &) { return false; }, 100);
        QVERIFY(few);
        QVERIFY(!few->recountedAll);
        QCOMPARE(few->transitions.size(), 1);
        QCOMPARE(few->transitions.first().count, 30);
        QCOMPARE(few->transitions.first().from, MessageState::Pending);
        auto many = repository.countChanges(
            first->lastEventId, [](const Campaign &) { return false; }, 10);
        QVERIFY(many);
        QVERIFY(many->recountedAll);
        QVERIFY(many->transitions.isEmpty());
        QCOMPARE(many->recounted.value(id).value(MessageState::Cancelled), 30);
    }
};

SMSROUTER_TEST(TestCampaignCountTracker)
#include "testcampaigncounttracker.moc"

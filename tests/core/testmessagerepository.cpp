// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// MessageRepository: the delivery log's queries (filters, keyset paging both ways, counts, reads
// by id, change feed through message_events) and MessageFilter::matches agreeing with the SQL.
#include "messagetesting.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QTest>

namespace mt = messagetesting;

namespace { } // namespace

class TestMessageRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    qint64 m_carrierA = 0;
    qint64 m_carrierB = 0;
    qint64 m_campaign = 0;
    MessageList m_messages; ///< ids 1..12, oldest first

    Database &db() { return m_session->database(); }

private Q_SLOTS:
    void failedTodayCountUsesItsPartialIndex()
    {
        if (testbackend::usesPostgres())
            QSKIP("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans by table statistics");
        // The status bar asks this four times a second; over a big store only the partial index
        // keeps it a short range (measured with benchlogui: 400 ms stalls without it).
        TempStore store;
        auto session = store.openSession(SecretBackend::Database);
        auto plan =
            sql::run(session->database().connection(),
                     QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM messages WHERE state = 'failed' AND "
                                    "updated_at >= 5"));
        QVERIFY(plan);
        QString text;
        while (plan->next())
            text += plan->value(3).toString();
        QVERIFY2(text.contains(QStringLiteral("messages_failed_updated")), qPrintable(text));
        QCOMPARE(MessageRepository(session->database()).countChangedSince(MessageState::Failed, 0).value_or(-1),
                 qint64(0));
    }

    void aStatementChangingThousandsOfPagesSucceeds()
    {
        if (testbackend::usesPostgres())
            QSKIP("SQLite's statement journal");
        // Cancelling a big draft moves each of its messages in one statement; its statement
        // journal (the pages to undo just that statement) grows past the point where SQLite
        // writes it to a temporary file. It writes what it held in one piece, and its Unix file
        // layer cannot write 128 KiB or more at once: with the journal kept in memory up to
        // 8 MiB, such a cancel failed with "database or disk is full" (issue 14).
        TempStore store;
        auto session = store.openSession(SecretBackend::Database);
        Database &db = session->database();
        const qint64 campaign = mt::addCampaign(db, QStringLiteral("Big"));
        constexpr int messages = 150'000;
        auto written =
            sql::run(db.connection(),
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                    ":n) INSERT INTO messages (campaign_id, to_number, from_sender, body, "
                                    "state, created_at, updated_at) SELECT :c, '+3519' || (10000000 + i), "
                                    "'Shop', 'Hi ' || i, 'pending', 1, 1 FROM n"),
                     {{"n", messages}, {"c", campaign}});
        QVERIFY2(written, qPrintable(written.errorMessage()));
        auto moved = MessageRepository(db).moveAll(MessageState::Pending, MessageState::Cancelled, campaign, 5,
                                                   QStringLiteral("campaign cancelled"));
        QVERIFY2(moved, qPrintable(moved.errorMessage()));
        QCOMPARE(*moved, qint64(messages));
        QCOMPARE(MessageRepository(db).countInStates({MessageState::Cancelled}, campaign).value_or(-1),
                 qint64(messages));
    }

    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        m_carrierA = mt::addCarrier(*m_session, QStringLiteral("A"), 1);
        m_carrierB = mt::addCarrier(*m_session, QStringLiteral("B"), 2);
        m_campaign = mt::addCampaign(db(), QStringLiteral("Spring"));
        m_messages.clear();
        const QList<MessageState> states {MessageState::Queued, MessageState::Failed, MessageState::Unknown,
                                          MessageState::Delivered};
        for (int i = 0; i < 12; ++i) {
            Message m = mt::make(QStringLiteral("+44791100%1").arg(i, 4, 10, QLatin1Char('0')),
                                 i % 2 ? m_carrierB : m_carrierA, states.at(i % 4), 1'000'000 + i * 1000);
            m.campaignId = i >= 8 ? m_campaign : 0;
            m_messages.append(mt::insert(db(), m));
        }
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void listFiltersAndAgreesWithMatches_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("no filter") << QString();
        QTest::newRow("states") << QStringLiteral("states");
        QTest::newRow("carrier") << QStringLiteral("carrier");
        QTest::newRow("campaign") << QStringLiteral("campaign");
        QTest::newRow("single sends") << QStringLiteral("single");
        QTest::newRow("number") << QStringLiteral("number");
        QTest::newRow("time range") << QStringLiteral("time");
        QTest::newRow("everything") << QStringLiteral("all");
    }

    void listFiltersAndAgreesWithMatches()
    {
        QFETCH(QString, what);
        MessageFilter f;
        f.limit = 100;
        const bool all = what == QLatin1String("all");
        if (what == QLatin1String("states") || all)
            f.states = {MessageState::Failed, MessageState::Unknown};
        if (what == QLatin1String("carrier") || all)
            f.carrierId = m_carrierB;
        if (what == QLatin1String("campaign"))
            f.campaignId = m_campaign;
        if (what == QLatin1String("single"))
            f.campaignId = MessageRepository::singleSends;
        if (what == QLatin1String("number") || all)
            f.toContains = QStringLiteral("0001");
        if (what == QLatin1String("time") || all) {
            f.createdFrom = 1'001'000;
            f.createdTo = 1'010'000;
        }
        MessageRepository repo(db());
        auto listed = repo.list(f);
        QVERIFY(listed);
        QList<qint64> expected;
        for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
            if (f.matches(*it))
                expected.append(it->id);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(what.isEmpty() || expected.size() < m_messages.size());
        QCOMPARE(messagetesting::idsOf(*listed), expected);
        QCOMPARE(f.isEmpty(), what.isEmpty());
        auto counted = repo.count(f);
        QVERIFY(counted);
        QCOMPARE(*counted, qint64(expected.size()));
    }

    void numberFilterTakesWildcardsLiterally()
    {
        mt::insert(db(), mt::make(QStringLiteral("+4479_1")));
        MessageFilter f;
        f.toContains = QStringLiteral("_");
        auto listed = MessageRepository(db()).list(f);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().to, QStringLiteral("+4479_1"));
        f.toContains = QStringLiteral("%");
        QCOMPARE(MessageRepository(db()).list(f)->size(), 0);
    }

    void pagesBothWays()
    {
        MessageRepository repo(db());
        MessageFilter f;
        f.limit = 5;
        f.beforeId = m_messages.at(9).id;
        QCOMPARE(messagetesting::idsOf(*repo.list(f)), (QList<qint64> {9, 8, 7, 6, 5}));
        f.beforeId = 0;
        f.afterId = m_messages.at(5).id;
        f.oldestFirst = true;
        QCOMPARE(messagetesting::idsOf(*repo.list(f)), (QList<qint64> {7, 8, 9, 10, 11}));
        f.beforeId = 10;
        QCOMPARE(messagetesting::idsOf(*repo.list(f)), (QList<qint64> {7, 8, 9}));
        QCOMPARE(*repo.count(f), qint64(3));
    }

    void findsManyById()
    {
        MessageRepository repo(db());
        auto found = repo.findMany({3, 1, 999, 12});
        QVERIFY(found);
        QList<qint64> ids = messagetesting::idsOf(*found);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64> {1, 3, 12}));
        QCOMPARE(repo.findMany({})->size(), 0);
        mt::insertMany(db(), 1200, 100);
        QList<qint64> many;
        for (qint64 id = 1; id <= 1212; ++id)
            many.append(id);
        QCOMPARE(repo.findMany(many)->size(), 1212); // more ids than one statement takes
    }

    void changeFeedFollowsEvents()
    {
        MessageRepository repo(db());
        QCOMPARE(*repo.lastId(), qint64(12));
        const qint64 before = *repo.lastEventId();
        QCOMPARE(before, qint64(12)); // one creation event each
        mt::move(db(), 4, MessageState::Queued, QStringLiteral("again"));
        mt::move(db(), 2, MessageState::Queued);
        mt::move(db(), 4, MessageState::Submitting);
        const qint64 after = *repo.lastEventId();
        QCOMPARE(after, before + 3);
        QList<qint64> changed = *repo.changedMessageIds(before, after);
        std::sort(changed.begin(), changed.end());
        QCOMPARE(changed, (QList<qint64> {2, 4}));
        QCOMPARE(*repo.changedMessageIds(before, before + 1), (QList<qint64> {4}));
        QVERIFY(repo.changedMessageIds(after, after)->isEmpty());
    }
};

SMSROUTER_TEST(TestMessageRepository)
#include "testmessagerepository.moc"

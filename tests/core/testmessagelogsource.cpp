// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// MessageLogSource: keyset pages of a filter, and what a refresh brings (rows above, loaded rows
// that changed, rows that now match inside the loaded range), in bounded slices.
#include "log/messagelogsource.h"
#include "messagetesting.h"
#include "session/session.h"
#include "store/database.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QTest>

namespace mt = messagetesting;

namespace {

QList<qint64> range(qint64 from, qint64 downTo)
{
    QList<qint64> ids;
    for (qint64 id = from; id >= downTo; --id)
        ids.append(id);
    return ids;
}

} // namespace

class TestMessageLogSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    Database &db() { return m_session->database(); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void pagesNewestFirst()
    {
        mt::insertMany(db(), 25);
        MessageLogSource source(db());
        source.pageSize = 10;
        MessageLogBatch first = source.reset({}, 7);
        QCOMPARE(first.kind, MessageLogBatch::Kind::Reset);
        QCOMPARE(first.generation, quint64(7));
        QCOMPARE(messagetesting::idsOf(first.rows), range(25, 16));
        QVERIFY(first.hasOlder);
        MessageLogBatch second = source.older();
        QCOMPARE(second.kind, MessageLogBatch::Kind::Older);
        QCOMPARE(messagetesting::idsOf(second.rows), range(15, 6));
        QVERIFY(second.hasOlder);
        MessageLogBatch third = source.older();
        QCOMPARE(messagetesting::idsOf(third.rows), range(5, 1));
        QVERIFY(!third.hasOlder);
        QVERIFY(source.older().rows.isEmpty());
        QCOMPARE(source.loadedCount(), 25);
    }

    void emptyStoreThenNewRows()
    {
        MessageLogSource source(db());
        MessageLogBatch empty = source.reset({}, 1);
        QVERIFY(empty.rows.isEmpty());
        QVERIFY(!empty.hasOlder);
        QVERIFY(empty.error.isEmpty());
        QVERIFY(source.refresh().rows.isEmpty());
        mt::insertMany(db(), 3);
        MessageLogBatch refreshed = source.refresh();
        QCOMPARE(messagetesting::idsOf(refreshed.rows), range(3, 1));
        QVERIFY(refreshed.changed.isEmpty()); // new rows come whole, not as changes
        QVERIFY(!refreshed.moreWaiting);
        QVERIFY(source.refresh().rows.isEmpty());
    }

    void newRowsArriveInSlicesWithoutGaps()
    {
        mt::insertMany(db(), 5);
        MessageLogSource source(db());
        source.pageSize = 5;
        source.newRowsPerRefresh = 4;
        source.reset({}, 1);
        mt::insertMany(db(), 10, 5);
        MessageLogBatch a = source.refresh();
        QCOMPARE(messagetesting::idsOf(a.rows), range(9, 6)); // the ones right above, newest first
        QVERIFY(a.moreWaiting);
        QCOMPARE(messagetesting::idsOf(source.refresh().rows), range(13, 10));
        MessageLogBatch c = source.refresh();
        QCOMPARE(messagetesting::idsOf(c.rows), range(15, 14));
        QVERIFY(!c.moreWaiting);
    }

    void changesOfLoadedRows()
    {
        mt::insertMany(db(), 30);
        MessageLogSource source(db());
        source.pageSize = 10; // loads 30…21
        source.reset({}, 1);
        mt::move(db(), 25, MessageState::Submitting);
        mt::move(db(), 3, MessageState::Submitting); // not loaded, below the range: older() reads it fresh
        MessageLogBatch batch = source.refresh();
        QVERIFY(batch.rows.isEmpty());
        QCOMPARE(messagetesting::idsOf(batch.changed), QList<qint64> {25});
        QCOMPARE(batch.changed.first().state, MessageState::Submitting);
        QVERIFY(source.refresh().changed.isEmpty());
    }

    void rowsThatStartToMatchAppearInsideTheRange()
    {
        mt::insertMany(db(), 20);
        mt::move(db(), 18, MessageState::Failed);
        mt::move(db(), 12, MessageState::Failed);
        mt::move(db(), 4, MessageState::Failed);
        MessageFilter failed;
        failed.states = {MessageState::Failed};
        MessageLogSource source(db());
        source.pageSize = 2; // loads 18, 12; 4 waits below
        MessageLogBatch first = source.reset(failed, 1);
        QCOMPARE(messagetesting::idsOf(first.rows), (QList<qint64> {18, 12}));
        QVERIFY(first.hasOlder);
        mt::move(db(), 15, MessageState::Failed); // inside: belongs between 18 and 12
        mt::move(db(), 7, MessageState::Failed); // below the loaded range: older() finds it
        mt::move(db(), 18, MessageState::Queued, QStringLiteral("retried")); // loaded: stays, with its new state
        MessageLogBatch batch = source.refresh();
        QList<qint64> changed = messagetesting::idsOf(batch.changed);
        std::sort(changed.begin(), changed.end());
        QCOMPARE(changed, (QList<qint64> {15, 18}));
        for (const Message &m : std::as_const(batch.changed))
            QCOMPARE(m.state, m.id == 18 ? MessageState::Queued : MessageState::Failed);
        QCOMPARE(messagetesting::idsOf(source.older().rows), (QList<qint64> {7, 4}));
    }

    void eventsAreReadInBoundedSlices()
    {
        mt::insertMany(db(), 10);
        MessageLogSource source(db());
        source.eventsPerRefresh = 2;
        source.reset({}, 1);
        for (qint64 id : {1, 2, 3, 4, 5})
            mt::move(db(), id, MessageState::Submitting);
        QList<qint64> seen;
        int refreshes = 0;
        bool more = true;
        while (more && refreshes < 10) {
            MessageLogBatch batch = source.refresh();
            QVERIFY(batch.changed.size() <= 2);
            seen += messagetesting::idsOf(batch.changed);
            more = batch.moreWaiting;
            ++refreshes;
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QList<qint64> {1, 2, 3, 4, 5}));
        QCOMPARE(refreshes, 3);
    }

    void trimmedRowsAreReadAgain()
    {
        mt::insertMany(db(), 10);
        MessageLogSource source(db());
        source.pageSize = 10;
        QVERIFY(!source.reset({}, 1).hasOlder);
        source.trimmed(6); // the view keeps 10…6
        QCOMPARE(source.loadedCount(), 5);
        mt::move(db(), 2, MessageState::Submitting); // no longer loaded: not a change to report
        QVERIFY(source.refresh().changed.isEmpty());
        MessageLogBatch again = source.older();
        QCOMPARE(messagetesting::idsOf(again.rows), range(5, 1));
        QCOMPARE(again.rows.at(3).state, MessageState::Submitting);
    }
};

SMSROUTER_TEST(TestMessageLogSource)
#include "testmessagelogsource.moc"

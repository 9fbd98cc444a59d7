// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// messages_due leaves pending messages out (store migration 15), so a campaign import pays no
// index entry for them. SQLite uses a partial index only when a query says its condition, so
// each reader that wants the index must: a SQLite trace on the store's connection counts the
// virtual machine's steps of every statement on the message table while the dispatcher's reads
// run over a store of 2,000 pending messages. Through the index each read visits the few rows it
// returns; one that lost the condition walks the pending messages too, and this test fails.
#include "messagetesting.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"
#include <sqlite3.h>

#include <QTest>

namespace mt = messagetesting;

namespace {

constexpr int pendingMessages = 2000;
/// Far more than reading a few rows through an index takes (tens to a few hundred steps), far
/// less than visiting 2,000 rows does.
constexpr int stepsOfAFewRows = 1000;

/// The statements on the message table that took many steps, with their steps.
struct LongWalks
{
    QStringList statements;

    static int onProfile(unsigned type, void *context, void *statement, void *)
    {
        if (type != SQLITE_TRACE_PROFILE)
            return 0;
        auto *stmt = static_cast<sqlite3_stmt *>(statement);
        const QString text = QString::fromUtf8(sqlite3_sql(stmt));
        const int steps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 0);
        if (steps > stepsOfAFewRows && text.contains(QLatin1String("messages")))
            static_cast<LongWalks *>(context)->statements.append(QStringLiteral("%1 steps: %2").arg(steps).arg(text));
        return 0;
    }
};

} // namespace

class TestMessagesDueIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dispatcherReadsUseTheIndexWithoutPendingMessages()
    {
        if (testbackend::usesPostgres())
            QSKIP("SQLite's scan counters; PostgreSQL proves the partial index's condition itself");
        TempStore store;
        auto session = store.openSession(SecretBackend::Database);
        Database &db = session->database();
        const qint64 carrier = mt::addCarrier(*session, QStringLiteral("A"), 1);
        const MessageList pending = mt::insertMany(db, pendingMessages, 0, carrier, MessageState::Pending);
        // Most are a draft campaign's, as after an import; some single sends wait too.
        const qint64 campaign = mt::addCampaign(db, QStringLiteral("Spring"));
        QVERIFY(sql::run(db.connection(), QStringLiteral("UPDATE messages SET campaign_id = :c WHERE id % 4 <> 0"),
                         {{"c", campaign}}));
        Message queued = mt::make(QStringLiteral("+447911990001"), carrier, MessageState::Queued, 1'000);
        queued = mt::insert(db, queued);
        Message unknown = mt::insert(db, mt::make(QStringLiteral("+447911990002"), carrier, MessageState::Queued, 2));
        mt::move(db, unknown.id, MessageState::Submitting);
        mt::move(db, unknown.id, MessageState::Unknown);
        // Statistics as a store that has run a while has them: without them SQLite guesses.
        QVERIFY(sql::run(db.connection(), QStringLiteral("ANALYZE")));

        LongWalks scans;
        sqlite3 *handle = db.sqliteHandle();
        QVERIFY(handle);
        sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, &LongWalks::onProfile, &scans);
        MessageRepository repo(db);
        const qint64 now = 10'000'000;
        auto claimed = repo.claimDue(carrier, 10, now, QStringLiteral("claimed"));
        QVERIFY2(claimed, qPrintable(claimed.errorMessage()));
        QCOMPARE(mt::idsOf(*claimed), QList<qint64> {queued.id}); // no pending message among them
        auto due = repo.dueInState(MessageState::Unknown, carrier, now, 10);
        QVERIFY(due);
        QCOMPARE(mt::idsOf(*due), QList<qint64> {unknown.id});
        QCOMPARE(repo.countInStates({MessageState::Queued, MessageState::Submitting}).value_or(-1), qint64(1));
        QCOMPARE(repo.countTracked(now).value_or(-1), qint64(0));
        auto submitting = repo.inState(MessageState::Submitting, 10); // a dispatcher's recovery at start
        QVERIFY(submitting);
        QCOMPARE(mt::idsOf(*submitting), QList<qint64> {queued.id});
        MessageFilter unknownOnly;
        unknownOnly.states = {MessageState::Unknown};
        QCOMPARE(repo.count(unknownOnly).value_or(-1), qint64(1));
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        QVERIFY2(scans.statements.isEmpty(), qPrintable(scans.statements.join(QLatin1Char('\n'))));

        // Pending messages are still found where they are asked for (through the campaign index).
        QCOMPARE(repo.countInStates({MessageState::Pending}).value_or(-1), qint64(pending.size()));
        // A carrier's open messages: the pending ones, the claimed one and the unknown one.
        QCOMPARE(repo.countOpenForCarrier(carrier).value_or(-1), qint64(pending.size() + 2));
        MessageFilter pendingOnly;
        pendingOnly.states = {MessageState::Pending, MessageState::Unknown};
        QCOMPARE(repo.count(pendingOnly).value_or(-1), qint64(pending.size() + 1));
    }
};

SMSROUTER_TEST(TestMessagesDueIndex)
#include "testmessagesdueindex.moc"

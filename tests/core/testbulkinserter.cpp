// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// BulkInserter: ids reserved inside the write transaction, messages and rejects written exactly
// as MessageRepository and ImportRejectRepository read them back, through the sqlite3 C API.
#include "messagetesting.h"
#include "store/bulkinserter.h"
#include "store/campaignrepository.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/importrejectrepository.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"
#include <sqlite3.h>

#include <QTest>

#include <algorithm>
#include <vector>

class TestBulkInserter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(testbackend::freshStore(m_dir->filePath(QStringLiteral("s.sqlite"))));
        QVERIFY(db);
        m_db = std::move(*db);
        Carrier carrier;
        carrier.name = QStringLiteral("PT");
        carrier.accountSid = testAccountSid(1);
        auto saved = CarrierRepository(*m_db).insert(carrier);
        QVERIFY(saved);
        m_carrierId = saved->id;
        Campaign campaign;
        campaign.name = QStringLiteral("c");
        campaign.sender = QStringLiteral("Shop");
        campaign.bodyTemplate = QStringLiteral("Hi");
        campaign.state = CampaignState::Importing;
        auto inserted = CampaignRepository(*m_db).insert(campaign);
        QVERIFY(inserted);
        m_campaignId = inserted->id;
    }

    void writesMessagesAndRejectsWithReservedIds()
    {
        Message single;
        single.to = QStringLiteral("+351912000000");
        single.from = QStringLiteral("x");
        single.body = QStringLiteral("single");
        QVERIFY(MessageRepository(*m_db).insert(single, QStringLiteral("created")));

        Message m;
        m.campaignId = m_campaignId;
        m.to = QStringLiteral("+351912345678");
        m.region = QStringLiteral("PT");
        m.from = QStringLiteral("Shop");
        m.body = QStringLiteral("Olá José — ünïcode ✓");
        m.encoding = SmsEncoding::Ucs2;
        m.segments = 1;
        m.carrierId = m_carrierId;
        m.ruleId = 7;
        m.fallbackCarriers = {m_carrierId};
        m.costMicros = 21000;
        m.state = MessageState::Pending;
        m.createdAt = 1700000000000;
        m.updatedAt = 1700000000000;
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY2(tx, qPrintable(tx.errorMessage()));
            BulkInserter inserter(*m_db);
            QVERIFY(inserter.prepare());
            // The sqlite3 C API on SQLite; Qt's prepared statements on PostgreSQL.
            QCOMPARE(inserter.native(), !testbackend::usesPostgres());
            auto ids = inserter.reserveMessageIds(3);
            QVERIFY(ids);
            QCOMPARE(*ids, (QList<qint64> {2, 3, 4}));
            m.id = ids->at(1);
            QVERIFY(inserter.insertMessage(m));
            QVERIFY(inserter.insertReject({0, m_campaignId, 12, QStringLiteral("=1+2"),
                                           QStringLiteral("invalid_number"), QStringLiteral("not_a_number: no")}));
            QVERIFY(inserter.insertReject({0, m_campaignId, 14, QString(), QStringLiteral("field_count"), QString()}));
            QVERIFY(inserter.flush());
            QVERIFY(tx->commit());
        }
        auto found = MessageRepository(*m_db).find(3);
        QVERIFY(found && *found);
        QCOMPARE(**found, m);
        // Imported messages have no creation event: creation is not a transition.
        QCOMPARE(MessageRepository(*m_db).events(3)->size(), 0);
        auto rejects = ImportRejectRepository(*m_db).list(m_campaignId);
        QVERIFY(rejects);
        QCOMPARE(rejects->size(), 2);
        QCOMPARE(rejects->at(0).line, 12);
        QCOMPARE(rejects->at(0).raw, QStringLiteral("=1+2"));
        QCOMPARE(rejects->at(0).detail, QStringLiteral("not_a_number: no"));
        QCOMPARE(rejects->at(1).raw, QString());
        QCOMPARE(ImportRejectRepository(*m_db).countByReason(m_campaignId)->value(QStringLiteral("field_count")), 1);

        auto tx = Transaction::begin(*m_db);
        QVERIFY2(tx, qPrintable(tx.errorMessage()));
        BulkInserter inserter(*m_db);
        QVERIFY(inserter.prepare());
        const qint64 next = inserter.reserveMessageIds(1)->first();
        if (testbackend::usesPostgres())
            QVERIFY(next >= 4); // a sequence: past every id it gave, never back
        else
            QCOMPARE(next, 4); // the next id after the highest one written
    }

    void aFailedInsertIsAnErrorNotACrash()
    {
        auto tx = Transaction::begin(*m_db);
        QVERIFY2(tx, qPrintable(tx.errorMessage()));
        BulkInserter inserter(*m_db);
        QVERIFY(inserter.prepare());
        Message m;
        m.id = 1;
        m.campaignId = m_campaignId;
        m.to = QStringLiteral("+351912345678");
        QVERIFY(inserter.insertMessage(m));
        QVERIFY(inserter.flush());
        Status again = inserter.insertMessage(m); // same primary key
        if (again)
            again = inserter.flush(); // PostgreSQL sends rows in batches: the error comes here
        QVERIFY(!again);
        QVERIFY(again.error().isConstraintViolation());
        if (testbackend::usesPostgres())
            return; // a failed statement ends a PostgreSQL transaction: nothing more can be inserted
        m.id = 2;
        QVERIFY(inserter.insertMessage(m)); // the statement was reset after the failure
    }

    void columnsThatRarelyChangeAreStillWrittenWhenTheyDo()
    {
        Message first;
        first.id = 10;
        first.campaignId = m_campaignId;
        first.to = QStringLiteral("+351912345678");
        first.from = QStringLiteral("Shop");
        first.body = QStringLiteral("one");
        first.state = MessageState::Pending;
        first.fallbackCarriers = {m_carrierId};
        first.createdAt = first.updatedAt = 1000;
        Message second = first;
        second.id = 11;
        second.campaignId = 0;
        second.from = QStringLiteral("Other");
        second.state = MessageState::Queued;
        second.lastError = QStringLiteral("x");
        second.fallbackCarriers = {};
        second.createdAt = second.updatedAt = 2000;
        Message third = first;
        third.id = 12;
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY2(tx, qPrintable(tx.errorMessage()));
            BulkInserter inserter(*m_db);
            QVERIFY(inserter.prepare());
            for (const Message &m : {first, second, third})
                QVERIFY(inserter.insertMessage(m));
            QVERIFY(inserter.flush());
            QVERIFY(tx->commit());
        }
        MessageRepository repo(*m_db);
        QCOMPARE(repo.find(10)->value(), first);
        QCOMPARE(repo.find(11)->value(), second);
        QCOMPARE(repo.find(12)->value(), third);
    }

    void rowsWaitingForTheirStatementComeBackExactly()
    {
        // SQLite inserts 32 rows to a statement and PostgreSQL a few hundred: 100 rows leave
        // whole statements and a rest, with the shared columns changing midway (the rows waiting
        // go first), texts from the caller's buffers and copied ones, and a reservation of ids
        // while rows wait (it must count them).
        constexpr int count = 100;
        MessageList expected;
        std::vector<QByteArray> buffers; // the caller's UTF-8, alive until flush()
        buffers.reserve(count * 2);
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY2(tx, qPrintable(tx.errorMessage()));
            BulkInserter inserter(*m_db);
            QVERIFY(inserter.prepare());
            auto ids = inserter.reserveMessageIds(count);
            QVERIFY(ids);
            for (int i = 0; i < count; ++i) {
                if (i == 40 && !testbackend::usesPostgres()) { // (a sequence there: nothing to count)
                    auto next = inserter.reserveMessageIds(1);
                    QVERIFY(next);
                    QCOMPARE(next->value(0), ids->at(40));
                }
                Message m;
                m.id = ids->at(i);
                m.campaignId = i < 60 ? m_campaignId : 0;
                m.to = QStringLiteral("+3519120%1").arg(i, 5, 10, QLatin1Char('0'));
                m.region = i % 3 ? QStringLiteral("PT") : QStringLiteral("ES");
                m.from = i < 60 ? QStringLiteral("Shop") : QStringLiteral("Other");
                m.body = i % 2 ? QStringLiteral("Olá %1 ✓").arg(i) : QStringLiteral("Hi %1").arg(i);
                m.encoding = i % 2 ? SmsEncoding::Ucs2 : SmsEncoding::Gsm7;
                m.segments = 1 + i % 3;
                m.carrierId = i % 5 ? m_carrierId : 0;
                m.ruleId = i % 4;
                m.fallbackCarriers = i % 2 ? QList<qint64> {m_carrierId} : QList<qint64> {};
                m.costMicros = 1000 * i;
                m.state = MessageState::Pending;
                m.createdAt = m.updatedAt = i < 60 ? 1000 : 2000;
                if (i % 7 == 0) {
                    QVERIFY(inserter.insertMessage(m));
                } else {
                    buffers.push_back(m.to.toUtf8());
                    const QByteArray &to = buffers.back();
                    buffers.push_back(m.body.toUtf8());
                    const QByteArray &body = buffers.back();
                    Message bare = m; // the texts come from the buffers only
                    bare.to.clear();
                    bare.body.clear();
                    QVERIFY(inserter.insertMessage(inserter.native() ? bare : m, to, body));
                }
                expected.append(m);
            }
            QVERIFY(inserter.flush());
            QVERIFY(inserter.verifyReferences());
            QVERIFY(tx->commit());
        }
        auto stored = MessageRepository(*m_db).findMany(messagetesting::idsOf(expected));
        QVERIFY(stored);
        QCOMPARE(stored->size(), expected.size());
        std::sort(stored->begin(), stored->end(), [](const Message &a, const Message &b) { return a.id < b.id; });
        for (int i = 0; i < count; ++i)
            QCOMPARE(stored->at(i), expected.at(i));
    }

    void aCarrierRemovedAfterAnEarlierSliceIsStillCaught()
    {
        // The import checks references per slice; a carrier every row names, checked in the
        // first slice and removed before the second, must fail the second one's check.
        if (testbackend::usesPostgres())
            QSKIP("PostgreSQL checks every row's foreign keys itself");
        BulkInserter inserter(*m_db);
        QVERIFY(inserter.prepare()); // outside the transaction: it turns the connection's foreign keys off
        auto tx = Transaction::begin(*m_db);
        QVERIFY2(tx, qPrintable(tx.errorMessage()));
        Message m = messagetesting::make(QStringLiteral("+351912345678"), m_carrierId, MessageState::Pending, 1000);
        m.campaignId = m_campaignId;
        m.id = 20;
        const Status first = inserter.insertMessage(m);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(inserter.verifyReferences()); // the first slice: the carrier exists
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("DELETE FROM carriers WHERE id = %1").arg(m_carrierId)));
        m.id = 21;
        const Status again = inserter.insertMessage(m);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        const Status second = inserter.verifyReferences();
        QVERIFY(!second);
        QCOMPARE(second.error().storeCode, SQLITE_CONSTRAINT_FOREIGNKEY);
    }

    void theConnectionsSettingsComeBackAfterTheImport()
    {
        if (testbackend::usesPostgres())
            QSKIP("SQLite connection settings only");
        const auto setting = [this](const char *name) {
            auto value = sql::scalar(m_db->connection(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
            return value ? value->toLongLong() : qint64(-1);
        };
        const qint64 cacheBefore = setting("cache_size");
        const qint64 checkpointBefore = setting("wal_autocheckpoint");
        {
            BulkInserter inserter(*m_db);
            QVERIFY(inserter.prepare());
            // The import's own settings while it lives: a larger cache, no checkpoints of its own.
            QCOMPARE(setting("cache_size"), qint64(-16 * 1024));
            QCOMPARE(setting("wal_autocheckpoint"), qint64(0));
            QVERIFY(cacheBefore != -16 * 1024 && checkpointBefore != 0);
        }
        // The window and the CLI keep using this connection afterwards.
        QCOMPARE(setting("cache_size"), cacheBefore);
        QCOMPARE(setting("wal_autocheckpoint"), checkpointBefore);
    }

    void sidLookupsStillUseThePartialIndex()
    {
        // Migration 2 made messages_provider_sid partial (imported messages have no SID yet).
        if (testbackend::usesPostgres())
            QSKIP("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans by table statistics");
        auto plan =
            sql::run(m_db->connection(),
                     QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM messages WHERE provider_sid = :sid"),
                     {{"sid", QStringLiteral("SM1")}});
        QVERIFY(plan);
        QString text;
        while (plan->next())
            text += plan->value(3).toString() + QLatin1Char('\n');
        QVERIFY2(text.contains(QStringLiteral("USING COVERING INDEX messages_provider_sid")), qPrintable(text));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_carrierId = 0;
    qint64 m_campaignId = 0;
};

SMSROUTER_TEST(TestBulkInserter)
#include "testbulkinserter.moc"

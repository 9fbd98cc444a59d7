// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// StatementCache: a statement comes back after use, reset (no read snapshot held), a nested use
// gets its own copy, a statement that does not prepare is reported and never kept.
#include "store/database.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "testprogram.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

class TestStatementCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("s.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("CREATE TABLE t (n INTEGER)")));
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
    }

    void cleanup() { m_db.reset(); }

    void aStatementIsKeptAndLentAgain()
    {
        StatementCache cache(m_db->connection(), true);
        const QString select = QStringLiteral("SELECT n FROM t WHERE n >= :from ORDER BY n");
        for (int from : {1, 2, 3}) {
            StatementCache::Lease lease = cache.prepare(select);
            QVERIFY(lease.prepared());
            QCOMPARE(cache.size(), 0); // lent out
            lease.query().bindValue(QStringLiteral(":from"), from);
            QVERIFY(lease.query().exec());
            QVERIFY(lease.query().next());
            QCOMPARE(lease.query().value(0).toInt(), from);
        }
        QCOMPARE(cache.size(), 1);
    }

    void aNestedUseGetsItsOwnCopy()
    {
        StatementCache cache(m_db->connection(), true);
        const QString select = QStringLiteral("SELECT n FROM t ORDER BY n");
        {
            StatementCache::Lease outer = cache.prepare(select);
            QVERIFY(outer.query().exec());
            QVERIFY(outer.query().next());
            StatementCache::Lease inner = cache.prepare(select);
            QVERIFY(inner.prepared());
            QVERIFY(inner.query().exec());
            int rows = 0;
            while (inner.query().next())
                ++rows;
            QCOMPARE(rows, 3);
            // The outer one reads on where it was, undisturbed.
            QVERIFY(outer.query().next());
            QCOMPARE(outer.query().value(0).toInt(), 2);
        }
        QCOMPARE(cache.size(), 1); // one kept, the other dropped
    }

    void aStatementComesBackWithoutItsReadSnapshot()
    {
        // A SELECT read halfway and given back must not keep its read transaction open: it would
        // hold back every checkpoint of the write-ahead log for as long as the connection lives.
        StatementCache cache(m_db->connection(), true);
        {
            StatementCache::Lease lease = cache.prepare(QStringLiteral("SELECT n FROM t ORDER BY n"));
            QVERIFY(lease.query().exec());
            QVERIFY(lease.query().next()); // two rows left unread
        }
        QCOMPARE(cache.size(), 1);
        auto other = Database::open(m_dir->filePath(QStringLiteral("s.sqlite")), Database::OpenMode::ExistingOnly);
        QVERIFY(other);
        QVERIFY(sql::run((*other)->connection(), QStringLiteral("INSERT INTO t VALUES (4)")));
        auto checkpoint = sql::run((*other)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(checkpoint);
        QVERIFY(checkpoint->next());
        QCOMPARE(checkpoint->value(0).toInt(), 0); // 0: not blocked by a reader
    }

    void aStatementThatDoesNotPrepareIsReportedAndNotKept()
    {
        StatementCache cache(m_db->connection(), true);
        {
            StatementCache::Lease lease = cache.prepare(QStringLiteral("SELECT nope FROM missing"));
            QVERIFY(!lease.prepared());
            QVERIFY(lease.query().lastError().isValid());
        }
        QCOMPARE(cache.size(), 0);
    }

    void withoutKeepingEveryUsePreparesAfresh()
    {
        // As on PostgreSQL.
        StatementCache cache(m_db->connection(), false);
        {
            StatementCache::Lease lease = cache.prepare(QStringLiteral("SELECT COUNT(*) FROM t"));
            QVERIFY(lease.prepared());
            QVERIFY(lease.query().exec());
            QVERIFY(lease.query().next());
            QCOMPARE(lease.query().value(0).toInt(), 3);
        }
        QCOMPARE(cache.size(), 0);
    }

    void theDatabaseKeepsOnlyOnSqlite()
    {
        const QString statement = QStringLiteral("SELECT COUNT(*) FROM t");
        {
            StatementCache::Lease lease = m_db->statements().prepare(statement);
            QVERIFY(lease.prepared());
        }
        QCOMPARE(m_db->statements().size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

SMSROUTER_TEST(TestStatementCache)
#include "teststatementcache.moc"

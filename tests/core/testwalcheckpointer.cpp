// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// WalCheckpointer: a poke copies the log's frames into the database from its own connection and
// thread, beside a connection that never checkpoints itself (a campaign import's): the
// database file grows by the log's pages without the writer's connection doing anything.
#include "store/database.h"
#include "store/sql.h"
#include "store/walcheckpointer.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QFileInfo>
#include <QTest>

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesTheLogOnItsOwnThread()
    {
        if (testbackend::usesPostgres())
            QSKIP("a SQLite write-ahead log only");
        TempStore store;
        auto db = Database::open(store.path());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        Database &writer = **db;
        QVERIFY(sql::run(writer.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        WalCheckpointer checkpointer(store.path());
        QVERIFY(checkpointer.running());
        {
            auto tx = Transaction::begin(writer);
            QVERIFY(tx);
            for (int i = 0; i < 2000; ++i)
                QVERIFY(sql::run(writer.connection(),
                                 QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                                "(:k, :v)"),
                                 {{"k", QStringLiteral("bench.%1").arg(i)}, {"v", QString(200, QLatin1Char('x'))}}));
            QVERIFY(tx->commit());
        }
        // The rows are in the log only: the database file has not grown by them.
        const qint64 before = QFileInfo(store.path()).size();
        QVERIFY(QFileInfo(store.path() + QStringLiteral("-wal")).size() > 400'000);
        QCOMPARE(checkpointer.checkpoints(), 0); // nothing happens without a poke
        checkpointer.poke();
        QTRY_COMPARE_WITH_TIMEOUT(checkpointer.checkpoints(), 1, 10'000);
        QVERIFY2(QFileInfo(store.path()).size() > before + 400'000,
                 qPrintable(QStringLiteral("%1 → %2 bytes").arg(before).arg(QFileInfo(store.path()).size())));
    }

    void storeItCannotOpenIsReportedNotFatal()
    {
        WalCheckpointer checkpointer(QStringLiteral("/nonexistent/folder/store.sqlite"));
        QVERIFY(!checkpointer.running());
        checkpointer.poke(); // harmless
        QCOMPARE(checkpointer.checkpoints(), 0);
    }
};

SMSROUTER_TEST(TestWalCheckpointer)
#include "testwalcheckpointer.moc"

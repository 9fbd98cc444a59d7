// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// DispatcherLease: one dispatcher per store; stale or dead holders are taken over.
#include "dispatch/dispatcherlease.h"
#include "store/database.h"
#include "store/leaserepository.h"
#include "testprogram.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDispatcherLease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.sqlite")));
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(*db);
    }

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite"))); }

    void oneHolderAtATime()
    {
        auto db = open();
        DispatcherLease first(*db, QStringLiteral("GUI"), 30'000);
        DispatcherLease second(*db, QStringLiteral("CLI"), 30'000);
        QVERIFY(first.acquire(1'000));
        QCOMPARE(first.renew(6'000).value(), true);
        QCOMPARE(first.renew(11'000).value(), true);
        auto refused = second.acquire(12'000);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("GUI (pid")), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("last seen 1 s ago")),
                 qPrintable(refused.errorMessage()));
        first.release();
        QVERIFY(second.acquire(13'000));
        QCOMPARE(first.renew(14'000).value(), false); // it no longer holds it
    }

    void staleHolderIsTakenOver()
    {
        auto db = open();
        DispatcherLease first(*db, QStringLiteral("GUI"), 30'000);
        DispatcherLease second(*db, QStringLiteral("CLI"), 30'000);
        QVERIFY(first.acquire(1'000));
        QVERIFY(!second.acquire(30'000));
        QVERIFY(second.acquire(31'001));
        QCOMPARE(first.renew(31'002).value(), false); // taken over, not a store error
        QVERIFY(!first.held());
    }

    void deadProcessOnThisHostIsTakenOverAtOnce()
    {
        // A pid above the kernel's limit: no process can have it (a finished child's pid could be
        // given to another process meanwhile, on a busy machine).
        QFile limit(QStringLiteral("/proc/sys/kernel/pid_max"));
        QVERIFY(limit.open(QIODevice::ReadOnly));
        const qint64 deadPid = limit.readAll().trimmed().toLongLong() + 1;
        QVERIFY(deadPid > 1);
        QVERIFY(!DispatcherLease::processAlive(deadPid));
        auto db = open();
        QVERIFY(LeaseRepository(*db).write(
            {DispatcherLease::thisHost(), deadPid, QStringLiteral("crashed"), QStringLiteral("x"), 1'000, 1'000}));
        DispatcherLease mine(*db, QStringLiteral("CLI"), 30'000);
        QVERIFY(mine.acquire(2'000));
    }

    void aLiveProcessElsewhereIsRespected()
    {
        auto db = open();
        QVERIFY(LeaseRepository(*db).write(
            {QStringLiteral("another-host"), 1, QStringLiteral("other"), QStringLiteral("x"), 1'000, 1'000}));
        DispatcherLease mine(*db, QStringLiteral("CLI"), 30'000);
        QVERIFY(!mine.acquire(2'000));
    }
};

SMSROUTER_TEST(TestDispatcherLease)
#include "testdispatcherlease.moc"

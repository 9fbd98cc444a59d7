// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriers/carrierservice.h"
#include "dispatch/sendservice.h"
#include "optouts/optoutservice.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "settings/settings.h"
#include "store/storelocation.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace std::chrono_literals;

namespace {

/// Counts the watcher's "cannot reach the store" warnings (from its thread) and lets every
/// other message through.
std::atomic<int> unreachableWarnings {0};
QtMessageHandler previousWatcherHandler = nullptr;

void countUnreachable(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("cannot reach the store"))) {
        ++unreachableWarnings;
        return;
    }
    previousWatcherHandler(type, context, message);
}

/// Runs `statement` on the cluster's admin database (what a store's own connection may not do
/// to its database), on a connection of its own.
bool onCluster(const QString &statement)
{
    const QString name = QStringLiteral("teststorewatcher-admin");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        const auto location = StoreLocation::parse(testbackend::clusterUrl());
        db.setHostName(location->host());
        db.setPort(location->port());
        db.setUserName(location->user());
        db.setDatabaseName(location->databaseName());
        if (!db.open())
            return false;
    }
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

/// Waits until `watcher` is in `mode`.
bool waitForMode(StoreWatcher &watcher, StoreWatcher::Mode mode, std::chrono::milliseconds timeout = 5s)
{
    return QTest::qWaitFor([&] { return watcher.mode() == mode; }, int(timeout.count()));
}

} // namespace

/// The store watcher of a window hears what another window (another connection, another
/// process) wrote: by data_version on SQLite, by LISTEN/NOTIFY on PostgreSQL (issue 13, "Live
/// views"). Runs on both backends (teststorewatcher, teststorewatcher_pg).
class TestStoreWatcher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_writer; ///< "the other window"
    std::unique_ptr<Session> m_reader; ///< "this window", whose watcher listens

    StoreWatcher::Mode expectedMode() const
    {
        return testbackend::usesPostgres() ? StoreWatcher::Mode::Listening : StoreWatcher::Mode::Polling;
    }

    SendRequest aSend(const QString &to) const
    {
        SendRequest r;
        r.recipients = {to};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hello from the other window");
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_writer = m_store->openSession(SecretBackend::Database);
        m_reader = m_store->openSession(SecretBackend::Database);
        QVERIFY(m_writer->settings().setDefaultRegion(QStringLiteral("GB")));
        Carrier uk;
        uk.name = QStringLiteral("UK");
        uk.accountSid = testAccountSid(1);
        auto carrier = m_writer->carriers().add(uk, "t");
        QVERIFY2(carrier, qPrintable(carrier.errorMessage()));
        Rule rule;
        rule.kind = Rule::Kind::Prefix;
        rule.value = QStringLiteral("44");
        rule.carrierId = carrier->id;
        rule.costMicros = 21'000;
        QVERIFY(m_writer->rules().add(rule));
    }

    void cleanup()
    {
        m_reader.reset();
        m_writer.reset();
        m_store.reset();
    }

    void aSendInAnotherSessionIsHeardWithinASecond()
    {
        StoreWatcher watcher(m_reader->storePath());
        QVERIFY(waitForMode(watcher, expectedMode()));
        QSignalSpy tables(&watcher, &StoreWatcher::changedTables);
        QSignalSpy changed(&watcher, &StoreWatcher::changed);

        QElapsedTimer sinceCommit;
        auto sent = m_writer->sends().enqueue(aSend(QStringLiteral("+447911123456")));
        sinceCommit.start();
        QVERIFY2(sent, qPrintable(sent.errorMessage()));
        QVERIFY(tables.wait(1000));
        const qint64 latency = sinceCommit.elapsed();
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        QCOMPARE(changed.count(), tables.count());
        const auto named = tables.constFirst().constFirst().value<QSet<QString>>();
        QVERIFY2(named.contains(QStringLiteral("messages")),
                 qPrintable(QStringList(named.cbegin(), named.cend()).join(u',')));
        QVERIFY(StoreWatcher::touches(named, {"optouts", "messages"}));
        // The figure the README quotes (NOTES-live.md): commit to announcement on the other connection.
        qInfo("commit to announcement: %lld ms (%s)", latency,
              testbackend::usesPostgres() ? "LISTEN/NOTIFY" : "data_version");
    }

    void thePayloadNamesOnlyTheTablesWritten()
    {
        StoreWatcher watcher(m_reader->storePath());
        QVERIFY(waitForMode(watcher, expectedMode()));
        QSignalSpy tables(&watcher, &StoreWatcher::changedTables);
        QVERIFY(m_writer->optouts().add(QStringLiteral("+447911000001"), QStringLiteral("STOP")));
        QVERIFY(tables.wait(2000));
        const auto named = tables.constFirst().constFirst().value<QSet<QString>>();
        if (testbackend::usesPostgres()) {
            // One table a statement: a view that shows messages ignores this one.
            QCOMPARE(named, QSet<QString> {QStringLiteral("optouts")});
            QVERIFY(!StoreWatcher::touches(named, {"messages", "message_events"}));
        } else {
            // SQLite cannot say which table changed: every view reads.
            QCOMPARE(named, StoreWatcher::allTables());
        }
    }

    void nothingIsAnnouncedWhileNothingChanges()
    {
        StoreWatcher watcher(m_reader->storePath(), 20ms);
        QVERIFY(waitForMode(watcher, expectedMode()));
        QSignalSpy changed(&watcher, &StoreWatcher::changed);
        // Reads by the other session are no change.
        QVERIFY(m_writer->carriers().list());
        QVERIFY(!changed.wait(300));
    }

    void aBurstIsMergedIntoAFewAnnouncements()
    {
        const auto interval = 200ms;
        StoreWatcher watcher(m_reader->storePath(), interval);
        QVERIFY(waitForMode(watcher, expectedMode()));
        QSignalSpy tables(&watcher, &StoreWatcher::changedTables);
        QElapsedTimer burst;
        burst.start();
        // A dispatcher's pace: many commits, each a few statements.
        for (int i = 0; i < 60; ++i) {
            auto sent = m_writer->sends().enqueue(aSend(QStringLiteral("+4479111%1").arg(i, 5, 10, QLatin1Char('0'))));
            QVERIFY2(sent, qPrintable(sent.errorMessage()));
        }
        const qint64 elapsed = burst.elapsed();
        // The last commits are announced one interval after the one before at most.
        QTRY_VERIFY_WITH_TIMEOUT(!tables.isEmpty(), 2000);
        QTest::qWait(int(2 * interval.count()));
        // One at once, then at most one per interval (plus the one closing the burst).
        const qint64 allowed = elapsed / interval.count() + 2;
        QVERIFY2(
            tables.count() <= allowed,
            qPrintable(
                QStringLiteral("%1 announcements in %2 ms, at most %3").arg(tables.count()).arg(elapsed).arg(allowed)));
        QSet<QString> heard;
        for (const QList<QVariant> &signal : std::as_const(tables))
            heard.unite(signal.constFirst().value<QSet<QString>>());
        QVERIFY(heard.contains(QStringLiteral("messages")));
        QVERIFY(heard.contains(QStringLiteral("message_events")));
    }

    void listensAgainAfterTheServerDroppedIt()
    {
        if (!testbackend::usesPostgres())
            QSKIP("PostgreSQL only: a SQLite file has no connection to lose");
        StoreWatchTiming timing;
        timing.interval = 50ms;
        timing.liveness = 50ms;
        timing.retry = 100ms;
        StoreWatcher watcher(m_reader->storePath(), timing);
        QVERIFY(waitForMode(watcher, StoreWatcher::Mode::Listening));
        unreachableWarnings = 0;
        previousWatcherHandler = qInstallMessageHandler(countUnreachable);
        const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(previousWatcherHandler); });

        // As when the server restarts: every other connection to this database is dropped, and
        // no new one is let in for a while.
        const QString database = QUrl(m_store->path()).path().mid(1);
        QVERIFY(onCluster(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database)));
        const auto allowAgain = qScopeGuard(
            [database] { onCluster(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)); });
        QSqlQuery admin(m_writer->database().connection());
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                          "current_database() AND pid <> pg_backend_pid()")));
        QVERIFY(waitForMode(watcher, StoreWatcher::Mode::Reconnecting));

        // While it is away, views are told to read every retry interval (the slow poll).
        QSignalSpy tables(&watcher, &StoreWatcher::changedTables);
        QTRY_VERIFY_WITH_TIMEOUT(tables.count() >= 3, 5000);
        QCOMPARE(tables.constLast().constFirst().value<QSet<QString>>(), StoreWatcher::allTables());
        QCOMPARE(watcher.mode(), StoreWatcher::Mode::Reconnecting);
        QCOMPARE(unreachableWarnings.load(), 1); // said once, not at every attempt

        QVERIFY(onCluster(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)));
        QVERIFY(waitForMode(watcher, StoreWatcher::Mode::Listening));
        QCOMPARE(unreachableWarnings.load(), 1);

        // Subscribed again: a write is heard as before.
        QTest::qWait(int(2 * timing.interval.count())); // the announcement of the return
        tables.clear();
        QElapsedTimer sinceCommit;
        auto sent = m_writer->sends().enqueue(aSend(QStringLiteral("+447911123457")));
        sinceCommit.start();
        QVERIFY2(sent, qPrintable(sent.errorMessage()));
        QVERIFY(tables.wait(1000));
        QVERIFY(sinceCommit.elapsed() < 1000);
        QVERIFY(tables.constFirst().constFirst().value<QSet<QString>>().contains(QStringLiteral("messages")));
    }
};

SMSROUTER_TEST(TestStoreWatcher)
#include "teststorewatcher.moc"

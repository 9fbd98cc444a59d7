// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "testbackend.h"

#include "store/database.h"
#include "store/storelocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace testbackend {
namespace {

QMutex storesMutex;
QSet<QString> &liveStores()
{
    static QSet<QString> stores;
    return stores;
}

/// Runs one statement on the cluster's admin database, on a connection of its own.
void admin(const QString &statement)
{
    const QString name = QStringLiteral("testbackend-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            const auto location = StoreLocation::parse(clusterUrl());
            if (!location)
                qFatal("SMSROUTER_TEST_PG is not a PostgreSQL URL: %s", qPrintable(location.errorMessage()));
            db.setHostName(location->host());
            db.setPort(location->port());
            db.setUserName(location->user());
            db.setDatabaseName(location->databaseName());
            if (!db.open())
                qFatal("cannot reach the test cluster %s: %s", qPrintable(clusterUrl()),
                       qPrintable(db.lastError().text()));
        }
        QSqlQuery query(db);
        if (!query.exec(statement))
            qFatal("test cluster: %s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }
}

QString databaseOf(const QString &store)
{
    return QUrl(store).path().mid(1);
}

void dropAllLeft()
{
    const QMutexLocker locker(&storesMutex);
    for (const QString &store : std::as_const(liveStores()))
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(databaseOf(store)));
    liveStores().clear();
}

} // namespace

bool usesPostgres()
{
    return qEnvironmentVariable("SMSROUTER_TEST_BACKEND") == QLatin1String("postgresql");
}

QString clusterUrl()
{
    const QString url = qEnvironmentVariable("SMSROUTER_TEST_PG");
    if (url.isEmpty())
        qFatal("This test runs on PostgreSQL but no cluster is named. Run it through scripts/test.sh, or start "
               "one with scripts/postgres-cluster.sh start DIR and set SMSROUTER_TEST_PG to the URL it prints.");
    return url;
}

QString freshStore(const QString &fileInDir)
{
    if (!usesPostgres())
        return fileInDir;
    static QAtomicInteger<int> counter;
    static const bool registered = [] {
        liveStores(); // made first, so it outlives the routine below
        qAddPostRoutine(dropAllLeft);
        return true;
    }();
    Q_UNUSED(registered);
    const QString name =
        QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 STRATEGY file_copy").arg(name));
    QUrl url(clusterUrl());
    url.setPath(QLatin1Char('/') + name);
    const QString store = url.toString();
    const QMutexLocker locker(&storesMutex);
    liveStores().insert(store);
    return store;
}

void dropStore(const QString &store)
{
    if (!StoreLocation::looksLikeUrl(store))
        return;
    {
        const QMutexLocker locker(&storesMutex);
        if (!liveStores().remove(store))
            return;
    }
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(databaseOf(store)));
}

namespace {

bool exec(const Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (query.exec(statement))
        return true;
    qWarning("test store: %s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    return false;
}

bool onPostgres(const Database &db)
{
    return db.dialect().kind() == SqlDialect::Kind::Postgres;
}

} // namespace

bool refuse(const Database &db, const QString &event, const QString &table, const QString &when, const QString &message)
{
    if (!onPostgres(db))
        return exec(db,
                    QStringLiteral("CREATE TRIGGER refuse BEFORE %1 ON %2 WHEN %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                        .arg(event, table, when, message));
    // check_violation: a constraint, as SQLite's RAISE(ABORT) is.
    return exec(db,
                QStringLiteral("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $body$"
                               " BEGIN RAISE EXCEPTION '%1' USING ERRCODE = 'check_violation'; END $body$")
                    .arg(message))
        && exec(db,
                QStringLiteral("CREATE TRIGGER refuse BEFORE %1 ON %2 FOR EACH ROW WHEN (%3) EXECUTE FUNCTION refuse()")
                    .arg(event, table, when));
}

bool acceptAgain(const Database &db, const QString &table)
{
    return exec(db,
                onPostgres(db) ? QStringLiteral("DROP TRIGGER refuse ON %1").arg(table)
                               : QStringLiteral("DROP TRIGGER refuse"));
}

bool holdForWriting(const Database &holder)
{
    if (!onPostgres(holder))
        return exec(holder, QStringLiteral("BEGIN IMMEDIATE"));
    return exec(holder, QStringLiteral("BEGIN"))
        && exec(holder, QStringLiteral("LOCK TABLE messages, message_events, campaigns IN EXCLUSIVE MODE"));
}

bool dontWait(const Database &waiter)
{
    // PostgreSQL's lock_timeout 0 means "wait for ever": one millisecond is "at once".
    return exec(waiter, waiter.dialect().busyTimeout(onPostgres(waiter) ? 1 : 0));
}

} // namespace testbackend

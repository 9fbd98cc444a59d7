// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// What --db, SMSROUTER_DB and File → Open store… accept: a file, or a PostgreSQL server.
#include "store/database.h"
#include "store/storelocation.h"
#include "testprogram.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestStoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPathIsASqliteFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("absolute") << QStringLiteral("/var/lib/smsrouter/store.sqlite");
        QTest::newRow("relative") << QStringLiteral("store.sqlite");
        QTest::newRow("colon in a name") << QStringLiteral("backup:2026.sqlite");
        QTest::newRow("windows-like") << QStringLiteral("C:/stores/a.sqlite");
    }
    void aPathIsASqliteFile()
    {
        QFETCH(QString, text);
        auto location = StoreLocation::parse(text);
        QVERIFY2(location, qPrintable(location.errorMessage()));
        QVERIFY(!location->isPostgres());
        QCOMPARE(location->filePath(), text);
    }

    void aPostgresUrlNamesItsParts()
    {
        auto location =
            StoreLocation::parse(QStringLiteral("postgresql://ops@db.example.net:6543/sms?sslmode=verify-full"));
        QVERIFY2(location, qPrintable(location.errorMessage()));
        QVERIFY(location->isPostgres());
        QCOMPARE(location->user(), QStringLiteral("ops"));
        QCOMPARE(location->host(), QStringLiteral("db.example.net"));
        QCOMPARE(location->port(), 6543);
        QCOMPARE(location->databaseName(), QStringLiteral("sms"));
        QCOMPARE(location->connectOptions(), QStringLiteral("sslmode=verify-full"));
        QCOMPARE(location->serverKey(), QStringLiteral("ops@db.example.net:6543/sms"));

        auto shortScheme = StoreLocation::parse(QStringLiteral("postgres://localhost/sms"));
        QVERIFY(shortScheme && shortScheme->isPostgres());
        QCOMPARE(shortScheme->port(), 0); // libpq's default
    }

    void anythingElseIsRefusedAndNamesTheForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("mysql") << QStringLiteral("mysql://root@db/sms") << QStringLiteral("postgresql://");
        QTest::newRow("http") << QStringLiteral("http://example.com/store") << QStringLiteral("postgresql://");
        QTest::newRow("sqlite url") << QStringLiteral("sqlite:///tmp/a.sqlite") << QStringLiteral("postgresql://");
        QTest::newRow("no database") << QStringLiteral("postgresql://ops@db:5432/") << QStringLiteral("no database");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://ops@db/sms?sslmod=require")
                                        << QStringLiteral("sslmod");
    }
    void anythingElseIsRefusedAndNamesTheForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto location = StoreLocation::parse(text);
        QVERIFY(!location);
        QCOMPARE(location.error().kind, Error::Kind::Invalid); // the CLI's exit 2
        QVERIFY2(location.errorMessage().contains(says), qPrintable(location.errorMessage()));
    }

    void aPasswordInTheUrlIsRefusedAndNeverRepeated()
    {
        auto location = StoreLocation::parse(QStringLiteral("postgresql://ops:s3cr3t-pw@db/sms"));
        QVERIFY(!location);
        QVERIFY(location.errorMessage().contains(QStringLiteral("PGPASSWORD")));
        QVERIFY(!location.errorMessage().contains(QStringLiteral("s3cr3t-pw")));
        auto other = StoreLocation::parse(QStringLiteral("mysql://ops:s3cr3t-pw@db/sms"));
        QVERIFY(!other);
        QVERIFY(!other.errorMessage().contains(QStringLiteral("s3cr3t-pw")));
    }

    void aRefusedUrlCreatesNoFolder()
    {
        // Before: "--db postgresql://…" made a folder "postgresql:" and a SQLite file in it.
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        auto db = Database::open(QStringLiteral("mysql://ops@db/sms"));
        auto unreachable = Database::open(QStringLiteral("postgresql://ops@127.0.0.1:1/sms?connect_timeout=2"));
        QDir::setCurrent(before);
        QVERIFY(!db);
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.errorMessage().contains(QStringLiteral("Could not connect")),
                 qPrintable(unreachable.errorMessage()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }
};

SMSROUTER_TEST(TestStoreLocation)
#include "teststorelocation.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// A store on PostgreSQL (team mode): the same schema as SQLite's, built by the same migrations,
// and the same refusals. Runs on the throw-away cluster of scripts/test.sh only.
#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

namespace {

/// Table → its columns, "name type" in column order, as the database describes them; types
/// are reduced to what both backends agree on (integer, real, text).
QStringList schemaOf(Database &db)
{
    const bool postgres = db.dialect().kind() == SqlDialect::Kind::Postgres;
    QStringList tables;
    auto list =
        sql::run(db.connection(),
                 postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                           "table_schema = current_schema() ORDER BY table_name")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (list && list->next())
        tables.append(list->value(0).toString());
    QStringList schema;
    for (const QString &table : std::as_const(tables)) {
        auto columns = sql::run(db.connection(),
                                postgres ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                          "table_schema = current_schema() AND table_name = :t "
                                                          "ORDER BY ordinal_position")
                                         : QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid"),
                                {{"t", table}});
        QStringList names;
        while (columns && columns->next())
            names.append(columns->value(0).toString());
        schema.append(table + QLatin1String(": ") + names.join(QLatin1String(", ")));
    }
    return schema;
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameMigrationsBuildTheSameSchemaOnBoth()
    {
        QTemporaryDir dir;
        auto sqlite = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY2(sqlite, qPrintable(sqlite.errorMessage()));
        auto postgres = Database::open(testbackend::freshStore(QString()));
        QVERIFY2(postgres, qPrintable(postgres.errorMessage()));
        QCOMPARE((*postgres)->dialect().kind(), SqlDialect::Kind::Postgres);
        QCOMPARE((*postgres)->schemaVersion(), migrations::latestVersion());
        const QStringList expected = schemaOf(**sqlite);
        QVERIFY(expected.size() > 15);
        QCOMPARE(schemaOf(**postgres), expected);
        auto applied = sql::scalar((*postgres)->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QCOMPARE(applied->toInt(), migrations::all().size());
    }

    void aDatabaseOfSomethingElseIsRefusedAndLeftAlone()
    {
        const QString url = testbackend::freshStore(QString());
        {
            auto raw = Database::open(url); // make it, then make it someone else's
            QVERIFY(raw);
        }
        const QString other = testbackend::freshStore(QString());
        {
            auto setup = Database::open(other);
            QVERIFY(setup);
            QSqlQuery q((*setup)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE schema_version")));
        }
        auto refused = Database::open(other);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("not an SMS Router store")),
                 qPrintable(refused.errorMessage()));
    }

    void aNewerSchemaIsRefused()
    {
        const QString url = testbackend::freshStore(QString());
        {
            auto db = Database::open(url);
            QVERIFY(db);
            QVERIFY(sql::run((*db)->connection(),
                             QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES "
                                            "(:v, 'from the future', 0)"),
                             {{"v", migrations::latestVersion() + 1}}));
        }
        auto refused = Database::open(url);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("newer SMS Router")),
                 qPrintable(refused.errorMessage()));
    }

    void programsOpeningANewStoreTogetherMigrateItOnce()
    {
        // Three dispatchers started at once on an empty team database.
        const QString url = testbackend::freshStore(QString());
        std::atomic<int> opened {0};
        std::vector<std::unique_ptr<QThread>> threads;
        QStringList errors;
        QMutex errorsMutex;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(QThread::create([&] {
                auto db = Database::open(url);
                if (db && (*db)->schemaVersion() == migrations::latestVersion()) {
                    ++opened;
                } else {
                    const QMutexLocker locker(&errorsMutex);
                    errors.append(db.errorMessage());
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60'000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(opened.load(), 4);
        auto db = Database::open(url);
        auto applied = sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QCOMPARE(applied->toInt(), migrations::all().size());
    }

    void aLockHeldTooLongIsBusyAndChangesNothing()
    {
        const QString url = testbackend::freshStore(QString());
        auto holder = Database::open(url);
        auto writer = Database::open(url, Database::OpenMode::ExistingOnly);
        QVERIFY(holder && writer);
        QVERIFY((*writer)->setBusyTimeout(std::chrono::milliseconds(200)));
        QVERIFY(testbackend::holdForWriting(**holder));
        auto tx = Transaction::begin(**writer);
        QVERIFY(tx);
        auto inserted = sql::run((*writer)->connection(),
                                 QStringLiteral("INSERT INTO campaigns (name, sender, body_template, created_at) "
                                                "VALUES ('c', 'S', 'b', 0)"));
        QVERIFY(!inserted);
        QVERIFY2(inserted.error().isStoreBusy(), qPrintable(inserted.errorMessage()));
        QVERIFY(inserted.errorMessage().contains(QStringLiteral("busy")));
    }
};

SMSROUTER_TEST(TestPostgresStore)
#include "testpostgresstore.moc"

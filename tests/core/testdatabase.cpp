// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Opening, migrating and refusing stores.
#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "testprogram.h"
#include <fcntl.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Whether some descriptor holds a lock on SQLite's lock bytes of the file open at `fd`. An
/// open-file-description lock query sees the record locks of this very process too (they
/// conflict), which F_GETLK would not.
bool sqliteLockHeld(int fd)
{
    struct flock probe
    { };
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 0x40000000; // SQLite's PENDING, RESERVED and SHARED bytes
    probe.l_len = 512;
    if (::fcntl(fd, F_OFD_GETLK, &probe) != 0)
        return false;
    return probe.l_type != F_UNLCK;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList tableNames(Database &db)
{
    QStringList names;
    auto q =
        sql::run(db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q && q->next())
        names.append(q->value(0).toString());
    return names;
}

/// Writes a plain SQLite file through a raw connection (not through Database).
void writeRawSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsEveryTableFromAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/sub/store.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), migrations::latestVersion());
        const QStringList tables = tableNames(**db);
        for (const char *table : {"schema_version", "carriers", "rules", "campaigns", "messages", "message_events",
                                  "import_rejects", "optouts", "settings", "secrets", "dispatcher_lease"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }

    void createdFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(Database::open(path));
        const QFile::Permissions perms = QFile::permissions(path);
        QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    }

    void walForeignKeysAndBusyTimeoutAreOn()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db);
        QCOMPARE(sql::scalar((*db)->connection(), QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar((*db)->connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        // The store's own busy handler waits (PRAGMA busy_timeout reads 0 once it replaced SQLite's).
        QVERIFY((*db)->busyTimeout() >= std::chrono::milliseconds(1000));
    }

    void reopeningKeepsDataAndAppliesNothingTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(
                sql::run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(
            sql::scalar((*db)->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'k'"))->toString(),
            QStringLiteral("v"));
        QCOMPARE(sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"))->toInt(),
                 migrations::all().size());
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,phone\nAna,+351912345678\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("not a SQLite database")), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QStringLiteral("untouched")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        writeRawSqlite(path,
                       {QStringLiteral("CREATE TABLE contacts (id INTEGER, name TEXT)"),
                        QStringLiteral("INSERT INTO contacts VALUES (1, 'Ana')")});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("not an SMS Router store")), qPrintable(db.errorMessage()));
        QCOMPARE(db.error().kind, Error::Kind::Invalid);
        QCOMPARE(fileHash(path), before);
    }

    void refusesAStoreWrittenByANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(Database::open(path));
        const int future = migrations::latestVersion() + 5;
        writeRawSqlite(path,
                       {QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES "
                                       "(%1, 'future', 0)")
                            .arg(future)});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("newer SMS Router")), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QString::number(future)));
        QCOMPARE(fileHash(path), before);
    }

    void existingOnlyModeDoesNotCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(!db);
        QVERIFY(!QFile::exists(path));
    }

    void aTransactionThatCannotBeginDoesNotExist()
    {
        // Another program holds the write lock for longer than this connection waits: begin()
        // fails, says the store is busy and that nothing changed, and no statement can run in
        // a transaction that never started.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->setBusyTimeout(std::chrono::milliseconds(20)));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

            int notices = 0;
            (*db)->setBusyNotice([&notices](std::chrono::milliseconds wait) {
                QCOMPARE(wait, std::chrono::milliseconds(20));
                ++notices;
            });
            auto tx = Transaction::begin(**db);
            QVERIFY(!tx);
            QVERIFY(tx.error().isStoreBusy());
            QVERIFY2(tx.errorMessage().contains(QStringLiteral("Nothing was changed")), qPrintable(tx.errorMessage()));
            QCOMPARE(notices, 1);

            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
            auto after = Transaction::begin(**db);
            QVERIFY2(after, qPrintable(after.errorMessage()));
            QVERIFY(after->commit());
            QCOMPARE(notices, 1); // no notice when the store was free
            hold = QSqlQuery();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void uncommittedTransactionRollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db);
        {
            auto tx = Transaction::begin(**db);
            QVERIFY2(tx, qPrintable(tx.errorMessage()));
            QVERIFY(
                sql::run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
        }
        QCOMPARE(sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 0);
    }

    void failedInnerTransactionRollsBackTheOuterOne()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db);
        auto outer = Transaction::begin(**db);
        QVERIFY2(outer, qPrintable(outer.errorMessage()));
        QVERIFY(sql::run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
        {
            auto inner = Transaction::begin(**db);
            QVERIFY2(inner, qPrintable(inner.errorMessage()));
            QVERIFY(
                sql::run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')")));
            // inner goes out of scope without commit
        }
        QVERIFY(!outer->commit());
        QCOMPARE(sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 0);
    }

    void committedNestedTransactionsKeepEverything()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db);
        auto outer = Transaction::begin(**db);
        QVERIFY2(outer, qPrintable(outer.errorMessage()));
        QVERIFY(sql::run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
        {
            auto inner = Transaction::begin(**db);
            QVERIFY2(inner, qPrintable(inner.errorMessage()));
            QVERIFY(
                sql::run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')")));
            QVERIFY(inner->commit());
        }
        QVERIFY(outer->commit());
        QCOMPARE(sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt(), 2);
    }

    void anotherConnectionKeepsTheLocksOfTheFirst()
    {
        // A second connection in the same process (the dispatcher's thread, the delivery log's
        // worker) must not drop the first one's locks: another process would then take itself
        // for the last user and delete the WAL under this one, losing committed rows.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto first = Database::open(path);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(sql::scalar((*first)->connection(), QStringLiteral("SELECT COUNT(*) FROM settings")));
        const int probe = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(probe >= 0);
        QVERIFY(sqliteLockHeld(probe)); // in WAL mode an open connection keeps a shared lock
        {
            auto second = Database::open(path, Database::OpenMode::ExistingOnly);
            QVERIFY2(second, qPrintable(second.errorMessage()));
            QVERIFY(sqliteLockHeld(probe));
        }
        QVERIFY(sqliteLockHeld(probe));
        ::close(probe); // this itself drops the process's locks (the very trap): the test ends here
    }

    void headerIsStillCheckedOnceNoConnectionIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = Database::open(path);
            QVERIFY(store);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write("not a database at all");
        file.close();
        auto again = Database::open(path);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(QStringLiteral("not a SQLite database")));
    }

    void dataVersionSeesChangesFromAnotherConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto watcher = Database::open(path);
        auto writer = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(watcher && writer);
        (*watcher)->changedSinceLastCheck();
        QVERIFY(!(*watcher)->changedSinceLastCheck());
        QVERIFY(
            sql::run((*writer)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
        QVERIFY((*watcher)->changedSinceLastCheck());
        QVERIFY(!(*watcher)->changedSinceLastCheck());
    }
};

SMSROUTER_TEST(TestDatabase)
#include "testdatabase.moc"

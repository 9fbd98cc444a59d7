// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// StoreCopier: an SQLite store with every table filled lands on PostgreSQL row for row, ids kept,
// counters not counted twice, sequences past the copied ids; the store file is never changed; a
// non-empty target, tokens kept in the database and a live dispatcher are refused; a cancelled or
// failed copy leaves the target empty. Runs on PostgreSQL only (tests/CMakeLists.txt,
// SMSROUTER_POSTGRES_ONLY_SUITES): the source is an SQLite file, the target a fresh database.
#include "fakecredentialstore.h"
#include "messagetesting.h"
#include "optouts/optoutservice.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/storecopier.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// A value as both databases give it back, comparable: SQL NULL, numbers by value, text as is.
QString comparable(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("<null>");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return v.toString();
    }
}

QStringList columnsOf(const QSqlDatabase &sqlite, const QString &table)
{
    QStringList columns;
    QSqlQuery q(sqlite);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        columns << q.value(QStringLiteral("name")).toString();
    return columns;
}

/// Every row of `table`, each as its values in `columns`' order, sorted.
QList<QStringList> rowsOf(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    QList<QStringList> rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        qFatal("cannot read %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << comparable(q.value(i));
        rows << row;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList sqliteTables(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY "
                          "name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

void exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        qFatal("%s failed: %s", qPrintable(statement), qPrintable(q.lastError().text()));
}

qint64 rowsIn(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestStoreCopier final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    FakeCredentialStore m_keychain;

    std::unique_ptr<Session> openSource()
    {
        SessionOptions options;
        options.storePath = m_source;
        options.keychain = &m_keychain;
        options.userSettingsFile = m_dir->filePath(QStringLiteral("user.ini"));
        auto session = Session::open(options);
        if (!session)
            qFatal("cannot open the source: %s", qPrintable(session.errorMessage()));
        return std::move(*session);
    }

    /// Fills every table of the source but `secrets` (refused, see tokensInTheDatabaseAreRefused):
    /// through the services where they exist, with SQL for what only the dispatcher writes.
    void fillSource(int messages = 40)
    {
        auto session = openSource();
        QVERIFY(session->settings().setDefaultRegion(QStringLiteral("GB")));
        QVERIFY(session->settings().setCurrency(QStringLiteral("GBP")));
        const qint64 uk = messagetesting::addCarrier(*session, QStringLiteral("UK"), 1);
        const qint64 de = messagetesting::addCarrier(*session, QStringLiteral("DE"), 2);
        Rule rule;
        rule.kind = Rule::Kind::Prefix;
        rule.value = QStringLiteral("44");
        rule.carrierId = uk;
        rule.costMicros = 12'500;
        QVERIFY(session->rules().add(rule));
        rule.kind = Rule::Kind::Default;
        rule.value.clear();
        rule.carrierId = de;
        QVERIFY(session->rules().add(rule));
        QVERIFY(session->optouts().add(QStringLiteral("+447911000999"), QStringLiteral("asked by phone")));
        // An imported list: its import's record (optout_imports) and its numbers' import_id.
        const QString list = m_dir->filePath(QStringLiteral("stop.csv"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone,reason\n+447911000998,STOP\n+447911000999,again\n");
        file.close();
        QVERIFY(session->optouts().importFile(list));

        Database &db = session->database();
        const qint64 campaign = messagetesting::addCampaign(db, QStringLiteral("Spring sale"));
        const MessageList stored = messagetesting::insertMany(db, messages, 0, uk);
        for (int i = 0; i < stored.size(); ++i) {
            const qint64 id = stored.at(i).id;
            messagetesting::move(db, id, MessageState::Submitting);
            messagetesting::move(db, id, MessageState::Sent, QStringLiteral("accepted"), 200);
            if (i % 3 == 0)
                messagetesting::move(db, id, MessageState::Delivered);
            else if (i % 3 == 1)
                messagetesting::move(db, id, MessageState::Failed, QStringLiteral("refused"), 400);
        }
        const QSqlDatabase &c = db.connection();
        const qint64 first = stored.first().id;
        // What only the dispatcher, the importer and the reply reader write.
        exec(c, QStringLiteral("UPDATE messages SET campaign_id = %1 WHERE id = %2").arg(campaign).arg(first + 1));
        exec(c,
             QStringLiteral("UPDATE messages SET price = '-0.0075', price_unit = 'USD', provider_sid = 'SM1'"
                            " WHERE id = %1")
                 .arg(first));
        exec(c, QStringLiteral("UPDATE messages SET claimed_by = 'instance-a' WHERE id = %1").arg(first + 2));
        exec(c,
             QStringLiteral("INSERT INTO import_rejects (campaign_id, line_number, raw_value, reason, detail)"
                            " VALUES (%1, 7, 'not a number', 'invalid_number', '')")
                 .arg(campaign));
        exec(c,
             QStringLiteral("INSERT INTO campaign_events (campaign_id, at, from_state, to_state, messages_from, "
                            "messages_to, messages, detail) VALUES (%1, 1767268800000, 'draft', 'running', "
                            "'pending', 'queued', 1, 'campaign started')")
                 .arg(campaign));
        exec(c,
             QStringLiteral("INSERT INTO retired_provider_sids (sid, message_id, retired_at) VALUES ('SM0', %1, "
                            "1767268800000)")
                 .arg(first));
        exec(c,
             QStringLiteral("INSERT INTO secret_removals (ref, scheduled_at) VALUES ('keychain:old', "
                            "1767268800000)"));
        exec(c,
             QStringLiteral("INSERT INTO carrier_health (carrier_id, state, consecutive_failures,"
                            " refused_connections, last_error, last_error_at, last_success_at, updated_at)"
                            " VALUES (%1, 'ok', 0, 0, '', 0, 1767268800000, 1767268800000)")
                 .arg(uk));
        exec(c,
             QStringLiteral("INSERT INTO inbound_messages (provider_sid, carrier_id, from_number, to_number, body,"
                            " received_at, fetched_at, message_id, campaign_id, stop_word, read_at,"
                            " confirmation_message_id)"
                            " VALUES ('SMin1', %1, '+447911000001', 'ACME', 'STOP', 1767268800000, 1767268801000,"
                            " %2, %3, 'STOP', NULL, NULL)")
                 .arg(uk)
                 .arg(first)
                 .arg(campaign));
        // An old lease: its dispatcher is gone (a live one is refused, see aLiveDispatcherIsRefused).
        exec(c,
             QStringLiteral("INSERT INTO dispatcher_lease (id, host, pid, holder, instance, acquired_at,"
                            " heartbeat_at) VALUES (1, 'desk', 4242, 'smsrouter-cli dispatch', 'instance-a',"
                            " 1767268800000, 1767268800000)"));
        exec(c,
             QStringLiteral("INSERT INTO dispatchers (instance, host, pid, holder, started_at, heartbeat_at)"
                            " VALUES ('instance-a', 'desk', 4242, 'smsrouter-cli dispatch', 1767268800000,"
                            " 1767268800000)"));
        exec(c,
             QStringLiteral("INSERT INTO carrier_send_state (carrier_id, next_slot_at, recent_sends,"
                            " breaker_open_until, breaker_reason) VALUES (%1, 1767268800025, '1767268800000',"
                            " 0, '')")
                 .arg(uk));
        // Every table but secrets (and schema_version, made by the migrations) now holds rows.
        for (const QString &table : sqliteTables(c)) {
            if (table == QLatin1String("secrets"))
                QCOMPARE(rowsIn(c, table), qint64(0));
            else
                QVERIFY2(rowsIn(c, table) > 0, qPrintable(table + QStringLiteral(" is empty")));
        }
    }

    /// Rows in every table of `target` (whose schema a refused copy may not have made yet).
    static qint64 targetRows(const QString &target)
    {
        auto db = Database::open(target);
        if (!db)
            qFatal("cannot open the target: %s", qPrintable(db.errorMessage()));
        qint64 rows = 0;
        for (const QString &table : StoreCopier::knownTables()) {
            if (table != QLatin1String("schema_version"))
                rows += rowsIn((*db)->connection(), table);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(testbackend::usesPostgres(), "registered with SMSROUTER_TEST_BACKEND=postgresql"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_source = m_dir->filePath(QStringLiteral("desk.sqlite"));
    }

    void cleanup() { m_dir.reset(); }

    void everyTableIsKnown()
    {
        // A migration that adds a table must teach the copy about it.
        auto db = Database::open(m_source);
        QVERIFY(db);
        QStringList known = StoreCopier::knownTables();
        std::sort(known.begin(), known.end());
        QCOMPARE(sqliteTables((*db)->connection()), known);
    }

    void copiesEveryRowOfEveryTable()
    {
        fillSource();
        const QByteArray before = fileHash(m_source);
        QVERIFY(!before.isEmpty());
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));

        QList<StoreCopyProgress> seen;
        StoreCopier::Options options;
        options.batchRows = 7; // several statements per table, and a short last one
        auto report = StoreCopier(m_source, target, options).run([&seen](const StoreCopyProgress &p) {
            seen << p;
            return true;
        });
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY(report->countsMatch());
        QCOMPARE(report->schemaVersion, migrations::latestVersion());
        QCOMPARE(report->target, target);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.constLast().copied, seen.constLast().total);
        QCOMPARE(seen.constLast().total, report->rows);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).copied >= seen.at(i - 1).copied);

        QCOMPARE(fileHash(m_source), before); // not one byte of the store changed

        auto source = Database::open(m_source, Database::OpenMode::ExistingOnly);
        auto copy = Database::open(target, Database::OpenMode::ExistingOnly);
        QVERIFY(source && copy);
        const QSqlDatabase &src = (*source)->connection();
        const QSqlDatabase &dst = (*copy)->connection();
        QStringList reported;
        for (const StoreCopyTable &t : report->tables) {
            reported << t.name;
            QCOMPARE(t.sourceRows, rowsIn(src, t.name));
            QCOMPARE(t.targetRows, t.sourceRows);
        }
        for (const QString &table : sqliteTables(src)) {
            if (table == QLatin1String("schema_version"))
                continue;
            QVERIFY2(reported.contains(table), qPrintable(table + QStringLiteral(" is missing from the report")));
            const QStringList columns = columnsOf(src, table);
            const QList<QStringList> expected = rowsOf(src, table, columns);
            const QList<QStringList> actual = rowsOf(dst, table, columns);
            QCOMPARE(actual.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i)
                QVERIFY2(actual.at(i) == expected.at(i),
                         qPrintable(QStringLiteral("%1: %2 became %3")
                                        .arg(table, expected.at(i).join(QLatin1Char('|')),
                                             actual.at(i).join(QLatin1Char('|')))));
        }
        testbackend::dropStore(target);
    }

    void theNextInsertGetsAFreshId()
    {
        fillSource(5);
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        QVERIFY(StoreCopier(m_source, target).run());
        auto db = Database::open(target, Database::OpenMode::ExistingOnly);
        QVERIFY(db);
        const QSqlDatabase &c = (*db)->connection();
        const qint64 lastMessage = sql::scalar(c, QStringLiteral("SELECT MAX(id) FROM messages"))->toLongLong();
        const qint64 lastEvent = sql::scalar(c, QStringLiteral("SELECT MAX(id) FROM message_events"))->toLongLong();
        const Message added = messagetesting::insert(**db, messagetesting::make(QStringLiteral("+447911000123")));
        QCOMPARE(added.id, lastMessage + 1);
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT MAX(id) FROM message_events"))->toLongLong() > lastEvent);
        // The triggers are on again: the dashboard counts what is sent from now on.
        QCOMPARE(sql::scalar(c,
                             QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal AND "
                                            "tgenabled <> 'O'"))
                     ->toLongLong(),
                 qint64(0));
        const qint64 countedBefore =
            sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(messages), 0) FROM traffic_minutes"))->toLongLong();
        messagetesting::move(**db, added.id, MessageState::Submitting);
        messagetesting::move(**db, added.id, MessageState::Sent, QStringLiteral("accepted"), 200);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(messages), 0) FROM traffic_minutes"))->toLongLong(),
                 countedBefore + 1);
        // Carriers too: the identity of every table moved, not only the messages'.
        auto carrier = sql::scalar(c,
                                   QStringLiteral("INSERT INTO carriers (name, base_url, account_sid, created_at,"
                                                  " updated_at) VALUES ('FR', 'http://x', 'AC', 0, 0) RETURNING "
                                                  "id"));
        QVERIFY2(carrier, qPrintable(carrier.errorMessage()));
        QCOMPARE(carrier->toLongLong(), qint64(3));
        db->reset();
        testbackend::dropStore(target);
    }

    void aNonEmptyTargetIsRefused()
    {
        fillSource(3);
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        auto first = StoreCopier(m_source, target).run();
        QVERIFY(first);
        const qint64 rows = targetRows(target);
        auto second = StoreCopier(m_source, target).run();
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::Invalid);
        QCOMPARE(second.error().code, StoreCopier::TargetNotEmptyCode);
        QVERIFY2(second.errorMessage().contains(QStringLiteral("createdb")), qPrintable(second.errorMessage()));
        QVERIFY2(second.errorMessage().contains(QStringLiteral("messages:")), qPrintable(second.errorMessage()));
        QCOMPARE(targetRows(target), rows);
        testbackend::dropStore(target);
    }

    void aCancelledCopyLeavesTheTargetEmpty()
    {
        fillSource(20);
        const QByteArray before = fileHash(m_source);
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        StoreCopier::Options options;
        options.batchRows = 5;
        int calls = 0;
        auto report = StoreCopier(m_source, target, options).run([&calls](const StoreCopyProgress &p) {
            ++calls;
            return p.copied < 60; // well into the copy
        });
        QVERIFY(!report);
        QCOMPARE(report.error().code, StoreCopier::CancelledCode);
        QVERIFY(calls > 2);
        QCOMPARE(targetRows(target), qint64(0));
        QCOMPARE(fileHash(m_source), before);
        // And the empty target takes the copy afterwards.
        QVERIFY(StoreCopier(m_source, target).run());
        testbackend::dropStore(target);
    }

    void aFailedCopyLeavesTheTargetEmpty()
    {
        fillSource(4);
        {
            // An event of a message that does not exist: SQLite without foreign keys took it, the
            // server's foreign key refuses it in the middle of the copy.
            auto db = Database::open(m_source, Database::OpenMode::ExistingOnly);
            QVERIFY(db);
            exec((*db)->connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
            exec((*db)->connection(),
                 QStringLiteral("INSERT INTO message_events (message_id, at, from_state, "
                                "to_state) VALUES (99999, 0, 'queued', 'queued')"));
        }
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        auto report = StoreCopier(m_source, target).run();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Failed);
        QVERIFY2(report.errorMessage().contains(QStringLiteral("message_events")), qPrintable(report.errorMessage()));
        QCOMPARE(targetRows(target), qint64(0));
        testbackend::dropStore(target);
    }

    void tokensInTheDatabaseAreRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("a token") << QStringLiteral("INSERT INTO secrets (ref, secret) VALUES ('database:1', 'x')");
        QTest::newRow("a carrier's reference")
            << QStringLiteral("UPDATE carriers SET secret_ref = 'database:1' WHERE name = 'UK'");
    }

    void tokensInTheDatabaseAreRefused()
    {
        QFETCH(QString, statement);
        fillSource(2);
        {
            auto db = Database::open(m_source, Database::OpenMode::ExistingOnly);
            QVERIFY(db);
            exec((*db)->connection(), statement);
        }
        const QByteArray before = fileHash(m_source);
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        auto report = StoreCopier(m_source, target).run();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Invalid);
        QCOMPARE(report.error().code, StoreCopier::TokensInDatabaseCode);
        QVERIFY2(report.errorMessage().contains(QStringLiteral("keychain")), qPrintable(report.errorMessage()));
        QCOMPARE(fileHash(m_source), before);
        testbackend::dropStore(target);
    }

    void theDatabaseBackendSettingAloneIsIgnoredOnTheServer()
    {
        // No token in the database, only the choice for new ones: copied, and not followed there.
        fillSource(1);
        {
            auto session = openSource();
            QVERIFY(session->settings().setSecretBackend(SecretBackend::Database));
        }
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        auto report = StoreCopier(m_source, target).run();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        SessionOptions options;
        options.storePath = target;
        options.keychain = &m_keychain;
        options.userSettingsFile = m_dir->filePath(QStringLiteral("user.ini"));
        auto server = Session::open(options);
        QVERIFY2(server, qPrintable(server.errorMessage()));
        QCOMPARE((*server)->secretBackend(), SecretBackend::Keychain);
        const Status refused = (*server)->settings().setSecretBackend(SecretBackend::Database);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("database_tokens_on_server"));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("keychain")), qPrintable(refused.errorMessage()));
        options.secretBackendOverride = SecretBackend::Database;
        auto overridden = Session::open(options);
        QVERIFY(!overridden);
        QCOMPARE(overridden.error().kind, Error::Kind::Invalid);
        server->reset();
        testbackend::dropStore(target);
    }

    void aLiveDispatcherIsRefused()
    {
        fillSource(2);
        const ManualClock clock(QDateTime::fromMSecsSinceEpoch(1'767'268'810'000, Qt::UTC)); // 10 s after the heartbeat
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        StoreCopier::Options options;
        options.clock = &clock;
        auto refused = StoreCopier(m_source, target, options).run();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreCopier::SourceInUseCode);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("pid 4242 on desk")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(targetRows(target), qint64(0));

        // The window's own dispatcher (this process) may hold it: the window pauses it.
        {
            auto db = Database::open(m_source, Database::OpenMode::ExistingOnly);
            QVERIFY(db);
            exec((*db)->connection(),
                 QStringLiteral("UPDATE dispatcher_lease SET host = '%1', pid = %2")
                     .arg(QHostInfo::localHostName())
                     .arg(QCoreApplication::applicationPid()));
        }
        QVERIFY(!StoreCopier(m_source, target, options).run()); // not allowed unless asked
        options.allowOwnDispatcher = true;
        auto copied = StoreCopier(m_source, target, options).run();
        QVERIFY2(copied, qPrintable(copied.errorMessage()));
        testbackend::dropStore(target);
    }

    void anUnknownTableFailsLoudly()
    {
        fillSource(1);
        {
            auto db = Database::open(m_source, Database::OpenMode::ExistingOnly);
            QVERIFY(db);
            exec((*db)->connection(), QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY)"));
        }
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        auto report = StoreCopier(m_source, target).run();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Failed);
        QVERIFY2(report.errorMessage().contains(QStringLiteral("future_things")), qPrintable(report.errorMessage()));
        testbackend::dropStore(target);
    }

    void wrongKindsAreRefused()
    {
        fillSource(1);
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        auto toFile = StoreCopier(m_source, m_dir->filePath(QStringLiteral("other.sqlite"))).run();
        QVERIFY(!toFile);
        QCOMPARE(toFile.error().kind, Error::Kind::Invalid);
        auto fromServer = StoreCopier(target, target).run();
        QVERIFY(!fromServer);
        QCOMPARE(fromServer.error().kind, Error::Kind::Invalid);
        auto missing = StoreCopier(m_dir->filePath(QStringLiteral("none.sqlite")), target).run();
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.sqlite"))));
        testbackend::dropStore(target);
    }
};

SMSROUTER_TEST(TestStoreCopier)
#include "teststorecopier.moc"

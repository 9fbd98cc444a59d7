// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli store copy: the --json report's keys, the human report, exit 2 with what to do for
// a non-empty target, tokens kept in the database, a missing or wrong --to; the store file is
// never changed; and the database token backend refused on a server store (--secret-store,
// SMSROUTER_SECRET_STORE). PostgreSQL only (SMSROUTER_POSTGRES_ONLY_SUITES).
#include "clirunner.h"
#include "fakecredentialstore.h"
#include "messagetesting.h"
#include "optouts/optoutservice.h"
#include "session/session.h"
#include "store/storecopier.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList copyWords(const QString &target, bool json = false)
{
    QStringList words {QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--to"), target};
    if (json)
        words << QStringLiteral("--json");
    return words;
}

} // namespace

class TestStoreCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    FakeCredentialStore m_keychain;

    /// Two carriers (tokens in the fake keychain: only references in the store), messages with
    /// events, an opt-out.
    void fillSource()
    {
        SessionOptions options;
        options.storePath = m_source;
        options.keychain = &m_keychain;
        options.userSettingsFile = m_dir->filePath(QStringLiteral("user.ini"));
        auto session = Session::open(options);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        const qint64 uk = messagetesting::addCarrier(**session, QStringLiteral("UK"), 1);
        messagetesting::addCarrier(**session, QStringLiteral("DE"), 2);
        for (const Message &m : messagetesting::insertMany((*session)->database(), 6, 0, uk))
            messagetesting::move((*session)->database(), m.id, MessageState::Rejected);
        QVERIFY((*session)->optouts().add(QStringLiteral("+447911000999")));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_source = m_dir->filePath(QStringLiteral("desk.sqlite"));
    }
    void cleanup() { m_dir.reset(); }

    void jsonReport()
    {
        fillSource();
        const QByteArray before = hashOf(m_source);
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        const CliResult copied = CliRunner(m_source, QString()).run(copyWords(target, true));
        QVERIFY2(copied.exitCode == 0, copied.err.constData());
        QVERIFY2(copied.err.isEmpty(), copied.err.constData()); // no progress line without a terminal
        const QJsonObject report = QJsonDocument::fromJson(copied.out).object();
        QCOMPARE(sortedKeys(report),
                 (QStringList {QStringLiteral("elapsed_ms"), QStringLiteral("match"), QStringLiteral("rows"),
                               QStringLiteral("schema_version"), QStringLiteral("source"), QStringLiteral("tables"),
                               QStringLiteral("target")}));
        QCOMPARE(report.value(QStringLiteral("match")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("source")).toString(), m_source);
        QCOMPARE(report.value(QStringLiteral("target")).toString(), target);
        QStringList names;
        qint64 rows = 0;
        for (const QJsonValue &value : report.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject table = value.toObject();
            QCOMPARE(sortedKeys(table),
                     (QStringList {QStringLiteral("match"), QStringLiteral("name"), QStringLiteral("source_rows"),
                                   QStringLiteral("target_rows")}));
            QCOMPARE(table.value(QStringLiteral("match")).toBool(), true);
            QCOMPARE(table.value(QStringLiteral("source_rows")).toInteger(),
                     table.value(QStringLiteral("target_rows")).toInteger());
            names << table.value(QStringLiteral("name")).toString();
            rows += table.value(QStringLiteral("target_rows")).toInteger();
        }
        QStringList expected = StoreCopier::knownTables();
        expected.removeOne(QStringLiteral("schema_version"));
        expected.sort();
        names.sort();
        QCOMPARE(names, expected);
        QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), rows);
        QCOMPARE(hashOf(m_source), before);

        // The copy is a store like any other: its carriers are there, under the same names.
        const CliResult carriers =
            CliRunner(target, QString())
                .run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(carriers.exitCode == 0, carriers.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(carriers.out).array();
        QCOMPARE(list.size(), 2);

        // A second copy into it is refused, and changes nothing.
        const CliResult again = CliRunner(m_source, QString()).run(copyWords(target));
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.errText().contains(QStringLiteral("already holds")), again.err.constData());
        QVERIFY2(again.errText().contains(QStringLiteral("createdb")), again.err.constData());
        QCOMPARE(again.errText().count(QLatin1Char('\n')), 1);
        testbackend::dropStore(target);
    }

    void humanReport()
    {
        fillSource();
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        const CliResult copied = CliRunner(m_source, QString()).run(copyWords(target));
        QVERIFY2(copied.exitCode == 0, copied.err.constData());
        const QString out = copied.outText();
        QVERIFY2(out.contains(QStringLiteral("message_events")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("tables match")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("--db ") + target), qPrintable(out));
        testbackend::dropStore(target);
    }

    void tokensInTheDatabaseAreRefused()
    {
        // A carrier added with --secret-store database keeps its token in the store file.
        const CliRunner source(m_source, QStringLiteral("database"));
        QProcessEnvironment token;
        token.insert(QStringLiteral("SMSROUTER_TOKEN"), QStringLiteral("secret-token"));
        const CliResult added = source.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("UK"),
                                            QStringLiteral("--account-sid"), testAccountSid(1)},
                                           {}, token);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QByteArray before = hashOf(m_source);
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        const CliResult copied = CliRunner(m_source, QString()).run(copyWords(target));
        QCOMPARE(copied.exitCode, 2);
        QVERIFY2(copied.errText().contains(QStringLiteral("keychain")), copied.err.constData());
        QVERIFY2(!copied.errText().contains(QStringLiteral("secret-token")), copied.err.constData());
        QCOMPARE(hashOf(m_source), before);
        testbackend::dropStore(target);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString store = QStringLiteral("store"), copy = QStringLiteral("copy"), to = QStringLiteral("--to");
        QTest::newRow("no --to") << QStringList {store, copy} << QStringLiteral("--to");
        QTest::newRow("a file") << QStringList {store, copy, to, QStringLiteral("/tmp/other.sqlite")}
                                << QStringLiteral("not a file");
        QTest::newRow("another scheme") << QStringList {store, copy, to, QStringLiteral("mysql://u@h/db")}
                                        << QStringLiteral("PostgreSQL");
        QTest::newRow("a password") << QStringList {store, copy, to, QStringLiteral("postgresql://u:pw@h/db")}
                                    << QStringLiteral("PGPASSWORD");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        fillSource();
        const CliResult result = CliRunner(m_source, QString()).run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(says), result.err.constData());
        QVERIFY(!result.errText().contains(QStringLiteral(":pw@")));
    }

    void aMissingStoreIsNamed()
    {
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        const QString missing = m_dir->filePath(QStringLiteral("none.sqlite"));
        const CliResult result = CliRunner(missing, QString()).run(copyWords(target));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(missing), result.err.constData());
        QVERIFY(!QFile::exists(missing)); // never created by a copy
        testbackend::dropStore(target);
    }

    void theDatabaseBackendIsRefusedOnAServer()
    {
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        const CliResult option =
            CliRunner(target, QStringLiteral("database")).run({QStringLiteral("carrier"), QStringLiteral("list")});
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.errText().contains(QStringLiteral("keychain")), option.err.constData());
        QProcessEnvironment env;
        env.insert(QStringLiteral("SMSROUTER_SECRET_STORE"), QStringLiteral("database"));
        const CliResult variable =
            CliRunner(target, QString()).run({QStringLiteral("carrier"), QStringLiteral("list")}, {}, env);
        QCOMPARE(variable.exitCode, 2);
        QVERIFY2(variable.errText().contains(QStringLiteral("PostgreSQL")), variable.err.constData());
        testbackend::dropStore(target);
    }
};

SMSROUTER_TEST(TestStoreCli)
#include "teststorecli.moc"

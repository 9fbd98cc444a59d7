// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli carrier …: the contract's exit codes, JSON, and tokens only from stdin or env.
#include "clirunner.h"
#include "dispatch/sendservice.h"
#include "session/session.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>

class TestCarrierCli : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment tokenEnv(const QString &token)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SMSROUTER_TOKEN"), token);
        return env;
    }

private Q_SLOTS:
    void addListShowUpdateRemove()
    {
        TempStore store;
        CliRunner cli(store.path());
        auto added = cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("Carrier UK"),
                              QStringLiteral("--account-sid"), testAccountSid(1), QStringLiteral("--rate"),
                              QStringLiteral("25"), QStringLiteral("--token-stdin")},
                             "secret-token-1\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.outText().contains(QStringLiteral("Added carrier “Carrier UK”")), added.out.constData());
        QVERIFY(!added.out.contains("secret-token-1"));

        auto list = cli.run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray carriers = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(carriers.size(), 1);
        const QJsonObject uk = carriers.first().toObject();
        QCOMPARE(uk.value(QStringLiteral("name")).toString(), QStringLiteral("Carrier UK"));
        QCOMPARE(uk.value(QStringLiteral("rate")).toDouble(), 25.0);
        QCOMPARE(uk.value(QStringLiteral("token_kept_in")).toString(), QStringLiteral("database"));
        QVERIFY(!list.out.contains("secret-token-1"));

        auto table = cli.run({QStringLiteral("carrier"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outText().startsWith(QStringLiteral("ID  NAME")));
        QVERIFY(table.outText().contains(testAccountSid(1)));

        auto update = cli.run({QStringLiteral("carrier"), QStringLiteral("update"), QStringLiteral("Carrier UK"),
                               QStringLiteral("--disabled"), QStringLiteral("--max-in-flight"), QStringLiteral("12"),
                               QStringLiteral("--rename"), QStringLiteral("UK")});
        QCOMPARE(update.exitCode, 0);
        auto shown = cli.run(
            {QStringLiteral("carrier"), QStringLiteral("show"), QStringLiteral("UK"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject after = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(after.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(after.value(QStringLiteral("max_in_flight")).toInt(), 12);

        auto nothing = cli.run({QStringLiteral("carrier"), QStringLiteral("update"), QStringLiteral("UK")});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.errText().contains(QStringLiteral("Nothing to change")), nothing.err.constData());

        auto removed = cli.run(
            {QStringLiteral("carrier"), QStringLiteral("remove"), QStringLiteral("UK"), QStringLiteral("--json")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(removed.out).object().value(QStringLiteral("removed")).toString(),
                 QStringLiteral("UK"));
        auto empty = cli.run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
    }

    // `carrier list` and `carrier show` tell what the dispatcher saw: here every request finds
    // nothing answering, so the carrier is "failing", with the count and the last error.
    void healthSaysWhatTheDispatcherSaw()
    {
        QTcpSocket holder; // bound, never listening: connections to it are refused
        QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
        TempStore store;
        CliRunner cli(store.path());
        QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("Down"),
                          QStringLiteral("--account-sid"), testAccountSid(1), QStringLiteral("--base-url"),
                          QStringLiteral("http://127.0.0.1:%1/restcomm/2012-04-24").arg(holder.localPort()),
                          QStringLiteral("--token-stdin")},
                         "t\n")
                     .exitCode,
                 0);
        QCOMPARE(cli.run({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                          QStringLiteral("--carrier"), QStringLiteral("Down")})
                     .exitCode,
                 0);
        auto before = cli.run(
            {QStringLiteral("carrier"), QStringLiteral("show"), QStringLiteral("Down"), QStringLiteral("--json")});
        const QJsonObject unknown =
            QJsonDocument::fromJson(before.out).object().value(QStringLiteral("health")).toObject();
        QCOMPARE(unknown.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
        {
            auto session = store.openSession();
            SendRequest request;
            request.recipients = {QStringLiteral("+447911123456")};
            request.from = QStringLiteral("Router");
            request.body = QStringLiteral("hi");
            QVERIFY(session->sends().enqueue(request));
        }
        auto dispatched = cli.run({QStringLiteral("dispatch"), QStringLiteral("--max-seconds"), QStringLiteral("2")});
        QVERIFY2(dispatched.exitCode == 0 || dispatched.exitCode == 1, dispatched.err.constData());

        auto list = cli.run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject health =
            QJsonDocument::fromJson(list.out).array().first().toObject().value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("state")).toString(), QStringLiteral("failing"));
        QVERIFY(health.value(QStringLiteral("consecutive_failures")).toInt() >= 1);
        QCOMPARE(health.value(QStringLiteral("refused_connections")).toInt(),
                 health.value(QStringLiteral("consecutive_failures")).toInt());
        QVERIFY2(health.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("connection refused")),
                 list.out.constData());
        QVERIFY(health.value(QStringLiteral("last_success_at")).isNull());
        auto table = cli.run({QStringLiteral("carrier"), QStringLiteral("show"), QStringLiteral("Down")});
        QVERIFY2(table.outText().contains(QStringLiteral("failing (")), table.out.constData());
        QVERIFY2(table.outText().contains(QStringLiteral("found nothing answering")), table.out.constData());
    }

    // The terminal's language, as git's: LANGUAGE=de gives German sentences and headers, while
    // JSON and exit codes stay the same bytes.
    void followsTheLanguageOfTheSession()
    {
        TempStore store;
        CliRunner cli(store.path());
        QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("UK"),
                          QStringLiteral("--account-sid"), testAccountSid(3), QStringLiteral("--token-stdin")},
                         "token\n")
                     .exitCode,
                 0);
        QProcessEnvironment german;
        german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        QTranslator catalogue;
        QVERIFY(catalogue.load(QStringLiteral(":/i18n/smsrouter_de.qm")));
        const QString source =
            QStringLiteral("There is no carrier named “%1”; `smsrouter-cli carrier list` shows them.");
        const QString germanText = catalogue.translate("CarrierService", source.toUtf8().constData());
        QVERIFY(!germanText.isEmpty() && germanText != source);

        const QStringList showNobody {QStringLiteral("carrier"), QStringLiteral("show"), QStringLiteral("Nobody")};
        const CliResult english = cli.run(showNobody);
        const CliResult inGerman = cli.run(showNobody, {}, german);
        QVERIFY2(english.errText().contains(source.arg(QStringLiteral("Nobody"))), english.err.constData());
        QVERIFY2(inGerman.errText().contains(germanText.arg(QStringLiteral("Nobody"))), inGerman.err.constData());
        QCOMPARE(inGerman.exitCode, english.exitCode);

        const QStringList list {QStringLiteral("carrier"), QStringLiteral("list")};
        const QString health = catalogue.translate("CarrierCommands", "HEALTH");
        QVERIFY(!health.isEmpty() && health != QLatin1String("HEALTH"));
        QVERIFY(cli.run(list).outText().section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("HEALTH")));
        QVERIFY(cli.run(list, {}, german).outText().section(QLatin1Char('\n'), 0, 0).contains(health));
        const QStringList json {QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")};
        const CliResult englishJson = cli.run(json);
        QCOMPARE(englishJson.exitCode, 0);
        QCOMPARE(cli.run(json, {}, german).out, englishJson.out);
    }

    void tokenFromTheEnvironment()
    {
        TempStore store;
        CliRunner cli(store.path());
        auto added = cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("PT"),
                              QStringLiteral("--account-sid"), testAccountSid(2)},
                             {}, tokenEnv(QStringLiteral("env-token")));
        QCOMPARE(added.exitCode, 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const QString sid = testAccountSid(3);
        QTest::newRow("no command") << QStringList {} << QByteArray() << 2 << "Usage:";
        QTest::newRow("unknown command") << QStringList {QStringLiteral("fly")} << QByteArray() << 2 << "not a command";
        QTest::newRow("unknown option") << QStringList {QStringLiteral("carrier"), QStringLiteral("list"),
                                                        QStringLiteral("--colour")}
                                        << QByteArray() << 2 << "Unknown option";
        QTest::newRow("token on argv is not an option") << QStringList {QStringLiteral("carrier"),
                                                                        QStringLiteral("add"),
                                                                        QStringLiteral("X"),
                                                                        QStringLiteral("--account-sid"),
                                                                        sid,
                                                                        QStringLiteral("--token"),
                                                                        QStringLiteral("abc")}
                                                        << QByteArray() << 2 << "Unknown option";
        QTest::newRow("no token at all") << QStringList {QStringLiteral("carrier"), QStringLiteral("add"),
                                                         QStringLiteral("X"), QStringLiteral("--account-sid"), sid}
                                         << QByteArray() << 2 << "never taken from the command line";
        QTest::newRow("bad sid") << QStringList {QStringLiteral("carrier"), QStringLiteral("add"),
                                                 QStringLiteral("X"),       QStringLiteral("--account-sid"),
                                                 QStringLiteral("AC1"),     QStringLiteral("--token-stdin")}
                                 << QByteArray("t") << 2 << "32 hexadecimal digits";
        QTest::newRow("plain http to a remote host") << QStringList {QStringLiteral("carrier"),
                                                                     QStringLiteral("add"),
                                                                     QStringLiteral("X"),
                                                                     QStringLiteral("--account-sid"),
                                                                     sid,
                                                                     QStringLiteral("--base-url"),
                                                                     QStringLiteral("http://restcomm.example.com/"),
                                                                     QStringLiteral("--token-stdin")}
                                                     << QByteArray("t") << 2 << "Use https://";
        QTest::newRow("rate not a number") << QStringList {QStringLiteral("carrier"),
                                                           QStringLiteral("add"),
                                                           QStringLiteral("X"),
                                                           QStringLiteral("--account-sid"),
                                                           sid,
                                                           QStringLiteral("--rate"),
                                                           QStringLiteral("fast"),
                                                           QStringLiteral("--token-stdin")}
                                           << QByteArray("t") << 2 << "--rate takes a number";
        QTest::newRow("show missing") << QStringList {QStringLiteral("carrier"), QStringLiteral("show"),
                                                      QStringLiteral("Nope")}
                                      << QByteArray() << 2 << "no carrier named “Nope”";
        QTest::newRow("bad secret store") << QStringList {QStringLiteral("--secret-store"), QStringLiteral("vault"),
                                                          QStringLiteral("carrier"), QStringLiteral("list")}
                                          << QByteArray() << 2 << "not a token storage";
        QTest::newRow("help") << QStringList {QStringLiteral("carrier"), QStringLiteral("add"),
                                              QStringLiteral("--help")}
                              << QByteArray() << 0 << "--token-stdin";
        QTest::newRow("version") << QStringList {QStringLiteral("--version")} << QByteArray() << 0 << "smsrouter-cli";
        QTest::newRow("log --campaign not an id")
            << QStringList {QStringLiteral("log"), QStringLiteral("--campaign"), QStringLiteral("abc")} << QByteArray()
            << 2 << "--campaign takes a campaign id";
        QTest::newRow("log --campaign 0")
            << QStringList {QStringLiteral("log"), QStringLiteral("--campaign"), QStringLiteral("0")} << QByteArray()
            << 2 << "--campaign takes a campaign id";
        QTest::newRow("dispatch a campaign that does not exist")
            << QStringList {QStringLiteral("dispatch"), QStringLiteral("--campaign"), QStringLiteral("99")}
            << QByteArray() << 2 << "no campaign 99";
        QTest::newRow("usage problem on one line")
            << QStringList {QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("none")} << QByteArray()
            << 2 << "--limit takes a number above 0. (see `smsrouter-cli log --help`)";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        TempStore store;
        CliRunner cli(store.path(), QString());
        const auto result = cli.run(arguments, input);
        QCOMPARE(result.exitCode, exitCode);
        const QString all = result.outText() + result.errText();
        QVERIFY2(all.contains(message), qPrintable(all));
        if (exitCode == 2 && !arguments.isEmpty()) // one clear line (the bare command prints its usage)
            QVERIFY2(result.errText().count(QLatin1Char('\n')) == 1, qPrintable(result.errText()));
    }

    void invalidInputChangesNothing()
    {
        TempStore store;
        CliRunner cli(store.path());
        QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("A"),
                          QStringLiteral("--account-sid"), testAccountSid(1), QStringLiteral("--token-stdin")},
                         "t")
                     .exitCode,
                 0);
        auto duplicate = cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("a"),
                                  QStringLiteral("--account-sid"), testAccountSid(2), QStringLiteral("--token-stdin")},
                                 "t");
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY(duplicate.errText().contains(QStringLiteral("already exists")));
        auto list = cli.run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    }

    void aBusyStoreChangesNothingAndSaysSo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        QTest::newRow("carrier remove") << QStringList {QStringLiteral("carrier"), QStringLiteral("remove"),
                                                        QStringLiteral("Spare")}
                                        << "carrier remove";
        QTest::newRow("carrier update --rate")
            << QStringList {QStringLiteral("carrier"), QStringLiteral("update"), QStringLiteral("PT"),
                            QStringLiteral("--rate"), QStringLiteral("50")}
            << "carrier update";
        QTest::newRow("rule add") << QStringList {QStringLiteral("rule"),      QStringLiteral("add"),
                                                  QStringLiteral("--prefix"),  QStringLiteral("49"),
                                                  QStringLiteral("--carrier"), QStringLiteral("PT"),
                                                  QStringLiteral("--cost"),    QStringLiteral("0.01")}
                                  << "rule add";
        QTest::newRow("rule remove") << QStringList {QStringLiteral("rule"), QStringLiteral("remove"),
                                                     QStringLiteral("1")}
                                     << "rule remove";
    }

    void aBusyStoreChangesNothingAndSaysSo()
    {
        // Another program holds the store's write lock for longer than the CLI waits: the command
        // says, on one line, what it was doing and that nothing changed; exit 1; and nothing did.
        // Once the lock is gone the same command goes through.
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        TempStore store;
        CliRunner cli(store.path());
        for (const char *name : {"PT", "Spare"}) {
            QCOMPARE(cli.run({QStringLiteral("carrier"), QStringLiteral("add"), QString::fromLatin1(name),
                              QStringLiteral("--account-sid"), testAccountSid(name[0] == 'P' ? 1 : 2)},
                             {}, tokenEnv(QStringLiteral("t-%1").arg(QString::fromLatin1(name))))
                         .exitCode,
                     0);
        }
        QCOMPARE(cli.run({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--country"),
                          QStringLiteral("PT"), QStringLiteral("--carrier"), QStringLiteral("PT"),
                          QStringLiteral("--cost"), QStringLiteral("0.02")})
                     .exitCode,
                 0);
        const auto state = [&cli, &store] {
            QString text = QString::fromUtf8(
                cli.run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")}).out
                + cli.run({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")}).out);
            // The tokens too: a removed carrier's must go with it, a kept one's must stay.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("state"));
            db.setDatabaseName(store.path());
            if (db.open()) {
                QSqlQuery secrets(db);
                secrets.exec(QStringLiteral("SELECT COUNT(*) FROM secrets"));
                text += secrets.next() ? QStringLiteral("secrets=%1").arg(secrets.value(0).toInt()) : QString();
                secrets = QSqlQuery();
                db.close();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("state"));
            return text;
        };
        const QString before = state();

        QProcessEnvironment shortWait;
        shortWait.insert(QStringLiteral("SMSROUTER_BUSY_WAIT"), QStringLiteral("0.3"));
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(store.path());
            QVERIFY(holder.open());
            QSqlQuery hold(holder);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const CliResult busy = cli.run(arguments, {}, shortWait);
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
            hold = QSqlQuery();
            holder.close();
            holder = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));

            QCOMPARE(busy.exitCode, 1);
            const QStringList lines = busy.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.first().startsWith(QStringLiteral("smsrouter-cli: %1: The store is busy").arg(words)),
                     qPrintable(lines.first()));
            QVERIFY2(lines.first().contains(QStringLiteral("Nothing was changed")), qPrintable(lines.first()));
        }
        QCOMPARE(state(), before);

        const CliResult free = cli.run(arguments, {}, shortWait);
        QVERIFY2(free.exitCode == 0, free.err.constData());
        QVERIFY(state() != before);
    }

    void foreignFileIsRefusedWithExitTwo()
    {
        TempStore store;
        QFile f(store.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        CliRunner cli(store.path());
        auto result = cli.run({QStringLiteral("carrier"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.errText().contains(QStringLiteral("not a SQLite database")));
    }
};

SMSROUTER_TEST(TestCarrierCli)
#include "testcarriercli.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli campaign … and optout …: the import summary's JSON shape, exit codes, the
// lifecycle commands, rejects as CSV and the opt-out commands, against a real store.
#include "carriers/carrierservice.h"
#include "clirunner.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

QJsonObject object(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCampaignCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importJsonShape();
    void importRefusesBadInput_data();
    void importRefusesBadInput();
    void importText();
    void lifecycle();
    void rejectsAsCsv();
    void optOutCommands();
    void optOutsAtImport();

private:
    QString write(const QString &name, const QByteArray &content) const;
    CliResult run(const QStringList &arguments) const { return m_cli->run(arguments); }
    qint64 import(const QString &file);

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<CliRunner> m_cli;
    QString m_list;
};

void TestCampaignCli::init()
{
    m_store = std::make_unique<TempStore>();
    {
        auto session = m_store->openSession(SecretBackend::Database);
        QVERIFY(session->settings().setDefaultRegion(QStringLiteral("PT")));
        QVERIFY(session->settings().setCurrency(QStringLiteral("EUR")));
        Carrier carrier;
        carrier.name = QStringLiteral("PT Mobile");
        carrier.accountSid = testAccountSid(1);
        auto added = session->carriers().add(carrier, "token");
        QVERIFY(added);
        Rule rule;
        rule.value = QStringLiteral("351");
        rule.carrierId = added->id;
        rule.costMicros = 30000;
        QVERIFY(session->rules().add(rule));
    }
    m_cli = std::make_unique<CliRunner>(m_store->path());
    m_list = write(QStringLiteral("list.csv"),
                   "Nome;Telemóvel\r\n"
                   "Ana;+351 912 345 678\r\n"
                   "Rui;936 000 222\r\n"
                   "Ana outra vez;00351912345678\r\n"
                   "Zé;12\r\n"
                   "Eva;+33 6 12 34 56 78\r\n");
}

void TestCampaignCli::cleanup()
{
    m_cli.reset();
    m_store.reset();
}

QString TestCampaignCli::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_store->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 TestCampaignCli::import(const QString &file)
{
    const CliResult r = run(QStringList {QStringLiteral("campaign"), QStringLiteral("import"), file}
                            + args({"--name", "Spring", "--from", "Shop", "--body", "Olá {Nome}", "--json"}));
    if (r.exitCode != 0)
        qWarning() << r.errText();
    return object(r).value(QStringLiteral("campaign_id")).toInteger();
}

void TestCampaignCli::importJsonShape()
{
    const CliResult r = run(QStringList {QStringLiteral("campaign"), QStringLiteral("import"), m_list}
                            + args({"--name", "Spring", "--from", "Shop", "--body", "Olá {Nome}", "--json"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress when stderr is not a terminal
    QJsonParseError error;
    const QJsonObject summary = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError); // stdout holds the JSON and nothing else
    QCOMPARE(sortedKeys(summary), args({"accepted", "campaign_id", "estimated_cost", "rejected", "rows", "segments"}));
    QVERIFY(summary.value(QStringLiteral("campaign_id")).toInteger() > 0);
    QCOMPARE(summary.value(QStringLiteral("rows")).toInteger(), 5);
    QCOMPARE(summary.value(QStringLiteral("accepted")).toInteger(), 2);
    QCOMPARE(summary.value(QStringLiteral("segments")).toInteger(), 2);
    QCOMPARE(summary.value(QStringLiteral("estimated_cost")).toString(), QStringLiteral("0.0600"));
    const QJsonObject rejected = summary.value(QStringLiteral("rejected")).toObject();
    QCOMPARE(sortedKeys(rejected),
             args({"duplicate", "empty_body", "invalid_number", "opted_out", "too_long", "unroutable"}));
    QCOMPARE(rejected.value(QStringLiteral("duplicate")).toInteger(), 1);
    QCOMPARE(rejected.value(QStringLiteral("invalid_number")).toInteger(), 1);
    QCOMPARE(rejected.value(QStringLiteral("unroutable")).toInteger(), 1);
    QCOMPARE(rejected.value(QStringLiteral("opted_out")).toInteger(), 0);
}

void TestCampaignCli::importRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "campaign import"; FILE is the good list
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown placeholder") << args({"FILE", "--name", "n", "--from", "s", "--body", "Olá {Apelido}"})
                                         << "{Apelido}";
    QTest::newRow("unreadable file") << args({"/nonexistent/list.csv", "--name", "n", "--from", "s", "--body", "x"})
                                     << "Cannot read";
    QTest::newRow("no --from") << args({"FILE", "--name", "n", "--body", "x"}) << "--from";
    QTest::newRow("sender too long") << args({"FILE", "--name", "n", "--from", "A very long sender", "--body", "x"})
                                     << "at most 11 characters";
    QTest::newRow("no file") << args({"--name", "n", "--from", "s", "--body", "x"}) << "Give one file";
    QTest::newRow("bad delimiter") << args({"FILE", "--name", "n", "--from", "s", "--body", "x", "--delimiter", "ab"})
                                   << "not a field separator";
    QTest::newRow("bad region") << args({"FILE", "--name", "n", "--from", "s", "--body", "x", "--region", "XX"})
                                << "not a region";
    QTest::newRow("unknown encoding") << args(
        {"FILE", "--name", "n", "--from", "s", "--body", "x", "--encoding", "klingon"})
                                      << "klingon";
    QTest::newRow("unknown phone column")
        << args({"FILE", "--name", "n", "--from", "s", "--body", "x", "--phone-column", "fax"}) << "no column “fax”";
}

void TestCampaignCli::importRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_list);
    const CliResult r = run(QStringList {QStringLiteral("campaign"), QStringLiteral("import")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const CliResult list = run(args({"campaign", "list", "--json"}));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0); // nothing stored
}

void TestCampaignCli::importText()
{
    const CliResult r = run(QStringList {QStringLiteral("campaign"), QStringLiteral("import"), m_list}
                            + args({"--name", "Spring", "--from", "Shop", "--body", "Olá {Nome}"}));
    QCOMPARE(r.exitCode, 0);
    const QString text = r.outText();
    QVERIFY2(text.contains(QStringLiteral("Imported campaign 1 “Spring” from list.csv (UTF-8, “;”, phone column "
                                          "“Telemóvel”)")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(duplicate 1, invalid_number 1, unroutable 1)")));
    QVERIFY(text.contains(QStringLiteral("estimated cost: 0.0600 EUR")));
    QVERIFY(text.contains(QStringLiteral("PT Mobile")));
    QVERIFY(text.contains(QStringLiteral("smsrouter-cli campaign start 1")));
}

void TestCampaignCli::lifecycle()
{
    const qint64 id = import(m_list);
    QVERIFY(id > 0);
    const QString idText = QString::number(id);
    const auto campaign = [&](const char *command, QStringList more = {}) {
        return run(QStringList {QStringLiteral("campaign"), QString::fromLatin1(command), idText} + more);
    };

    CliResult show = campaign("show", args({"--json"}));
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(object(show).value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(object(show).value(QStringLiteral("counts")).toObject().value(QStringLiteral("pending")).toInteger(), 2);
    const QJsonArray carriers = object(show).value(QStringLiteral("carriers")).toArray();
    QCOMPARE(carriers.size(), 1);
    QCOMPARE(carriers.first().toObject().value(QStringLiteral("carrier")).toString(), QStringLiteral("PT Mobile"));
    QCOMPARE(carriers.first().toObject().value(QStringLiteral("estimated_cost")).toString(), QStringLiteral("0.0600"));
    QVERIFY(campaign("show").outText().contains(QStringLiteral("Estimated cost:")));

    CliResult r = campaign("start", args({"--at", "2001-01-01T00:00:00Z"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("not in the future")), r.err.constData());
    QCOMPARE(campaign("start", args({"--at", "tomorrow"})).exitCode, 2);
    r = campaign("start", args({"--at", "2099-03-01T09:00:00Z"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("starts at 2099-03-01T09:00:00Z")), r.out.constData());
    show = campaign("show", args({"--json"}));
    QCOMPARE(object(show).value(QStringLiteral("state")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(object(show).value(QStringLiteral("scheduled_at")).toString(), QStringLiteral("2099-03-01T09:00:00Z"));

    r = campaign("start");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("2 messages queued")), r.out.constData());
    QCOMPARE(campaign("start").exitCode, 2);
    r = campaign("pause", args({"--json"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QCOMPARE(object(r).value(QStringLiteral("counts")).toObject().value(QStringLiteral("pending")).toInteger(), 2);
    QCOMPARE(campaign("pause").exitCode, 2);
    QVERIFY(campaign("resume").outText().contains(QStringLiteral("2 messages queued")));
    r = campaign("cancel");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("2 messages will not be sent")), r.out.constData());
    r = campaign("resume");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("cancelled")));

    const CliResult list = run(args({"campaign", "list", "--json"}));
    QCOMPARE(list.exitCode, 0);
    const QJsonObject listed = QJsonDocument::fromJson(list.out).array().first().toObject();
    QCOMPARE(listed.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(listed.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cancelled")).toInteger(), 2);
    QVERIFY(run(args({"campaign", "list"})).outText().contains(QStringLiteral("Spring")));

    QCOMPARE(run(args({"campaign", "show", "999"})).exitCode, 2);
    QCOMPARE(run(args({"campaign", "pause", "abc"})).exitCode, 2);
    QCOMPARE(run(args({"campaign", "cancel"})).exitCode, 2);
}

void TestCampaignCli::rejectsAsCsv()
{
    const qint64 id = import(m_list);
    const CliResult r = run(args({"campaign", "rejects"}) << QString::number(id));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("line,raw_value,reason,detail"));
    QCOMPARE(lines.at(1), QStringLiteral("4,00351912345678,duplicate,Same recipient as line 2 (+351912345678)."));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("5,12,invalid_number,too_short: ")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(
                 QStringLiteral("6,+33 6 12 34 56 78,unroutable,\"The number +33612345678 is unroutable: ")),
             qPrintable(lines.at(3)));

    const CliResult json = run(args({"campaign", "rejects", "--json"}) << QString::number(id));
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(sortedKeys(array.first().toObject()), args({"detail", "line", "raw_value", "reason"}));
    QCOMPARE(run(args({"campaign", "rejects", "77"})).exitCode, 2);
}

void TestCampaignCli::optOutCommands()
{
    CliResult r = run(args({"optout", "add", "+351", "912", "345", "678", "--reason", "STOP", "--json"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(object(r).value(QStringLiteral("e164")).toString(), QStringLiteral("+351912345678"));
    QCOMPARE(object(r).value(QStringLiteral("added")).toBool(), true);
    r = run(args({"optout", "add", "912345678"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QStringLiteral("already opted out")));
    r = run(args({"optout", "add", "not a number"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("not a phone number")));

    const QString file =
        write(QStringLiteral("stop.csv"), "number,reason\n936000222,replied STOP\nxyz,\n+33612345678,\n");
    r = run(args({"optout", "import", "--json"}) << file);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(object(r).value(QStringLiteral("added")).toInteger(), 2);
    QCOMPARE(object(r)
                 .value(QStringLiteral("invalid"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInteger(),
             3);
    QVERIFY2(r.errText().contains(file + QStringLiteral(":3: ")), r.err.constData());

    r = run(args({"optout", "list", "--json"}));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    QVERIFY(run(args({"optout", "list"})).outText().contains(QStringLiteral("replied STOP")));
    QCOMPARE(run(args({"optout", "remove", "+351936000222"})).exitCode, 0);
    r = run(args({"optout", "remove", "+351936000222"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("not opted out")));
    QCOMPARE(run(args({"optout", "import", "/nonexistent.csv"})).exitCode, 2);
}

void TestCampaignCli::optOutsAtImport()
{
    QCOMPARE(run(args({"optout", "add", "936 000 222"})).exitCode, 0);
    const CliResult r = run(QStringList {QStringLiteral("campaign"), QStringLiteral("import"), m_list}
                            + args({"--name", "S", "--from", "Shop", "--body", "Olá", "--json"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(object(r).value(QStringLiteral("accepted")).toInteger(), 1);
    QCOMPARE(object(r).value(QStringLiteral("rejected")).toObject().value(QStringLiteral("opted_out")).toInteger(), 1);
}

SMSROUTER_TEST(TestCampaignCli)
#include "testcampaigncli.moc"

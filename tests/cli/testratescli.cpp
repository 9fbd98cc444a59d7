// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli import rates-csv / export rates-csv: round trip, all-or-nothing with line numbers,
// exit codes of the contract.
#include "clirunner.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(SMSROUTER_TEST_DATA "/routing/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRatesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsASpreadsheetCard();
    void exportImportRoundTripChangesNothing();
    void badCardListsEveryProblemAndChangesNothing();
    void badCardAsJson();
    void exitCodes();

private:
    void addCarrier(const QString &name, int n);
    QJsonArray rules() const;

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<CliRunner> m_cli;
};

void TestRatesCli::init()
{
    m_store = std::make_unique<TempStore>();
    m_cli = std::make_unique<CliRunner>(m_store->path());
    addCarrier(QStringLiteral("EE UK"), 1);
    addCarrier(QStringLiteral("Vodafone PT"), 2);
    addCarrier(QStringLiteral("Backup"), 3);
}

void TestRatesCli::addCarrier(const QString &name, int n)
{
    const CliResult added =
        m_cli->run({QStringLiteral("carrier"), QStringLiteral("add"), name, QStringLiteral("--account-sid"),
                    testAccountSid(n), QStringLiteral("--token-stdin")},
                   "token\n");
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

QJsonArray TestRatesCli::rules() const
{
    const CliResult list = m_cli->run({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(list.out).array();
}

void TestRatesCli::importsASpreadsheetCard()
{
    // Excel in a European locale: semicolons, decimal commas, capitalised column names.
    const CliResult run =
        m_cli->run({QStringLiteral("import"), QStringLiteral("rates-csv"), dataFile("rates-semicolon.csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("4 rules added, 0 updated, 0 unchanged.")), run.out.constData());
    const QJsonArray stored = rules();
    QCOMPARE(stored.size(), 4);
    QStringList costs;
    for (const QJsonValue &rule : stored)
        costs.append(rule.toObject().value(QStringLiteral("cost")).toString());
    costs.sort();
    QCOMPARE(costs,
             (QStringList {QStringLiteral("0.0125"), QStringLiteral("0.0210"), QStringLiteral("0.0305"),
                           QStringLiteral("0.0500")}));

    const CliResult routed =
        m_cli->run({QStringLiteral("route"), QStringLiteral("+44 7911 123456"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(routed.out).object().value(QStringLiteral("carrier")).toString(),
             QStringLiteral("EE UK"));
}

void TestRatesCli::exportImportRoundTripChangesNothing()
{
    QCOMPARE(
        m_cli->run({QStringLiteral("import"), QStringLiteral("rates-csv"), dataFile("rates-semicolon.csv")}).exitCode,
        0);
    // A rule with more decimals than four and a disabled one must survive the trip exactly.
    QCOMPARE(m_cli
                 ->run({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--country"),
                        QStringLiteral("GG"), QStringLiteral("--carrier"), QStringLiteral("Backup"),
                        QStringLiteral("--cost"), QStringLiteral("0.000125"), QStringLiteral("--weight"),
                        QStringLiteral("0"), QStringLiteral("--disabled")})
                 .exitCode,
             0);
    const QJsonArray before = rules();
    QCOMPARE(before.size(), 5);

    const QString file = m_store->filePath(QStringLiteral("rates.csv"));
    const CliResult exported = m_cli->run({QStringLiteral("export"), QStringLiteral("rates-csv"), file});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(exported.outText(), QStringLiteral("Exported 5 rules to %1.\n").arg(file));
    const QByteArray written = readAll(file);
    QVERIFY(written.startsWith("\xEF\xBB\xBF"
                               "prefix,country,carrier,priority,weight,cost,enabled\r\n"));
    QVERIFY(written.contains(",GG,Backup,1,0,0.000125,no\r\n"));

    // Standard output: the same card for pipes (no byte-order mark, LF).
    const CliResult toStdout = m_cli->run({QStringLiteral("export"), QStringLiteral("rates-csv")});
    QCOMPARE(toStdout.exitCode, 0);
    QByteArray expected = written.mid(3);
    expected.replace("\r\n", "\n");
    QCOMPARE(toStdout.out, expected);

    const CliResult imported =
        m_cli->run({QStringLiteral("import"), QStringLiteral("rates-csv"), file, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(report.value(QStringLiteral("rules_added")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("rules_updated")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("rules_unchanged")).toInt(), 5);
    QVERIFY(report.value(QStringLiteral("problems")).toArray().isEmpty());
    QCOMPARE(rules(), before);
}

void TestRatesCli::badCardListsEveryProblemAndChangesNothing()
{
    QCOMPARE(m_cli
                 ->run({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                        QStringLiteral("--carrier"), QStringLiteral("Backup")})
                 .exitCode,
             0);
    const QJsonArray before = rules();
    const QString file = dataFile("rates-bad.csv");
    const CliResult run = m_cli->run({QStringLiteral("import"), QStringLiteral("rates-csv"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString prefix = QStringLiteral("smsrouter-cli: %1: ").arg(file);
    const QStringList expectedStarts {
        QStringLiteral("line 3: There is no carrier named “Ghost”"),
        QStringLiteral("line 4: “XX” is not a region with phone numbers"),
        QStringLiteral("line 6: This line has 7 fields but the header has 6."),
        QStringLiteral("line 7: The priority “first” is not a whole number."),
        QStringLiteral("line 7: “€1” is not a price"),
        QStringLiteral("line 8: The same rule as line 2 (prefix 447, carrier “ee uk”)"),
    };
    QCOMPARE(lines.size(), expectedStarts.size() + 1);
    for (qsizetype i = 0; i < expectedStarts.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(prefix + expectedStarts.at(i)), qPrintable(lines.at(i)));
    QCOMPARE(lines.constLast(), QStringLiteral("smsrouter-cli: nothing was imported (6 problems)."));
    QCOMPARE(rules(), before);
}

void TestRatesCli::badCardAsJson()
{
    const CliResult run = m_cli->run(
        {QStringLiteral("import"), QStringLiteral("rates-csv"), dataFile("rates-bad.csv"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("rules_added")).toInt(), 0);
    QList<int> lines;
    for (const QJsonValue &problem : report.value(QStringLiteral("problems")).toArray())
        lines.append(problem.toObject().value(QStringLiteral("line")).toInt());
    QCOMPARE(lines, (QList<int> {3, 4, 6, 7, 7, 8}));
    QVERIFY(rules().isEmpty());
}

void TestRatesCli::exitCodes()
{
    const CliResult missing = m_cli->run(
        {QStringLiteral("import"), QStringLiteral("rates-csv"), m_store->filePath(QStringLiteral("nope.csv"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.errText().contains(QStringLiteral("Cannot read")));
    QCOMPARE(m_cli->run({QStringLiteral("import"), QStringLiteral("rates-csv")}).exitCode, 2);

    // A header that is not a rate card: one problem about line 1.
    const QString wrong = m_store->filePath(QStringLiteral("contacts.csv"));
    QFile contacts(wrong);
    QVERIFY(contacts.open(QIODevice::WriteOnly));
    contacts.write("name,phone\nAna,+351912345678\n");
    contacts.close();
    const CliResult notACard = m_cli->run({QStringLiteral("import"), QStringLiteral("rates-csv"), wrong});
    QCOMPARE(notACard.exitCode, 2);
    QVERIFY2(notACard.errText().contains(QStringLiteral(": line 1: “name” is not a rate-card column")),
             notACard.err.constData());

    // Writing where no file can be: the operation ran and failed.
    const CliResult unwritable = m_cli->run({QStringLiteral("export"), QStringLiteral("rates-csv"),
                                             m_store->filePath(QStringLiteral("no/such/folder/rates.csv"))});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.errText().contains(QStringLiteral("Cannot write")));

    QCOMPARE(m_cli->run({QStringLiteral("export"), QStringLiteral("rates-csv"), QStringLiteral("--json")}).exitCode, 2);
    QCOMPARE(m_cli
                 ->run({QStringLiteral("export"), QStringLiteral("rates-csv"), QStringLiteral("a.csv"),
                        QStringLiteral("b.csv")})
                 .exitCode,
             2);
}

SMSROUTER_TEST(TestRatesCli)
#include "testratescli.moc"

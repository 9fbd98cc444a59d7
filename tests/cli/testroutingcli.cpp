// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "testprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

} // namespace

class TestRoutingCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ruleAddListRemove();
    void ruleAddRefusesBadInput_data();
    void ruleAddRefusesBadInput();
    void routeJsonShapeAndExitCodes();
    void routeText();
    void importCarriersJson();
    void importCarriersJsonRefusesBadFile();

private:
    Run cli(const QStringList &arguments);
    void addCarrier(const QString &name, int n, bool enabled = true);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestRoutingCli::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMSROUTER_TOKEN"), QStringLiteral("test-token"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SMSROUTER_CLI_PATH),
                  QStringList {QStringLiteral("--db"), m_dir->filePath(QStringLiteral("store.sqlite")),
                               QStringLiteral("--secret-store"), QStringLiteral("database")}
                      + arguments);
    Run run;
    if (!process.waitForFinished(60'000)) {
        qWarning() << "smsrouter-cli did not finish:" << arguments;
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestRoutingCli::addCarrier(const QString &name, int n, bool enabled)
{
    QStringList arguments {QStringLiteral("carrier"), QStringLiteral("add"), name, QStringLiteral("--account-sid"),
                           QStringLiteral("AC%1").arg(n, 32, 10, QLatin1Char('0'))};
    if (!enabled)
        arguments.append(QStringLiteral("--disabled"));
    const Run run = cli(arguments);
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

void TestRoutingCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRoutingCli::ruleAddListRemove()
{
    addCarrier(QStringLiteral("Carrier UK"), 1);
    const Run added =
        cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--prefix"), QStringLiteral("+44 7"),
             QStringLiteral("--carrier"), QStringLiteral("Carrier UK"), QStringLiteral("--cost"),
             QStringLiteral("0,021"), QStringLiteral("--weight"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const QJsonObject rule = added.object();
    QCOMPARE(rule.value(QStringLiteral("kind")).toString(), QStringLiteral("prefix"));
    QCOMPARE(rule.value(QStringLiteral("value")).toString(), QStringLiteral("447"));
    QCOMPARE(rule.value(QStringLiteral("carrier")).toString(), QStringLiteral("Carrier UK"));
    QCOMPARE(rule.value(QStringLiteral("cost")).toString(), QStringLiteral("0.0210"));
    QCOMPARE(rule.value(QStringLiteral("weight")).toInt(), 3);
    QCOMPARE(rule.value(QStringLiteral("enabled")).toBool(), true);

    QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                  QStringLiteral("--carrier"), QStringLiteral("carrier uk"), QStringLiteral("--disabled")})
                 .code,
             2); // carrier names are exact on the command line
    const Run second = cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                            QStringLiteral("--carrier"), QStringLiteral("Carrier UK"), QStringLiteral("--disabled")});
    QCOMPARE(second.code, 0);
    QVERIFY(second.out.contains("Added rule #2: default → Carrier UK"));

    const Run list = cli({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.array().size(), 2);
    QCOMPARE(list.array().at(0).toObject().value(QStringLiteral("enabled")).toBool(), false);
    const Run table = cli({QStringLiteral("rule"), QStringLiteral("list")});
    QVERIFY(table.out.contains("prefix 447  Carrier UK"));

    const qint64 id = rule.value(QStringLiteral("id")).toInteger();
    QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("remove"), QString::number(id)}).code, 0);
    const Run again = cli({QStringLiteral("rule"), QStringLiteral("remove"), QString::number(id)});
    QCOMPARE(again.code, 2);
    QVERIFY(again.err.contains(QStringLiteral("There is no rule %1").arg(id)));
    QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("remove"), QStringLiteral("first")}).code, 2);
    QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 1);
}

void TestRoutingCli::ruleAddRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString carrier = QStringLiteral("--carrier");
    const QString uk = QStringLiteral("Carrier UK");
    QTest::newRow("no match") << QStringList {carrier, uk} << "Give exactly one of --prefix";
    QTest::newRow("two matches") << QStringList {QStringLiteral("--default"), QStringLiteral("--country"),
                                                 QStringLiteral("GB"), carrier, uk}
                                 << "Give exactly one of --prefix";
    QTest::newRow("no carrier") << QStringList {QStringLiteral("--default")} << "--carrier NAME is required";
    QTest::newRow("unknown carrier") << QStringList {QStringLiteral("--default"), carrier, QStringLiteral("Nobody")}
                                     << "There is no carrier named “Nobody”";
    QTest::newRow("bad prefix") << QStringList {QStringLiteral("--prefix"), QStringLiteral("0044"), carrier, uk}
                                << "cannot start with 0";
    QTest::newRow("country name") << QStringList {QStringLiteral("--country"), QStringLiteral("uk"), carrier, uk}
                                  << "“UK” is GB";
    QTest::newRow("bad cost") << QStringList {QStringLiteral("--default"), carrier, uk, QStringLiteral("--cost"),
                                              QStringLiteral("cheap")}
                              << "--cost: “cheap” is not a price";
    QTest::newRow("bad priority") << QStringList {QStringLiteral("--default"), carrier, uk,
                                                  QStringLiteral("--priority"), QStringLiteral("high")}
                                  << "--priority takes a whole number";
}

void TestRoutingCli::ruleAddRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    addCarrier(QStringLiteral("Carrier UK"), 1);
    const Run run = cli(QStringList {QStringLiteral("rule"), QStringLiteral("add")} + arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 0);
}

void TestRoutingCli::routeJsonShapeAndExitCodes()
{
    addCarrier(QStringLiteral("Carrier UK"), 1);
    addCarrier(QStringLiteral("Carrier B"), 2, false);
    for (const QString &name : {QStringLiteral("Carrier UK"), QStringLiteral("Carrier B")}) {
        QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--prefix"), QStringLiteral("447"),
                      QStringLiteral("--carrier"), name, QStringLiteral("--cost"), QStringLiteral("0.021")})
                     .code,
                 0);
    }

    const Run routed = cli({QStringLiteral("route"), QStringLiteral("07911 123456"), QStringLiteral("--region"),
                            QStringLiteral("gb"), QStringLiteral("--json")});
    QCOMPARE(routed.code, 0);
    const QJsonObject json = routed.object();
    QCOMPARE(sortedKeys(json),
             (QStringList {QStringLiteral("candidates"), QStringLiteral("carrier"), QStringLiteral("e164"),
                           QStringLiteral("input"), QStringLiteral("reason"), QStringLiteral("region"),
                           QStringLiteral("rule"), QStringLiteral("type"), QStringLiteral("valid")}));
    QCOMPARE(json.value(QStringLiteral("input")).toString(), QStringLiteral("07911 123456"));
    QCOMPARE(json.value(QStringLiteral("e164")).toString(), QStringLiteral("+447911123456"));
    QCOMPARE(json.value(QStringLiteral("region")).toString(), QStringLiteral("GG"));
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("mobile"));
    QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("prefix 447"));
    QCOMPARE(json.value(QStringLiteral("carrier")).toString(), QStringLiteral("Carrier UK"));
    QCOMPARE(json.value(QStringLiteral("reason")).toString(),
             QStringLiteral("+447911123456 → Carrier UK: prefix 447 (priority 1, 0.0210 EUR/segment); skipped "
                            "Carrier B: disabled"));
    const QJsonArray candidates = json.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 2);
    const QJsonObject first = candidates.at(0).toObject();
    QCOMPARE(sortedKeys(first),
             (QStringList {QStringLiteral("carrier"), QStringLiteral("cost"), QStringLiteral("priority"),
                           QStringLiteral("skipped")}));
    QVERIFY(first.value(QStringLiteral("skipped")).isNull());
    QCOMPARE(first.value(QStringLiteral("cost")).toString(), QStringLiteral("0.0210"));
    QCOMPARE(candidates.at(1).toObject().value(QStringLiteral("skipped")).toString(), QStringLiteral("disabled"));

    // Valid but unroutable: exit 1 with the reason.
    const Run unroutable = cli({QStringLiteral("route"), QStringLiteral("+351912345678"), QStringLiteral("--json")});
    QCOMPARE(unroutable.code, 1);
    QVERIFY(unroutable.err.contains(QStringLiteral("+351912345678 is unroutable: no enabled rule matches it")));
    QVERIFY(unroutable.object().value(QStringLiteral("carrier")).isNull());
    QCOMPARE(unroutable.object().value(QStringLiteral("valid")).toBool(), true);

    // Unparseable: exit 2 with the reason.
    const Run refused = cli({QStringLiteral("route"), QStringLiteral("+44 12"), QStringLiteral("--json")});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("too short for a number in GB")), qPrintable(refused.err));
    QCOMPARE(refused.object().value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(cli({QStringLiteral("route"), QStringLiteral("hello")}).code, 2);
    QCOMPARE(cli({QStringLiteral("route")}).code, 2);
    const Run badRegion =
        cli({QStringLiteral("route"), QStringLiteral("7911 123456"), QStringLiteral("--region"), QStringLiteral("XX")});
    QCOMPARE(badRegion.code, 2);
    QVERIFY(badRegion.err.contains(QStringLiteral("--region “XX”")));
}

void TestRoutingCli::routeText()
{
    addCarrier(QStringLiteral("World"), 1);
    QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--default"),
                  QStringLiteral("--carrier"), QStringLiteral("World")})
                 .code,
             0);
    // An unquoted number arrives in several words.
    const Run run = cli({QStringLiteral("route"), QStringLiteral("+1"), QStringLiteral("650"), QStringLiteral("253"),
                         QStringLiteral("0000")});
    QCOMPARE(run.code, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("+16502530000 → World: default (priority 1, 0.0000 EUR/segment)"));
    QCOMPARE(lines.at(1), QStringLiteral("Number: +16502530000, US (United States), fixed_line_or_mobile"));
    QVERIFY(lines.at(3).contains(QStringLiteral("World")) && lines.at(3).endsWith(QStringLiteral("chosen")));
}

void TestRoutingCli::importCarriersJson()
{
    const QString file = QStringLiteral(SMSROUTER_TEST_DATA "/routing/carriers-good.json");
    const Run run = cli({QStringLiteral("import"), QStringLiteral("carriers-json"), file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith("Imported 3 carriers and 3 country rules"));
    QCOMPARE(cli({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 3);
    const QJsonArray rules = cli({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    QCOMPARE(rules.size(), 3);
    const Run routed = cli({QStringLiteral("route"), QStringLiteral("+49 151 23456789"), QStringLiteral("--json")});
    QCOMPARE(routed.object().value(QStringLiteral("carrier")).toString(), QStringLiteral("carrier3"));

    const Run again = cli({QStringLiteral("import"), QStringLiteral("carriers-json"), file, QStringLiteral("--json")});
    QCOMPARE(again.code, 2);
    QCOMPARE(again.object().value(QStringLiteral("problems")).toArray().size(), 3);
}

void TestRoutingCli::importCarriersJsonRefusesBadFile()
{
    addCarrier(QStringLiteral("Existing"), 9);
    const Run run = cli({QStringLiteral("import"), QStringLiteral("carriers-json"),
                         QStringLiteral(SMSROUTER_TEST_DATA "/routing/carriers-bad.json")});
    QCOMPARE(run.code, 2);
    for (const char *key : {"france", "germany", "italy", "narnia", "portugall", "spain", ": uk:", "united kingdom"})
        QVERIFY2(run.err.contains(QString::fromUtf8(key)), key);
    QVERIFY(run.err.contains(QStringLiteral("nothing was imported (8 problems)")));
    QCOMPARE(cli({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 1);
    QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 0);

    const Run missing =
        cli({QStringLiteral("import"), QStringLiteral("carriers-json"), m_dir->filePath(QStringLiteral("nope.json"))});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(QStringLiteral("Cannot read")));
}

SMSROUTER_TEST(TestRoutingCli)
#include "testroutingcli.moc"

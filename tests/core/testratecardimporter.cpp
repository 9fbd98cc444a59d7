// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriers/carrierservice.h"
#include "routing/ratecardexporter.h"
#include "routing/ratecardimporter.h"
#include "routing/ruleservice.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QStringList fields(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

/// Rows numbered from line 2 (the header is line 1).
QList<RateCardRow> rows(std::initializer_list<std::initializer_list<const char *>> lines)
{
    QList<RateCardRow> list;
    qint64 line = 2;
    for (const auto &l : lines)
        list.append({line++, fields(l)});
    return list;
}

/// Rules as comparable text, independent of ids and carrier ids.
QStringList describe(Session &session)
{
    QStringList out;
    const RuleList rules = *session.rules().list();
    for (const Rule &r : rules)
        out.append(QStringLiteral("%1 %2 p%3 w%4 %5 %6")
                       .arg(r.matchText(), session.carriers().findById(r.carrierId)->name)
                       .arg(r.priority)
                       .arg(r.weight)
                       .arg(r.costMicros)
                       .arg(r.enabled ? QStringLiteral("on") : QStringLiteral("off")));
    return out;
}

void addCarriers(Session &session)
{
    int n = 1;
    for (const char *name : {"Carrier UK", "Carrier PT", "Backup"}) {
        Carrier c;
        c.name = QString::fromUtf8(name);
        c.accountSid = testAccountSid(n++);
        QVERIFY(session.carriers().add(c, "token"));
    }
}

const QStringList standardHeader = fields({"prefix", "country", "carrier", "priority", "weight", "cost"});

} // namespace

class TestRateCardImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsRows();
    void headerProblems_data();
    void headerProblems();
    void rowProblems_data();
    void rowProblems();
    void badCardImportsNothingAndListsEveryLine();
    void updatesExistingRules();
    void checkWritesNothing();
    void exportImportRoundTrip();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
};

void TestRateCardImporter::init()
{
    m_store = std::make_unique<TempStore>();
    m_session = m_store->openSession(SecretBackend::Database);
    addCarriers(*m_session);
}

void TestRateCardImporter::cleanup()
{
    m_session.reset();
    m_store.reset();
}

void TestRateCardImporter::importsRows()
{
    QSignalSpy changed(&m_session->rules(), &RuleService::changed);
    RateCardImporter importer(m_session->carriers(), m_session->rules());
    const ImportReport report = importer.import(fields({"\xEF\xBB\xBF"
                                                        "Prefix",
                                                        " Country ", "CARRIER", "cost", "weight", "priority"}),
                                                rows({{"447", "", "Carrier UK", "0.021", "3", "1"},
                                                      {"+44 7", "", "backup", "0,025", "", ""},
                                                      {"", "pt", "Carrier PT", "0.0125", "1", "2"},
                                                      {"", "", "", "", "", ""},
                                                      {"*", "", "Backup", "0.05", "", "9"}}));
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.rulesAdded, 4);
    QCOMPARE(report.summary, QStringList {QStringLiteral("4 rules added, 0 updated, 0 unchanged.")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(describe(*m_session),
             (QStringList {QStringLiteral("country PT Carrier PT p2 w1 12500 on"),
                           QStringLiteral("default Backup p9 w1 50000 on"),
                           QStringLiteral("prefix 447 Carrier UK p1 w3 21000 on"),
                           QStringLiteral("prefix 447 Backup p1 w1 25000 on")}));
    const RouteDecision d = m_session->rules().index()->decide(u"+447911123456", u"GG", 1);
    QCOMPARE(d.carrierName(), QStringLiteral("Carrier UK")); // cheaper first
}

void TestRateCardImporter::headerProblems_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("unknown column") << fields({"prefix", "carrier", "cost", "rate"})
                                    << fields({"line 1: “rate” is not a rate-card column"});
    QTest::newRow("twice") << fields({"prefix", "carrier", "cost", "Cost"})
                           << fields({"line 1: The column “cost” appears twice."});
    QTest::newRow("no match column") << fields({"carrier", "cost"})
                                     << fields({"line 1: A rate card needs a “prefix” or a “country” column"});
    QTest::newRow("nothing") << QStringList()
                             << fields({"line 1: A rate card needs a “prefix”", "line 1: A rate card needs a “carrier”",
                                        "line 1: A rate card needs a “cost”"});
}

void TestRateCardImporter::headerProblems()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, problems);
    const ImportReport report = RateCardImporter(m_session->carriers(), m_session->rules())
                                    .import(header, {{2, QStringList(header.size(), QString())}});
    QCOMPARE(report.problems.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(report.problems.at(i).text().startsWith(problems.at(i)), qPrintable(report.problems.at(i).text()));
}

void TestRateCardImporter::rowProblems_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no match") << fields({"", "", "Backup", "1", "1", "0.1"}) << "Give a prefix or a country";
    QTest::newRow("both") << fields({"44", "GB", "Backup", "1", "1", "0.1"})
                          << "Give either a prefix (44) or a country";
    QTest::newRow("bad prefix") << fields({"44a", "", "Backup", "1", "1", "0.1"}) << "digits only";
    QTest::newRow("national prefix") << fields({"07", "", "Backup", "1", "1", "0.1"}) << "cannot start with 0";
    QTest::newRow("country name") << fields({"", "uk", "Backup", "1", "1", "0.1"}) << "“UK” is GB";
    QTest::newRow("unknown carrier") << fields({"44", "", "Nobody", "1", "1", "0.1"})
                                     << "There is no carrier named “Nobody”";
    QTest::newRow("no carrier") << fields({"44", "", "", "1", "1", "0.1"}) << "Give the carrier's name.";
    QTest::newRow("priority text") << fields({"44", "", "Backup", "first", "1", "0.1"})
                                   << "The priority “first” is not a whole number.";
    QTest::newRow("priority range") << fields({"44", "", "Backup", "0", "1", "0.1"}) << "priority from 1";
    QTest::newRow("weight range") << fields({"44", "", "Backup", "1", "-2", "0.1"}) << "weight from 0";
    QTest::newRow("no cost") << fields({"44", "", "Backup", "1", "1", ""}) << "Give the cost per segment";
    QTest::newRow("bad cost") << fields({"44", "", "Backup", "1", "1", "€0.1"}) << "“€0.1” is not a price";
    QTest::newRow("short row") << fields({"44", "", "Backup"}) << "3 fields, but the header has 6";
}

void TestRateCardImporter::rowProblems()
{
    QFETCH(QStringList, row);
    QFETCH(QString, problem);
    const ImportReport report =
        RateCardImporter(m_session->carriers(), m_session->rules()).import(standardHeader, {{7, row}});
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.constFirst().where, QStringLiteral("line 7"));
    QVERIFY2(report.problems.constFirst().message.contains(problem), qPrintable(report.describe()));
    QVERIFY(m_session->rules().list()->isEmpty());
}

void TestRateCardImporter::badCardImportsNothingAndListsEveryLine()
{
    QSignalSpy changed(&m_session->rules(), &RuleService::changed);
    const ImportReport report = RateCardImporter(m_session->carriers(), m_session->rules())
                                    .import(standardHeader,
                                            rows({{"447", "", "Carrier UK", "1", "1", "0.02"},
                                                  {"448", "", "Ghost", "1", "1", "0.02"},
                                                  {"351", "", "Carrier PT", "1", "1", "0.02"},
                                                  {"", "XX", "Carrier PT", "x", "1", "-1"},
                                                  {"447", "", "carrier uk", "2", "1", "0.03"}}));
    QCOMPARE(report.failureKind, Error::Kind::Invalid);
    QStringList wheres;
    for (const ImportProblem &p : report.problems)
        wheres.append(p.where);
    QCOMPARE(wheres, fields({"line 3", "line 5", "line 5", "line 5", "line 6"}));
    QVERIFY2(report.problems.at(4).message.startsWith(
                 QStringLiteral("The same rule as line 2 (prefix 447, carrier “carrier uk”)")),
             qPrintable(report.problems.at(4).message));
    QCOMPARE(report.rulesAdded, 0);
    QVERIFY(report.summary.isEmpty());
    QVERIFY(m_session->rules().list()->isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestRateCardImporter::updatesExistingRules()
{
    RateCardImporter importer(m_session->carriers(), m_session->rules());
    QVERIFY(
        importer
            .import(standardHeader,
                    rows({{"447", "", "Carrier UK", "1", "1", "0.02"}, {"351", "", "Carrier PT", "1", "1", "0.02"}}))
            .ok());
    const qint64 id447 = m_session->rules().list()->constLast().id;
    const ImportReport second = importer.import(
        fields({"prefix", "carrier", "cost", "enabled"}),
        rows({{"447", "Carrier UK", "0.019", "no"}, {"351", "Carrier PT", "0.02", ""}, {"44", "Backup", "0.5", ""}}));
    QVERIFY2(second.ok(), qPrintable(second.describe()));
    QCOMPARE(second.summary, QStringList {QStringLiteral("1 rule added, 1 updated, 1 unchanged.")});
    QCOMPARE(m_session->rules().list()->size(), 3);
    const Rule updated = *m_session->rules().findById(id447);
    QCOMPARE(updated.costMicros, 19'000);
    QVERIFY(!updated.enabled);
}

void TestRateCardImporter::checkWritesNothing()
{
    RateCardImporter importer(m_session->carriers(), m_session->rules());
    const ImportReport report = importer.check(standardHeader, rows({{"447", "", "Carrier UK", "1", "1", "0.02"}}));
    QVERIFY(report.ok());
    QCOMPARE(report.rulesAdded, 1);
    QVERIFY(m_session->rules().list()->isEmpty());
}

void TestRateCardImporter::exportImportRoundTrip()
{
    RateCardImporter importer(m_session->carriers(), m_session->rules());
    QVERIFY(importer
                .import(fields({"prefix", "country", "carrier", "priority", "weight", "cost", "enabled"}),
                        rows({{"447", "", "Carrier UK", "1", "3", "0.021", ""},
                              {"447", "", "Backup", "1", "0", "0.000125", "no"},
                              {"", "GG", "Carrier UK", "2", "1", "1.5", ""},
                              {"", "PT", "Carrier PT", "1", "1", "0", ""},
                              {"*", "", "Backup", "5", "1", "0.1", ""}}))
                .ok());
    const QStringList before = describe(*m_session);

    auto exported = RateCardExporter(m_session->carriers(), m_session->rules()).exportTable();
    QVERIFY(exported);
    QCOMPARE(exported->header, RateCardExporter::header());
    QCOMPARE(exported->rows.size(), 5);
    QVERIFY(exported->rows.contains(fields({"447", "", "Backup", "1", "0", "0.000125", "no"})));
    QVERIFY(exported->rows.contains(fields({"*", "", "Backup", "5", "1", "0.1000", "yes"})));

    // Into the same store: nothing changes.
    QList<RateCardRow> lines;
    for (qsizetype i = 0; i < exported->rows.size(); ++i)
        lines.append({i + 2, exported->rows.at(i)});
    const ImportReport same = importer.import(exported->header, lines);
    QCOMPARE(same.summary, QStringList {QStringLiteral("0 rules added, 0 updated, 5 unchanged.")});
    QCOMPARE(describe(*m_session), before);

    // Into another store with the same carriers: the same rules.
    TempStore otherStore;
    auto other = otherStore.openSession(SecretBackend::Database);
    addCarriers(*other);
    const ImportReport copied = RateCardImporter(other->carriers(), other->rules()).import(exported->header, lines);
    QVERIFY2(copied.ok(), qPrintable(copied.describe()));
    QCOMPARE(copied.rulesAdded, 5);
    QCOMPARE(describe(*other), before);
}

SMSROUTER_TEST(TestRateCardImporter)
#include "testratecardimporter.moc"

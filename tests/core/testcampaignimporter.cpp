// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignImporter: the import pipeline over real-world exports (tests/data/csv), template errors,
// cross-format de-duplication, opt-outs, routing with the real message id, segments, CSV rejects,
// progress, cancel and failure leaving nothing behind, and the wizard's preview.
#include "campaign/campaignimporter.h"
#include "campaign/campaignservice.h"
#include "carriers/carrierservice.h"
#include "messagetesting.h"
#include "optouts/optoutservice.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "store/campaignrepository.h"
#include "store/database.h"
#include "store/importrejectrepository.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QFile>
#include <QSemaphore>
#include <QTest>
#include <QThread>

using Counts = QMap<QString, qint64>;

namespace {

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

Counts counts(std::initializer_list<std::pair<const char *, qint64>> pairs)
{
    Counts map;
    for (const auto &[key, value] : pairs)
        map.insert(QString::fromUtf8(key), value);
    return map;
}

} // namespace

class TestCampaignImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rejectReasonsHaveOneOrder();
    void realWorldExports_data();
    void realWorldExports();
    void templateErrorsStoreNothing_data();
    void templateErrorsStoreNothing();
    void unusableFilesStoreNothing_data();
    void unusableFilesStoreNothing();
    void crossFormatDeduplication();
    void optedOutNumbersAreRejected();
    void emptyAndTooLongBodies();
    void csvProblemsBecomeRejects();
    void weightedPickUsesTheMessagesRealId();
    void routesFollowTheIdsTheStoreGives();
    void carrierRemovedDuringTheImportKeepsNothing();
    void batchesKeepFileOrder_data();
    void batchesKeepFileOrder();
    void phoneColumnAndRegionOverrides();
    void fileWithoutHeader();
    void progressIsReported();
    void cancelLeavesNothingBehind();
    void storeFailureLeavesNothingBehind();
    void wizardStyleImportOnAWorkerThread();
    void preview();

private:
    QString write(const QString &name, const QByteArray &content) const;
    Result<ImportSummary> import(const QString &path, const QString &body, int batchRows = 1000);
    qint64 count(const char *table) const;
    qint64 addCarrier(const QString &name, int n);
    void addRule(Rule::Kind kind, const QString &value, qint64 carrier, qint64 cost, int weight = 1);

    ManualClock m_clock;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    qint64 m_pt = 0;
    qint64 m_eu = 0;
    qint64 m_uk = 0;
    std::function<void(CampaignImporter &)> m_setUp;
};

void TestCampaignImporter::init()
{
    m_store = std::make_unique<TempStore>();
    m_session = m_store->openSession(SecretBackend::Database, &m_clock);
    QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("PT")));
    m_pt = addCarrier(QStringLiteral("PT Mobile"), 1);
    m_eu = addCarrier(QStringLiteral("EU Carrier"), 2);
    m_uk = addCarrier(QStringLiteral("UK Carrier"), 3);
    addRule(Rule::Kind::Prefix, QStringLiteral("351"), m_pt, 20000);
    addRule(Rule::Kind::Prefix, QStringLiteral("33"), m_eu, 30000);
    addRule(Rule::Kind::Prefix, QStringLiteral("49"), m_eu, 30000);
    addRule(Rule::Kind::Prefix, QStringLiteral("972"), m_eu, 50000);
    addRule(Rule::Kind::Country, QStringLiteral("GB"), m_uk, 35000);
    m_setUp = {};
}

void TestCampaignImporter::cleanup()
{
    m_session.reset();
    m_store.reset();
}

qint64 TestCampaignImporter::addCarrier(const QString &name, int n)
{
    Carrier carrier;
    carrier.name = name;
    carrier.accountSid = testAccountSid(n);
    auto added = m_session->carriers().add(carrier, "token");
    if (!added)
        qFatal("%s", qPrintable(added.errorMessage()));
    return added->id;
}

void TestCampaignImporter::addRule(Rule::Kind kind, const QString &value, qint64 carrier, qint64 cost, int weight)
{
    Rule rule;
    rule.kind = kind;
    rule.value = value;
    rule.carrierId = carrier;
    rule.costMicros = cost;
    rule.weight = weight;
    auto added = m_session->rules().add(rule);
    if (!added)
        qFatal("%s", qPrintable(added.errorMessage()));
}

QString TestCampaignImporter::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_store->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Result<ImportSummary> TestCampaignImporter::import(const QString &path, const QString &body, int batchRows)
{
    CampaignImporter importer(m_session->database(), m_session->campaigns().importContext());
    importer.setBatchRows(batchRows);
    if (m_setUp)
        m_setUp(importer);
    CampaignImportRequest request;
    request.filePath = path;
    request.name = QStringLiteral("Spring sale");
    request.sender = QStringLiteral("Shop");
    request.bodyTemplate = body;
    return importer.run(request);
}

qint64 TestCampaignImporter::count(const char *table) const
{
    return sql::scalar(m_session->database().connection(),
                       QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
        ->toLongLong();
}

void TestCampaignImporter::realWorldExports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("phoneColumn");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QStringList>("accepted"); // E.164, in file order
    QTest::addColumn<Counts>("rejected");
    QTest::addColumn<QString>("firstBody");

    QTest::newRow("Excel CSV UTF-8, BOM, CRLF")
        << "excel-csv-utf8.csv"
        << "Olá {Nome} ({Cidade})"
        << "Telemóvel"
        << "UTF-8" << qint64(4) << strings({"+351912345678", "+33612345678", "+4915123456789"})
        << counts({{"duplicate", 1}}) << "Olá José Conceição (Lisboa)";
    QTest::newRow("Excel semicolon windows-1252")
        << "excel-semicolon-1252.csv"
        << "Olá {Nome}, saldo {Saldo}"
        << "Telemóvel"
        << "windows-1252" << qint64(3) << strings({"+351912345678", "+351936543210", "+33612345678"}) << counts({})
        << "Olá João Gonçalves, saldo 12,50";
    QTest::newRow("Excel Unicode text, UTF-16LE TAB")
        << "excel-unicode-text.txt"
        << "Hi {Name}"
        << "Mobile"
        << "UTF-16LE" << qint64(3) << strings({"+972521234567"}) << counts({{"unroutable", 2}}) << "Hi שרה כהן";
    QTest::newRow("Google Contacts") << "google-contacts.csv"
                                     << "Hi {Given Name}"
                                     << "Phone 1 - Value"
                                     << "UTF-8" << qint64(3) << strings({"+351912345678", "+351912000111"})
                                     << counts({{"invalid_number", 1}}) << "Hi Ana";
    QTest::newRow("Google Contacts 2024")
        << "google-contacts-2024.csv"
        << "Hi {First Name}"
        << "Phone 1 - Value"
        << "UTF-8" << qint64(2) << strings({"+351912345678", "+351936000222"}) << counts({}) << "Hi Ana";
}

void TestCampaignImporter::realWorldExports()
{
    QFETCH(QString, file);
    QFETCH(QString, body);
    QFETCH(QString, phoneColumn);
    QFETCH(QString, encoding);
    QFETCH(qint64, rows);
    QFETCH(QStringList, accepted);
    QFETCH(Counts, rejected);
    QFETCH(QString, firstBody);

    auto summary = import(QStringLiteral(SMSROUTER_TEST_DATA "/csv/") + file, body);
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(!summary->cancelled);
    QCOMPARE(summary->phoneColumnName, phoneColumn);
    QCOMPARE(summary->encoding, encoding);
    QCOMPARE(summary->rows, rows);
    QCOMPARE(summary->accepted, accepted.size());
    QCOMPARE(summary->rejectedByReason, rejected);
    QCOMPARE(summary->accepted + summary->rejected, summary->rows);

    MessageFilter filter;
    filter.campaignId = summary->campaignId;
    MessageList messages = MessageRepository(m_session->database()).list(filter).value();
    std::reverse(messages.begin(), messages.end());
    QStringList numbers;
    qint64 segments = 0;
    qint64 cost = 0;
    for (const Message &m : std::as_const(messages)) {
        numbers.append(m.to);
        QCOMPARE(m.state, MessageState::Pending);
        QCOMPARE(m.from, QStringLiteral("Shop"));
        QCOMPARE(MessageRepository(m_session->database()).events(m.id)->size(), 0);
        const RouteDecision route = m_session->rules().index()->decide(m.to, m.region, m.id);
        QCOMPARE(m.carrierId, route.carrierId());
        QCOMPARE(m.costMicros, route.costMicros() * m.segments);
        segments += m.segments;
        cost += m.costMicros;
    }
    QCOMPARE(numbers, accepted);
    QCOMPARE(messages.first().body, firstBody);
    QCOMPARE(summary->segments, segments);
    QCOMPARE(summary->estimatedCostMicros, cost);

    const Campaign campaign = m_session->campaigns().find(summary->campaignId).value();
    QCOMPARE(campaign.state, CampaignState::Draft);
    QCOMPARE(campaign.rowsTotal, rows);
    QCOMPARE(campaign.accepted, summary->accepted);
    QCOMPARE(campaign.rejected, summary->rejected);
    QCOMPARE(campaign.segmentsTotal, segments);
    QCOMPARE(campaign.estimatedCostMicros, cost);
    QCOMPARE(campaign.sourceFile, file);
    QCOMPARE(campaign.region, QStringLiteral("PT"));
    QVERIFY(campaign.importHost.isEmpty());
    QCOMPARE(m_session->campaigns().rejectCounts(summary->campaignId).value(), rejected);
    QCOMPARE(m_session->campaigns().costByCarrier(summary->campaignId).value(), summary->carriers);
}

void TestCampaignImporter::templateErrorsStoreNothing_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown placeholder") << "Olá {Nome} {Apelido}"
                                         << "{Apelido}";
    QTest::newRow("unknown placeholder lists the columns") << "{nome completo}"
                                                           << "\"Telemóvel\"";
    QTest::newRow("unclosed") << "Olá {Nome"
                              << "never closed";
    QTest::newRow("lone brace") << "50% off }"
                                << "closes no";
    QTest::newRow("empty") << "  "
                           << "template is empty";
}

void TestCampaignImporter::templateErrorsStoreNothing()
{
    QFETCH(QString, body);
    QFETCH(QString, message);
    auto summary = import(QStringLiteral(SMSROUTER_TEST_DATA "/csv/excel-csv-utf8.csv"), body);
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, Error::Kind::Invalid);
    QVERIFY2(summary.errorMessage().contains(message), qPrintable(summary.errorMessage()));
    QCOMPARE(count("campaigns"), 0);
    QCOMPARE(count("messages"), 0);
    QCOMPARE(count("import_rejects"), 0);
}

void TestCampaignImporter::unusableFilesStoreNothing_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << "Cannot read";
    QTest::newRow("header only") << QByteArray("phone,name\r\n") << "no data rows";
    QTest::newRow("no phone column") << QByteArray("name,city\nAna,Lisboa\n") << "which column";
    QTest::newRow("a workbook") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x') << "not CSV";
}

void TestCampaignImporter::unusableFilesStoreNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path =
        content.isEmpty() ? m_store->filePath(QStringLiteral("missing.csv")) : write(QStringLiteral("f.csv"), content);
    auto summary = import(path, QStringLiteral("Hi"));
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, Error::Kind::Invalid);
    QVERIFY2(summary.errorMessage().contains(message), qPrintable(summary.errorMessage()));
    QCOMPARE(count("campaigns"), 0);
}

void TestCampaignImporter::crossFormatDeduplication()
{
    const QString path = write(QStringLiteral("dups.csv"),
                               "phone,name\n"
                               "+351 912 345 678,Ana\n"
                               "00351912345678,Ana again\n"
                               "912345678,Ana national\n"
                               "+351-912-345-679,Bea\n"
                               "(+351) 912345679,Bea again\n"
                               "+44 7400 123456,Carl\n"
                               "07400 123456,Carl national\n");
    auto summary = import(path, QStringLiteral("Hi {name}"));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->accepted, 3);
    // 07400 123456 read in region PT is not the GB number: it is simply invalid there.
    QCOMPARE(summary->rejectedByReason, (counts({{"duplicate", 3}, {"invalid_number", 1}})));
    const ImportRejectList rejects = m_session->campaigns().rejects(summary->campaignId).value();
    QCOMPARE(rejects.size(), 4);
    QCOMPARE(rejects.at(0).line, 3);
    QCOMPARE(rejects.at(0).raw, QStringLiteral("00351912345678"));
    QCOMPARE(rejects.at(0).detail, QStringLiteral("Same recipient as line 2 (+351912345678)."));
    QCOMPARE(rejects.at(1).line, 4);
    QCOMPARE(rejects.at(2).detail, QStringLiteral("Same recipient as line 5 (+351912345679)."));
    QCOMPARE(rejects.at(3).reason, QStringLiteral("invalid_number"));
    QVERIFY2(rejects.at(3).detail.startsWith(QStringLiteral("too_long: “07400 123456” is too long")),
             qPrintable(rejects.at(3).detail));
}

void TestCampaignImporter::optedOutNumbersAreRejected()
{
    QVERIFY(m_session->optouts().add(QStringLiteral("912 345 678"), QStringLiteral("STOP")));
    const QString path = write(QStringLiteral("o.csv"), "phone,name\n+351912345678,Ana\n+351936000222,Rui\n");
    auto summary = import(path, QStringLiteral("Hi {name}"));
    QVERIFY(summary);
    QCOMPARE(summary->accepted, 1);
    QCOMPARE(summary->rejectedByReason, (counts({{"opted_out", 1}})));
    const ImportRejectList rejects = m_session->campaigns().rejects(summary->campaignId).value();
    QCOMPARE(rejects.first().line, 2);
    QCOMPARE(rejects.first().detail, QStringLiteral("The number +351912345678 has opted out."));
}

void TestCampaignImporter::emptyAndTooLongBodies()
{
    QVERIFY(m_session->settings().setMaxSegments(2));
    const QByteArray gsm(306, 'a'); // exactly 2 parts of 153
    const QByteArray ucs2 =
        QByteArray("€ ").repeated(1) + QString(QChar(0x2019)).toUtf8() + QByteArray(131, 'b'); // 134 units: 2 parts
    const QString path = write(QStringLiteral("s.csv"),
                               "phone,text\n"
                               "+351912000001,"
                                   + gsm
                                   + "\n"
                                     "+351912000002,"
                                   + gsm
                                   + "a\n"
                                     "+351912000003,\n"
                                     "+351912000004,"
                                   + ucs2
                                   + "\n"
                                     "+351912000005,"
                                   + ucs2 + "bb\n");
    auto summary = import(path, QStringLiteral("{text}"));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->accepted, 2);
    QCOMPARE(summary->rejectedByReason, (counts({{"empty_body", 1}, {"too_long", 2}})));
    QCOMPARE(summary->segments, 4);
    const ImportRejectList rejects = m_session->campaigns().rejects(summary->campaignId).value();
    QCOMPARE(rejects.at(0).line, 3);
    QVERIFY2(rejects.at(0).detail.contains(QStringLiteral("3 segments (GSM-7, 307 characters); the limit is 2")),
             qPrintable(rejects.at(0).detail));
    QCOMPARE(rejects.at(1).reason, QStringLiteral("empty_body"));
    QVERIFY(rejects.at(2).detail.contains(QStringLiteral("UCS-2")));
}

void TestCampaignImporter::csvProblemsBecomeRejects()
{
    auto summary = import(QStringLiteral(SMSROUTER_TEST_DATA "/csv/malformed.csv"), QStringLiteral("Hi {name}"));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    const ImportRejectList rejects = m_session->campaigns().rejects(summary->campaignId).value();
    QHash<qint64, ImportReject> byLine;
    for (const ImportReject &r : rejects)
        byLine.insert(r.line, r);
    QCOMPARE(byLine.value(4).reason, QStringLiteral("unterminated_quote"));
    QCOMPARE(byLine.value(4).raw, QStringLiteral("+351912345679,\"Bea"));
    QCOMPARE(byLine.value(5).reason, QStringLiteral("field_count"));
    QVERIFY(byLine.value(5).detail.contains(QStringLiteral("Line 5 has 3 fields")));
    QCOMPARE(byLine.value(6).reason, QStringLiteral("text_after_quote"));
    QCOMPARE(byLine.value(9).reason, QStringLiteral("invalid_bytes"));
    QCOMPARE(summary->accepted + summary->rejected, summary->rows);
    QVERIFY(summary->accepted >= 3); // Ana, Gil (two lines), Hugo
}

void TestCampaignImporter::weightedPickUsesTheMessagesRealId()
{
    addRule(Rule::Kind::Prefix, QStringLiteral("3519"), m_pt, 10000, 1);
    addRule(Rule::Kind::Prefix, QStringLiteral("3519"), m_eu, 10000, 1);
    QByteArray content = "phone\n";
    for (int i = 0; i < 400; ++i)
        content += "+3519120" + QByteArray::number(10000 + i) + '\n';
    auto summary = import(write(QStringLiteral("w.csv"), content), QStringLiteral("Hi"), 64);
    QVERIFY(summary);
    QCOMPARE(summary->accepted, 400);
    MessageFilter filter;
    filter.campaignId = summary->campaignId;
    filter.limit = 1000;
    const MessageList messages = MessageRepository(m_session->database()).list(filter).value();
    QSet<qint64> carriers;
    for (const Message &m : messages) {
        QCOMPARE(m.carrierId, m_session->rules().index()->decide(m.to, m.region, m.id).carrierId());
        QCOMPARE(m.fallbackCarriers.size(), 1);
        carriers.insert(m.carrierId);
    }
    QCOMPARE(carriers, (QSet<qint64> {m_pt, m_eu})); // both weights got traffic
    QCOMPARE(summary->carriers.size(), 2);
}

// The ordering thread routes each row for the id it will most likely get, ahead of the writer.
// Here another message takes ids in the middle of the import (in the import's own transaction,
// from its progress callback: the same as another program writing between two slices), so the
// guesses are wrong from there on: every stored message must still carry the route its real id
// gives, and the summary must count those carriers.
void TestCampaignImporter::routesFollowTheIdsTheStoreGives()
{
    addRule(Rule::Kind::Prefix, QStringLiteral("3519"), m_pt, 10000, 1);
    addRule(Rule::Kind::Prefix, QStringLiteral("3519"), m_eu, 10000, 1);
    QByteArray content = "phone\n";
    for (int i = 0; i < 3000; ++i)
        content += "+3519130" + QByteArray::number(10000 + i) + '\n';
    int interruptions = 0;
    m_setUp = [&](CampaignImporter &importer) {
        importer.setProgressCallback(
            [&](const ImportProgress &p) {
                if (p.rowsRead >= 500 * qint64(interruptions + 1) && interruptions < 3) {
                    ++interruptions;
                    messagetesting::insert(m_session->database(),
                                           messagetesting::make(QStringLiteral("+447911000001"), m_uk));
                }
            },
            std::chrono::milliseconds(0));
    };
    auto summary = import(write(QStringLiteral("ids.csv"), content), QStringLiteral("Hi"), 100);
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(interruptions, 3);
    QCOMPARE(summary->accepted, 3000);
    MessageFilter filter;
    filter.campaignId = summary->campaignId;
    filter.limit = 5000;
    const MessageList messages = MessageRepository(m_session->database()).list(filter).value();
    QCOMPARE(messages.size(), 3000);
    QHash<qint64, qint64> perCarrier;
    for (const Message &m : messages) {
        QCOMPARE(m.carrierId, m_session->rules().index()->decide(m.to, m.region, m.id).carrierId());
        ++perCarrier[m.carrierId];
    }
    for (const CarrierCost &cost : summary->carriers)
        QCOMPARE(cost.messages, perCarrier.value(cost.carrierId));
    QCOMPARE(count("messages"), 3003);
}

// The import's connection leaves foreign keys to a check per slice (BulkInserter::
// verifyReferences): a carrier removed while the import runs must still fail the import with
// nothing kept, as SQLite's own check did.
void TestCampaignImporter::carrierRemovedDuringTheImportKeepsNothing()
{
    if (testbackend::usesPostgres())
        QSKIP("PostgreSQL checks the foreign keys of every row as always (and refuses the removal)");
    const qint64 doomed = addCarrier(QStringLiteral("Doomed"), 9);
    addRule(Rule::Kind::Prefix, QStringLiteral("3519170"), doomed, 1000, 1);
    QByteArray content = "phone\n";
    for (int i = 0; i < 3000; ++i)
        content += "+3519170" + QByteArray::number(10000 + i) + '\n';
    bool removed = false;
    m_setUp = [&](CampaignImporter &importer) {
        importer.setProgressCallback(
            [&](const ImportProgress &p) {
                if (p.rowsRead >= 1000 && !removed) {
                    removed = true;
                    QVERIFY(sql::run(m_session->database().connection(),
                                     QStringLiteral("DELETE FROM carriers WHERE id = %1").arg(doomed)));
                }
            },
            std::chrono::milliseconds(0));
    };
    auto summary = import(write(QStringLiteral("fk.csv"), content), QStringLiteral("Hi"), 100);
    QVERIFY(removed);
    QVERIFY(!summary);
    QVERIFY2(summary.errorMessage().contains(QStringLiteral("nothing was kept")), qPrintable(summary.errorMessage()));
    QCOMPARE(count("campaigns"), 0);
    QCOMPARE(count("messages"), 0);
    QCOMPARE(count("import_rejects"), 0);
    // The connection checks foreign keys again once the import is over.
    QCOMPARE(sql::scalar(m_session->database().connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
}

void TestCampaignImporter::batchesKeepFileOrder_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("batchRows");
    QTest::newRow("1 worker, 1 row") << 1 << 1;
    QTest::newRow("2 workers, 7 rows") << 2 << 7;
    QTest::newRow("4 workers, 100 rows") << 4 << 100;
}

void TestCampaignImporter::batchesKeepFileOrder()
{
    QFETCH(int, workers);
    QFETCH(int, batchRows);
    QByteArray content = "phone,n\n";
    for (int i = 0; i < 1000; ++i) {
        content += "+3519130" + QByteArray::number(10000 + i % 900) + ',' + QByteArray::number(i) + '\n';
        if (i % 97 == 0)
            content += "nonsense," + QByteArray::number(i) + '\n';
    }
    m_setUp = [workers](CampaignImporter &importer) {
        importer.setWorkerCount(workers);
    };
    auto summary = import(write(QStringLiteral("order.csv"), content), QStringLiteral("{n}"), batchRows);
    QVERIFY(summary);
    QCOMPARE(summary->accepted, 900);
    QCOMPARE(summary->rejectedByReason, (counts({{"duplicate", 100}, {"invalid_number", 11}})));
    MessageFilter filter;
    filter.campaignId = summary->campaignId;
    filter.limit = 2000;
    MessageList messages = MessageRepository(m_session->database()).list(filter).value();
    std::reverse(messages.begin(), messages.end());
    for (int i = 0; i < messages.size(); ++i)
        QCOMPARE(messages.at(i).body, QString::number(i)); // ids follow the file, whatever the batching
    const ImportRejectList rejects = m_session->campaigns().rejects(summary->campaignId).value();
    for (int i = 1; i < rejects.size(); ++i)
        QVERIFY(rejects.at(i - 1).line < rejects.at(i).line);
}

void TestCampaignImporter::phoneColumnAndRegionOverrides()
{
    const QString path = write(QStringLiteral("gb.csv"), "name,home,work\nCarl,07400 123456,07400 123457\n");
    CampaignImporter importer(m_session->database(), m_session->campaigns().importContext());
    CampaignImportRequest request;
    request.filePath = path;
    request.name = QStringLiteral("GB");
    request.sender = QStringLiteral("Shop");
    request.bodyTemplate = QStringLiteral("Hi {name}");
    request.region = QStringLiteral("gb");
    request.phoneColumn = QStringLiteral("3");
    auto byNumber = importer.run(request);
    QVERIFY2(byNumber, qPrintable(byNumber.errorMessage()));
    QCOMPARE(byNumber->phoneColumnName, QStringLiteral("work"));
    QCOMPARE(byNumber->accepted, 1);
    QCOMPARE(m_session->campaigns().find(byNumber->campaignId)->region, QStringLiteral("GB"));
    request.phoneColumn = QStringLiteral("HOME");
    auto byName = importer.run(request);
    QVERIFY(byName);
    QCOMPARE(byName->phoneColumnName, QStringLiteral("home"));
    QCOMPARE(byName->carriers.first().carrierName, QStringLiteral("UK Carrier"));
    request.phoneColumn = QStringLiteral("mobile");
    auto unknown = importer.run(request);
    QVERIFY(!unknown);
    QVERIFY(unknown.errorMessage().contains(QStringLiteral("“home”")));
    request.phoneColumn.clear();
    request.region = QStringLiteral("XX");
    QVERIFY(!importer.run(request));
    QCOMPARE(count("campaigns"), 2);
}

void TestCampaignImporter::fileWithoutHeader()
{
    const QString path = write(QStringLiteral("plain.csv"), "Ana;+351912345678\nRui;+351936000222\n");
    auto summary = import(path, QStringLiteral("Olá {1}"));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->phoneColumn, 1);
    QCOMPARE(summary->accepted, 2);
    QCOMPARE(summary->rows, 2);
}

void TestCampaignImporter::progressIsReported()
{
    QByteArray content = "phone\n";
    for (int i = 0; i < 3000; ++i)
        content += "+3519140" + QByteArray::number(10000 + i) + '\n';
    const QString path = write(QStringLiteral("p.csv"), content);
    QList<ImportProgress> seen;
    m_setUp = [&seen](CampaignImporter &importer) {
        importer.setProgressCallback([&seen](const ImportProgress &p) { seen.append(p); },
                                     std::chrono::milliseconds(0));
    };
    auto summary = import(path, QStringLiteral("Hi"), 500);
    QVERIFY(summary);
    QCOMPARE(seen.size(), 7); // six slices and the end
    for (int i = 1; i < seen.size(); ++i) {
        QVERIFY(seen.at(i).rowsRead >= seen.at(i - 1).rowsRead);
        QVERIFY(seen.at(i).bytesRead >= seen.at(i - 1).bytesRead);
    }
    QCOMPARE(seen.first().rowsRead, 500);
    QCOMPARE(seen.last().rowsRead, 3000);
    QCOMPARE(seen.last().accepted, 3000);
    QCOMPARE(seen.last().totalBytes, content.size());
    QCOMPARE(seen.last().percent(), 100);
}

void TestCampaignImporter::cancelLeavesNothingBehind()
{
    QByteArray content = "phone,name\n";
    for (int i = 0; i < 20000; ++i)
        content += "+3519150" + QByteArray::number(10000 + i) + ",N" + QByteArray::number(i) + '\n';
    content += "bad,x\n";
    const QString path = write(QStringLiteral("c.csv"), content);
    qint64 campaignsDuring = 0;
    m_setUp = [&](CampaignImporter &importer) {
        importer.setProgressCallback(
            [&](const ImportProgress &p) {
                if (p.rowsRead >= 5000 && !importer.cancelRequested()) {
                    campaignsDuring = count("campaigns");
                    importer.cancel();
                }
            },
            std::chrono::milliseconds(0));
    };
    auto summary = import(path, QStringLiteral("Hi {name}"), 1000);
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(summary->cancelled);
    QCOMPARE(summary->campaignId, 0);
    QCOMPARE(campaignsDuring, 1); // it was there, importing, when the cancel came
    QCOMPARE(count("campaigns"), 0);
    QCOMPARE(count("messages"), 0);
    QCOMPARE(count("import_rejects"), 0);
}

void TestCampaignImporter::storeFailureLeavesNothingBehind()
{
    QVERIFY(testbackend::refuse(m_session->database(), QStringLiteral("INSERT"), QStringLiteral("messages"),
                                QStringLiteral("NEW.to_number = '+351916012500'"), QStringLiteral("disk full, say")));
    QByteArray content = "phone\n";
    for (int i = 0; i < 5000; ++i)
        content += "+3519160" + QByteArray::number(10000 + i) + '\n';
    auto summary = import(write(QStringLiteral("f.csv"), content), QStringLiteral("Hi"), 1000);
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, Error::Kind::Failed);
    QVERIFY2(summary.errorMessage().contains(QStringLiteral("disk full, say")), qPrintable(summary.errorMessage()));
    QVERIFY(summary.errorMessage().contains(QStringLiteral("nothing was kept")));
    QCOMPARE(count("campaigns"), 0);
    QCOMPARE(count("messages"), 0);
}

void TestCampaignImporter::wizardStyleImportOnAWorkerThread()
{
    // The wizard's way: its own connection on a worker thread, progress across, Cancel from the
    // GUI thread while the GUI's connection reads the store.
    QByteArray content = "phone\n";
    for (int i = 0; i < 20000; ++i)
        content += "+3519170" + QByteArray::number(10000 + i) + '\n';
    const QString path = write(QStringLiteral("wizard.csv"), content);
    const ImportContext context = m_session->campaigns().importContext();
    const QString store = m_store->path();
    QSemaphore firstSlice;
    QSemaphore mayGoOn;
    std::atomic<CampaignImporter *> running {nullptr};
    Result<ImportSummary> outcome = Error::failed(QStringLiteral("did not run"));
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::open(store, Database::OpenMode::ExistingOnly);
        if (!db) {
            outcome = db.error();
            firstSlice.release();
            return;
        }
        CampaignImporter importer(**db, context);
        importer.setBatchRows(500);
        running = &importer;
        bool first = true;
        importer.setProgressCallback(
            [&](const ImportProgress &) {
                if (std::exchange(first, false)) {
                    firstSlice.release();
                    mayGoOn.acquire();
                }
            },
            std::chrono::milliseconds(0));
        CampaignImportRequest request;
        request.filePath = path;
        request.name = QStringLiteral("From the wizard");
        request.sender = QStringLiteral("Shop");
        request.bodyTemplate = QStringLiteral("Hi");
        outcome = importer.run(request);
        running = nullptr;
    }));
    worker->start();
    QVERIFY(firstSlice.tryAcquire(1, 60000));
    QVERIFY2(running.load(), qPrintable(outcome.errorMessage()));
    const CampaignList during = m_session->campaigns().list().value(); // the GUI's own connection
    QCOMPARE(during.size(), 1);
    QCOMPARE(during.first().state, CampaignState::Importing);
    running.load()->cancel(); // the Cancel button, from this thread
    mayGoOn.release();
    QVERIFY(worker->wait(60000));
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->cancelled);
    QCOMPARE(m_session->campaigns().list()->size(), 0);
    QCOMPARE(count("messages"), 0);
}

void TestCampaignImporter::preview()
{
    CampaignImportRequest request;
    request.filePath = QStringLiteral(SMSROUTER_TEST_DATA "/csv/excel-semicolon-1252.csv");
    request.bodyTemplate = QStringLiteral("Olá {Nome}: {Desconto}");
    auto preview = m_session->campaigns().preview(request);
    QVERIFY2(preview, qPrintable(preview.errorMessage()));
    QCOMPARE(preview->sniff.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(preview->sniff.delimiter, QLatin1Char(';'));
    QCOMPARE(preview->columns.at(1), QStringLiteral("Telemóvel"));
    QCOMPARE(preview->phoneColumn, 1);
    QVERIFY(preview->phoneColumnDetected);
    QVERIFY(preview->templateProblem.contains(QStringLiteral("{Desconto}")));
    QCOMPARE(preview->rows.size(), 3);
    QCOMPARE(preview->rows.at(0).e164, QStringLiteral("+351912345678"));
    QCOMPARE(preview->rows.at(0).carrier, QStringLiteral("PT Mobile"));
    QCOMPARE(preview->rows.at(0).body, QStringLiteral("Olá João Gonçalves: {Desconto}"));
    QCOMPARE(preview->rows.at(0).segments.encoding, SmsEncoding::Ucs2);
    QCOMPARE(preview->rows.at(2).carrier, QStringLiteral("EU Carrier"));

    // The wizard changes its mind: another delimiter, a column by name, a template that binds.
    request.csv.delimiter = QLatin1Char(',');
    request.phoneColumn = QStringLiteral("2");
    request.bodyTemplate = QStringLiteral("Olá");
    auto changed = m_session->campaigns().preview(request);
    QVERIFY(changed);
    QCOMPARE(changed->sniff.delimiter, QLatin1Char(','));
    QVERIFY(!changed->phoneColumnDetected);
    QVERIFY(changed->templateProblem.isEmpty());
    QCOMPARE(count("campaigns"), 0);
}

// The wizard's summary and the Campaigns page list reasons in this one order.
void TestCampaignImporter::rejectReasonsHaveOneOrder()
{
    QCOMPARE(
        rejectreason::inDisplayOrder({QStringLiteral("too_long"), QStringLiteral("duplicate"),
                                      QStringLiteral("field_count"), QStringLiteral("invalid_number"),
                                      QStringLiteral("invalid_bytes"), QStringLiteral("opted_out")}),
        (QStringList {QStringLiteral("field_count"), QStringLiteral("invalid_bytes"), QStringLiteral("invalid_number"),
                      QStringLiteral("duplicate"), QStringLiteral("opted_out"), QStringLiteral("too_long")}));
}

SMSROUTER_TEST(TestCampaignImporter)
#include "testcampaignimporter.moc"

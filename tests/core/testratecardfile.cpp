// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriers/carrierservice.h"
#include "routing/ratecardexporter.h"
#include "routing/ratecardfile.h"
#include "routing/ruleservice.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestRateCardFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readsRowsWithTheirLineNumbers();
    void readerRejectsBecomeProblems();
    void refusesWhatIsNotText();
    void writeThenReadIsExact();
    void importMergesRejectsInLineOrder();
    void importAndExportThroughFiles();
    void writeFailureNamesThePath();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
};

void TestRateCardFile::init()
{
    m_store = std::make_unique<TempStore>();
    m_session = m_store->openSession(SecretBackend::Database);
    Carrier c;
    c.name = QStringLiteral("EE UK");
    c.accountSid = testAccountSid(1);
    QVERIFY(m_session->carriers().add(c, "token"));
}

void TestRateCardFile::cleanup()
{
    m_session.reset();
    m_store.reset();
}

void TestRateCardFile::readsRowsWithTheirLineNumbers()
{
    QByteArray bytes("\xEF\xBB\xBF"
                     "prefix;carrier;cost\r\n"
                     "447;EE UK;0,021\r\n"
                     "\r\n"
                     "\"44\n7\";EE UK;0,02\r\n"
                     "351;EE UK;0,01\r\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto contents = RateCardFile::read(&buffer);
    QVERIFY2(contents, qPrintable(contents.errorMessage()));
    QCOMPARE(contents->header,
             (QStringList {QStringLiteral("prefix"), QStringLiteral("carrier"), QStringLiteral("cost")}));
    QCOMPARE(contents->headerLine, 1);
    QVERIFY(contents->rejects.isEmpty());
    QCOMPARE(contents->rows.size(), 3);
    QCOMPARE(contents->rows.at(0).line, 2);
    QCOMPARE(contents->rows.at(0).fields,
             (QStringList {QStringLiteral("447"), QStringLiteral("EE UK"), QStringLiteral("0,021")}));
    QCOMPARE(contents->rows.at(1).line, 4); // after a blank line
    QCOMPARE(contents->rows.at(2).line, 6); // the quoted field spans two lines
}

void TestRateCardFile::readerRejectsBecomeProblems()
{
    QByteArray bytes("prefix,carrier,cost\n"
                     "447,EE UK,0.02,surplus\n"
                     "\"44\"x,EE UK,0.02\n"
                     "351,EE UK,0.01\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto contents = RateCardFile::read(&buffer);
    QVERIFY(contents);
    QCOMPARE(contents->rows.size(), 1);
    QCOMPARE(contents->rows.constFirst().line, 4);
    QCOMPARE(contents->rejects.size(), 2);
    QCOMPARE(contents->rejects.at(0).line, 2);
    QCOMPARE(contents->rejects.at(0).where, QStringLiteral("line 2"));
    QVERIFY2(contents->rejects.at(0).message.startsWith(QStringLiteral("This line has 4 fields but the header has 3")),
             qPrintable(contents->rejects.at(0).message));
    QCOMPARE(contents->rejects.at(1).line, 3);
    QVERIFY(contents->rejects.at(1).message.startsWith(QStringLiteral("This line has text after the closing quote")));
}

void TestRateCardFile::refusesWhatIsNotText()
{
    const auto missing = RateCardFile::read(m_store->filePath(QStringLiteral("nope.csv")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::Invalid);
    QVERIFY(missing.errorMessage().startsWith(QStringLiteral("Cannot read")));

    const QString workbook = m_store->filePath(QStringLiteral("rates.xlsx"));
    QVERIFY(writeFile(workbook, QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\x01')));
    const auto zipped = RateCardFile::read(workbook);
    QVERIFY(!zipped);
    QCOMPARE(zipped.error().kind, Error::Kind::Invalid);
}

void TestRateCardFile::writeThenReadIsExact()
{
    RateCardTable table;
    table.header = RateCardExporter::header();
    table.rows = {{QStringLiteral("447"), QString(), QStringLiteral("Carrier, \"the\" UK"), QStringLiteral("1"),
                   QStringLiteral("3"), QStringLiteral("0.000125"), QStringLiteral("yes")},
                  {QStringLiteral("*"), QString(), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("9"),
                   QStringLiteral("1"), QStringLiteral("0.0500"), QStringLiteral("no")}};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(RateCardFile::write(table, &buffer));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "prefix,country,carrier,priority,weight,cost,enabled\r\n"));
    QVERIFY(bytes.contains("447,,\"Carrier, \"\"the\"\" UK\",1,3,0.000125,yes\r\n"));
    QVERIFY(bytes.contains(",\"'=HYPERLINK(\"\"x\"\")\",")); // a spreadsheet shows it as text

    QBuffer input;
    input.setData(bytes);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const auto contents = RateCardFile::read(&input);
    QVERIFY(contents);
    QCOMPARE(contents->header, table.header);
    QCOMPARE(contents->rows.size(), 2);
    QCOMPARE(contents->rows.at(0).fields, table.rows.at(0));
    QCOMPARE(contents->rows.at(1).line, 3);
}

void TestRateCardFile::importMergesRejectsInLineOrder()
{
    const QString path = m_store->filePath(QStringLiteral("card.csv"));
    QVERIFY(writeFile(path,
                      "prefix,carrier,cost\n"
                      "447,Nobody,0.02\n"
                      "448,EE UK,0.02,extra\n"
                      "0449,EE UK,0.02\n"
                      "350,EE UK,0.01\n"));
    const ImportReport report = RateCardFile::import(path, m_session->carriers(), m_session->rules());
    QVERIFY(!report.ok());
    QCOMPARE(report.failureKind, Error::Kind::Invalid);
    QList<qint64> lines;
    for (const ImportProblem &p : report.problems)
        lines.append(p.line);
    QCOMPARE(lines, (QList<qint64> {2, 3, 4}));
    QVERIFY(report.problems.at(1).message.contains(QStringLiteral("4 fields")));
    QCOMPARE(report.rulesAdded, 0);
    QVERIFY(report.summary.isEmpty());
    QVERIFY(m_session->rules().list()->isEmpty());
}

void TestRateCardFile::importAndExportThroughFiles()
{
    const QString in = m_store->filePath(QStringLiteral("in.csv"));
    QVERIFY(writeFile(in, "Country\tCarrier\tCost\tPriority\nGB\tEE UK\t0,025\t2\n*\tEE UK\t0,06\t5\n"));
    const ImportReport report = RateCardFile::import(in, m_session->carriers(), m_session->rules());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.rulesAdded, 2);

    const QString out = m_store->filePath(QStringLiteral("out.csv"));
    const auto written = RateCardFile::exportTo(out, m_session->carriers(), m_session->rules());
    QVERIFY(written);
    QCOMPARE(*written, 2);
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.contains("\r\n,GB,EE UK,2,1,0.0250,yes\r\n"));
    QVERIFY(bytes.contains("\r\n*,,EE UK,5,1,0.0600,yes\r\n"));

    const ImportReport again = RateCardFile::import(out, m_session->carriers(), m_session->rules());
    QVERIFY(again.ok());
    QCOMPARE(again.rulesUnchanged, 2);
    QCOMPARE(again.rulesAdded + again.rulesUpdated, 0);
}

void TestRateCardFile::writeFailureNamesThePath()
{
    const QString path = m_store->filePath(QStringLiteral("no/such/dir/out.csv"));
    const auto written = RateCardFile::exportTo(path, m_session->carriers(), m_session->rules());
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Failed);
    QVERIFY(written.errorMessage().contains(path));
}

SMSROUTER_TEST(TestRateCardFile)
#include "testratecardfile.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignService: the faces' view of campaigns — find, counts, the rejects export as CSV, the
// import context taken from the session, and lifecycle calls that announce changes.
#include "campaign/campaignimporter.h"
#include "campaign/campaignservice.h"
#include "campaign/rejectsexporter.h"
#include "carriers/carrierservice.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "store/campaignrepository.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestCampaignService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database, &m_clock);
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("PT")));
        QVERIFY(m_session->settings().setMaxSegments(3));
        Carrier carrier;
        carrier.name = QStringLiteral("PT Mobile");
        carrier.accountSid = testAccountSid(1);
        auto added = m_session->carriers().add(carrier, "token");
        QVERIFY(added);
        Rule rule;
        rule.kind = Rule::Kind::Prefix;
        rule.value = QStringLiteral("351");
        rule.carrierId = added->id;
        rule.costMicros = 1250;
        QVERIFY(m_session->rules().add(rule));

        const QString path = m_store->filePath(QStringLiteral("list.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone,name\n+351912345678,Ana\n=HYPERLINK(\"x\"),Bad\n912345678,Ana again\n+351936000222,Rui\n");
        file.close();
        CampaignImporter importer(m_session->database(), m_session->campaigns().importContext());
        CampaignImportRequest request {
            path, QStringLiteral("Spring"), QStringLiteral("Shop"), QStringLiteral("Hi {name}"), {}, {}, {}};
        auto summary = importer.run(request);
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        m_id = summary->campaignId;
    }

    void importContextFollowsTheSession()
    {
        const ImportContext context = m_session->campaigns().importContext();
        QCOMPARE(context.defaultRegion, QStringLiteral("PT"));
        QCOMPARE(context.maxSegments, 3);
        QCOMPARE(context.clock, &m_clock);
        QCOMPARE(context.routes, m_session->rules().index());
    }

    void findListAndCounts()
    {
        auto missing = m_session->campaigns().find(m_id + 1);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        const CampaignList list = m_session->campaigns().list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("Spring"));
        QCOMPARE(list.first().estimatedCostMicros, 2500);
        QCOMPARE(m_session->campaigns().counts(m_id)->value(MessageState::Pending), 2);
        QCOMPARE(m_session->campaigns().allCounts()->value(m_id).value(MessageState::Pending), 2);
    }

    void rejectsExportAsCsv()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriterOptions options;
        options.utf8Bom = false;
        options.lineEnding = CsvWriterOptions::LineEnding::Lf;
        QVERIFY(m_session->campaigns().exportRejects(m_id, &buffer, options));
        const QString csv = QString::fromUtf8(buffer.data());
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("line,raw_value,reason,detail"));
        // A formula in the file is neutralised in the export; numbers are not.
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("3,\"'=HYPERLINK(\"\"x\"\")\",invalid_number,")),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("4,912345678,duplicate,Same recipient as line 2 (+351912345678)."));
        QVERIFY(!m_session->campaigns().exportRejects(m_id + 1, &buffer));
    }

    void aFailedExportToAFileLeavesTheOldFileAlone()
    {
        const QString path = m_store->filePath(QStringLiteral("rejects.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("kept\n");
        old.close();
        // As the window runs it: RejectsExporter on a StoreExportJob, off the GUI thread.
        StoreExportJob job;
        QSignalSpy finished(&job, &StoreExportJob::finished);
        job.start(m_store->path(), RejectsExporter::writer(m_id + 1), path); // no such campaign
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("no campaign")),
                 qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("kept\n"));
        old.close();

        job.start(m_store->path(), RejectsExporter::writer(m_id), path);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.at(1).at(0).toLongLong(), qint64(2));
        QCOMPARE(finished.at(1).at(1).toString(), QString());
        QCOMPARE(job.written(), qint64(2));
        QCOMPARE(job.total(), qint64(2));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().contains("invalid_number"));
        old.close();

        const QString missing = m_store->filePath(QStringLiteral("no/such/folder/rejects.csv"));
        job.start(m_store->path(), RejectsExporter::writer(m_id), missing);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.at(2).at(1).toString().contains(QStringLiteral("Choose a folder")),
                 qPrintable(finished.at(2).at(1).toString()));
    }

    void lifecycleAnnouncesChanges()
    {
        QSignalSpy changed(&m_session->campaigns(), &CampaignService::changed);
        QVERIFY(m_session->campaigns().schedule(m_id, m_clock.now().addSecs(60)));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m_session->campaigns().pause(m_id));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_session->campaigns().startDue()->isEmpty());
        QCOMPARE(changed.size(), 1); // housekeeping that did nothing announces nothing
        m_clock.advance(std::chrono::minutes(1));
        QCOMPARE(m_session->campaigns().startDue().value(), QList<qint64> {m_id});
        QCOMPARE(changed.size(), 2);
        QVERIFY(m_session->campaigns().pause(m_id));
        QVERIFY(m_session->campaigns().resume(m_id));
        auto cancelled = m_session->campaigns().cancel(m_id);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->cancelled, 2);
        QCOMPARE(changed.size(), 5);
        QVERIFY(m_session->campaigns().costByCarrier(m_id)->isEmpty()); // cancelled messages cost nothing
    }

    void openingASessionRemovesAnAbandonedImport()
    {
        Campaign crashed;
        crashed.name = QStringLiteral("half");
        crashed.sender = QStringLiteral("Shop");
        crashed.bodyTemplate = QStringLiteral("Hi");
        crashed.state = CampaignState::Importing;
        crashed.importHost = QStringLiteral("elsewhere");
        crashed.importPid = 1;
        crashed.importHeartbeatAt = m_clock.nowMs() - 3600'000; // silent for an hour
        auto inserted = CampaignRepository(m_session->database()).insert(crashed);
        QVERIFY(inserted);
        m_session.reset();
        m_session = m_store->openSession(SecretBackend::Database, &m_clock);
        QCOMPARE(m_session->campaigns().list()->size(), 1); // only the imported one remains
        QVERIFY(!m_session->campaigns().find(inserted->id));
    }

private:
    ManualClock m_clock;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    qint64 m_id = 0;
};

SMSROUTER_TEST(TestCampaignService)
#include "testcampaignservice.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignImportJob: the wizard's import on a thread of its own — progress and the summary come
// back as signals; cancel() leaves nothing behind.
#include "campaign/campaignimportjob.h"
#include "campaign/campaignservice.h"
#include "campaigntesting.h"
#include "store/database.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QTest>

class TestCampaignImportJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    CampaignImportRequest request(const QString &path) const
    {
        CampaignImportRequest r;
        r.filePath = path;
        r.name = QStringLiteral("Job");
        r.sender = QStringLiteral("Shop");
        r.bodyTemplate = QStringLiteral("Hi {name}");
        return r;
    }

    qint64 count(const char *table) const
    {
        return sql::scalar(m_session->database().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            ->toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        QVERIFY(CampaignTesting::setUpRouting(*m_session));
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void importsAndReports()
    {
        const QString path = m_store->filePath(QStringLiteral("list.csv"));
        QVERIFY(CampaignTesting::writeList(path, 5000, 0, 7));
        CampaignImportJob job(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy finished(&job, &CampaignImportJob::finished);
        QSignalSpy progressed(&job, &CampaignImportJob::progressed);
        job.start(request(path));
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(job.isFinished());
        QVERIFY(!job.isRunning());
        const Result<ImportSummary> &result = job.result();
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QVERIFY(!result->cancelled);
        QCOMPARE(result->accepted, 5000);
        QCOMPARE(result->rejectedByReason.value(QStringLiteral("invalid_number")), 7);
        QVERIFY(!progressed.isEmpty()); // at least the final one
        QCOMPARE(job.progress().rowsRead, 5007);
        QCOMPARE(m_session->campaigns().find(result->campaignId)->state, CampaignState::Draft);
    }

    void cancelLeavesNothingBehind()
    {
        const QString path = m_store->filePath(QStringLiteral("big.csv"));
        QVERIFY(CampaignTesting::writeList(path, 60000));
        CampaignImportJob job(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy finished(&job, &CampaignImportJob::finished);
        job.cancel(); // before it even started: the importer is cancelled as soon as it exists
        job.start(request(path));
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.result(), qPrintable(job.result().errorMessage()));
        QVERIFY(job.result()->cancelled);
        QCOMPARE(job.result()->campaignId, 0);
        QCOMPARE(count("campaigns"), 0);
        QCOMPARE(count("messages"), 0);
        QCOMPARE(count("import_rejects"), 0);
    }

    void cancelWhileRunning()
    {
        const QString path = m_store->filePath(QStringLiteral("big.csv"));
        // Far more than the import gets through before the cancel, even if this thread is
        // starved for seconds on a loaded machine: the cancel must find it running.
        QVERIFY(CampaignTesting::writeList(path, 1'000'000));
        CampaignImportJob job(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy finished(&job, &CampaignImportJob::finished);
        QSignalSpy progressed(&job, &CampaignImportJob::progressed);
        job.start(request(path));
        QVERIFY(progressed.wait(60000) || !finished.isEmpty());
        job.cancel();
        QVERIFY(job.cancelRequested());
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        QVERIFY(job.result());
        QVERIFY(job.result()->cancelled);
        QCOMPARE(count("messages"), 0);
        QCOMPARE(count("campaigns"), 0);
    }

    void aCancelAfterTheLastCommitStillKeepsNothing()
    {
        // The importer has committed its draft and posted the result, but this thread has not
        // heard of it yet (its event loop has not run) when the user cancels.
        const QString path = m_store->filePath(QStringLiteral("list.csv"));
        QVERIFY(CampaignTesting::writeList(path, 3000));
        CampaignImportJob job(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy finished(&job, &CampaignImportJob::finished);
        job.start(request(path));
        QVERIFY(job.wait(60000));
        QCOMPARE(count("campaigns"), 1);
        QVERIFY(job.isRunning());
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(job.result(), qPrintable(job.result().errorMessage()));
        QVERIFY(job.result()->cancelled);
        QCOMPARE(count("campaigns"), 0);
        QCOMPARE(count("messages"), 0);
        QCOMPARE(count("import_rejects"), 0);
    }

    void discardRemovesWhatAFinishedImportStored()
    {
        // The wizard redoes an import (Back, then Next): the first one's draft must go.
        const QString path = m_store->filePath(QStringLiteral("list.csv"));
        QVERIFY(CampaignTesting::writeList(path, 3000, 0, 5));
        auto *job = new CampaignImportJob(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy finished(job, &CampaignImportJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start(request(path));
        QVERIFY(finished.wait(60000));
        QVERIFY(job->result() && !job->result()->cancelled);
        QCOMPARE(count("messages"), 3000);
        job->discard();
        QVERIFY(destroyed.wait(60000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(count("campaigns"), 0);
        QCOMPARE(count("messages"), 0);
        QCOMPARE(count("import_rejects"), 0);
    }

    void discardKeepsAStartedCampaign()
    {
        // Once someone started the draft, it is theirs: discarding the job changes nothing.
        const QString path = m_store->filePath(QStringLiteral("list.csv"));
        QVERIFY(CampaignTesting::writeList(path, 100));
        auto *job = new CampaignImportJob(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy finished(job, &CampaignImportJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start(request(path));
        QVERIFY(finished.wait(60000));
        QVERIFY(m_session->campaigns().start(job->result()->campaignId));
        job->discard();
        QVERIFY(destroyed.wait(60000));
        QCOMPARE(count("campaigns"), 1);
        QCOMPARE(count("messages"), 100);
    }

    void anUnreadableFileFails()
    {
        CampaignImportJob job(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy finished(&job, &CampaignImportJob::finished);
        job.start(request(m_store->filePath(QStringLiteral("missing.csv"))));
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.result());
        QVERIFY(!job.result().errorMessage().isEmpty());
        QCOMPARE(count("campaigns"), 0);
    }
};

SMSROUTER_TEST(TestCampaignImportJob)
#include "testcampaignimportjob.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignimportjob.h"

#include "campaignimporter.h"
#include "campaignlifecycle.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

using namespace std::chrono_literals;

CampaignImportJob::CampaignImportJob(QString storePath, ImportContext context, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_context(std::move(context))
{ }

CampaignImportJob::~CampaignImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void CampaignImportJob::start(const CampaignImportRequest &request)
{
    if (m_thread)
        return;
    m_running = true;
    m_elapsed.start();
    m_thread.reset(QThread::create([this, request] { run(request); }));
    m_thread->setObjectName(QStringLiteral("campaign import"));
    m_thread->start();
}

void CampaignImportJob::cancel()
{
    const QMutexLocker locker(&m_mutex);
    m_cancel = true;
    if (m_importer)
        m_importer->cancel();
}

bool CampaignImportJob::cancelRequested() const
{
    const QMutexLocker locker(&m_mutex);
    return m_cancel;
}

bool CampaignImportJob::wait(int timeoutMs)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(timeoutMs));
}

// On the worker thread.
void CampaignImportJob::run(const CampaignImportRequest &request)
{
    Result<ImportSummary> result =
        Error::failed(QCoreApplication::translate("CampaignImportJob", "The import did not run."));
    auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
    if (!db) {
        result = db.error();
    } else {
        CampaignImporter importer(**db, m_context);
        importer.setProgressCallback(
            [this](const ImportProgress &progress) {
                QMetaObject::invokeMethod(
                    this,
                    [this, progress] {
                        m_progress = progress;
                        Q_EMIT progressed(progress);
                    },
                    Qt::QueuedConnection);
            },
            100ms);
        {
            const QMutexLocker locker(&m_mutex);
            m_importer = &importer;
            if (m_cancel)
                importer.cancel();
        }
        result = importer.run(request);
        const QMutexLocker locker(&m_mutex);
        m_importer = nullptr;
    }
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            // A cancel that came after the importer's last commit, before this thread heard of
            // it: the caller was told nothing is kept, so the new draft goes again.
            if (result && !result->cancelled && cancelRequested())
                removeStored(*result);
            else
                finish(result);
        },
        Qt::QueuedConnection);
}

void CampaignImportJob::finish(const Result<ImportSummary> &result)
{
    m_result = result;
    m_running = false;
    m_finished = true;
    Q_EMIT finished();
}

void CampaignImportJob::discard()
{
    connect(this, &CampaignImportJob::finished, this, &QObject::deleteLater);
    if (m_running) {
        cancel();
        return;
    }
    if (m_finished && m_result && !m_result->cancelled) {
        cancel();
        m_running = true;
        m_finished = false;
        removeStored(*m_result);
        return;
    }
    deleteLater();
}

void CampaignImportJob::removeStored(const ImportSummary &stored)
{
    if (m_thread)
        m_thread->wait(); // it has ended or is about to: its last act was to post the result
    m_thread.reset(QThread::create([this, stored] {
        ImportSummary cancelled;
        cancelled.cancelled = true;
        cancelled.rows = stored.rows;
        Result<ImportSummary> outcome = cancelled;
        auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
        const Status removed = db ? CampaignLifecycle::discardDraft(**db, stored.campaignId) : Status(db.error());
        if (!removed)
            outcome = Error::failed(
                QCoreApplication::translate("CampaignImportJob",
                                            "The import had finished when it was cancelled, and its draft "
                                            "(campaign %1) could not be removed: %2 Cancel that campaign on "
                                            "the Campaigns page.")
                    .arg(stored.campaignId)
                    .arg(removed.errorMessage()));
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("campaign import undo"));
    m_thread->start();
}

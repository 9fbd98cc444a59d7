#include "campaignimportjob.h"

#include "campaignimporter.h"
#include "store/database.h"

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
    Result<ImportSummary> result = Error::failed(QStringLiteral("The import did not run."));
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
            m_result = result;
            m_running = false;
            m_finished = true;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutimportjob.h"

#include "optoutservice.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

OptOutImportJob::OptOutImportJob(QString storePath, QString region, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_region(std::move(region))
{ }

OptOutImportJob::~OptOutImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void OptOutImportJob::start(const QString &filePath)
{
    if (m_thread)
        return;
    m_filePath = filePath;
    m_running = true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("opt-out import"));
    m_thread->start();
}

void OptOutImportJob::cancel()
{
    m_cancel.store(true);
}

bool OptOutImportJob::wait(int timeoutMs)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(timeoutMs));
}

// On the worker thread.
void OptOutImportJob::run()
{
    Result<OptOutImportReport> result =
        Error::failed(QCoreApplication::translate("OptOutImportJob", "The import did not run."));
    auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
    if (!db) {
        result = db.error();
    } else {
        Settings settings(**db);
        OptOutService service(**db, settings);
        result = service.importFile(m_filePath, {}, {}, m_region, [this](qint64 bytesRead, qint64 totalBytes) {
            QMetaObject::invokeMethod(
                this, [this, bytesRead, totalBytes] { Q_EMIT progressed(bytesRead, totalBytes); },
                Qt::QueuedConnection);
            return !m_cancel.load();
        });
    }
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_result = result;
            m_running = false;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

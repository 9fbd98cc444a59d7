// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaignimportrequest.h"
#include "common/result.h"
#include "importcontext.h"
#include "importprogress.h"
#include "importsummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <memory>

class CampaignImporter;
class QThread;

/// Runs one CampaignImporter on a thread of its own with its own store connection, as the
/// import wizard needs: the window stays responsive, progress arrives as signals on the
/// thread that owns the job, and cancel() stops the import from there (nothing is kept).
class CampaignImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignImportJob)

public:
    /// `context` comes from CampaignService::importContext() on the session's thread.
    CampaignImportJob(QString storePath, ImportContext context, QObject *parent = nullptr);
    /// Cancels a running import and waits for it to remove what it wrote.
    ~CampaignImportJob() override;

    /// Starts the import; once per job.
    void start(const CampaignImportRequest &request);
    /// Asks the import to stop; finished() follows with a cancelled summary (nothing stored),
    /// even when the importer had already committed: then the new draft is removed again.
    void cancel();
    /// Keeps nothing of this job: cancels a running import, or removes the draft a finished
    /// one stored (off this thread; finished() follows again, cancelled). Then deletes itself.
    /// For a wizard that redoes an import or goes away.
    void discard();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool cancelRequested() const;
    /// The latest progress received (zeros before the first).
    const ImportProgress &progress() const { return m_progress; }
    /// Time since start(), for rates and time left.
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    /// The outcome once finished() was emitted.
    const Result<ImportSummary> &result() const { return m_result; }
    /// Blocks until the worker thread has ended (after finished()). For shutdown and tests.
    bool wait(int timeoutMs);

Q_SIGNALS:
    void progressed(const ImportProgress &progress);
    /// The import ended: stored (summary), cancelled (summary.cancelled, nothing stored), or failed.
    void finished();

private:
    void run(const CampaignImportRequest &request);
    void finish(const Result<ImportSummary> &result);
    /// Removes the draft `stored` on a new worker thread, then finishes as cancelled.
    void removeStored(const ImportSummary &stored);

    QString m_storePath;
    ImportContext m_context;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex; ///< guards m_importer and m_cancel against the worker
    CampaignImporter *m_importer = nullptr;
    bool m_cancel = false;
    bool m_running = false;
    bool m_finished = false;
    ImportProgress m_progress;
    QElapsedTimer m_elapsed;
    Result<ImportSummary> m_result =
        Error::failed(QCoreApplication::translate("CampaignImportJob", "The import has not run."));
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "optoutimportreport.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

/// Runs OptOutService::importFile on a thread of its own with its own store connection, for the
/// Opt-outs page: a list of a million numbers takes seconds, during which the window stays live,
/// shows progress and can cancel (nothing is kept: the slices already written are removed).
class OptOutImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutImportJob)

public:
    /// `region` reads national numbers (the store's default region, as the page shows it).
    OptOutImportJob(QString storePath, QString region, QObject *parent = nullptr);
    /// Cancels a running import and waits until what it wrote is removed.
    ~OptOutImportJob() override;

    /// Starts importing `filePath`; once per job.
    void start(const QString &filePath);
    /// Asks the import to stop; finished() follows with an error saying nothing was imported.
    void cancel();

    bool isRunning() const { return m_running; }
    const QString &filePath() const { return m_filePath; }
    /// The outcome once finished() was emitted.
    const Result<OptOutImportReport> &result() const { return m_result; }
    /// Blocks until the worker thread has ended. For shutdown and tests.
    bool wait(int timeoutMs);

Q_SIGNALS:
    void progressed(qint64 bytesRead, qint64 totalBytes);
    void finished();

private:
    void run();

    QString m_storePath;
    QString m_region;
    QString m_filePath;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel {false};
    bool m_running = false;
    Result<OptOutImportReport> m_result =
        Error::failed(QCoreApplication::translate("OptOutImportJob", "The import has not run."));
};

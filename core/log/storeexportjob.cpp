// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storeexportjob.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QtConcurrent>

StoreExportJob::StoreExportJob(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        Q_EMIT finished(outcome.rows, outcome.error, outcome.cancelled);
    });
}

StoreExportJob::~StoreExportJob()
{
    m_state->cancel = true;
    m_watcher.waitForFinished();
}

void StoreExportJob::start(const QString &storePath, Writer writer, const QString &filePath)
{
    if (isRunning())
        return;
    m_state = std::make_shared<State>();
    m_filePath = filePath;
    m_watcher.setFuture(QtConcurrent::run([state = m_state, storePath, writer = std::move(writer), filePath] {
        Outcome outcome;
        auto db = Database::open(storePath, Database::OpenMode::ExistingOnly);
        if (!db) {
            outcome.error = db.errorMessage();
            return outcome;
        }
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.error = QCoreApplication::translate("StoreExportJob",
                                                        "Could not write %1: %2. Choose a folder you may write to.")
                                .arg(filePath, file.errorString());
            return outcome;
        }
        bool stoppedByCancel = false;
        auto written = writer(**db, &file, [&state, &stoppedByCancel](qint64 done, qint64 total) {
            state->written = done;
            state->total = total;
            stoppedByCancel = state->cancel.load();
            return !stoppedByCancel;
        });
        if (!written) {
            file.cancelWriting();
            outcome.cancelled = stoppedByCancel; // not a disk error that came with a Cancel
            outcome.error = written.errorMessage();
            return outcome;
        }
        if (state->cancel.load()) { // pressed after the last page: still no file
            file.cancelWriting();
            outcome.cancelled = true;
            outcome.error = QCoreApplication::translate("StoreExportJob", "The export was cancelled.");
            return outcome;
        }
        if (!file.commit()) {
            outcome.error =
                QCoreApplication::translate(
                    "StoreExportJob", "Could not finish writing %1: %2. Check the free disk space and export again.")
                    .arg(filePath, file.errorString());
            return outcome;
        }
        outcome.rows = *written;
        return outcome;
    }));
}

void StoreExportJob::cancel()
{
    m_state->cancel = true;
}

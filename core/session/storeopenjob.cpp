// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storeopenjob.h"

#include "store/database.h"

#include <QtConcurrent>

StoreOpenJob::StoreOpenJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        Q_EMIT finished(outcome.error, outcome.needsPassword);
    });
}

StoreOpenJob::~StoreOpenJob()
{
    m_watcher.waitForFinished();
}

void StoreOpenJob::start(const QString &store)
{
    if (isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([store] {
        Outcome outcome;
        auto db = Database::open(store, Database::OpenMode::Migrate);
        if (!db) {
            outcome.error = db.errorMessage();
            outcome.needsPassword = Database::needsPassword(db.error());
        }
        return outcome;
    }));
}

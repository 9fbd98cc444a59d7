// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storecopyjob.h"

#include <QtConcurrent>

StoreCopyJob::StoreCopyJob(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    connect(&m_watcher, &QFutureWatcher<Result<StoreCopyReport>>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

StoreCopyJob::~StoreCopyJob()
{
    m_state->cancel = true;
    m_watcher.waitForFinished();
}

void StoreCopyJob::start(const QString &source, const QString &target, StoreCopier::Options options)
{
    if (isRunning())
        return;
    m_state = std::make_shared<State>();
    m_result.reset();
    m_watcher.setFuture(QtConcurrent::run([state = m_state, source, target, options] {
        StoreCopier copier(source, target, options);
        return copier.run([&state](const StoreCopyProgress &p) {
            {
                const QMutexLocker locker(&state->mutex);
                state->progress = p;
            }
            return !state->cancel.load();
        });
    }));
}

void StoreCopyJob::cancel()
{
    m_state->cancel = true;
}

StoreCopyProgress StoreCopyJob::progress() const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->progress;
}

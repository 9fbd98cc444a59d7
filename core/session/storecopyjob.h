// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/storecopier.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

/// Runs a StoreCopier on a pool thread for the window (File → Move store to server…), so the
/// window never runs SQL nor waits for the server. Progress is read, not pushed (like
/// StoreExportJob): a fast copy cannot flood the window with signals.
class StoreCopyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreCopyJob)

public:
    explicit StoreCopyJob(QObject *parent = nullptr);
    /// Cancels a running copy and waits for it to roll back.
    ~StoreCopyJob() override;

    /// Copies the store file `source` into the empty database `target` (a postgresql:// URL).
    void start(const QString &source, const QString &target, StoreCopier::Options options = {});
    /// Asks the copy to stop; it rolls back, and finished() comes with the "cancelled" error.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    /// Where the copy is now (any thread may have written it last).
    StoreCopyProgress progress() const;
    /// The outcome, once finished() came.
    const std::optional<Result<StoreCopyReport>> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    struct State
    {
        mutable QMutex mutex;
        StoreCopyProgress progress; ///< guarded by mutex
        std::atomic<bool> cancel {false};
    };

    std::shared_ptr<State> m_state;
    QFutureWatcher<Result<StoreCopyReport>> m_watcher;
    std::optional<Result<StoreCopyReport>> m_result;
};

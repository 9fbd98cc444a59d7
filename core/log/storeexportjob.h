// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class QIODevice;

/// Runs an export from the store (the delivery log, a campaign's rejects) on a pool thread with
/// its own store connection, into a file that appears only when the export completed
/// (QSaveFile): a cancelled or failed export leaves no half-written file behind. Progress is
/// read, not pushed, so a fast export cannot flood the GUI thread with signals.
class StoreExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreExportJob)

public:
    /// Told rows written so far and the total; returns false to stop.
    using Progress = std::function<bool(qint64 written, qint64 total)>;
    /// Writes the export into `device` from `db`, calling `progress` as it goes; returns the
    /// rows written, or an error (also when `progress` said stop). Runs on the pool thread.
    using Writer = std::function<Result<qint64>(Database &db, QIODevice *device, const Progress &progress)>;

    explicit StoreExportJob(QObject *parent = nullptr);
    /// Waits for a running export (after asking it to stop).
    ~StoreExportJob() override;

    /// Starts `writer` on the store at `storePath`, into `filePath`.
    void start(const QString &storePath, Writer writer, const QString &filePath);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    qint64 written() const { return m_state->written; }
    qint64 total() const { return m_state->total; }
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    /// The export ended: `rows` written, or `error` (empty on success). `cancelled` when the
    /// operator stopped it.
    void finished(qint64 rows, const QString &error, bool cancelled);

private:
    struct State
    {
        std::atomic<qint64> written {0};
        std::atomic<qint64> total {0};
        std::atomic<bool> cancel {false};
    };
    struct Outcome
    {
        qint64 rows = 0;
        QString error;
        bool cancelled = false;
    };

    std::shared_ptr<State> m_state;
    QFutureWatcher<Outcome> m_watcher;
    QString m_filePath;
};

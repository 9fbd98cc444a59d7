#pragma once

#include "store/messagerepository.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

/// Runs a MessageLogExporter on a pool thread with its own store connection, into a file that
/// appears only when the export completed (QSaveFile): a cancelled or failed export leaves no
/// half-written file behind. Progress is read, not pushed, so a fast export cannot flood the
/// GUI thread with signals.
class MessageLogExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogExportJob)

public:
    explicit MessageLogExportJob(QObject *parent = nullptr);
    /// Waits for a running export (after asking it to stop).
    ~MessageLogExportJob() override;

    /// Starts writing every message `filter` matches in `storePath` to `filePath`.
    void start(const QString &storePath, const MessageFilter &filter, const QHash<qint64, QString> &carrierNames,
               const QString &filePath);
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

#pragma once

#include "store/messagerepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class MessageLogExportJob;
class QProgressDialog;
class QWidget;

/// Runs a delivery log export off the GUI thread (MessageLogExportJob) behind a progress
/// dialog that counts rows ("412,000 of 1,000,000 rows · 8 s left") and can cancel it. The
/// dialog shows only for exports that take a moment.
class LogExportProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogExportProgress)

public:
    /// `dialogParent` is the widget the progress dialog is modal to.
    explicit LogExportProgress(QWidget *dialogParent);

    void start(const QString &storePath, const MessageFilter &filter, const QHash<qint64, QString> &carrierNames,
               const QString &filePath);
    bool isRunning() const;
    QString filePath() const;

Q_SIGNALS:
    /// `rows` written, or `error`; `cancelled` when the operator stopped it (no file is left).
    void finished(qint64 rows, const QString &error, bool cancelled);

private:
    void showProgress();

    QWidget *m_dialogParent;
    MessageLogExportJob *m_job;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

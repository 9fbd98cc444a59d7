// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "log/storeexportjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QProgressDialog;
class QWidget;

/// Runs an export off the GUI thread (StoreExportJob) behind a progress dialog that counts rows
/// ("412,000 of 1,000,000 rows · 8 s left") and can cancel it. The dialog shows only for
/// exports that take a moment.
class ExportProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportProgress)

public:
    /// `dialogParent` is the widget the progress dialog is modal to.
    explicit ExportProgress(QWidget *dialogParent);

    /// Starts `writer` on the store at `storePath` into `filePath`; `title` names the dialog
    /// ("Exporting the delivery log").
    void start(const QString &storePath, StoreExportJob::Writer writer, const QString &filePath, const QString &title);
    bool isRunning() const;
    QString filePath() const;

Q_SIGNALS:
    /// `rows` written, or `error`; `cancelled` when the operator stopped it (no file is left).
    void finished(qint64 rows, const QString &error, bool cancelled);

private:
    void showProgress();

    QWidget *m_dialogParent;
    StoreExportJob *m_job;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

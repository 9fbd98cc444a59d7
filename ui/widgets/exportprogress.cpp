// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "exportprogress.h"

#include <QLocale>
#include <QProgressDialog>

using namespace std::chrono_literals;

ExportProgress::ExportProgress(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_job(new StoreExportJob(this))
{
    m_timer.setInterval(100ms);
    connect(&m_timer, &QTimer::timeout, this, &ExportProgress::showProgress);
    connect(m_job, &StoreExportJob::finished, this, [this](qint64 rows, const QString &error, bool cancelled) {
        m_timer.stop();
        if (m_dialog)
            m_dialog->deleteLater();
        Q_EMIT finished(rows, error, cancelled);
    });
}

bool ExportProgress::isRunning() const
{
    return m_job->isRunning();
}

QString ExportProgress::filePath() const
{
    return m_job->filePath();
}

void ExportProgress::start(const QString &storePath, StoreExportJob::Writer writer, const QString &filePath,
                           const QString &title)
{
    if (isRunning())
        return;
    m_dialog = new QProgressDialog(tr("Counting the rows…"), tr("Cancel"), 0, 1000, m_dialogParent);
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, m_job, &StoreExportJob::cancel);
    m_elapsed.start();
    m_timer.start();
    m_job->start(storePath, std::move(writer), filePath);
}

void ExportProgress::showProgress()
{
    if (!m_dialog)
        return;
    const qint64 done = m_job->written();
    const qint64 total = m_job->total();
    QString left;
    if (done > 0 && total > done)
        left = tr(" · %1 s left").arg((m_elapsed.elapsed() * (total - done) / done + 999) / 1000);
    m_dialog->setLabelText(tr("%1 of %2 rows%3").arg(QLocale().toString(done), QLocale().toString(total), left));
    m_dialog->setValue(int(done * 1000 / std::max<qint64>(1, total)));
}

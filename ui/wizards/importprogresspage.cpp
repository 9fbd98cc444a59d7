// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importprogresspage.h"

#include "campaign/campaignimportjob.h"
#include "campaignimportwizard.h"
#include "displaytext.h"
#include "widgets/fielderror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using displaytext::count;

ImportProgressPage::ImportProgressPage(CampaignImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel import"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_error(new FieldError(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Every row is checked, de-duplicated, routed and stored as a message of a draft campaign. "
                   "Nothing is sent yet."));
    // Once imported there is no way back: the summary is about the campaign now stored.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_bar->setRange(0, 1000);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (CampaignImportJob *job = m_wizard->job()) {
            job->cancel();
            m_cancel->setEnabled(false);
            m_status->setText(tr("Cancelling: removing what was written so far…"));
        }
    });
    connect(m_retry, &QPushButton::clicked, this, &ImportProgressPage::start);
    connect(m_wizard, &CampaignImportWizard::importFinished, this, &ImportProgressPage::finished);
}

QString ImportProgressPage::describe(qint64 rows, qint64 bytesRead, qint64 totalBytes, qint64 elapsedMs)
{
    if (totalBytes <= 0 || bytesRead <= 0 || rows <= 0)
        return tr("%1 rows").arg(count(rows));
    const qint64 expected = std::max(rows, qint64(double(rows) * double(totalBytes) / double(bytesRead) + 0.5));
    QString text = bytesRead >= totalBytes ? tr("%1 of %2 rows").arg(count(rows), count(rows))
                                           : tr("%1 of about %2 rows").arg(count(rows), count(expected));
    // Time left from the bytes still to read at the rate so far (after a second, to be meaningful).
    if (elapsedMs >= 1000 && bytesRead < totalBytes) {
        const double perMs = double(bytesRead) / double(elapsedMs);
        const auto left = std::chrono::seconds(qint64(double(totalBytes - bytesRead) / perMs / 1000.0 + 0.5));
        text += tr(" · %1 left").arg(displaytext::duration(left));
    }
    return text;
}

void ImportProgressPage::initializePage()
{
    start();
}

void ImportProgressPage::cleanupPage()
{
    // Back during the import: stop it (nothing is kept).
    if (CampaignImportJob *job = m_wizard->job(); job && job->isRunning())
        job->cancel();
}

void ImportProgressPage::start()
{
    m_error->setProblem(QString());
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_retry->hide();
    m_status->setText(tr("Reading %1…").arg(m_wizard->request().filePath));
    m_wizard->startImport();
    connect(m_wizard->job(), &CampaignImportJob::progressed, this, &ImportProgressPage::progressed);
    Q_EMIT completeChanged();
}

void ImportProgressPage::progressed()
{
    CampaignImportJob *job = m_wizard->job();
    if (!job || job->cancelRequested())
        return;
    const ImportProgress &p = job->progress();
    m_bar->setValue(p.totalBytes > 0 ? int(std::clamp<qint64>(p.bytesRead * 1000 / p.totalBytes, 0, 1000)) : 0);
    m_status->setText(describe(p.rowsRead, p.bytesRead, p.totalBytes, job->elapsedMs()));
}

void ImportProgressPage::finished()
{
    CampaignImportJob *job = m_wizard->job();
    if (!job)
        return;
    m_cancel->hide();
    const Result<ImportSummary> &result = job->result();
    if (result && !result->cancelled) {
        m_bar->setValue(1000);
        m_status->setText(tr("Imported %Ln row(s).", nullptr, displaytext::plural(result->rows)));
        Q_EMIT completeChanged();
        if (m_wizard->currentPage() == this)
            QTimer::singleShot(0, m_wizard, &QWizard::next);
        return;
    }
    m_bar->hide();
    m_retry->show();
    if (result) {
        m_status->setText(tr("Import cancelled. Nothing was stored."));
    } else {
        m_status->clear();
        m_error->setProblem(tr("%1\nNothing was stored. Go back to change the file or the message, or try again.")
                                .arg(result.errorMessage()));
    }
    Q_EMIT completeChanged();
}

QString ImportProgressPage::statusText() const
{
    const QString error = m_error->text();
    return error.isEmpty() ? m_status->text() : m_status->text() + QLatin1Char('\n') + error;
}

bool ImportProgressPage::isComplete() const
{
    return m_wizard->campaignId() != 0;
}

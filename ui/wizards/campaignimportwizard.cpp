// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignimportwizard.h"

#include "campaign/campaignimporter.h"
#include "campaign/campaignimportjob.h"
#include "campaign/campaignmonitor.h"
#include "campaign/campaignservice.h"
#include "campaign/phonecolumn.h"
#include "importfilepage.h"
#include "importformatpage.h"
#include "importmessagepage.h"
#include "importprogresspage.h"
#include "importsummarypage.h"
#include "session/storeworker.h"
#include "settings/settings.h"

#include <QFileInfo>
#include <QMessageBox>

CampaignImportWizard::CampaignImportWizard(StoreWorker &worker, Settings &settings, CampaignMonitor &monitor,
                                           QString storePath, QWidget *parent)
    : QWizard(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_monitor(monitor)
    , m_storePath(std::move(storePath))
    , m_filePage(new ImportFilePage(this))
    , m_formatPage(new ImportFormatPage(this))
    , m_messagePage(new ImportMessagePage(this))
    , m_progressPage(new ImportProgressPage(this))
    , m_summaryPage(new ImportSummaryPage(this))
{
    setWindowTitle(tr("New campaign"));
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(FormatPage, m_formatPage);
    setPage(MessagePage, m_messagePage);
    setPage(ProgressPage, m_progressPage);
    setPage(SummaryPage, m_summaryPage);
    setButtonText(QWizard::FinishButton, tr("Save draft"));
    m_request.sender = m_settings.userValue(lastSenderKey).toString();
    resize(900, 640);
    connect(&m_worker, &StoreWorker::rulesChanged, this, &CampaignImportWizard::refreshContext);
    connect(&m_worker, &StoreWorker::carriersChanged, this, &CampaignImportWizard::refreshContext);
    connect(&m_worker, &StoreWorker::settingsChanged, this, &CampaignImportWizard::refreshContext);
    connect(&m_settings, &Settings::changed, this, &CampaignImportWizard::refreshContext);
    refreshContext();
}

void CampaignImportWizard::refreshContext()
{
    m_worker.run(
        this, [](Session &session) -> Result<ImportContext> { return session.campaigns().importContext(); },
        [this](const Result<ImportContext> &context) {
            if (!context)
                return; // a busy store: routing stays as last read; the next change asks again
            m_context = *context;
            m_contextReady = true;
            if (!m_request.filePath.isEmpty() && !m_job)
                refreshPreview();
            Q_EMIT contextReady();
            if (std::exchange(m_startWhenContext, false))
                startImport();
        });
}

CampaignImportWizard::~CampaignImportWizard()
{
    if (!m_job || !m_job->isRunning())
        return;
    m_job->cancel();
    // Removing what a cancelled import wrote takes a moment: let the job finish under the page
    // (whose end waits for it) instead of holding the window up here.
    if (parent()) {
        m_job->disconnect(this);
        m_job->setParent(parent());
        connect(m_job, &CampaignImportJob::finished, m_job, &QObject::deleteLater);
    }
}

bool CampaignImportWizard::setFile(const QString &path)
{
    m_request.filePath = path;
    m_request.csv = CsvOptions();
    m_request.phoneColumn.clear();
    m_detected = CsvSniff();
    if (!refreshPreview())
        return false;
    m_detected = m_preview.sniff;
    // The column used last time, if this file has it (lists often come from the same system).
    const QString remembered = m_settings.userValue(lastPhoneColumnKey).toString();
    if (!remembered.isEmpty() && m_preview.sniff.hasHeader && PhoneColumn::resolve(remembered, m_preview.columns)
        && remembered.toInt() == 0) {
        m_request.phoneColumn = remembered;
        refreshPreview();
    }
    return true;
}

bool CampaignImportWizard::refreshPreview()
{
    auto preview = CampaignImporter::preview(m_request, m_context);
    if (!preview) {
        m_previewError = preview.errorMessage();
        m_preview = ImportPreview();
        Q_EMIT previewChanged();
        return false;
    }
    m_previewError.clear();
    m_preview = *preview;
    Q_EMIT previewChanged();
    return true;
}

void CampaignImportWizard::startImport()
{
    if (!m_contextReady) {
        m_startWhenContext = true; // the rules are on their way from the worker; the import follows them
        return;
    }
    if (m_job) {
        // Redone (Back, then Next): nothing of the previous run may stay, or the list would be
        // stored twice. The old job removes what it wrote on its own thread, then goes.
        m_job->disconnect(this);
        if (parent())
            m_job->setParent(parent()); // outlives this wizard if need be, like a cancelled one
        m_job->discard();
    }
    m_settings.setUserValue(lastSenderKey, m_request.sender.trimmed());
    if (m_preview.phoneColumn >= 0 && m_preview.sniff.hasHeader)
        m_settings.setUserValue(lastPhoneColumnKey, m_preview.columns.value(m_preview.phoneColumn));
    m_job = new CampaignImportJob(m_storePath, m_context, this);
    connect(m_job, &CampaignImportJob::finished, this, &CampaignImportWizard::importFinished);
    CampaignImportRequest request = m_request;
    request.name = request.name.trimmed();
    request.sender = request.sender.trimmed();
    m_job->start(request);
}

qint64 CampaignImportWizard::campaignId() const
{
    const ImportSummary *s = summary();
    return s ? s->campaignId : 0;
}

const ImportSummary *CampaignImportWizard::summary() const
{
    if (!m_job || !m_job->isFinished() || !m_job->result() || m_job->result()->cancelled)
        return nullptr;
    return &*m_job->result();
}

void CampaignImportWizard::setFinish(Finish finish, const QDateTime &at)
{
    m_finish = finish;
    m_scheduledAt = at;
    switch (finish) {
    case Finish::SaveDraft:
        setButtonText(QWizard::FinishButton, tr("Save draft"));
        break;
    case Finish::StartNow:
        setButtonText(QWizard::FinishButton, tr("Start now"));
        break;
    case Finish::Schedule:
        setButtonText(QWizard::FinishButton, tr("Schedule"));
        break;
    }
}

QString CampaignImportWizard::closeQuestion() const
{
    if (m_job && m_job->isRunning())
        return tr("Stop the import? Nothing of it is stored.");
    if (const qint64 id = campaignId(); id != 0)
        return tr("Close without starting? Campaign “%1” stays as a draft on the Campaigns page, where you can "
                  "start or schedule it later.")
            .arg(m_request.name.trimmed());
    // Before the import only what was typed can be lost: the template (the file stays where it is).
    if (m_messagePage && !m_messagePage->templateText().trimmed().isEmpty())
        return tr("Discard the message you typed? Nothing has been imported yet.");
    return {};
}

void CampaignImportWizard::close(bool confirmed)
{
    if (!confirmed)
        return;
    if (m_job && m_job->isRunning())
        m_job->cancel();
    QWizard::reject();
}

void CampaignImportWizard::reject()
{
    const QString question = closeQuestion();
    if (question.isEmpty()) {
        close(true);
        return;
    }
    if (m_closeQuestion && m_closeQuestion->isVisible())
        return;
    m_closeQuestion =
        new QMessageBox(QMessageBox::Question, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, this);
    m_closeQuestion->setDefaultButton(QMessageBox::No);
    m_closeQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_closeQuestion, &QMessageBox::finished, this,
            [this] { close(m_closeQuestion->clickedButton() == m_closeQuestion->button(QMessageBox::Yes)); });
    m_closeQuestion->open();
}

void CampaignImportWizard::accept()
{
    const qint64 id = campaignId();
    if (id == 0)
        return;
    switch (m_finish) {
    case Finish::SaveDraft:
        break;
    case Finish::StartNow:
        m_monitor.start(id);
        break;
    case Finish::Schedule:
        m_monitor.schedule(id, m_scheduledAt);
        break;
    }
    Q_EMIT campaignFinished(id, m_finish);
    QWizard::accept();
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/campaignimportrequest.h"
#include "campaign/importcontext.h"
#include "campaign/importpreview.h"
#include "campaign/importsummary.h"
#include "common/result.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPointer>
#include <QWizard>

class CampaignImportJob;
class CampaignMonitor;
class StoreWorker;
class ImportFilePage;
class ImportFormatPage;
class ImportMessagePage;
class ImportProgressPage;
class ImportSummaryPage;
class Settings;

/// New campaign: choose a file → check how it is read (encoding, separator, header row) and
/// which column holds the numbers → write the message with {column} placeholders and see it
/// rendered for the first rows, with each row's segments and carrier → import off the GUI
/// thread with progress and Cancel → the validation summary (accepted, rejected by reason,
/// rejects exportable as CSV) and cost per carrier → save as draft, start now, or schedule.
///
/// Every step before the import only previews (CampaignImporter::preview reads the start of the
/// file); nothing is stored until the import runs, and a cancelled import stores nothing. What
/// the import routes with (rules, default region, longest message) comes from the store worker
/// and follows changes made meanwhile: contextReady() says it is in.
class CampaignImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignImportWizard)

public:
    enum PageId { FilePage, FormatPage, MessagePage, ProgressPage, SummaryPage };
    /// What Finish does with the imported draft.
    enum class Finish { SaveDraft, StartNow, Schedule };

    static inline const QString lastSenderKey = QStringLiteral("campaigns/sender");
    static inline const QString lastPhoneColumnKey = QStringLiteral("campaigns/phoneColumn");

    CampaignImportWizard(StoreWorker &worker, Settings &settings, CampaignMonitor &monitor, QString storePath,
                         QWidget *parent = nullptr);
    ~CampaignImportWizard() override;

    /// The request as chosen so far (file, name, sender, template, phone column, CSV overrides).
    const CampaignImportRequest &request() const { return m_request; }
    CampaignImportRequest &request() { return m_request; }
    /// Reads the preview again for the current request; false (with previewError()) when the
    /// file cannot be read.
    bool refreshPreview();
    const ImportPreview &preview() const { return m_preview; }
    QString previewError() const { return m_previewError; }
    /// What detection found for this file, before any override (for the combo boxes' labels).
    const CsvSniff &detected() const { return m_detected; }
    /// Chooses a new file: detection starts over and the name follows the file's.
    bool setFile(const QString &path);

    /// The running or finished import (null before the import page).
    CampaignImportJob *job() const { return m_job; }
    /// Starts a new import of the current request (the import page does this on entry).
    void startImport();
    /// The imported campaign's id, 0 until an import succeeded.
    qint64 campaignId() const;
    const ImportSummary *summary() const;

    void setFinish(Finish finish, const QDateTime &at = {});
    Finish finishChoice() const { return m_finish; }
    QDateTime scheduledAt() const { return m_scheduledAt; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportFormatPage *formatPage() const { return m_formatPage; }
    ImportMessagePage *messagePage() const { return m_messagePage; }
    ImportProgressPage *progressPage() const { return m_progressPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }
    /// The rules and settings routed with have arrived from the store worker.
    bool hasContext() const { return m_contextReady; }
    QString storePath() const { return m_storePath; }
    Settings &settings() const { return m_settings; }

    /// The question Esc or Cancel asks, or empty when closing needs no confirmation.
    QString closeQuestion() const;
    /// Closes without asking (after the question was answered).
    void close(bool confirmed);
    /// The open "close anyway?" question (Esc and Cancel ask it, non-blocking), or null.
    QMessageBox *closeQuestionBox() const { return m_closeQuestion; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// The preview was read again (another file, override, phone column or template).
    void previewChanged();
    /// The rules and settings routed with arrived (again) from the store worker.
    void contextReady();
    /// The import ended (job()->result() says how).
    void importFinished();
    /// Finish chose to start (or schedule) campaign `id`: the Campaigns page wakes the dispatcher.
    void campaignFinished(qint64 id, CampaignImportWizard::Finish finish);

private:
    /// Asks the worker for what the import routes with; the preview follows.
    void refreshContext();

    StoreWorker &m_worker;
    ImportContext m_context;
    bool m_contextReady = false;
    bool m_startWhenContext = false; ///< the import was asked for before the context came
    Settings &m_settings;
    CampaignMonitor &m_monitor;
    QString m_storePath;
    CampaignImportRequest m_request;
    ImportPreview m_preview;
    QString m_previewError;
    CsvSniff m_detected;
    CampaignImportJob *m_job = nullptr;
    Finish m_finish = Finish::SaveDraft;
    QDateTime m_scheduledAt;
    ImportFilePage *m_filePage;
    ImportFormatPage *m_formatPage;
    ImportMessagePage *m_messagePage;
    QPointer<QMessageBox> m_closeQuestion;
    ImportProgressPage *m_progressPage;
    ImportSummaryPage *m_summaryPage;
};

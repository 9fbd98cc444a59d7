// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class CampaignImportWizard;
class ExportProgress;
class FieldError;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

/// The wizard's last step: what the import kept and why it rejected the rest (each reason with
/// its count, the rejects exportable as CSV), the estimated cost per carrier and in all, and what
/// to do with the draft: keep it, start it now, or schedule it.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryPage)

public:
    explicit ImportSummaryPage(CampaignImportWizard *wizard);

    QString headline() const;
    QString totals() const;
    QTreeWidget *rejects() const { return m_rejects; }
    QTreeWidget *costs() const { return m_costs; }
    QPushButton *exportButton() const { return m_export; }
    QDateTimeEdit *scheduleTime() const { return m_at; }
    /// Starts writing the rejects to `path` as CSV, off the GUI thread; rejectsExported() says
    /// how it ended.
    void exportRejects(const QString &path);

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    /// A rejects export ended: `error` empty on success ("cancelled" when stopped).
    void rejectsExported(const QString &path, const QString &error);

private:
    void choiceChanged();
    void askExportPath();
    void exportEnded(qint64 rows, const QString &error, bool cancelled);

    CampaignImportWizard *m_wizard;
    QLabel *m_headline;
    QTreeWidget *m_rejects;
    QPushButton *m_export;
    ExportProgress *m_exportJob;
    QTreeWidget *m_costs;
    QLabel *m_totals;
    QRadioButton *m_draft;
    QRadioButton *m_now;
    QRadioButton *m_later;
    QDateTimeEdit *m_at;
    FieldError *m_error;
};

#pragma once

#include <QWizardPage>

class CampaignImportWizard;
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
    /// Writes the rejects to `path` as CSV; returns the problem, or empty.
    QString exportRejects(const QString &path);

    void initializePage() override;
    bool isComplete() const override;

private:
    void choiceChanged();
    void askExportPath();

    CampaignImportWizard *m_wizard;
    QLabel *m_headline;
    QTreeWidget *m_rejects;
    QPushButton *m_export;
    QTreeWidget *m_costs;
    QLabel *m_totals;
    QRadioButton *m_draft;
    QRadioButton *m_now;
    QRadioButton *m_later;
    QDateTimeEdit *m_at;
    FieldError *m_error;
};

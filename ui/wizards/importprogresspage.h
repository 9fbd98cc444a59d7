// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class CampaignImportWizard;
class FieldError;
class QLabel;
class QProgressBar;
class QPushButton;

/// The wizard's fourth step: the import itself, off the GUI thread — a progress bar with counts
/// and time left ("412,000 of about 1,000,000 rows · 8 s left") and Cancel. Moves on to the
/// summary by itself when the import is done; a cancelled or failed one says that nothing was
/// stored and offers to go back or try again.
class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressPage)

public:
    explicit ImportProgressPage(CampaignImportWizard *wizard);

    QString statusText() const;
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }

    /// "412,000 of about 1,000,000 rows · 8 s left" from the rows and bytes read so far.
    static QString describe(qint64 rows, qint64 bytesRead, qint64 totalBytes, qint64 elapsedMs);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void start();
    void progressed();
    void finished();

    CampaignImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    FieldError *m_error;
};

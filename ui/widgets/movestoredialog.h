// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

class FieldError;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class StoreCopyJob;
class StoreCopyReportModel;

/// File → Move store to server…: asks for an empty PostgreSQL database, copies this store into
/// it off the window's thread (StoreCopyJob) behind a progress bar with a Cancel button, then
/// shows the report (each table's rows here and on the server) and offers to open the new
/// store. Nothing is changed in this store; a cancelled or failed copy leaves the server empty.
class MoveStoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveStoreDialog)

public:
    enum class Step { Target, Copying, Report };

    /// `source` is the store file open now.
    explicit MoveStoreDialog(const QString &source, QWidget *parent = nullptr);
    ~MoveStoreDialog() override;

    Step step() const;
    QString target() const { return m_target; }
    /// The problem shown under the address, empty when there is none.
    QString problem() const;
    bool passwordShown() const;
    /// The report's rows (one per table), once the copy finished.
    StoreCopyReportModel *reportModel() const { return m_model; }
    /// The progress line ("Copying messages… 41,000 of 400,000 rows · 8 s left").
    QString progressText() const;

    /// Starts the copy into the address typed (the Copy button).
    void startCopy();
    /// Stops a running copy (the Cancel button while copying).
    void cancelCopy();

Q_SIGNALS:
    /// A copy began: the window pauses its own sending meanwhile.
    void copyStarted();
    /// The copy ended, copied or not.
    void copyEnded(bool copied);
    /// The operator chose to open the new store.
    void openStoreRequested(const QString &store);

protected:
    void reject() override;

private:
    void check();
    void finished();
    void showProgress();
    void showPassword(bool shown);

    QString m_source;
    QString m_target;
    QStackedWidget *m_steps;
    QLineEdit *m_url;
    FieldError *m_error;
    QLabel *m_passwordNote;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_copy;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_table;
    StoreCopyReportModel *m_model;
    StoreCopyJob *m_job;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

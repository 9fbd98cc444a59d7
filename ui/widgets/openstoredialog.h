// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class FieldError;
class QLabel;
class QLineEdit;
class QPushButton;
class StoreOpenJob;

/// File → Open store…: a store file (typed, or found with Browse…) or a PostgreSQL server
/// (postgresql://user@host:5432/dbname). The text is checked as it is typed; Open tries the
/// store on a pool thread (StoreOpenJob) and closes only once it opened. When the server asks
/// for a password, a password field appears: what is typed there goes to this process's memory
/// (StoreChoice::rememberPassword), never to settings, a log, the title or argv.
class OpenStoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStoreDialog)

public:
    /// `current` is the store open now, shown to start from.
    explicit OpenStoreDialog(const QString &current, QWidget *parent = nullptr);

    /// The store that opened (a file's absolute path or the URL), once accepted.
    QString chosenStore() const { return m_chosen; }
    /// The problem shown under the field, empty when there is none (for tests).
    QString problem() const;
    bool passwordShown() const;
    bool isOpening() const;

    void accept() override;

private:
    void check();
    void browse();
    void opened(const QString &error, bool needsPassword);
    void showPassword(bool shown);

    QLineEdit *m_location;
    FieldError *m_error;
    QLabel *m_passwordNote;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QLabel *m_status;
    QPushButton *m_open;
    StoreOpenJob *m_job;
    QString m_trying;
    bool m_opening = false; ///< from accept() until opened() has the answer (the job ends a moment earlier)
    QString m_chosen;
};

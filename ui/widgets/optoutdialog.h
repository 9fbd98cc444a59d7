// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class FieldError;
class StoreWorker;
class QLabel;
class QLineEdit;
class QPushButton;
class Settings;

/// "Add number…" on the Opt-outs page: a number (national ones read in the default region) and
/// an optional reason, checked as you type; Add stores it through the store worker and the
/// dialog closes once the store has it (or shows why not).
class OptOutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutDialog)

public:
    OptOutDialog(StoreWorker &worker, Settings &settings, QWidget *parent = nullptr);

    void setNumber(const QString &number);
    void setReason(const QString &reason);
    /// What the number will be stored as ("+351912345678"), or empty while it is not valid.
    QString normalised() const { return m_normalised; }
    QString problem() const;
    QPushButton *addButton() const { return m_add; }
    /// The outcome shown after Add: "+351912345678 is opted out." or "… was already opted out.".
    QString outcome() const { return m_outcome; }

    void accept() override;

private:
    void check();

    StoreWorker &m_worker;
    bool m_adding = false; ///< Add was pressed; the answer is on its way
    Settings &m_settings;
    QLineEdit *m_number;
    QLineEdit *m_reason;
    QLabel *m_preview;
    FieldError *m_error;
    QPushButton *m_add;
    QString m_normalised;
    QString m_outcome;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "carriers/carriervalidator.h"

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class StoreWorker;
class FieldError;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

/// The form that adds or edits one carrier. Validates as you type (CarrierValidator, so the rules
/// are the CLI's; the names taken come from the page), keeps Save disabled until the form is
/// valid, saves on Enter through the store worker and cancels on Esc. The token field is
/// write-only: a saved token is never shown again.
class CarrierEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierEditor)

public:
    CarrierEditor(StoreWorker &worker, QWidget *parent = nullptr);

    /// Every carrier as the page shows it, for the "name already taken" check.
    void setCarriers(const CarrierList &carriers);

    void editNew();
    void edit(const Carrier &carrier);
    bool isNew() const { return m_carrier.id == 0; }
    qint64 carrierId() const { return m_carrier.id; }
    void focusFirstField();

    /// Saves if the form is valid: saved() or saveFailed() follows (the error is shown too).
    void save();
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    void saved(qint64 id);
    void saveFailed(const QString &error);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

public:
    /// Shown when saving failed for lack of a keychain: keeps tokens in the database instead,
    /// after a warning (useDatabaseQuestion()).
    QPushButton *useDatabaseButton() const { return m_useDatabase; }
    QMessageBox *useDatabaseQuestion() const { return m_useDatabaseQuestion; }
    QString formProblem() const;

private:
    void askToUseDatabase();
    void buildForm();
    Carrier carrierFromFields() const;
    /// Re-checks every field, shows the problems under their fields, enables Save.
    void revalidate();
    void chooseCaFile();

    StoreWorker &m_worker;
    CarrierList m_carriers;
    bool m_saving = false; ///< Save was pressed; the answer is on its way
    Carrier m_carrier;
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_accountSid;
    QLineEdit *m_token;
    QLineEdit *m_baseUrl;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_maxInFlight;
    QLineEdit *m_caFile;
    QCheckBox *m_enabled;
    QCheckBox *m_confirmStop; ///< off by default: a confirmation is a message, and billed
    QPlainTextEdit *m_notes;
    QHash<FieldProblem::Field, FieldError *> m_errors;
    FieldError *m_formError;
    QPushButton *m_useDatabase = nullptr;
    QPointer<QMessageBox> m_useDatabaseQuestion;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

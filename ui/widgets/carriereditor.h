#pragma once

#include "carriers/carrier.h"
#include "carriers/carriervalidator.h"

#include <QHash>
#include <QWidget>

class CarrierService;
class FieldError;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

/// The form that adds or edits one carrier. Validates as you type (through CarrierService, so
/// the rules are the CLI's), keeps Save disabled until the form is valid, saves on Enter and
/// cancels on Esc. The token field is write-only: a saved token is never shown again.
class CarrierEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierEditor)

public:
    CarrierEditor(CarrierService &service, QWidget *parent = nullptr);

    void editNew();
    void edit(const Carrier &carrier);
    bool isNew() const { return m_carrier.id == 0; }
    qint64 carrierId() const { return m_carrier.id; }
    void focusFirstField();

    /// Saves if the form is valid; returns the error shown, or an empty string on success.
    QString save();

Q_SIGNALS:
    void saved(qint64 id);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildForm();
    Carrier carrierFromFields() const;
    /// Re-checks every field, shows the problems under their fields, enables Save.
    void revalidate();
    void chooseCaFile();

    CarrierService &m_service;
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
    QPlainTextEdit *m_notes;
    QHash<FieldProblem::Field, FieldError *> m_errors;
    FieldError *m_formError;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

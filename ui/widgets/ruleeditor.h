// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "routing/rule.h"
#include "routing/rulevalidator.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class FieldError;
class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class StoreWorker;

/// The form that adds or edits one rule. Checks every field as you type with RuleValidator
/// (the CLI's rules, duplicates included) against the carriers and rules the page gives it,
/// keeps Save disabled until the form is valid, saves through the store worker on Enter and cancels
/// on Esc.
class RuleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditor)

public:
    explicit RuleEditor(StoreWorker &worker, QWidget *parent = nullptr);

    /// What the form checks against and offers: the carriers to choose from, the other rules
    /// (for duplicates) and the currency of the costs. Keeps what was typed.
    void setContext(const CarrierList &carriers, const RuleList &rules, const QString &currency);

    void editNew();
    void edit(const Rule &rule);
    bool isNew() const { return m_rule.id == 0; }
    qint64 ruleId() const { return m_rule.id; }
    void focusFirstField();

    /// The rule as the fields describe it now (value normalised).
    Rule ruleFromFields() const;
    /// Saves if the form is valid; returns the error shown, or an empty string on success.
    /// Saves if the form is valid: saved() or saveFailed() follows (the error is shown too).
    void save();
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    void saved(qint64 id);
    void saveFailed(const QString &error);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildForm();
    void fillCarriers();
    void kindChanged();
    /// Re-checks every field, shows the problems under their fields, enables Save.
    void revalidate();
    QString valueHint(const Rule &rule) const;
    void touchAll();

    StoreWorker &m_worker;
    bool m_saving = false; ///< Save was pressed; the answer is on its way
    Rule m_rule;
    CarrierList m_carriers;
    RuleList m_rules;
    QString m_currency;
    QSet<RuleProblem::Field> m_touched; ///< fields changed since the form opened
    QLabel *m_heading;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QCompleter *m_regionCompleter;
    QLabel *m_valueHint;
    QComboBox *m_carrier;
    QLabel *m_carrierHint;
    QSpinBox *m_priority;
    QSpinBox *m_weight;
    QLineEdit *m_cost;
    QLabel *m_currencyLabel;
    QCheckBox *m_enabled;
    QHash<RuleProblem::Field, FieldError *> m_errors;
    FieldError *m_formError;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

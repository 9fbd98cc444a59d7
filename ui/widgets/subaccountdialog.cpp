// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "subaccountdialog.h"

#include "carriers/carrieraccounts.h"
#include "carriers/carrierservice.h"
#include "fielderror.h"
#include "session/storeworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SubAccountDialog::SubAccountDialog(StoreWorker &worker, const CarrierList &carriers, qint64 parentId, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_carriers(carriers)
    , m_parent(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_inFlight(new QSpinBox(this))
    , m_problem(new FieldError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Restcomm sub-account"));
    for (const Carrier &c : std::as_const(m_carriers))
        m_parent->addItem(c.name, c.id);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(parentId)));
    m_email->setPlaceholderText(tr("the sub-account's login, e.g. pt-traffic@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("8 characters or more: letters, digits and symbols"));
    m_rate->setRange(0.01, 100000);
    m_rate->setValue(10);
    m_rate->setSuffix(tr(" msg/s"));
    m_inFlight->setRange(1, 1000);
    m_inFlight->setValue(6);

    auto *explanation = new QLabel(tr("Restcomm creates the account under the parent's account, which must be allowed "
                                      "to create sub-accounts (the Administrator role). The new carrier sends with the "
                                      "sub-account's own credentials."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Parent carrier:"), m_parent);
    form->addRow(tr("New carrier &name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(tr("Max in &flight:"), m_inFlight);
    QPushButton *create = m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_email, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &SubAccountDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubAccountDialog::create);
    revalidate();
}

void SubAccountDialog::revalidate()
{
    QString problem;
    if (m_parent->count() == 0)
        problem = tr("Add the parent carrier first.");
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_problem->setProblem(problem);
    const bool complete = !m_name->text().trimmed().isEmpty() && !m_email->text().trimmed().isEmpty()
        && !m_password->text().isEmpty() && m_password->text() == m_repeat->text();
    m_buttons->buttons().first()->setEnabled(problem.isEmpty() && complete);
}

void SubAccountDialog::create()
{
    const qint64 parentId = m_parent->currentData().toLongLong();
    SubAccountRequest request;
    request.carrierName = m_name->text().trimmed();
    request.email = m_email->text().trimmed();
    request.password = m_password->text().toUtf8();
    request.rateLimit = m_rate->value();
    request.maxInFlight = m_inFlight->value();
    setEnabled(false);
    m_problem->setProblem(tr("Asking Restcomm…"));
    m_worker.runAsync<Result<Carrier>>(
        this,
        [parentId, request](Session &session, std::function<void(Result<Carrier>)> reply) {
            // The parent as the store has it now (its token is read on the worker, never here).
            auto parentCarrier = session.carriers().findById(parentId);
            if (!parentCarrier) {
                reply(parentCarrier.error());
                return;
            }
            CarrierAccounts &accounts = session.accounts();
            accounts.createSubAccount(*parentCarrier, request, &accounts,
                                      [reply](const Result<Carrier> &result) { reply(result); });
        },
        [this](const Result<Carrier> &result) {
            setEnabled(true);
            if (!result) {
                m_problem->setProblem(result.errorMessage());
                return;
            }
            m_created = *result;
            accept();
        });
}

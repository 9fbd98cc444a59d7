// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutdialog.h"

#include "fielderror.h"
#include "optouts/optoutservice.h"
#include "phone/phonenumberparser.h"
#include "session/storeworker.h"
#include "settings/settings.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OptOutDialog::OptOutDialog(StoreWorker &worker, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_number(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new FieldError(this))
{
    setWindowTitle(tr("Add an opt-out"));
    m_number->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_number->setPlaceholderText(tr("+351 912 345 678, or a national number"));
    m_reason->setPlaceholderText(tr("Replied STOP on 3 March"));
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OptOutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, &OptOutDialog::check);
    resize(460, sizeHint().height());
    check();
}

void OptOutDialog::setNumber(const QString &number)
{
    m_number->setText(number);
}

void OptOutDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString OptOutDialog::problem() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OptOutDialog::check()
{
    const QString text = m_number->text().trimmed();
    m_normalised.clear();
    if (text.isEmpty()) {
        m_preview->setText(tr("Numbers without +country are read as %1 numbers (Settings → Default region).")
                               .arg(m_settings.defaultRegion()));
        m_error->setProblem(QString());
        m_add->setEnabled(false);
        return;
    }
    const ParsedNumber parsed = PhoneNumberParser(m_settings.defaultRegion()).parse(text);
    if (parsed.valid) {
        m_normalised = parsed.e164;
        m_preview->setText(tr("Stored as %1").arg(parsed.e164));
        m_error->setProblem(QString());
    } else {
        m_preview->clear();
        m_error->setProblem(parsed.errorMessage);
    }
    m_add->setEnabled(parsed.valid && !m_adding);
}

void OptOutDialog::accept()
{
    if (m_normalised.isEmpty() || m_adding)
        return;
    m_adding = true;
    m_add->setEnabled(false);
    m_preview->setText(tr("Adding %1…").arg(m_normalised));
    m_worker.run(
        this,
        [number = m_number->text(), reason = m_reason->text()](Session &session) {
            return session.optouts().add(number, reason);
        },
        [this](const Result<OptOutService::Change> &added) {
            m_adding = false;
            if (!added) {
                check();
                m_error->setProblem(added.errorMessage());
                return;
            }
            m_outcome = added->changed ? tr("%1 is opted out: it will not receive messages.").arg(added->optOut.e164)
                                       : tr("%1 was already opted out.").arg(added->optOut.e164);
            QDialog::accept();
        });
}

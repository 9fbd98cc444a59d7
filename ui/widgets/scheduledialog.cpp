// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "scheduledialog.h"

#include "fielderror.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ScheduleDialog::ScheduleDialog(const QString &campaignName, const QDateTime &initial, QWidget *parent)
    : QDialog(parent)
    , m_at(new QDateTimeEdit(this))
    , m_error(new FieldError(this))
{
    setWindowTitle(tr("Schedule campaign"));
    auto *intro = new QLabel(tr("“%1” starts by itself at this time, if SMS Router or a headless "
                                "<tt>smsrouter-cli dispatch</tt> is running then.")
                                 .arg(campaignName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime now = QDateTime::currentDateTime();
    m_at->setDateTime(initial.isValid() && initial > now
                          ? initial.toLocalTime()
                          : QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    auto *form = new QFormLayout;
    form->addRow(tr("&Start at:"), m_at);
    form->addRow(QString(), m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Schedule"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::check);
    check();
}

QDateTime ScheduleDialog::dateTime() const
{
    return m_at->dateTime();
}

void ScheduleDialog::setDateTime(const QDateTime &at)
{
    m_at->setDateTime(at.toLocalTime());
}

void ScheduleDialog::check()
{
    const bool future = m_at->dateTime() > QDateTime::currentDateTime();
    m_error->setProblem(future ? QString() : tr("Choose a time in the future, or start the campaign now."));
    m_ok->setEnabled(future);
}

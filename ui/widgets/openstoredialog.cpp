// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "openstoredialog.h"

#include "fielderror.h"
#include "session/storechoice.h"
#include "session/storeopenjob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OpenStoreDialog::OpenStoreDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_location(new QLineEdit(this))
    , m_error(new FieldError(this))
    , m_passwordNote(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_status(new QLabel(this))
    , m_job(new StoreOpenJob(this))
{
    setWindowTitle(tr("Open store"));
    auto *intro = new QLabel(tr("A store is a file on this computer, or a database on a PostgreSQL server that a "
                                "team shares (postgresql://user@host:5432/dbname). SMS Router opens it at its next "
                                "starts too, unless --db or SMSROUTER_DB names another."),
                             this);
    intro->setWordWrap(true);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setText(StoreChoice::isServer(current) ? current : QDir::toNativeSeparators(current));
    m_location->setPlaceholderText(tr("~/smsrouter.sqlite or postgresql://user@host:5432/dbname"));
    m_location->setMinimumWidth(420);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *locationLabel = new QLabel(tr("&Store:"), this);
    locationLabel->setBuddy(m_location); // the field sits in a row with Browse…: no automatic buddy
    form->addRow(locationLabel, locationRow);
    form->addRow(QString(), m_error);
    form->addRow(QString(), m_passwordNote);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    showPassword(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &OpenStoreDialog::browse);
    connect(m_location, &QLineEdit::textChanged, this, [this] {
        // Another store: a password asked for the last one is not for this one.
        if (passwordShown()) {
            m_password->clear();
            showPassword(false);
        }
        check();
    });
    connect(m_job, &StoreOpenJob::finished, this, &OpenStoreDialog::opened);
    check();
}

QString OpenStoreDialog::problem() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool OpenStoreDialog::passwordShown() const
{
    return !m_password->isHidden();
}

void OpenStoreDialog::showPassword(bool shown)
{
    m_passwordNote->setVisible(shown);
    m_passwordLabel->setVisible(shown);
    m_password->setVisible(shown);
}

bool OpenStoreDialog::isOpening() const
{
    return m_opening;
}

void OpenStoreDialog::check()
{
    const auto checked = StoreChoice::check(m_location->text());
    // An empty field is not an error yet: it only keeps Open disabled.
    m_error->setProblem(checked || m_location->text().trimmed().isEmpty() ? QString() : checked.errorMessage());
    m_open->setEnabled(checked.ok() && !m_opening);
}

void OpenStoreDialog::browse()
{
    const QString start = StoreChoice::isServer(m_location->text()) ? QDir::homePath() : m_location->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a store file"), start,
                                                      tr("SMS Router stores (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_location->setText(QDir::toNativeSeparators(file));
}

void OpenStoreDialog::accept()
{
    const auto checked = StoreChoice::check(m_location->text());
    if (!checked || m_opening)
        return;
    m_opening = true;
    m_trying = *checked;
    if (!m_password->isHidden() && !m_password->text().isEmpty()) {
        StoreChoice::rememberPassword(m_trying, m_password->text());
        m_password->clear();
    }
    m_error->setProblem(QString());
    m_status->setText(StoreChoice::isServer(m_trying) ? tr("Connecting to %1…").arg(StoreChoice::title(m_trying))
                                                      : tr("Opening %1…").arg(StoreChoice::title(m_trying)));
    m_location->setEnabled(false);
    m_open->setEnabled(false);
    m_job->start(m_trying);
}

void OpenStoreDialog::opened(const QString &error, bool needsPassword)
{
    m_opening = false;
    m_status->clear();
    m_location->setEnabled(true);
    if (error.isEmpty()) {
        m_chosen = m_trying;
        QDialog::accept();
        return;
    }
    check(); // Open again, for another try or another store; the reason below stays until they type
    if (needsPassword) {
        m_passwordNote->setText(tr("The server wants a password for %1. It is kept for as long as SMS Router runs, "
                                   "and never saved.")
                                    .arg(StoreChoice::passwordTarget(m_trying)));
        showPassword(true);
        m_password->setFocus();
    } else {
        m_error->setProblem(error);
    }
}

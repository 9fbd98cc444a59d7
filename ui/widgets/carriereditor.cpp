// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriereditor.h"

#include "carriers/carrierservice.h"
#include "fielderror.h"
#include "secrets/credentialvault.h"
#include "secrets/keychaincredentialstore.h"
#include "session/session.h"
#include "session/storeworker.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/// A field with its error line beneath it, as one cell of the form.
QWidget *withError(QWidget *field, FieldError *error, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return cell;
}

} // namespace

CarrierEditor::CarrierEditor(StoreWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
{
    buildForm();
    editNew();
}

void CarrierEditor::buildForm()
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true); // a long name (and German) wraps rather than widening the page

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Carrier UK"));
    m_accountSid = new QLineEdit(this);
    m_accountSid->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_accountSid->setPlaceholderText(tr("AC followed by 32 hexadecimal digits"));
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_baseUrl = new QLineEdit(this);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0.01, 100000.0);
    m_rate->setDecimals(2);
    m_rate->setSuffix(tr(" msg/s"));
    m_maxInFlight = new QSpinBox(this);
    m_maxInFlight->setRange(1, CarrierValidator::maxInFlightLimit);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("only if the carrier uses its own certificate authority"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    m_enabled = new QCheckBox(tr("Send messages through this carrier"), this);
    m_confirmStop = new QCheckBox(tr("Confirm STOP replies with a message"), this);
    m_confirmStop->setToolTip(tr("A number that replies with a stop word gets one message through this carrier: "
                                 "“You will receive no more messages.” It is billed like any other."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);

    for (auto field : {FieldProblem::Field::Name, FieldProblem::Field::AccountSid, FieldProblem::Field::Token,
                       FieldProblem::Field::BaseUrl, FieldProblem::Field::RateLimit, FieldProblem::Field::MaxInFlight,
                       FieldProblem::Field::CaFile})
        m_errors.insert(field, new FieldError(this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), withError(m_name, m_errors[FieldProblem::Field::Name], this));
    form->addRow(tr("Account &SID:"), withError(m_accountSid, m_errors[FieldProblem::Field::AccountSid], this));
    form->addRow(tr("Auth &token:"), withError(m_token, m_errors[FieldProblem::Field::Token], this));
    form->addRow(tr("&Base URL:"), withError(m_baseUrl, m_errors[FieldProblem::Field::BaseUrl], this));
    form->addRow(tr("&Rate:"), withError(m_rate, m_errors[FieldProblem::Field::RateLimit], this));
    form->addRow(tr("Max in &flight:"), withError(m_maxInFlight, m_errors[FieldProblem::Field::MaxInFlight], this));
    form->addRow(tr("&CA file:"), withError(caRow, m_errors[FieldProblem::Field::CaFile], this));
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_confirmStop);
    form->addRow(tr("N&otes:"), m_notes);

    m_formError = new FieldError(this);
    m_useDatabase = new QPushButton(tr("Keep tokens in the database instead…"), this);
    m_useDatabase->hide();
    connect(m_useDatabase, &QPushButton::clicked, this, &CarrierEditor::askToUseDatabase);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_useDatabase, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    layout->addStretch();

    for (QLineEdit *edit : {m_name, m_accountSid, m_token, m_baseUrl, m_caFile}) {
        connect(edit, &QLineEdit::textChanged, this, &CarrierEditor::revalidate);
        connect(edit, &QLineEdit::returnPressed, this, [this] { save(); });
    }
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &CarrierEditor::revalidate);
    connect(m_maxInFlight, &QSpinBox::valueChanged, this, &CarrierEditor::revalidate);
    connect(browse, &QToolButton::clicked, this, &CarrierEditor::chooseCaFile);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &CarrierEditor::cancelled);
}

void CarrierEditor::keyPressEvent(QKeyEvent *event)
{
    // Fields ignore Esc, so it reaches the form wherever the cursor is.
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CarrierEditor::setCarriers(const CarrierList &carriers)
{
    m_carriers = carriers;
    revalidate();
}

void CarrierEditor::editNew()
{
    edit(Carrier());
}

void CarrierEditor::edit(const Carrier &carrier)
{
    m_carrier = carrier;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_name), QSignalBlocker(m_accountSid),  QSignalBlocker(m_token), QSignalBlocker(m_baseUrl),
        QSignalBlocker(m_rate), QSignalBlocker(m_maxInFlight), QSignalBlocker(m_caFile)};
    m_heading->setText(isNew() ? tr("New carrier") : tr("Edit carrier “%1”").arg(carrier.name));
    m_name->setText(carrier.name);
    m_accountSid->setText(carrier.accountSid);
    m_token->clear();
    const auto kept = secretBackendFromName(CredentialVault::backendOf(carrier.secretRef));
    m_token->setPlaceholderText(isNew() || !kept ? tr("Paste the Auth Token from the Restcomm console")
                                    : *kept == SecretBackend::Keychain
                                    ? tr("●●●●●● stored in the keychain — type to replace")
                                    : tr("●●●●●● stored in the store's database — type to replace"));
    m_baseUrl->setText(carrier.baseUrl);
    m_baseUrl->setCursorPosition(0);
    m_rate->setValue(carrier.rateLimit);
    m_maxInFlight->setValue(carrier.maxInFlight);
    m_caFile->setText(carrier.caFile);
    m_enabled->setChecked(carrier.enabled);
    m_confirmStop->setChecked(carrier.confirmStopReplies);
    m_notes->setPlainText(carrier.notes);
    m_formError->setProblem(QString());
    revalidate();
    // Nothing typed yet: do not greet a new form with a wall of red.
    if (isNew()) {
        for (FieldError *error : std::as_const(m_errors))
            error->setProblem(QString());
    }
}

void CarrierEditor::focusFirstField()
{
    m_name->setFocus();
}

Carrier CarrierEditor::carrierFromFields() const
{
    Carrier c = m_carrier;
    c.name = m_name->text();
    c.accountSid = m_accountSid->text().trimmed();
    c.baseUrl = m_baseUrl->text().trimmed();
    c.rateLimit = m_rate->value();
    c.maxInFlight = m_maxInFlight->value();
    c.caFile = m_caFile->text().trimmed();
    c.enabled = m_enabled->isChecked();
    c.confirmStopReplies = m_confirmStop->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

void CarrierEditor::revalidate()
{
    const Carrier carrier = carrierFromFields();
    QStringList otherNames;
    for (const Carrier &c : std::as_const(m_carriers)) {
        if (c.id != carrier.id)
            otherNames.append(c.name);
    }
    QList<FieldProblem> problems = CarrierValidator::validate(carrier, otherNames);
    if (isNew() && m_token->text().trimmed().isEmpty())
        problems.append({FieldProblem::Field::Token, tr("Paste the carrier's Auth Token.")});
    for (FieldError *error : std::as_const(m_errors))
        error->setProblem(QString());
    for (const FieldProblem &problem : problems) {
        if (FieldError *error = m_errors.value(problem.field); error && error->text().isEmpty())
            error->setProblem(problem.message);
    }
    m_save->setEnabled(problems.isEmpty() && !m_saving);
}

void CarrierEditor::save()
{
    revalidate();
    if (!m_save->isEnabled()) {
        if (!m_saving)
            Q_EMIT saveFailed(tr("Fix the fields marked above first."));
        return;
    }
    const Carrier carrier = carrierFromFields();
    const QByteArray token = m_token->text().trimmed().toUtf8();
    const bool adding = isNew();
    m_saving = true;
    m_save->setEnabled(false);
    m_worker.run(
        this,
        [carrier, token, adding](Session &session) {
            CarrierService &carriers = session.carriers();
            return adding ? carriers.add(carrier, token)
                          : carriers.update(carrier, token.isEmpty() ? std::nullopt : std::optional<QByteArray>(token));
        },
        [this](const Result<Carrier> &result) {
            m_saving = false;
            if (!result) {
                revalidate();
                m_formError->setProblem(result.errorMessage());
                m_useDatabase->setVisible(result.error().code == KeychainCredentialStore::UnavailableCode);
                Q_EMIT saveFailed(result.errorMessage());
                return;
            }
            m_token->clear();
            m_carrier = *result;
            m_formError->setProblem(QString());
            m_useDatabase->hide();
            revalidate();
            Q_EMIT saved(result->id);
        });
}

QString CarrierEditor::formProblem() const
{
    return m_formError->text();
}

void CarrierEditor::askToUseDatabase()
{
    if (m_useDatabaseQuestion && m_useDatabaseQuestion->isVisible())
        return;
    m_useDatabaseQuestion = new QMessageBox(
        QMessageBox::Warning, tr("Keep tokens in the database?"),
        tr("Tokens kept in the database are stored unencrypted in the store file. Anyone who can read that file (or "
           "a copy or backup of it) can send messages through your carriers."),
        QMessageBox::Cancel, this);
    m_useDatabaseQuestion->setInformativeText(
        tr("You can move them to the keychain later, under Settings → Keep tokens in."));
    QPushButton *yes = m_useDatabaseQuestion->addButton(tr("Keep tokens in the database"), QMessageBox::AcceptRole);
    m_useDatabaseQuestion->setDefaultButton(QMessageBox::Cancel);
    m_useDatabaseQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_useDatabaseQuestion, &QMessageBox::finished, this, [this, yes] {
        if (m_useDatabaseQuestion->clickedButton() != yes)
            return;
        m_worker.run(
            this,
            [](Session &session) -> Status {
                if (session.secretBackendOverridden())
                    return Error::invalid(tr("This window was started with a token store chosen on the command line "
                                             "(--secret-store or SMSROUTER_SECRET_STORE); start it without one to "
                                             "change where tokens are kept."));
                return session.settings().setSecretBackend(SecretBackend::Database);
            },
            [this](const Status &switched) {
                if (!switched) {
                    m_formError->setProblem(switched.errorMessage());
                    return;
                }
                // The cause is gone: the message goes, and Save is ready to try again.
                m_useDatabase->hide();
                m_formError->setProblem(QString());
                revalidate();
            });
    });
    m_useDatabaseQuestion->open();
}

void CarrierEditor::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the carrier's CA certificate"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

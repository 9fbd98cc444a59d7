// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "settingspage.h"

#include "common/translations.h"
#include "phone/phonenumberparser.h"
#include "session/session.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/fielderror.h"
#include "widgets/pageheader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

QWidget *stacked(QWidget *field, QWidget *below, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(below);
    return cell;
}

/// "PT — Portugal" for every territory Qt knows, sorted by name.
void fillRegions(QComboBox *box)
{
    QList<std::pair<QString, QString>> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2)
            regions.append({QLocale::territoryToString(territory), code});
    }
    std::sort(regions.begin(), regions.end());
    for (const auto &[name, code] : regions)
        box->addItem(QStringLiteral("%1 — %2").arg(code, name), code);
}

} // namespace

SettingsPage::SettingsPage(Session &session, StoreWorker &worker, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_worker(worker)
{
    auto *header = new PageHeader(
        tr("Settings"), tr("How this store reads numbers, limits messages and keeps tokens; the language you read."),
        this);

    m_region = new QComboBox(this);
    fillRegions(m_region);
    m_regionError = new FieldError(this);
    auto *regionHelp = new QLabel(this);
    // The example is the chosen region's own national number, so it is right for what it claims.
    auto showRegionExample = [this, regionHelp] {
        const QString example = PhoneNumberParser::exampleNumber(m_region->currentData().toString(),
                                                                 PhoneNumberParser::ExampleStyle::National);
        regionHelp->setText(example.isEmpty()
                                ? tr("Numbers written without a country code are read as numbers of this region.")
                                : tr("Numbers written without a country code (such as %1) are read as numbers of "
                                     "this region.")
                                      .arg(example));
    };
    connect(m_region, &QComboBox::currentIndexChanged, regionHelp, showRegionExample);
    showRegionExample();
    regionHelp->setWordWrap(true);
    regionHelp->setForegroundRole(QPalette::PlaceholderText);

    m_maxSegments = new QSpinBox(this);
    m_maxSegments->setRange(1, 255);
    m_maxSegments->setSuffix(tr(" segments"));
    m_segmentsError = new FieldError(this);
    m_maxAttempts = new QSpinBox(this);
    m_maxAttempts->setRange(1, 100);
    m_maxAttempts->setSuffix(tr(" attempts"));
    m_attemptsError = new FieldError(this);
    m_currency = new QLineEdit(this);
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMaximumWidth(80);
    m_currencyError = new FieldError(this);

    m_secretBackend = new QComboBox(this);
    m_secretBackend->addItem(tr("System keychain (recommended)"), secretBackendName(SecretBackend::Keychain));
    m_secretBackend->addItem(tr("Store database (unencrypted)"), secretBackendName(SecretBackend::Database));
    m_secretExplanation = new QLabel(this);
    m_secretExplanation->setWordWrap(true);
    m_secretError = new FieldError(this);

    // The window's language is this user's, not the store's: kept in the per-user settings and
    // read at start (translations::install), so a change applies after a restart.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = translations::choose(QString(), QLocale::system().uiLanguages());
    for (const translations::Language &l : translations::shipped()) {
        if (l.code == systemLanguage)
            m_language->insertItem(0, tr("As the system (%1)").arg(l.nativeName), QString());
        m_language->addItem(l.nativeName, l.code);
    }
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);

    // Stop words: a reply whose first word is one of these opts its number out.
    m_stopWords = new QLineEdit(this);
    m_stopWords->setObjectName(QStringLiteral("stopWords"));
    m_stopWords->setToolTip(tr("Separated by commas. A reply whose first word is one of these (in any case, with or "
                               "without accents) puts its number on the opt-out list."));
    m_stopWordsError = new FieldError(this);
    m_restoreStopWords = new QPushButton(tr("Restore defaults"), this);
    auto *stopRow = new QWidget(this);
    auto *stopLayout = new QHBoxLayout(stopRow);
    stopLayout->setContentsMargins(0, 0, 0, 0);
    stopLayout->addWidget(m_stopWords, 1);
    stopLayout->addWidget(m_restoreStopWords);

    auto *storePath = new QLabel(m_session.storePath(), this);
    storePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storePath->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Default &region:"), stacked(m_region, regionHelp, this));
    form->addRow(QString(), m_regionError);
    form->addRow(tr("Longest &message:"), stacked(m_maxSegments, m_segmentsError, this));
    form->addRow(tr("&Attempts per message:"), stacked(m_maxAttempts, m_attemptsError, this));
    form->addRow(tr("&Currency:"), stacked(m_currency, m_currencyError, this));
    form->addRow(tr("Keep &tokens in:"), stacked(m_secretBackend, m_secretExplanation, this));
    form->addRow(QString(), m_secretError);
    form->addRow(tr("&Stop words:"), stacked(stopRow, m_stopWordsError, this));
    form->addRow(tr("&Language:"), stacked(m_language, m_languageNote, this));
    form->addRow(m_session.isServerStore() ? tr("Store:") : tr("Store file:"), storePath);

    // A settings form reads best at a comfortable width, not stretched across a wide window.
    auto *formHolder = new QWidget(this);
    formHolder->setLayout(form);
    formHolder->setMaximumWidth(760);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(formHolder);
    layout->addStretch();

    load();

    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        store([region = m_region->currentData().toString()](Settings &s) { return s.setDefaultRegion(region); },
              m_regionError);
    });
    connect(m_maxSegments, &QSpinBox::valueChanged, this,
            [this](int value) { store([value](Settings &s) { return s.setMaxSegments(value); }, m_segmentsError); });
    connect(m_maxAttempts, &QSpinBox::valueChanged, this,
            [this](int value) { store([value](Settings &s) { return s.setMaxAttempts(value); }, m_attemptsError); });
    connect(m_currency, &QLineEdit::editingFinished, this, [this] {
        store([code = m_currency->text()](Settings &s) { return s.setCurrency(code); }, m_currencyError);
    });
    connect(m_secretBackend, &QComboBox::currentIndexChanged, this, [this] {
        const SecretBackend backend =
            secretBackendFromName(m_secretBackend->currentData().toString()).value_or(SecretBackend::Keychain);
        m_worker.run(
            this, [backend](Session &session) { return session.settings().setSecretBackend(backend); },
            [this](const Status &stored) {
                m_secretError->setProblem(stored.errorMessage());
                if (!stored)
                    showValues(); // back to where tokens really go
            });
    });
    connect(m_stopWords, &QLineEdit::textEdited, this,
            [this] { m_stopWordsError->setProblem(stopWordsProblem(m_stopWords->text())); });
    connect(m_stopWords, &QLineEdit::editingFinished, this, [this] {
        const QString problem = stopWordsProblem(m_stopWords->text());
        m_stopWordsError->setProblem(problem);
        const QStringList words = parseStopWords(m_stopWords->text());
        if (!problem.isEmpty() || words == m_session.settings().stopWords())
            return;
        store([words](Settings &s) { return s.setStopWords(words); }, m_stopWordsError);
    });
    connect(m_restoreStopWords, &QPushButton::clicked, this, [this] {
        m_worker.run(
            this, [](Session &session) { return session.settings().resetStopWords(); },
            [this](const Status &stored) {
                m_stopWordsError->setProblem(stored.errorMessage());
                showValues();
            });
    });
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_session.settings().language())));
    m_startLanguage = m_language->currentData().toString();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        m_session.settings().setLanguage(code);
        m_languageNote->setText(code == m_startLanguage
                                    ? QString()
                                    : tr("SMS Router speaks %1 from its next start.").arg(m_language->currentText()));
    });
    // The window's Settings follows what the worker stored; the explanation follows it.
    connect(&m_session.settings(), &Settings::changed, this, [this](const QString &key) {
        if (key == Settings::SecretBackendKey)
            updateSecretExplanation();
        else if (key == Settings::StopWordsKey && !m_stopWords->hasFocus())
            showValues();
    });
}

QStringList SettingsPage::parseStopWords(const QString &text)
{
    QStringList words;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed().toUpper();
        if (!word.isEmpty() && !words.contains(word))
            words.append(word);
    }
    return words;
}

QString SettingsPage::stopWordsProblem(const QString &text)
{
    const QStringList words = parseStopWords(text);
    if (words.isEmpty())
        return tr("Give at least one word, or every STOP reply would be ignored. Restore defaults brings back "
                  "STOP, UNSUBSCRIBE and the others.");
    for (const QString &word : words) {
        if (word.contains(QRegularExpression(QStringLiteral("\\s"))))
            return tr("“%1” is more than one word: only the first word of a reply is compared. Separate words with "
                      "commas.")
                .arg(word);
    }
    return {};
}

void SettingsPage::store(std::function<Status(Settings &)> write, FieldError *error)
{
    m_worker.run(
        this, [write = std::move(write)](Session &session) { return write(session.settings()); },
        [error](const Status &stored) { error->setProblem(stored.errorMessage()); });
}

void SettingsPage::activate()
{
    load();
}

void SettingsPage::load()
{
    // Another program (smsrouter-cli) may have changed them: the worker reads them again, and the
    // window's Settings takes what it read.
    m_worker.run(
        this,
        [](Session &session) -> Result<QHash<QString, QString>> {
            if (auto read = session.settings().reload(); !read)
                return read.error();
            return session.settings().storeValues();
        },
        [this](const Result<QHash<QString, QString>> &values) {
            if (values)
                m_session.settings().adopt(*values);
            showValues();
        });
    showValues();
}

void SettingsPage::showValues()
{
    Settings &settings = m_session.settings();
    const QSignalBlocker b1(m_region), b2(m_maxSegments), b3(m_maxAttempts), b4(m_currency), b5(m_secretBackend);
    const int regionIndex = m_region->findData(settings.defaultRegion());
    if (regionIndex < 0)
        m_region->insertItem(0, tr("%1 — not set").arg(settings.defaultRegion()), settings.defaultRegion());
    m_region->setCurrentIndex(std::max(0, regionIndex));
    m_maxSegments->setValue(settings.maxSegments());
    m_maxAttempts->setValue(settings.maxAttempts());
    m_currency->setText(settings.currency());
    m_secretBackend->setCurrentIndex(m_secretBackend->findData(secretBackendName(m_session.secretBackend())));
    m_secretBackend->setEnabled(!m_session.secretBackendOverridden());
    // A server store never takes tokens (databaseBackendRefusedOnServer): the choice is shown, not offered.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_secretBackend->model())) {
        if (QStandardItem *database =
                items->item(m_secretBackend->findData(secretBackendName(SecretBackend::Database))))
            database->setEnabled(!m_session.isServerStore());
    }
    m_stopWords->setText(settings.stopWords().join(QStringLiteral(", ")));
    updateSecretExplanation();
}

void SettingsPage::updateSecretExplanation()
{
    if (m_session.isServerStore()) {
        m_secretExplanation->setText(
            tr("This store is on a server, so tokens always stay in each operator's system keychain: a shared "
               "database, its administrators and its backups must never hold them in plain text. The store keeps "
               "only a reference; on another computer, enter each carrier's token once."));
        return;
    }
    QString text = m_session.secretBackend() == SecretBackend::Database
        ? tr("New tokens are written unencrypted into the store file. Anyone who can read that file can send "
             "through your carriers. Use this only where no keychain exists (a server without a desktop).")
        : tr("New tokens go to the desktop's Secret Service (GNOME Keyring, KWallet); the store keeps only a "
             "reference.");
    if (m_session.secretBackendOverridden())
        text += QLatin1Char(' ') + tr("This choice is set by SMSROUTER_SECRET_STORE for this session.");
    text += QLatin1Char(' ') + tr("Tokens already saved stay where they are.");
    m_secretExplanation->setText(text);
}

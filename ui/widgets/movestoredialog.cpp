// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "movestoredialog.h"

#include "displaytext.h"
#include "fielderror.h"
#include "models/storecopyreportmodel.h"
#include "session/storechoice.h"
#include "session/storecopyjob.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

MoveStoreDialog::MoveStoreDialog(const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_steps(new QStackedWidget(this))
    , m_url(new QLineEdit(this))
    , m_error(new FieldError(this))
    , m_passwordNote(new QLabel(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new StoreCopyReportModel(this))
    , m_job(new StoreCopyJob(this))
{
    setWindowTitle(tr("Move store to server"));

    // Step 1: where to.
    auto *targetPage = new QWidget(this);
    auto *intro = new QLabel(tr("Copies this store — carriers, rules, campaigns, every message with its events, "
                                "opt-outs, replies and settings — into an empty database on a PostgreSQL server, "
                                "where a team can share it. This store is only read and stays as it is. Carriers' "
                                "tokens stay in this computer's keychain; the server gets their references only."),
                             targetPage);
    intro->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname"));
    m_url->setMinimumWidth(420);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_passwordNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server database:"), m_url);
    form->addRow(QString(), m_error);
    form->addRow(QString(), m_passwordNote);
    form->addRow(m_passwordLabel, m_password);
    auto *targetButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, targetPage);
    m_copy = targetButtons->addButton(tr("&Copy"), QDialogButtonBox::AcceptRole);
    m_copy->setDefault(true);
    auto *targetLayout = new QVBoxLayout(targetPage);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(intro);
    targetLayout->addLayout(form);
    targetLayout->addStretch();
    targetLayout->addWidget(targetButtons);
    connect(targetButtons, &QDialogButtonBox::accepted, this, &MoveStoreDialog::startCopy);
    connect(targetButtons, &QDialogButtonBox::rejected, this, &MoveStoreDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        if (passwordShown()) {
            m_password->clear();
            showPassword(false);
        }
        check();
    });
    showPassword(false);

    // Step 2: copying.
    auto *copyingPage = new QWidget(this);
    m_progressLabel->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    auto *copyingButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, copyingPage);
    auto *copyingLayout = new QVBoxLayout(copyingPage);
    copyingLayout->setContentsMargins(0, 0, 0, 0);
    copyingLayout->addWidget(m_progressLabel);
    copyingLayout->addWidget(m_progress);
    copyingLayout->addStretch();
    copyingLayout->addWidget(copyingButtons);
    connect(copyingButtons, &QDialogButtonBox::rejected, this, &MoveStoreDialog::cancelCopy);

    // Step 3: the report.
    auto *reportPage = new QWidget(this);
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6); // dense rows
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(StoreCopyReportModel::Table, QHeaderView::Stretch);
    auto *reportButtons = new QDialogButtonBox(QDialogButtonBox::Close, reportPage);
    QPushButton *open = reportButtons->addButton(tr("&Open the new store"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_table, 1);
    reportLayout->addWidget(reportButtons);
    connect(reportButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        Q_EMIT openStoreRequested(m_target);
        accept();
    });

    m_steps->addWidget(targetPage);
    m_steps->addWidget(copyingPage);
    m_steps->addWidget(reportPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    resize(560, 380);

    m_timer.setInterval(100ms);
    connect(&m_timer, &QTimer::timeout, this, &MoveStoreDialog::showProgress);
    connect(m_job, &StoreCopyJob::finished, this, &MoveStoreDialog::finished);
    check();
}

MoveStoreDialog::~MoveStoreDialog() = default;

MoveStoreDialog::Step MoveStoreDialog::step() const
{
    return Step(m_steps->currentIndex());
}

QString MoveStoreDialog::problem() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool MoveStoreDialog::passwordShown() const
{
    return !m_password->isHidden();
}

QString MoveStoreDialog::progressText() const
{
    return m_progressLabel->text();
}

void MoveStoreDialog::showPassword(bool shown)
{
    m_passwordNote->setVisible(shown);
    m_passwordLabel->setVisible(shown);
    m_password->setVisible(shown);
}

void MoveStoreDialog::check()
{
    const auto checked = StoreChoice::checkServer(m_url->text());
    m_error->setProblem(checked || m_url->text().trimmed().isEmpty() ? QString() : checked.errorMessage());
    m_copy->setEnabled(checked.ok());
}

void MoveStoreDialog::startCopy()
{
    const auto checked = StoreChoice::checkServer(m_url->text());
    if (!checked || m_job->isRunning())
        return;
    m_target = *checked;
    if (passwordShown() && !m_password->text().isEmpty()) {
        StoreChoice::rememberPassword(m_target, m_password->text());
        m_password->clear();
    }
    m_progressLabel->setText(tr("Connecting to %1…").arg(StoreChoice::title(m_target)));
    m_progress->setValue(0);
    m_steps->setCurrentIndex(int(Step::Copying));
    m_elapsed.start();
    m_timer.start();
    Q_EMIT copyStarted();
    // The window's own dispatcher may hold this store: the window pauses it (copyStarted).
    StoreCopier::Options options;
    options.allowOwnDispatcher = true;
    m_job->start(m_source, m_target, options);
}

void MoveStoreDialog::cancelCopy()
{
    if (!m_job->isRunning())
        return;
    m_progressLabel->setText(tr("Cancelling: the server's database is being emptied again…"));
    m_job->cancel();
}

void MoveStoreDialog::reject()
{
    // Closing while copying cancels first; the dialog closes once the server rolled back.
    if (m_job->isRunning()) {
        cancelCopy();
        return;
    }
    QDialog::reject();
}

void MoveStoreDialog::showProgress()
{
    const StoreCopyProgress p = m_job->progress();
    if (p.total <= 0)
        return;
    QString left;
    if (p.copied > 0 && p.total > p.copied)
        left = tr(" · %1 s left").arg((m_elapsed.elapsed() * (p.total - p.copied) / p.copied + 999) / 1000);
    m_progressLabel->setText(tr("Copying %1… %2 of %3 rows%4")
                                 .arg(p.table.isEmpty() ? tr("the store") : p.table, QLocale().toString(p.copied),
                                      QLocale().toString(p.total), left));
    m_progress->setValue(int(p.copied * 1000 / p.total));
}

void MoveStoreDialog::finished()
{
    m_timer.stop();
    const auto &result = m_job->result();
    if (!result || !*result) {
        const Error error = result ? result->error() : Error::failed(tr("The copy did not finish."));
        m_steps->setCurrentIndex(int(Step::Target));
        if (StoreChoice::needsPassword(error)) {
            m_passwordNote->setText(tr("The server wants a password for %1. It is kept for as long as SMS Router "
                                       "runs, and never saved.")
                                        .arg(StoreChoice::passwordTarget(m_target)));
            showPassword(true);
            m_password->setFocus();
        } else {
            m_error->setProblem(error.message);
        }
        m_copy->setEnabled(true);
        Q_EMIT copyEnded(false);
        return;
    }
    const StoreCopyReport &report = **result;
    m_model->setTables(report.tables);
    m_table->resizeColumnsToContents();
    const QString seconds = QLocale().toString(double(report.elapsed.count()) / 1000.0, 'f', 1);
    m_summary->setText(tr("Copied %Ln row(s) to %1 in %2 s. The row counts of every table match.", nullptr,
                          displaytext::plural(report.rows))
                           .arg(StoreChoice::title(report.target), seconds)
                       + QLatin1Char(' ')
                       + tr("Open the new store here, or on another computer with File → Open store… and %1. "
                            "What this store sends after the copy is not on the server: move once, then work there.")
                             .arg(report.target));
    m_steps->setCurrentIndex(int(Step::Report));
    Q_EMIT copyEnded(true);
}

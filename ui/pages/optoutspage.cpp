// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutspage.h"

#include "displaytext.h"
#include "models/optouttablemodel.h"
#include "optouts/optoutimportjob.h"
#include "optouts/optoutservice.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/emptystate.h"
#include "widgets/fielderror.h"
#include "widgets/filterbox.h"
#include "widgets/optoutdialog.h"
#include "widgets/pageheader.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>
#include <utility>

using namespace std::chrono_literals;
using displaytext::count;

OptOutsPage::OptOutsPage(Session &session, StoreWorker &worker, StoreWatcher &watcher, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_worker(worker)
    , m_model(new OptOutTableModel(session.clock(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_body(new QStackedWidget(this))
    , m_filter(new FilterBox(tr("Filter numbers and reasons (Ctrl+F)"), this))
    , m_table(new QTableView(this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new FieldError(this))
{
    auto *header = new PageHeader(tr("Opt-outs"),
                                  tr("Numbers that never receive messages: campaign imports reject them, and the "
                                     "dispatcher checks again just before sending."),
                                  this);
    auto *add = new QPushButton(tr("Add number…"), this);
    auto *import = new QPushButton(tr("Import…"), this);
    import->setToolTip(tr("Add every number of a CSV file (a column of numbers; a “reason” column is kept)."));
    header->addAction(import);
    header->addAction(add);

    m_empty = new EmptyState(tr("No opt-outs yet. A number you add here never receives a message, from a campaign "
                                "or from Compose. Numbers without +country are read in the default region."),
                             tr("Add number…"), this);
    QPushButton *emptyImport = m_empty->addSecondaryButton(tr("Import a list…"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OptOutTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OptOutTableModel::Added, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columnsSized = m_table->horizontalHeader()->restoreState(m_session.settings().headerState(pageId()));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Remove the selected numbers (Delete): they can receive messages again."));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_remove);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(tools);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_count);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_status);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_body->addWidget(m_empty);
    m_body->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_body, 1);

    connect(add, &QPushButton::clicked, this, &OptOutsPage::addNumber);
    connect(m_empty->button(), &QPushButton::clicked, this, &OptOutsPage::addNumber);
    connect(import, &QPushButton::clicked, this, &OptOutsPage::askImport);
    connect(emptyImport, &QPushButton::clicked, this, &OptOutsPage::askImport);
    connect(m_remove, &QPushButton::clicked, this, &OptOutsPage::askRemove);
    connect(m_filter, &FilterBox::filterChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OptOutsPage::updateActions);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_columnsSized)
            m_session.settings().setHeaderState(pageId(), m_table->horizontalHeader()->saveState());
    });
    connect(&m_session.optouts(), &OptOutService::changed, this, &OptOutsPage::reload);
    connect(&m_worker, &StoreWorker::optOutsChanged, this, &OptOutsPage::reload);
    // Another process (smsrouter-cli optout …, another window) may change the list. On SQLite
    // the store watcher fires for every change (the dispatcher writes all the time), so look
    // only while visible, at most once a second; on PostgreSQL it names the opt-out list.
    m_externalChange.setSingleShot(true);
    m_externalChange.setInterval(1s);
    connect(&m_externalChange, &QTimer::timeout, this, &OptOutsPage::reloadIfChanged);
    connect(&watcher, &StoreWatcher::changedTables, this, [this](const QSet<QString> &tables) {
        if (StoreWatcher::touches(tables, {"optouts"}) && isVisible() && !m_externalChange.isActive())
            m_externalChange.start();
    });
    reload();
}

void OptOutsPage::activate()
{
    reload();
}

void OptOutsPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void OptOutsPage::reloadIfChanged()
{
    // The store changes all the time while the dispatcher sends; the list itself rarely.
    readList(false);
}

void OptOutsPage::reload()
{
    readList(true);
}

void OptOutsPage::readList(bool evenIfUnchanged)
{
    if (m_reading) {
        m_readAgain = m_readAgain || evenIfUnchanged;
        return;
    }
    m_reading = true;
    struct Read
    {
        QString version;
        std::optional<OptOutList> list; ///< none when the version was the one shown
    };
    const QString shown = evenIfUnchanged ? QString() : m_version;
    m_worker.run(
        this,
        [shown](Session &session) -> Result<Read> {
            auto version = session.optouts().version();
            if (!version)
                return version.error();
            if (!shown.isEmpty() && *version == shown)
                return Read {*version, std::nullopt};
            auto list = session.optouts().list();
            if (!list)
                return list.error();
            return Read {*version, std::move(*list)};
        },
        [this](const Result<Read> &read) {
            m_reading = false;
            if (!read)
                m_error->setProblem(read.errorMessage());
            else if (read->list)
                showList(read->version, *read->list);
            if (std::exchange(m_readAgain, false))
                reload();
        });
}

void OptOutsPage::showList(const QString &version, const OptOutList &list)
{
    m_version = version;
    m_error->setProblem(QString());
    const QStringList keep = selectedNumbers();
    m_model->setOptOuts(list);
    m_body->setCurrentIndex(list.isEmpty() ? 0 : 1);
    if (!m_columnsSized && !list.isEmpty()) {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(OptOutTableModel::Number, m_table->columnWidth(OptOutTableModel::Number) + 24);
        m_table->setColumnWidth(OptOutTableModel::Added,
                                std::max(m_table->columnWidth(OptOutTableModel::Added) + 24, 140));
        m_columnsSized = true;
    }
    for (const QString &number : keep)
        selectNumber(number);
    if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0) {
        m_table->clearSelection();
        selectNumber(std::exchange(m_pendingSelection, QString()));
    }
    m_count->setText(tr("%Ln number(s) opted out", nullptr, int(list.size())));
    updateActions();
    Q_EMIT listShown();
}

void OptOutsPage::selectNumber(const QString &e164)
{
    const int row = m_model->rowOf(e164);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(index);
}

QStringList OptOutsPage::selectedNumbers() const
{
    QStringList numbers;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(OptOutTableModel::Number);
    for (const QModelIndex &index : rows)
        numbers.append(index.data(OptOutTableModel::NumberRole).toString());
    return numbers;
}

void OptOutsPage::updateActions()
{
    const int selected = int(selectedNumbers().size());
    m_remove->setEnabled(selected > 0);
    m_remove->setText(selected > 1 ? tr("Remove %n…", nullptr, selected) : tr("Remove…"));
}

void OptOutsPage::addNumber()
{
    auto *dialog = new OptOutDialog(m_worker, m_session.settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(dialog->outcome());
        m_pendingSelection = dialog->normalised(); // selected once the list shows it
        reload();
    });
    dialog->open();
}

QString OptOutsPage::describe(const QString &fileName, const OptOutImportReport &report)
{
    QString text =
        tr("Read %Ln row(s) from %1: %2 added, %3 already opted out", nullptr, displaytext::plural(report.rows))
            .arg(fileName, count(report.added), count(report.alreadyPresent));
    if (!report.invalid.isEmpty())
        text += tr("; %Ln line(s) could not be read as a number", nullptr, int(report.invalid.size()));
    return text + QLatin1Char('.');
}

QString OptOutsPage::problems(const OptOutImportReport &report)
{
    QStringList lines;
    for (const OptOutImportReport::Problem &p : report.invalid)
        lines.append(tr("line %1: “%2” — %3").arg(p.line).arg(p.raw, p.message));
    return lines.join(QLatin1Char('\n'));
}

void OptOutsPage::startImport(const QString &path)
{
    if (m_import)
        return; // one at a time; the dialog of the running one is modal
    m_import = new OptOutImportJob(m_session.storePath(), m_session.settings().defaultRegion(), this);
    m_importProgress = new QProgressDialog(tr("Importing opt-outs from %1…").arg(QFileInfo(path).fileName()),
                                           tr("Cancel import"), 0, 1000, this);
    m_importProgress->setWindowTitle(tr("Import opt-outs"));
    m_importProgress->setWindowModality(Qt::WindowModal);
    m_importProgress->setMinimumDuration(400); // a short list never flashes a dialog
    m_importProgress->setAutoReset(false);
    m_importProgress->setAutoClose(false);
    m_importProgress->setValue(0);
    connect(m_importProgress, &QProgressDialog::canceled, m_import, &OptOutImportJob::cancel);
    connect(m_import, &OptOutImportJob::progressed, m_importProgress, [this](qint64 bytesRead, qint64 totalBytes) {
        if (totalBytes > 0)
            m_importProgress->setValue(int(std::min<qint64>(999, bytesRead * 1000 / totalBytes)));
    });
    connect(m_import, &OptOutImportJob::finished, this, &OptOutsPage::importDone);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_import->start(path);
}

void OptOutsPage::importDone()
{
    const Result<OptOutImportReport> report = m_import->result();
    const QString fileName = QFileInfo(m_import->filePath()).fileName();
    std::exchange(m_import, nullptr)->deleteLater();
    std::exchange(m_importProgress, nullptr)->deleteLater();
    const bool asked = std::exchange(m_importAskedByUser, false);
    if (!report) {
        m_error->setProblem(report.errorMessage());
        m_status->clear();
        if (asked)
            QMessageBox::warning(this, tr("Nothing was imported"), report.errorMessage());
        Q_EMIT importFinished(report.errorMessage(), false);
        return;
    }
    m_error->setProblem(QString());
    const QString text = describe(fileName, *report);
    m_status->setText(text);
    reload();
    Q_EMIT importFinished(text, true);
    if (!asked || report->invalid.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Opt-outs imported"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Fix these lines in the file and import it again; numbers already added are skipped."));
    box->setDetailedText(problems(*report));
    box->open();
}

void OptOutsPage::askImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import opt-outs"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_importAskedByUser = true;
    startImport(path);
}

QString OptOutsPage::removeQuestion(const QStringList &e164s) const
{
    if (e164s.size() == 1)
        return tr("Remove %1 from the opt-outs? It can receive messages again.").arg(e164s.first());
    return tr("Remove %Ln numbers from the opt-outs? They can receive messages again.", nullptr, int(e164s.size()));
}

void OptOutsPage::removeNumbers(const QStringList &e164s)
{
    m_remove->setEnabled(false);
    m_worker.run(
        this,
        [e164s](Session &session) -> Result<QStringList> {
            QStringList failed;
            {
                // One reload at the end rather than one per number.
                const QSignalBlocker quiet(&session.optouts());
                for (const QString &number : e164s) {
                    if (auto removed = session.optouts().remove(number); !removed)
                        failed.append(removed.errorMessage());
                }
            }
            if (failed.size() < e164s.size())
                Q_EMIT session.optouts().changed();
            return failed;
        },
        [this, asked = e164s.size()](const Result<QStringList> &failed) {
            if (!failed) {
                m_error->setProblem(failed.errorMessage());
                updateActions();
                Q_EMIT removeFinished(failed.errorMessage());
                return;
            }
            const QString problem = failed->join(QLatin1Char('\n'));
            m_error->setProblem(problem);
            const qint64 done = asked - failed->size();
            if (done > 0)
                m_status->setText(tr("Removed %Ln number(s) from the opt-outs.", nullptr, int(done)));
            updateActions();
            Q_EMIT removeFinished(problem);
        });
}

void OptOutsPage::askRemove()
{
    const QStringList numbers = selectedNumbers();
    if (numbers.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove opt-outs"), removeQuestion(numbers),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    removeNumbers(numbers);
}

bool OptOutsPage::showsEmptyState() const
{
    return m_body->currentIndex() == 0;
}

QString OptOutsPage::statusText() const
{
    return m_status->text();
}

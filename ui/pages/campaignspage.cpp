// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignspage.h"

#include "campaign/campaignmonitor.h"
#include "campaign/campaignservice.h"
#include "campaign/rejectsexporter.h"
#include "common/money.h"
#include "dispatch/dispatcher.h"
#include "displaytext.h"
#include "models/campaigntablemodel.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/campaigndetailpane.h"
#include "widgets/chipstyle.h"
#include "widgets/emptystate.h"
#include "widgets/exportprogress.h"
#include "widgets/fielderror.h"
#include "widgets/filterbox.h"
#include "widgets/pageheader.h"
#include "widgets/progressbardelegate.h"
#include "widgets/scheduledialog.h"
#include "widgets/statechipdelegate.h"
#include "wizards/campaignimportwizard.h"
#include "wizards/importfilepage.h"
#include "wizards/importmessagepage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;
using displaytext::count;

CampaignsPage::CampaignsPage(Session &session, StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher,
                             QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_worker(worker)
    , m_campaigns(session.campaigns())
    , m_dispatcher(dispatcher)
    , m_monitor(new CampaignMonitor(session.storePath(), session.clock(), this))
    , m_model(new CampaignTableModel(session.clock(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_body(new QStackedWidget(this))
    , m_filter(new FilterBox(tr("Filter campaigns (Ctrl+F)"), this))
    , m_table(new QTableView(this))
    , m_detail(new CampaignDetailPane(this))
    , m_status(new QLabel(this))
    , m_error(new FieldError(this))
    , m_export(new ExportProgress(this))
{
    auto *header = new PageHeader(tr("Campaigns"),
                                  tr("Recipient lists imported from CSV files and sent through your routing rules: "
                                     "start, schedule, pause, resume or cancel them, and follow each one live."),
                                  this);
    auto *add = new QPushButton(tr("New campaign…"), this);
    add->setToolTip(tr("Import a CSV file of recipients and write the message (Ctrl+N)."));
    add->setShortcut(QKeySequence::New);
    header->addAction(add);

    m_empty = new EmptyState(tr("No campaigns yet. Import a CSV file of recipients, write the message with the "
                                "file's columns, and see what it will cost before anything is sent."),
                             tr("Import recipients…"), this);

    m_model->setCurrency(m_session.settings().currency());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignTableModel::SortRole);
    m_proxy->setFilterKeyColumn(CampaignTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(
        CampaignTableModel::State,
        new StateChipDelegate(CampaignTableModel::StateRole, &StateChipDelegate::campaignStates, this));
    m_table->setItemDelegateForColumn(CampaignTableModel::Progress,
                                      new ProgressBarDelegate(CampaignTableModel::FractionRole, this));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columnsRestored = m_table->horizontalHeader()->restoreState(m_session.settings().headerState(pageId()));
    if (!m_columnsRestored) {
        // Wide enough for the header and a typical value, no wider: the counters are many.
        const QFontMetrics metrics = m_table->fontMetrics();
        // Headers may be drawn bold by the style: measure them so, or a long (German) one is cut.
        QFont headerFont = m_table->horizontalHeader()->font();
        headerFont.setBold(true);
        const QFontMetrics headerMetrics(headerFont);
        const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
        auto fit = [&](int column, int digits) {
            const int header = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
            m_table->setColumnWidth(column, std::max(header + 24, digit * digits + 12));
        };
        fit(CampaignTableModel::Name, 15);
        fit(CampaignTableModel::Progress, 10);
        for (int c = CampaignTableModel::Waiting; c <= CampaignTableModel::NotDelivered; ++c)
            fit(c, 6);
        fit(CampaignTableModel::Cost, 10);
        for (int c = CampaignTableModel::Created; c <= CampaignTableModel::Finished; ++c)
            fit(c, 11);
        fit(CampaignTableModel::TimeLeft, 7);
        // The widest state chip, whole.
        int chip = 0;
        for (const CampaignState state : {CampaignState::Scheduled, CampaignState::Completed, CampaignState::Cancelled})
            chip = std::max(chip,
                            ChipStyle::forCampaignState(state, palette())
                                .sizeFor(campaignStateTitle(state), m_table->font())
                                .width());
        m_table->setColumnWidth(CampaignTableModel::State, chip + 16);
        // The detail pane shows these; the header's menu brings them back.
        m_table->setColumnHidden(CampaignTableModel::Created, true);
        m_table->setColumnHidden(CampaignTableModel::Finished, true);
        m_columnsRestored = true;
    }
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (int c = CampaignTableModel::State; c < CampaignTableModel::ColumnCount; ++c) {
            QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_table->isColumnHidden(c));
            connect(action, &QAction::toggled, this, [this, c](bool shown) {
                m_table->setColumnHidden(c, !shown);
                m_session.settings().setHeaderState(pageId(), m_table->horizontalHeader()->saveState());
            });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns."));

    m_status->setWordWrap(true);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    // The table needs a few rows; the detail pane needs its lists whole (1024×700 included).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 340});
    splitter->setChildrenCollapsible(false);

    m_body->addWidget(m_empty);
    m_body->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_body, 1);

    connect(add, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_empty->button(), &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_filter, &FilterBox::filterChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignsPage::showSelected);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { m_session.settings().setHeaderState(pageId(), m_table->horizontalHeader()->saveState()); });
    connect(m_detail, &CampaignDetailPane::startRequested, this, [this](qint64 id) { askStart(id); });
    connect(m_detail, &CampaignDetailPane::pauseRequested, this,
            [this](qint64 id) { run(CampaignAction::Kind::Pause, id); });
    connect(m_detail, &CampaignDetailPane::resumeRequested, this,
            [this](qint64 id) { run(CampaignAction::Kind::Resume, id); });
    connect(m_detail, &CampaignDetailPane::scheduleRequested, this, &CampaignsPage::askSchedule);
    connect(m_detail, &CampaignDetailPane::cancelRequested, this, &CampaignsPage::askCancel);
    connect(m_detail, &CampaignDetailPane::exportRejectsRequested, this, &CampaignsPage::askExport);
    connect(m_export, &ExportProgress::finished, this, &CampaignsPage::exportEnded);

    connect(m_monitor, &CampaignMonitor::snapshotReady, this, &CampaignsPage::applySnapshot);
    connect(m_monitor, &CampaignMonitor::detailsReady, this, [this](const CampaignDetails &details) {
        if (details.campaignId == m_detail->campaignId())
            m_detail->setDetails(details, m_session.settings().maxSegments());
        if (details.campaignId == m_startAskedFor)
            showStartQuestion(details);
    });
    connect(m_monitor, &CampaignMonitor::actionStarted, this, [this](const CampaignAction &action) {
        if (action.campaignId == m_detail->campaignId())
            m_detail->setBusy(tr("working…"));
    });
    connect(m_monitor, &CampaignMonitor::actionFinished, this, &CampaignsPage::actionFinished);
    // Any sign of change, from this window or another process: the monitor merges them.
    connect(&m_campaigns, &CampaignService::changed, m_monitor, &CampaignMonitor::refresh);
    connect(&watcher, &StoreWatcher::changedTables, m_monitor, [this](const QSet<QString> &tables) {
        if (StoreWatcher::touches(tables, {"campaigns", "messages", "import_rejects", "carriers"}))
            m_monitor->refresh();
    });
    if (m_dispatcher)
        connect(m_dispatcher, &Dispatcher::messagesChanged, m_monitor, &CampaignMonitor::refresh);
    connect(&m_session.settings(), &Settings::changed, this, [this](const QString &key) {
        if (key == Settings::CurrencyKey)
            m_model->setCurrency(m_session.settings().currency());
    });
    m_tick.setInterval(5s);
    connect(&m_tick, &QTimer::timeout, m_model, &CampaignTableModel::tick);
    m_tick.start();

    m_body->setCurrentIndex(1);
    m_monitor->refresh();
}

CampaignsPage::~CampaignsPage()
{
    delete m_wizard; // its import (if any) stops before the monitor's thread does
}

void CampaignsPage::activate()
{
    m_monitor->refresh();
}

void CampaignsPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void CampaignsPage::setPageArgument(const QString &argument)
{
    if (!argument.startsWith(QLatin1String("wizard:"))) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (ok)
            m_selectAfterLoad = id;
        return;
    }
    const QStringList parts = argument.mid(7).split(QLatin1Char('|'));
    CampaignImportWizard *wizard = openWizard(parts.value(0));
    if (parts.size() < 2 || !wizard)
        return;
    if (parts.size() > 2)
        wizard->request().sender = parts.at(2);
    if (parts.size() > 3)
        wizard->request().region = parts.at(3).toUpper();
    wizard->next(); // to the columns
    if (parts.at(1).isEmpty())
        return; // "wizard:FILE|" stops there
    wizard->next(); // to the message
    wizard->messagePage()->setTemplate(parts.at(1));
    wizard->messagePage()->updatePreview();
}

CampaignImportWizard *CampaignsPage::openWizard(const QString &file)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new CampaignImportWizard(m_worker, m_session.settings(), *m_monitor, m_session.storePath(), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &CampaignImportWizard::importFinished, m_monitor, &CampaignMonitor::refresh);
    connect(m_wizard, &CampaignImportWizard::campaignFinished, this,
            [this](qint64 id, CampaignImportWizard::Finish finish) {
                selectCampaign(id);
                if (finish == CampaignImportWizard::Finish::SaveDraft)
                    m_status->setText(tr("Campaign saved as a draft: start or schedule it here when you are ready."));
            });
    if (!file.isEmpty())
        m_wizard->filePage()->setPath(file);
    m_wizard->open();
    return m_wizard;
}

void CampaignsPage::applySnapshot(const CampaignSnapshot &snapshot)
{
    if (!snapshot.error.isEmpty()) {
        m_error->setProblem(tr("The campaigns could not be read: %1").arg(snapshot.error));
        m_readFailed = true;
        return;
    }
    if (std::exchange(m_readFailed, false))
        m_error->setProblem(QString()); // an action's error stays until the next action
    const qint64 keep = selectedId();
    m_model->setSnapshot(snapshot);
    m_body->setCurrentIndex(snapshot.campaigns.isEmpty() ? 0 : 1);
    if (m_selectAfterLoad != 0 && m_model->rowOf(m_selectAfterLoad) >= 0) {
        selectCampaign(std::exchange(m_selectAfterLoad, 0));
    } else if (keep == 0 && m_model->rowCount() > 0) {
        // Open on the newest campaign rather than on an empty detail pane.
        m_table->selectRow(0);
        showSelected();
    } else {
        showSelected();
    }
}

qint64 CampaignsPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return current.data(CampaignTableModel::IdRole).toLongLong();
}

void CampaignsPage::selectCampaign(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_selectAfterLoad = id; // not read yet: select it when it arrives
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelected();
}

void CampaignsPage::showSelected()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    m_detail->setVisible(row >= 0);
    if (row < 0)
        return;
    const Campaign &campaign = m_model->campaignAt(row);
    m_detail->setCampaign(campaign, m_model->countsAt(row), m_session.settings().currency());
    m_detail->setBusy(m_monitor->isBusy(id) ? tr("working…") : QString());
    // Cost per carrier scans the campaign's messages: read it on a new selection, when the state
    // changed (cancelling takes messages out), and now and then while it runs (failover moves
    // messages to other carriers).
    const bool stale = id != m_detailsFor || campaign.state != m_detailsState
        || (campaign.state == CampaignState::Running && m_sinceDetails.isValid() && m_sinceDetails.elapsed() > 10'000);
    if (stale && campaign.state != CampaignState::Importing) {
        m_detailsFor = id;
        m_detailsState = campaign.state;
        m_sinceDetails.start();
        m_monitor->requestDetails(id);
    }
}

void CampaignsPage::run(CampaignAction::Kind kind, qint64 id, const QDateTime &at)
{
    m_error->setProblem(QString());
    m_status->clear();
    m_monitor->run({kind, id, at, false, {}, {}});
}

void CampaignsPage::actionFinished(const CampaignAction &action)
{
    if (action.campaignId == m_detail->campaignId())
        m_detail->setBusy(QString());
    if (!action.ok) {
        m_error->setProblem(action.message);
        return;
    }
    const QString name = action.campaign.name;
    switch (action.kind) {
    case CampaignAction::Kind::Start:
        m_status->setText(tr("Started campaign “%1”: its messages are queued for the dispatcher.").arg(name));
        break;
    case CampaignAction::Kind::Schedule:
        m_status->setText(
            tr("Campaign “%1” starts at %2.").arg(name, displaytext::exactTime(action.campaign.scheduledAt)));
        break;
    case CampaignAction::Kind::Pause:
        m_status->setText(tr("Paused campaign “%1”: waiting messages stay; those being submitted finish.").arg(name));
        break;
    case CampaignAction::Kind::Resume:
        m_status->setText(tr("Resumed campaign “%1”.").arg(name));
        break;
    case CampaignAction::Kind::Cancel:
        m_status->setText(action.message);
        break;
    }
    if (m_dispatcher && (action.kind == CampaignAction::Kind::Start || action.kind == CampaignAction::Kind::Resume))
        m_dispatcher->wake();
}

QString CampaignsPage::cancelQuestion(qint64 id) const
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return {};
    const Campaign &c = m_model->campaignAt(row);
    const StateCounts &n = m_model->countsAt(row);
    const qint64 waiting = n.value(MessageState::Pending) + n.value(MessageState::Queued);
    QString text =
        tr("Cancel campaign “%1”? %Ln waiting message(s) will not be sent.", nullptr, displaytext::plural(waiting))
            .arg(c.name);
    const qint64 submitting = n.value(MessageState::Submitting);
    const qint64 unknown = n.value(MessageState::Unknown);
    const qint64 sent = n.value(MessageState::Sent);
    if (submitting + unknown > 0)
        text += QLatin1Char(' ')
            + tr("%1 being submitted and %2 awaiting reconciliation finish on their own.")
                  .arg(count(submitting), count(unknown));
    if (sent > 0)
        text += QLatin1Char(' ') + tr("%1 already sent are still followed until delivered.").arg(count(sent));
    return text + QLatin1Char(' ') + tr("This cannot be undone.");
}

void CampaignsPage::askSchedule(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Campaign &c = m_model->campaignAt(row);
    ScheduleDialog dialog(c.name, c.scheduledAt ? QDateTime::fromMSecsSinceEpoch(c.scheduledAt) : QDateTime(), this);
    if (dialog.exec() == QDialog::Accepted)
        askStart(id, dialog.dateTime());
}

void CampaignsPage::askStart(qint64 id, const QDateTime &at)
{
    if (m_startQuestion && m_startQuestion->isVisible())
        return; // one question at a time
    m_error->setProblem(QString());
    m_startAskedFor = id;
    m_startAskedAt = at;
    m_monitor->requestDetails(id);
}

QString CampaignsPage::startQuestionText(const CarrierCostList &costs, const QString &currency, const QDateTime &at)
{
    qint64 messages = 0;
    qint64 segments = 0;
    qint64 micros = 0;
    for (const CarrierCost &c : costs) {
        messages += c.messages;
        segments += c.segments;
        micros += c.costMicros;
    }
    const QString what = tr("%1, %2, about %3")
                             .arg(tr("%Ln message(s)", nullptr, displaytext::plural(messages)),
                                  tr("%Ln segment(s)", nullptr, displaytext::plural(segments)),
                                  money::displayWithUnit(micros, currency, 2));
    const QString through = tr("%Ln carrier(s)", nullptr, int(costs.size()));
    if (at.isValid())
        return tr("Send %1, through %2, starting %3?")
            .arg(what, through, displaytext::exactTime(at.toMSecsSinceEpoch()));
    return tr("Send %1, through %2?").arg(what, through);
}

void CampaignsPage::showStartQuestion(const CampaignDetails &details)
{
    const qint64 id = m_startAskedFor;
    const QDateTime at = m_startAskedAt;
    m_startAskedFor = 0;
    if (!details.error.isEmpty()) {
        m_error->setProblem(details.error);
        return;
    }
    const int row = m_model->rowOf(id);
    const QString name = row >= 0 ? m_model->campaignAt(row).name : QString::number(id);
    m_startQuestion = new QMessageBox(
        QMessageBox::Question,
        at.isValid() ? tr("Schedule campaign “%1”").arg(name) : tr("Start campaign “%1”").arg(name),
        startQuestionText(details.costs, m_session.settings().currency(), at), QMessageBox::Cancel, this);
    m_startQuestion->setInformativeText(
        tr("The cost is estimated from your routing rules; carriers may bill differently."));
    QPushButton *yes =
        m_startQuestion->addButton(at.isValid() ? tr("Schedule") : tr("Start sending"), QMessageBox::AcceptRole);
    m_startQuestion->setDefaultButton(yes);
    m_startQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_startQuestion, &QMessageBox::finished, this, [this, yes, id, at] {
        if (m_startQuestion->clickedButton() != yes)
            return;
        if (at.isValid())
            run(CampaignAction::Kind::Schedule, id, at);
        else
            run(CampaignAction::Kind::Start, id);
    });
    m_startQuestion->open();
}

void CampaignsPage::askCancel(qint64 id)
{
    QMessageBox box(QMessageBox::Question, tr("Cancel campaign"), cancelQuestion(id), QMessageBox::NoButton, this);
    QPushButton *yes = box.addButton(tr("Cancel campaign"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == yes)
        run(CampaignAction::Kind::Cancel, id);
}

void CampaignsPage::exportRejects(qint64 id, const QString &path)
{
    if (m_export->isRunning()) {
        m_status->setText(tr("An export is still running; wait for it to finish (or cancel it) first."));
        return;
    }
    const int row = m_model->rowOf(id);
    m_exportingName = row >= 0 ? m_model->campaignAt(row).name : QString::number(id);
    m_error->setProblem(QString());
    m_export->start(m_session.storePath(), RejectsExporter::writer(id), path,
                    tr("Exporting the rejects of “%1”").arg(m_exportingName));
}

void CampaignsPage::exportEnded(qint64 rows, const QString &error, bool cancelled)
{
    const QString path = QDir::toNativeSeparators(m_export->filePath());
    if (cancelled)
        m_status->setText(tr("Export cancelled; no file was written."));
    else if (!error.isEmpty())
        m_error->setProblem(error);
    else
        m_status->setText(tr("Saved %Ln rejected row(s) of “%1” to %2.", nullptr, displaytext::plural(rows))
                              .arg(m_exportingName, path));
    Q_EMIT rejectsExported(m_export->filePath(), cancelled ? tr("cancelled") : error);
}

void CampaignsPage::askExport(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_model->campaignAt(row).name;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 rejects.csv").arg(name));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export rejects"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    exportRejects(id, path);
}

bool CampaignsPage::showsEmptyState() const
{
    return m_body->currentIndex() == 0;
}

QString CampaignsPage::statusText() const
{
    return m_status->text();
}

QString CampaignsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

CampaignImportWizard *CampaignsPage::wizard() const
{
    return m_wizard;
}

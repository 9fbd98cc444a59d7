// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "deliverylogpage.h"

#include "carriers/carrierservice.h"
#include "dispatch/dispatcher.h"
#include "dispatch/messageactions.h"
#include "log/messagelogexporter.h"
#include "models/messagelogmodel.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/carrierhealthpanel.h"
#include "widgets/chipstyle.h"
#include "widgets/emptystate.h"
#include "widgets/exportprogress.h"
#include "widgets/fielderror.h"
#include "widgets/messagedetailpane.h"
#include "widgets/messagelogfilterbar.h"
#include "widgets/pageheader.h"
#include "widgets/statechipdelegate.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int pageSize = 500;
/// A log left open at the top keeps at most this many rows; older ones are read again on demand.
constexpr int liveRowCap = 4 * pageSize;

/// "1 message" / "12,345 messages".
QString messagesText(qint64 n)
{
    return DeliveryLogPage::tr("%Ln message(s)", nullptr, int(std::min<qint64>(n, INT_MAX)));
}

} // namespace

DeliveryLogPage::DeliveryLogPage(Session &session, StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher,
                                 QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_worker(worker)
    , m_dispatcher(dispatcher)
    , m_model(new MessageLogModel(session.storePath(), pageSize, session.clock(), this))
    , m_filters(new MessageLogFilterBar(this))
    , m_table(new QTableView(this))
    , m_body(new QStackedWidget(this))
    , m_detail(new MessageDetailPane(this))
    , m_carriers(new CarrierHealthPanel(this))
    , m_export(new ExportProgress(this))
    , m_emptyTarget(QStringLiteral("compose"))
{
    auto *header = new PageHeader(
        tr("Delivery log"),
        tr("Every message and what happened to it, live. Select one to see its timeline; act on those that need you."),
        this);
    m_pause = new QPushButton(tr("Pause sending"), this);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop claiming new messages on every carrier; requests already sent finish (Ctrl+Shift+P)"));
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setToolTip(tr("Write every message the filters match (not only the rows shown) to a CSV file"));
    header->addAction(m_pause);
    header->addAction(m_exportButton);

    m_retry = new QPushButton(tr("Retry failed"), this);
    m_retry->setToolTip(tr("Queue the selected failed or undelivered messages again, through the same carrier"));
    m_requeue = new QPushButton(tr("Requeue…"), this);
    m_requeue->setToolTip(tr("You checked Restcomm and it has no record of the selected unknown messages: send them"));
    m_markSent = new QPushButton(tr("Mark as sent…"), this);
    m_markSent->setToolTip(tr("You found the selected unknown message in Restcomm: record it as sent"));
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_requeue);
    actions->addWidget(m_markSent);
    actions->addStretch(1);
    actions->addWidget(m_count);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_error = new FieldError(this);

    buildTable();
    m_empty = new EmptyState(tr("No messages yet. Send a message or start a campaign, and each message's life "
                                "shows up here as it happens."),
                             tr("Compose a message"), this);
    m_empty->setObjectName(QStringLiteral("emptyLog"));
    m_noMatch = new EmptyState(tr("No message matches these filters."), tr("Clear filters"), this);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    m_body->addWidget(m_table);
    m_body->addWidget(m_empty);
    m_body->addWidget(m_noMatch);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_body);
    top->addWidget(m_carriers);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setSizes({900, 240});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 260});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_filters);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_filters, &MessageLogFilterBar::filterChanged, m_model, &MessageLogModel::setFilter);
    connect(m_model, &MessageLogModel::loaded, this, [this] {
        updateBody();
        updateCount();
        // Keep the message that was selected under the old filter, else open on the newest
        // rather than on an empty detail pane.
        const qint64 keep = std::exchange(m_selectedBeforeReset, 0);
        if (m_model->rowOf(keep) >= 0)
            selectMessage(keep);
        else if (m_model->rowCount() > 0)
            selectMessage(m_model->messageAt(0).id);
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = m_detail->messageId(); });
    connect(m_model, &MessageLogModel::loadFailed, m_error, &FieldError::setProblem);
    connect(m_model, &MessageLogModel::refreshed, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_detail->messageId()))
            showSelected();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        keepViewOnInsert(first, last);
        updateBody();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeliveryLogPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeliveryLogPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveryLogPage::showSelected);
    connect(m_empty->button(), &QPushButton::clicked, this, [this] { Q_EMIT showPageRequested(m_emptyTarget); });
    connect(m_noMatch->button(), &QPushButton::clicked, this, [this] {
        m_filters->clear();
        m_filters->applyNow();
    });
    connect(m_retry, &QPushButton::clicked, this, &DeliveryLogPage::retrySelected);
    connect(m_requeue, &QPushButton::clicked, this, &DeliveryLogPage::requeueSelected);
    connect(m_markSent, &QPushButton::clicked, this, &DeliveryLogPage::markSelectedSent);
    connect(m_exportButton, &QPushButton::clicked, this, &DeliveryLogPage::chooseExportFile);
    connect(m_export, &ExportProgress::finished, this, &DeliveryLogPage::exportEnded);
    // Another window's sends, the dispatchers' transitions (any process); not their heartbeats,
    // opt-outs or replies.
    connect(&watcher, &StoreWatcher::changedTables, this, [this](const QSet<QString> &tables) {
        if (StoreWatcher::touches(tables, {"messages", "message_events"}))
            storeChanged();
    });
    connect(&m_session.carriers(), &CarrierService::changed, this, &DeliveryLogPage::reloadCarriers);
    connect(&m_worker, &StoreWorker::carriersChanged, this, &DeliveryLogPage::reloadCarriers);
    connect(&m_session.settings(), &Settings::changed, this, [this](const QString &key) {
        if (key == Settings::CurrencyKey)
            m_model->setCurrency(m_session.settings().currency());
    });
    if (m_dispatcher) {
        connect(m_dispatcher, &Dispatcher::messagesChanged, this, &DeliveryLogPage::storeChanged);
        connect(m_dispatcher, &Dispatcher::statusChanged, this, &DeliveryLogPage::showDispatchStatus);
        connect(m_pause, &QPushButton::toggled, m_dispatcher, &Dispatcher::setPaused);
        connect(m_carriers, &CarrierHealthPanel::carrierPauseRequested, m_dispatcher, &Dispatcher::setCarrierPaused);
        showDispatchStatus(m_dispatcher->status());
    } else {
        m_pause->setEnabled(false);
        m_pause->setToolTip(tr("This window does not send."));
        m_carriers->showNoDispatcher();
    }

    m_model->setCurrency(m_session.settings().currency());
    reloadCarriers();
    updateActions();
    m_model->setFilter(m_filters->filter());
}

DeliveryLogPage::~DeliveryLogPage() = default;

void DeliveryLogPage::buildTable()
{
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(MessageLogModel::State,
                                      new StateChipDelegate(MessageLogModel::StateRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows, whatever their number.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setSectionsClickable(false);
    columns->setHighlightSections(false);
    const QList<int> widths {60, 125, 100, 110, 75, 62, 68, 95, 72, 75, 150};
    // Wider where a language's header or state words are longer (German), never cut.
    QFont headerFont = columns->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    for (int i = 0; i < widths.size(); ++i) {
        const int header = headerMetrics.horizontalAdvance(m_model->headerData(i, Qt::Horizontal).toString()) + 16;
        m_table->setColumnWidth(i, std::max(widths.at(i), header));
    }
    m_table->setColumnWidth(MessageLogModel::State,
                            std::max(m_table->columnWidth(MessageLogModel::State),
                                     ChipStyle::widestStateChip(palette(), m_table->font()) + 12));
    columns->restoreState(m_session.settings().headerState(pageId()));
    connect(columns, &QHeaderView::sectionResized, this,
            [this] { m_session.settings().setHeaderState(pageId(), m_table->horizontalHeader()->saveState()); });
}

void DeliveryLogPage::activate()
{
    reloadCarriers();
    m_model->refreshNow();
}

void DeliveryLogPage::focusFilter()
{
    m_filters->focusNumber();
}

void DeliveryLogPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (std::exchange(m_staleWhileHidden, false))
        m_model->refreshNow();
}

void DeliveryLogPage::storeChanged()
{
    // A hidden page does not read the store four times a second; it catches up when shown.
    if (!isVisible()) {
        m_staleWhileHidden = true;
        return;
    }
    m_model->storeChanged();
}

void DeliveryLogPage::showAttention()
{
    m_filters->clear();
    m_filters->setStates({MessageState::Unknown, MessageState::Failed, MessageState::Undelivered});
    m_filters->applyNow();
}

void DeliveryLogPage::showFilter(const MessageFilter &filter)
{
    m_filters->clear();
    m_filters->setStates(filter.states);
    if (filter.carrierId != 0)
        m_filters->setCarrier(filter.carrierId);
    if (filter.campaignId != 0)
        m_filters->setCampaign(filter.campaignId);
    if (!filter.toContains.isEmpty())
        m_filters->setNumber(filter.toContains);
    if (filter.createdFrom != 0 || filter.createdTo != 0)
        m_filters->setTimeRange(filter.createdFrom, filter.createdTo);
    m_filters->applyNow();
}

void DeliveryLogPage::setEmptyAction(const QString &buttonText, const QString &targetPageId)
{
    m_empty->button()->setText(buttonText);
    m_emptyTarget = targetPageId;
}

void DeliveryLogPage::reloadCarriers()
{
    m_worker.run(
        this, [](Session &session) { return session.carriers().list(); },
        [this](const Result<CarrierList> &carriers) {
            if (!carriers)
                return; // a busy store: the names stay as they were until the next change
            m_carrierNames.clear();
            for (const Carrier &c : std::as_const(*carriers))
                m_carrierNames.insert(c.id, c.name);
            m_model->setCarrierNames(m_carrierNames);
            m_filters->setCarriers(*carriers);
        });
}

void DeliveryLogPage::showDispatchStatus(const DispatchStatus &status)
{
    m_carriers->showStatus(status);
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(status.paused);
    m_pause->setText(status.paused ? tr("Resume sending") : tr("Pause sending"));
}

QList<qint64> DeliveryLogPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(MessageLogModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> DeliveryLogPage::selectedIn(const QList<MessageState> &states) const
{
    QList<qint64> ids;
    for (qint64 id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && states.contains(m_model->messageAt(row).state))
            ids.append(id);
    }
    return ids;
}

void DeliveryLogPage::selectMessage(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

void DeliveryLogPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    // The row is fresh (the model refreshes it); the timeline is read by the worker, by the
    // message's index, which costs the same however large the store. The fields show at once,
    // the timeline when it comes (unless another message was selected meanwhile).
    const Message m = m_model->messageAt(row);
    m_detail->showMessage(m, m_model->carrierName(m.carrierId), m_session.settings().currency(), QList<MessageEvent>());
    m_worker.run(
        this, [id = m.id](Session &session) { return session.messages().timeline(id); },
        [this, m](const Result<QList<MessageEvent>> &events) {
            const int current = m_table->selectionModel()->currentIndex().row();
            if (!events || current < 0 || current >= m_model->rowCount() || m_model->messageAt(current).id != m.id)
                return;
            m_detail->showMessage(m_model->messageAt(current), m_model->carrierName(m.carrierId),
                                  m_session.settings().currency(), *events);
        });
}

void DeliveryLogPage::updateActions()
{
    const bool failed = !selectedIn({MessageState::Failed, MessageState::Undelivered}).isEmpty();
    const QList<qint64> unknown = selectedIn({MessageState::Unknown});
    m_retry->setEnabled(failed && !m_actionRunning);
    m_requeue->setEnabled(!unknown.isEmpty() && !m_actionRunning);
    m_markSent->setEnabled(unknown.size() == 1 && !m_actionRunning);
}

void DeliveryLogPage::updateBody()
{
    if (m_model->rowCount() > 0)
        m_body->setCurrentWidget(m_table);
    else if (!m_model->isLoading())
        m_body->setCurrentWidget(m_model->filter().isEmpty() ? m_empty : m_noMatch);
    // No rows, no details: the sentence and its button get the whole height.
    m_detail->setVisible(m_body->currentWidget() == m_table);
}

QString DeliveryLogPage::bodyState() const
{
    if (m_body->currentWidget() == m_empty)
        return QStringLiteral("empty");
    if (m_body->currentWidget() == m_noMatch)
        return QStringLiteral("no match");
    return QStringLiteral("table");
}

void DeliveryLogPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->hasOlder() ? tr("newest %1 shown · scroll for more").arg(QLocale().toString(rows))
                                         : messagesText(rows));
}

void DeliveryLogPage::keepViewOnInsert(int first, int last)
{
    QScrollBar *bar = m_table->verticalScrollBar();
    const int top = bar->value();
    if (top > 0 && first <= top) {
        // Rows arrived above what the operator is reading: keep those rows where they are.
        m_table->doItemsLayout();
        bar->setValue(top + (last - first + 1));
    } else if (top == 0 && first == 0 && m_model->rowCount() > liveRowCap) {
        // Watching the newest rows: let the oldest loaded ones go, except a selected one.
        int keep = 2 * pageSize;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            keep = std::max(keep, index.row() + 1);
        QMetaObject::invokeMethod(
            m_model, [model = m_model, keep] { model->trimTo(keep); }, Qt::QueuedConnection);
    }
}

void DeliveryLogPage::runAction(std::function<Result<int>(Session &)> action, std::function<QString(int)> describe)
{
    // One hand action at a time: the buttons wait for the worker's answer, so a second click
    // cannot act on rows the first one is changing.
    m_actionRunning = true;
    updateActions();
    m_worker.run(this, std::move(action), [this, describe = std::move(describe)](const Result<int> &done) {
        m_actionRunning = false;
        updateActions();
        if (!done) {
            m_error->setProblem(done.errorMessage());
            Q_EMIT actionFinished(done.errorMessage());
            return;
        }
        actionDone(describe(*done));
        Q_EMIT actionFinished(QString());
    });
}

void DeliveryLogPage::actionDone(const QString &notice)
{
    m_error->setProblem(QString());
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    if (m_dispatcher)
        m_dispatcher->wake();
    m_model->refreshNow();
}

QString DeliveryLogPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DeliveryLogPage::retrySelected()
{
    const QList<qint64> ids = selectedIn({MessageState::Failed, MessageState::Undelivered});
    if (ids.isEmpty())
        return;
    runAction([ids](Session &session) { return session.messages().retry(ids); },
              [](int retried) { return tr("%1 queued again.").arg(messagesText(retried)); });
}

void DeliveryLogPage::requeueSelected()
{
    const QList<qint64> ids = selectedIn({MessageState::Unknown});
    if (ids.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Queue unknown messages again"),
                    tr("Queue %1 again?").arg(messagesText(ids.size())), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do this only after checking the carrier's Restcomm account for them. A message "
                              "Restcomm did accept would be sent, and billed, a second time."));
    QPushButton *queue = box.addButton(tr("Queue again"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != queue)
        return;
    runAction([ids](Session &session) { return session.messages().requeueUnknown(ids); },
              [](int requeued) { return tr("%1 queued again.").arg(messagesText(requeued)); });
}

void DeliveryLogPage::markSelectedSent()
{
    const QList<qint64> ids = selectedIn({MessageState::Unknown});
    if (ids.size() != 1)
        return;
    bool ok = false;
    const QString sid = QInputDialog::getText(
        this, tr("Mark as sent"),
        tr("Message #%1 is in Restcomm. Its SID, if you have it (delivery is then followed):").arg(ids.first()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const qint64 id = ids.first();
    runAction([id, sid](Session &session) { return session.messages().markUnknownSent(id, sid); },
              [id](int marked) {
                  return marked == 1 ? tr("Message #%1 marked as sent.").arg(id)
                                     : tr("Message #%1 was no longer unknown; nothing changed.").arg(id);
              });
}

void DeliveryLogPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(QStringLiteral("delivery-log-%1.csv")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export the delivery log"), suggested, tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

void DeliveryLogPage::exportTo(const QString &filePath)
{
    if (m_export->isRunning())
        return;
    m_exportButton->setEnabled(false);
    m_export->start(m_session.storePath(), MessageLogExporter::writer(m_model->filter()), filePath,
                    tr("Exporting the delivery log"));
}

void DeliveryLogPage::exportEnded(qint64 rows, const QString &error, bool cancelled)
{
    m_exportButton->setEnabled(true);
    const QString path = QDir::toNativeSeparators(m_export->filePath());
    if (cancelled) {
        m_notice->setText(tr("Export cancelled; no file was written."));
        m_notice->show();
    } else if (!error.isEmpty()) {
        m_error->setProblem(error);
    } else {
        m_notice->setText(tr("Exported %1 to %2.").arg(messagesText(rows), path));
        m_notice->show();
    }
    Q_EMIT exportFinished(m_export->filePath(), rows, cancelled ? tr("cancelled") : error);
}

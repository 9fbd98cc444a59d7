// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "inboxpage.h"

#include "campaign/campaignservice.h"
#include "carriers/carrierservice.h"
#include "dispatch/dispatcher.h"
#include "displaytext.h"
#include "inbox/inboxservice.h"
#include "models/inboxtablemodel.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/chipstyle.h"
#include "widgets/emptystate.h"
#include "widgets/fielderror.h"
#include "widgets/filterbox.h"
#include "widgets/pageheader.h"
#include "widgets/statechipdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <optional>
#include <utility>

using namespace std::chrono_literals;

namespace {

/// The newest replies shown; older ones are reached by narrowing the filter (and exported whole).
constexpr int inboxRowLimit = 2000;

ChipStyle stopChip(int, const QPalette &palette)
{
    return ChipStyle::forStopReply(palette);
}

/// `hue` over the palette's base at `amount`, for the conversation's bubbles.
QString bubbleColour(const QColor &hue, const QPalette &palette, double amount)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor mixed = QColor::fromRgbF(float(base.redF() + (hue.redF() - base.redF()) * amount),
                                          float(base.greenF() + (hue.greenF() - base.greenF()) * amount),
                                          float(base.blueF() + (hue.blueF() - base.blueF()) * amount));
    return mixed.name();
}

} // namespace

InboxPage::InboxPage(Session &session, StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher,
                     QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_worker(worker)
    , m_dispatcher(dispatcher)
    , m_model(new InboxTableModel(session.clock(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_carrier(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_unreadOnly(new QCheckBox(tr("Unread only"), this))
    , m_text(new FilterBox(tr("Filter text and numbers (Ctrl+F)"), this))
    , m_table(new QTableView(this))
    , m_body(new QStackedWidget(this))
    , m_listStack(new QStackedWidget(this))
    , m_conversationTitle(new QLabel(this))
    , m_conversation(new QTextBrowser(this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new FieldError(this))
    , m_fetch(new QPushButton(tr("Fetch replies now"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    auto *header = new PageHeader(tr("Inbox"),
                                  tr("Replies from handsets, fetched from Restcomm once a minute. A reply that "
                                     "starts with a stop word puts its number on the opt-out list by itself."),
                                  this);
    header->addAction(m_export);
    header->addAction(m_fetch);
    m_fetch->setEnabled(m_dispatcher != nullptr);
    m_fetch->setToolTip(m_dispatcher ? tr("Ask every enabled carrier for its new replies now")
                                     : tr("This window does not send, so it does not fetch replies either"));
    m_export->setToolTip(tr("Write the replies the filter matches to a CSV file"));

    m_carrier->addItem(tr("All carriers"), 0);
    m_campaign->addItem(tr("All campaigns"), 0);
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    for (QComboBox *box : {m_carrier, m_campaign, m_period}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // the text box takes the room
    }
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 24);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_carrier);
    filters->addWidget(m_campaign);
    filters->addWidget(m_period);
    filters->addWidget(m_unreadOnly);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InboxTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(InboxTableModel::Stop,
                                      new StateChipDelegate(InboxTableModel::StopChipRole, &stopChip, this));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InboxTableModel::Received, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(InboxTableModel::Text, QHeaderView::Stretch);
    m_columnsSized = m_table->horizontalHeader()->restoreState(m_session.settings().headerState(pageId()));

    m_empty = new EmptyState(tr("No replies yet. When a handset answers a message, its reply appears here: the "
                                "dispatcher asks each carrier for new replies once a minute."),
                             tr("Fetch replies now"), this);
    m_empty->button()->setEnabled(m_dispatcher != nullptr);
    m_noMatch = new EmptyState(tr("No reply matches the filter."), tr("Clear the filter"), this);

    QFont bold = m_conversationTitle->font();
    bold.setBold(true);
    m_conversationTitle->setFont(bold);
    m_conversationTitle->setText(tr("Select a reply to see the conversation with its number."));
    m_conversationTitle->setWordWrap(true);
    m_conversation->setOpenLinks(false);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_conversationTitle);
    detailLayout->addWidget(m_conversation, 1);

    // "No match" stands in the table's place, with the filters still above it.
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noMatch);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_count);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_body->addWidget(m_empty);
    m_body->addWidget(content);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);

    connect(m_fetch, &QPushButton::clicked, this, &InboxPage::fetchNow);
    connect(m_empty->button(), &QPushButton::clicked, this, &InboxPage::fetchNow);
    connect(m_export, &QPushButton::clicked, this, &InboxPage::chooseExportFile);
    connect(m_noMatch->button(), &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_carrier), b(m_campaign), c(m_period), d(m_unreadOnly), e(m_text);
        m_carrier->setCurrentIndex(0);
        m_campaign->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
        m_unreadOnly->setChecked(false);
        m_text->clear();
        filterChanged();
    });
    connect(m_text, &FilterBox::filterChanged, this, &InboxPage::filterChanged);
    for (QComboBox *box : {m_carrier, m_campaign, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &InboxPage::filterChanged);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &InboxPage::filterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxPage::showSelected);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_columnsSized)
            m_session.settings().setHeaderState(pageId(), m_table->horizontalHeader()->saveState());
    });
    connect(&m_worker, &StoreWorker::carriersChanged, this, &InboxPage::readChoices);
    if (m_dispatcher)
        connect(m_dispatcher, &Dispatcher::repliesFetched, this, &InboxPage::fetched);

    // The store changes all the time while the dispatcher sends; the inbox rarely. One look a
    // second at its version, also while hidden: the navigation shows the unread count. (On
    // PostgreSQL the watcher names the table, and only replies count.)
    m_externalChange.setSingleShot(true);
    m_externalChange.setInterval(1s);
    connect(&m_externalChange, &QTimer::timeout, this, &InboxPage::reloadIfChanged);
    connect(&watcher, &StoreWatcher::changedTables, this, [this](const QSet<QString> &tables) {
        if (StoreWatcher::touches(tables, {"inbound_messages"}) && !m_externalChange.isActive())
            m_externalChange.start();
    });
    readChoices();
    reload();
}

QString InboxPage::navigationText() const
{
    return m_unread > 0 ? tr("Inbox (%1)").arg(displaytext::count(m_unread)) : tr("Inbox");
}

void InboxPage::activate()
{
    readChoices();
    if (m_listStale)
        reload();
}

void InboxPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_listStale)
        reload();
}

void InboxPage::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

InboxFilter InboxPage::filter() const
{
    InboxFilter f;
    if (const qint64 carrier = m_carrier->currentData().toLongLong(); carrier > 0)
        f.carrierId = carrier;
    if (const qint64 campaign = m_campaign->currentData().toLongLong(); campaign > 0)
        f.campaignId = campaign;
    f.text = m_text->text().trimmed();
    if (const int days = m_period->currentData().toInt(); days > 0) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs());
        f.since = now.date().addDays(1 - days).startOfDay().toMSecsSinceEpoch();
    }
    f.unreadOnly = m_unreadOnly->isChecked();
    return f;
}

void InboxPage::filterChanged()
{
    m_listStale = true;
    reload();
}

void InboxPage::reload()
{
    read(true);
}

void InboxPage::reloadIfChanged()
{
    read(false);
}

void InboxPage::read(bool evenIfUnchanged)
{
    if (m_reading) {
        m_readAgain = m_readAgain || evenIfUnchanged;
        return;
    }
    m_reading = true;
    struct Read
    {
        QString version;
        std::optional<qint64> unread; ///< none when the version was the one shown
        std::optional<InboundMessageList> list; ///< none when not wanted (hidden) or unchanged
    };
    // A hidden page reads only the count the navigation shows; the list when it is shown.
    const bool wantList = isVisible() || m_version.isEmpty();
    const QString shown = evenIfUnchanged ? QString() : m_version;
    InboxFilter f = filter();
    f.limit = inboxRowLimit;
    m_worker.run(
        this,
        [shown, wantList, f](Session &session) -> Result<Read> {
            auto version = session.inbox().version();
            if (!version)
                return version.error();
            if (!shown.isEmpty() && *version == shown)
                return Read {*version, std::nullopt, std::nullopt};
            auto unread = session.inbox().unreadCount();
            if (!unread)
                return unread.error();
            if (!wantList)
                return Read {*version, *unread, std::nullopt};
            auto list = session.inbox().list(f);
            if (!list)
                return list.error();
            return Read {*version, *unread, std::move(*list)};
        },
        [this](const Result<Read> &read) {
            m_reading = false;
            if (!read) {
                m_error->setProblem(tr("The replies could not be read: %1").arg(read.errorMessage()));
            } else if (read->list) {
                showList(read->version, *read->list, read->unread.value_or(m_unread));
            } else if (read->unread) {
                setUnread(*read->unread);
                m_listStale = true; // the version moved: the list is read when the page shows
            }
            if (std::exchange(m_readAgain, false))
                reload();
            else if (m_listStale && isVisible())
                reload();
        });
}

void InboxPage::showList(const QString &version, const InboundMessageList &list, qint64 unread)
{
    m_version = version;
    m_listStale = false;
    m_error->setProblem(QString());
    setUnread(unread);
    m_model->setMessages(list);
    if (!m_columnsSized && !list.isEmpty()) {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(InboxTableModel::Received,
                                std::max(m_table->columnWidth(InboxTableModel::Received) + 16, 110));
        m_table->setColumnWidth(InboxTableModel::From, m_table->columnWidth(InboxTableModel::From) + 16);
        m_columnsSized = true;
    }
    const int rows = int(list.size());
    m_count->setText(
        rows >= inboxRowLimit
            ? tr("newest %1 replies shown · narrow the filter for older ones").arg(displaytext::count(rows))
            : tr("%Ln reply(s)", nullptr, rows));
    updateBody();
    if (!m_selectFrom.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->messageAt(row).from == m_selectFrom) {
                m_selectFrom.clear();
                selectReply(m_model->messageAt(row).id);
                break;
            }
        }
    }
    // The conversation shown may have grown (a new reply from the same number).
    if (!m_conversationNumber.isEmpty())
        showSelected();
    Q_EMIT listShown();
}

void InboxPage::setUnread(qint64 unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT navigationTextChanged();
}

void InboxPage::updateBody()
{
    const bool anyFilter = m_carrier->currentIndex() > 0 || m_campaign->currentIndex() > 0
        || m_period->currentIndex() > 0 || m_unreadOnly->isChecked() || !m_text->text().trimmed().isEmpty();
    const bool none = m_model->rowCount() == 0;
    m_body->setCurrentIndex(none && !anyFilter ? 0 : 1);
    m_listStack->setCurrentIndex(none && anyFilter ? 1 : 0);
}

QString InboxPage::bodyState() const
{
    if (m_body->currentIndex() == 0)
        return QStringLiteral("empty");
    return m_listStack->currentIndex() == 1 ? QStringLiteral("no match") : QStringLiteral("table");
}

void InboxPage::readChoices()
{
    struct Choices
    {
        CarrierList carriers;
        CampaignList campaigns;
    };
    m_worker.run(
        this,
        [](Session &session) -> Result<Choices> {
            auto carriers = session.carriers().list();
            if (!carriers)
                return carriers.error();
            auto campaigns = session.campaigns().list();
            if (!campaigns)
                return campaigns.error();
            return Choices {*carriers, *campaigns};
        },
        [this](const Result<Choices> &choices) {
            if (!choices)
                return;
            const auto refill = [](QComboBox *box, const QList<QPair<qint64, QString>> &items) {
                const qint64 chosen = box->currentData().toLongLong();
                const QSignalBlocker quiet(box);
                while (box->count() > 1)
                    box->removeItem(1);
                for (const auto &[id, name] : items)
                    box->addItem(name, id);
                const int index = box->findData(chosen);
                box->setCurrentIndex(index < 0 ? 0 : index);
            };
            QList<QPair<qint64, QString>> carriers;
            for (const Carrier &c : choices->carriers)
                carriers.append({c.id, c.name});
            QList<QPair<qint64, QString>> campaigns;
            for (const Campaign &c : choices->campaigns)
                campaigns.append({c.id, c.name});
            refill(m_carrier, carriers);
            refill(m_campaign, campaigns);
        });
}

void InboxPage::setPageArgument(const QString &argument)
{
    m_selectFrom = argument.trimmed();
}

void InboxPage::selectReply(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void InboxPage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return;
    const InboundMessage reply = m_model->messageAt(current.row());
    if (!reply.read) {
        // Bold no more at once; the store is told on the worker.
        m_model->setRead(reply.id);
        setUnread(std::max<qint64>(0, m_unread - 1));
        m_worker.run(
            this, [id = reply.id](Session &session) { return session.inbox().markRead({id}); },
            [this](const Status &marked) {
                if (!marked)
                    m_error->setProblem(tr("The reply could not be marked read: %1").arg(marked.errorMessage()));
            });
    }
    const QString number = reply.from;
    m_worker.run(
        this, [number](Session &session) { return session.inbox().conversation(number); },
        [this, number](const Result<Conversation> &conversation) {
            if (!conversation) {
                m_error->setProblem(tr("The conversation could not be read: %1").arg(conversation.errorMessage()));
                return;
            }
            showConversation(number, *conversation);
        });
}

void InboxPage::showConversation(const QString &e164, const Conversation &conversation)
{
    m_conversationNumber = e164;
    m_conversationTitle->setText(tr("Conversation with %1").arg(e164));
    const QPalette p = palette();
    const QString sentColour = bubbleColour(ChipStyle::stateHue(MessageState::Sent, p), p, 0.16);
    const QString replyColour = bubbleColour(p.color(QPalette::Text), p, 0.08);
    const QString stopColour = ChipStyle::stateHue(MessageState::Failed, p).name();
    const QString quiet = p.color(QPalette::PlaceholderText).name();
    QString html;
    for (const ConversationEntry &entry : conversation) {
        const bool out = entry.direction == ConversationEntry::Direction::Outbound;
        QStringList meta;
        meta.append(displaytext::shortTime(entry.at));
        if (out) {
            if (const auto state = messageStateFromName(entry.state))
                meta.append(messageStateTitle(*state));
            if (!entry.carrierName.isEmpty())
                meta.append(tr("via %1").arg(entry.carrierName));
        } else if (!entry.carrierName.isEmpty()) {
            meta.append(tr("through %1").arg(entry.carrierName));
        }
        QString body = entry.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (!entry.stopWord.isEmpty())
            body += QStringLiteral("<br><b style=\"color:%1\">%2</b>")
                        .arg(stopColour, tr("“%1”: put on the opt-out list").arg(entry.stopWord).toHtmlEscaped());
        const QString bubble =
            QStringLiteral("<td width=\"75%\" bgcolor=\"%1\">%2<br><span style=\"color:%3\">"
                           "<small>%4</small></span></td>")
                .arg(out ? sentColour : replyColour, body, quiet, meta.join(QStringLiteral(" · ")).toHtmlEscaped());
        const QString gap = QStringLiteral("<td width=\"25%\"></td>");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"2\" cellpadding=\"6\"><tr>%1%2</tr></table>")
                    .arg(out ? gap : bubble, out ? bubble : gap);
    }
    if (conversation.isEmpty())
        html = tr("Nothing was sent to this number from this store.").toHtmlEscaped();
    m_conversation->setHtml(html);
    m_conversation->moveCursor(QTextCursor::End); // the newest at the bottom, in view
    m_conversation->ensureCursorVisible();
    Q_EMIT conversationShown();
}

QString InboxPage::conversationText() const
{
    return m_conversation->toPlainText();
}

QString InboxPage::statusText() const
{
    return m_status->text();
}

void InboxPage::fetchNow()
{
    if (!m_dispatcher)
        return;
    m_fetch->setEnabled(false);
    m_empty->button()->setEnabled(false);
    m_status->setText(tr("Asking the carriers for new replies…"));
    m_dispatcher->fetchReplies();
}

void InboxPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("replies-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export replies"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void InboxPage::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting replies to %1…").arg(QFileInfo(path).fileName()));
    const InboxFilter f = filter(); // every match, not only the rows shown
    m_worker.run(
        this, [f, path](Session &session) { return session.inbox().exportCsv(f, path); },
        [this, path](const Result<qint64> &rows) {
            m_export->setEnabled(true);
            if (!rows) {
                m_status->clear();
                m_error->setProblem(tr("The replies could not be exported to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), rows.errorMessage()));
                Q_EMIT exportFinished(0, rows.errorMessage());
                return;
            }
            m_error->setProblem(QString());
            m_status->setText(tr("Exported %Ln reply(s) to %1.", nullptr, displaytext::plural(*rows))
                                  .arg(QDir::toNativeSeparators(path)));
            Q_EMIT exportFinished(*rows, QString());
        });
}

QString InboxPage::describeFetch(const InboundFetchReports &reports)
{
    int stored = 0;
    int stops = 0;
    QStringList failed;
    for (const InboundFetchReport &report : reports) {
        stored += report.outcome.stored;
        stops += report.outcome.stops;
        if (!report.ok())
            failed.append(tr("%1 could not be read: %2").arg(report.carrierName, report.error));
    }
    QString text;
    if (reports.isEmpty())
        text = tr("No carrier is enabled, so no reply was fetched.");
    else if (stored == 0)
        text = tr("No new reply.");
    else if (stops == 0)
        text = tr("%n new reply(s).", nullptr, stored);
    else
        text = tr("%n new reply(s), %1 of them asking to stop.", nullptr, stored).arg(stops);
    if (!failed.isEmpty())
        text += QLatin1Char(' ') + failed.join(QStringLiteral(" "));
    return text;
}

void InboxPage::fetched(const InboundFetchReports &reports)
{
    m_fetch->setEnabled(true);
    m_empty->button()->setEnabled(true);
    m_status->setText(describeFetch(reports));
    reload();
}

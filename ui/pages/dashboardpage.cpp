// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "dashboard/dashboardservice.h"
#include "displaytext.h"
#include "models/dashboardcampaignmodel.h"
#include "models/dashboardcarriermodel.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/fielderror.h"
#include "widgets/pageheader.h"
#include "widgets/progressbardelegate.h"
#include "widgets/trafficchart.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QDate>
#include <QDateTime>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

/// A dense, sortable, read-only table as the other pages have them.
void setUpDashboardTable(QTableView *table, QAbstractItemModel *model, int sortRole)
{
    auto *proxy = new QSortFilterProxyModel(table);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}

QLabel *attentionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return label;
}

QString link(const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}

} // namespace

DashboardPage::DashboardPage(Session &session, StoreWatcher &watcher, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_worker(std::make_unique<StoreWorker>(session.optionsForAnotherThread()))
    , m_chart(new TrafficChart(this))
    , m_chartTitle(new QLabel(this))
    , m_ranges(new QButtonGroup(this))
    , m_carrierModel(new DashboardCarrierModel(this))
    , m_campaignModel(new DashboardCampaignModel(this))
    , m_carriers(new QTableView(this))
    , m_campaigns(new QTableView(this))
    , m_carrierBody(new QStackedWidget(this))
    , m_campaignBody(new QStackedWidget(this))
    , m_unknown(attentionLabel(this))
    , m_failed(attentionLabel(this))
    , m_breakers(attentionLabel(this))
    , m_allWell(
          new QLabel(tr("Nothing needs you now: no unknown outcome, no failure today, every breaker closed."), this))
    , m_status(new QLabel(this))
    , m_error(new FieldError(this))
{
    m_worker->setSettingsFollower(&m_session.settings());
    auto *header = new PageHeader(tr("Dashboard"),
                                  tr("What is moving, what it costs and what needs you, read from the store every "
                                     "second while this page is open."),
                                  this);

    // The traffic chart, its range and its menu.
    QFont bold = m_chartTitle->font();
    bold.setBold(true);
    m_chartTitle->setFont(bold);
    m_chartTitle->setWordWrap(true); // a long title (Portuguese) wraps rather than narrowing the side column
    auto *chartTools = new QHBoxLayout;
    chartTools->addWidget(m_chartTitle, 1);
    const QList<QPair<DashboardRange, QString>> ranges = {{DashboardRange::LastHour, tr("Last hour")},
                                                          {DashboardRange::LastDay, tr("24 hours")},
                                                          {DashboardRange::LastWeek, tr("7 days")}};
    for (const auto &[range, text] : ranges) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(range == m_range);
        m_ranges->addButton(button, int(range));
        chartTools->addWidget(button);
    }
    m_ranges->setExclusive(true);
    auto *chartMenu = new QToolButton(this);
    chartMenu->setText(QStringLiteral("⋯"));
    chartMenu->setToolTip(tr("Copy the chart's data, or save it as PNG or CSV"));
    chartMenu->setAutoRaise(true);
    chartMenu->setPopupMode(QToolButton::InstantPopup);
    chartMenu->setMenu(m_chart->menu());
    chartTools->addWidget(chartMenu);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartTools);
    chartLayout->addWidget(m_chart, 1);

    // Needs attention.
    auto *attention = new QGroupBox(tr("Needs attention"), this);
    auto *attentionLayout = new QVBoxLayout(attention);
    m_allWell->setWordWrap(true);
    m_allWell->setForegroundRole(QPalette::PlaceholderText);
    attentionLayout->addWidget(m_unknown);
    attentionLayout->addWidget(m_failed);
    attentionLayout->addWidget(m_breakers);
    attentionLayout->addWidget(m_allWell);
    m_unknown->hide();
    m_failed->hide();
    m_breakers->hide();
    for (QLabel *label : {m_unknown, m_failed, m_breakers})
        connect(label, &QLabel::linkActivated, this, &DashboardPage::openAttention);

    // Carriers.
    setUpDashboardTable(m_carriers, m_carrierModel, DashboardCarrierModel::SortRole);
    m_carrierColumnsSized = m_carriers->horizontalHeader()->restoreState(
        m_session.settings().headerState(QStringLiteral("dashboard-carriers")));
    connect(m_carriers->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_carrierColumnsSized)
            m_session.settings().setHeaderState(QStringLiteral("dashboard-carriers"),
                                                m_carriers->horizontalHeader()->saveState());
    });
    auto *carrierMenu = new QMenu(this);
    carrierMenu->addAction(tr("Copy data"), this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(DashboardService::carriersCsv(m_snapshot)));
    });
    m_carriers->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_carriers, &QWidget::customContextMenuRequested, this,
            [this, carrierMenu](const QPoint &at) { carrierMenu->popup(m_carriers->viewport()->mapToGlobal(at)); });
    auto *noCarriers = new QWidget(this);
    auto *noCarriersLayout = new QVBoxLayout(noCarriers);
    auto *noCarriersText = new QLabel(tr("No carriers yet: rates and costs appear here once one sends."), noCarriers);
    noCarriersText->setWordWrap(true);
    auto *setUpCarriers = new QPushButton(tr("Set up carriers"), noCarriers);
    noCarriersLayout->addWidget(noCarriersText);
    noCarriersLayout->addWidget(setUpCarriers, 0, Qt::AlignLeft);
    noCarriersLayout->addStretch(1);
    connect(setUpCarriers, &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(QStringLiteral("carriers")); });
    m_carrierBody->addWidget(noCarriers);
    m_carrierBody->addWidget(m_carriers);
    // Three carriers whole, however small the window: the chart gives way first.
    m_carriers->setMinimumHeight(
        m_carriers->horizontalHeader()->sizeHint().height() + 3 * m_carriers->verticalHeader()->defaultSectionSize()
        + m_carriers->horizontalScrollBar()->sizeHint().height() + 2 * m_carriers->frameWidth());
    auto *carrierBox = new QGroupBox(tr("Carriers"), this);
    auto *carrierLayout = new QVBoxLayout(carrierBox);
    carrierLayout->addWidget(m_carrierBody);

    // Running campaigns.
    setUpDashboardTable(m_campaigns, m_campaignModel, DashboardCampaignModel::SortRole);
    m_campaigns->setItemDelegateForColumn(DashboardCampaignModel::Progress,
                                          new ProgressBarDelegate(DashboardCampaignModel::FractionRole, this));
    // Narrow beside the chart: the rate is in the time left's tooltip, the bar takes the room.
    m_campaigns->hideColumn(DashboardCampaignModel::Rate);
    m_campaigns->horizontalHeader()->setStretchLastSection(false);
    m_campaigns->horizontalHeader()->setSectionResizeMode(DashboardCampaignModel::Progress, QHeaderView::Stretch);
    m_campaigns->horizontalHeader()->setSectionResizeMode(DashboardCampaignModel::TimeLeft,
                                                          QHeaderView::ResizeToContents);
    auto *noCampaigns = new QLabel(tr("No campaign is running."), this);
    noCampaigns->setWordWrap(true);
    noCampaigns->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    noCampaigns->setForegroundRole(QPalette::PlaceholderText);
    m_campaignBody->addWidget(noCampaigns);
    m_campaignBody->addWidget(m_campaigns);
    auto *campaignBox = new QGroupBox(tr("Running campaigns"), this);
    auto *campaignLayout = new QVBoxLayout(campaignBox);
    campaignLayout->addWidget(m_campaignBody);

    // The chart beside what needs a person and the campaigns under way; the carriers' wide
    // table across the bottom.
    attention->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *side = new QVBoxLayout;
    side->addWidget(attention);
    side->addWidget(campaignBox, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(chartBox, 5);
    top->addLayout(side, 4);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(carrierBox, 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_error);
    layout->addLayout(top, 3);
    layout->addLayout(bottom, 2);
    layout->addWidget(m_status);

    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(DashboardRange(id)); });
    connect(m_chart, &TrafficChart::message, this, [this](const QString &text) {
        m_status->setText(text);
        m_status->show();
    });

    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &DashboardPage::startRead);
    // With nothing changing, the chart's time axis still moves on; the figures of "today" too.
    m_tick.setInterval(15s);
    connect(&m_tick, &QTimer::timeout, this, &DashboardPage::refresh);
    // The dispatcher writes many times a second: each change only marks the figures stale.
    connect(&watcher, &StoreWatcher::changedTables, this, [this](const QSet<QString> &tables) {
        if (StoreWatcher::touches(
                tables, {"messages", "message_events", "campaigns", "carriers", "carrier_health", "settings"}))
            refresh();
    });
    m_chartTitle->setText(chartTitle());
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::activate()
{
    refresh();
}

void DashboardPage::setMinimumInterval(std::chrono::milliseconds interval)
{
    m_minimumInterval = interval;
}

void DashboardPage::setRange(DashboardRange range)
{
    if (QAbstractButton *button = m_ranges->button(int(range)))
        button->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    m_chartTitle->setText(chartTitle());
    refresh();
}

QAbstractButton *DashboardPage::rangeButton(DashboardRange range) const
{
    return m_ranges->button(int(range));
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    fitCampaignColumns();
}

void DashboardPage::fitCampaignColumns()
{
    if (m_campaignModel->rowCount() == 0)
        return;
    QHeaderView *header = m_campaigns->horizontalHeader();
    const int name = DashboardCampaignModel::Name;
    m_campaigns->resizeColumnToContents(name); // at least its header's width
    const int wanted = std::min(m_campaigns->columnWidth(name), 120);
    const int left = m_campaigns->viewport()->width() - header->sectionSizeHint(DashboardCampaignModel::Progress)
        - header->sectionSize(DashboardCampaignModel::TimeLeft);
    m_campaigns->setColumnWidth(name, std::max(std::min(wanted, left), header->sectionSizeHint(name)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_tick.start();
    refresh();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    // Hidden, the page reads nothing: a change only marks it stale for when it shows again.
    m_tick.stop();
    m_next.stop();
}

void DashboardPage::refresh()
{
    m_dirty = true;
    schedule();
}

void DashboardPage::schedule()
{
    if (!isVisible() || m_reading || !m_dirty || m_next.isActive())
        return;
    const qint64 since = m_sinceLastRead.isValid() ? m_sinceLastRead.elapsed() : m_minimumInterval.count();
    m_next.start(int(std::max<qint64>(0, m_minimumInterval.count() - since)));
}

void DashboardPage::startRead()
{
    if (!isVisible() || m_reading)
        return;
    m_reading = true;
    m_dirty = false;
    ++m_readsStarted;
    m_sinceLastRead.start();
    const DashboardRange range = m_range;
    m_worker->run(
        this, [range](Session &session) { return session.dashboard().snapshot(range); },
        [this](const Result<DashboardSnapshot> &snapshot) {
            m_reading = false;
            m_lastReadMs = m_sinceLastRead.elapsed();
            if (!snapshot)
                m_error->setProblem(tr("The dashboard could not be read: %1").arg(snapshot.errorMessage()));
            else if (snapshot->range != m_range)
                m_dirty = true; // switched while it was read: the next read draws the new range
            else
                showSnapshot(*snapshot);
            schedule();
        });
}

void DashboardPage::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_error->setProblem(QString());
    m_snapshot = snapshot;
    m_chart->setSnapshot(snapshot);
    m_chartTitle->setText(chartTitle());
    m_carrierModel->setCarriers(snapshot.carriers);
    m_carrierBody->setCurrentIndex(snapshot.carriers.isEmpty() ? 0 : 1);
    if (!m_carrierColumnsSized && !snapshot.carriers.isEmpty()) {
        m_carriers->resizeColumnsToContents();
        m_carrierColumnsSized = true;
    }
    m_campaignModel->setCampaigns(snapshot.campaigns);
    m_campaignBody->setCurrentIndex(snapshot.campaigns.isEmpty() ? 0 : 1);
    fitCampaignColumns();
    showAttention(snapshot.attention, snapshot.carriers);
    Q_EMIT snapshotShown();
}

void DashboardPage::showAttention(const AttentionItems &attention, const QList<CarrierFigures> &carriers)
{
    m_unknown->setText(link(QStringLiteral("unknown"),
                            tr("%Ln message(s) with an unknown outcome: look before sending again", nullptr,
                               displaytext::plural(attention.unknownOutcomes))));
    m_unknown->setVisible(attention.unknownOutcomes > 0);
    m_failed->setText(
        link(QStringLiteral("failed"),
             tr("%Ln message(s) not delivered today", nullptr, displaytext::plural(attention.failedToday))));
    m_failed->setVisible(attention.failedToday > 0);
    QStringList breakers;
    for (const QString &name : attention.openBreakers) {
        qint64 id = 0;
        for (const CarrierFigures &c : carriers) {
            if (c.name == name)
                id = c.carrierId;
        }
        const QString text = tr("%1: breaker open, nothing is sent through it").arg(name);
        breakers.append(id > 0 ? link(QStringLiteral("breaker:%1").arg(id), text) : text.toHtmlEscaped());
    }
    m_breakers->setText(breakers.join(QStringLiteral("<br>")));
    m_breakers->setVisible(!breakers.isEmpty());
    m_allWell->setVisible(attention.unknownOutcomes == 0 && attention.failedToday == 0 && breakers.isEmpty());
}

QString DashboardPage::attentionText() const
{
    QStringList lines;
    for (const QLabel *label : {m_unknown, m_failed, m_breakers, m_allWell}) {
        if (label->isHidden())
            continue;
        QString text = label->text();
        text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
        lines.append(QTextDocumentFragment::fromHtml(text).toPlainText());
    }
    return lines.join(QLatin1Char('\n'));
}

void DashboardPage::openAttention(const QString &target)
{
    MessageFilter filter;
    if (target == QLatin1String("unknown")) {
        filter.states = {MessageState::Unknown};
    } else if (target == QLatin1String("failed")) {
        filter.states = {MessageState::Failed, MessageState::Undelivered};
        filter.createdFrom =
            QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date().startOfDay().toMSecsSinceEpoch();
    } else if (target.startsWith(QLatin1String("breaker:"))) {
        filter.carrierId = target.mid(8).toLongLong();
    } else {
        return;
    }
    Q_EMIT logRequested(filter);
}

QString DashboardPage::chartTitle() const
{
    // The range is on the buttons beside it; the title says what a bar of the chart counts.
    const qint64 bucket = m_snapshot.range == m_range ? m_snapshot.bucketMs : 0;
    const bool hourly = bucket >= 3600 * 1000 || (bucket == 0 && m_range != DashboardRange::LastHour);
    if (m_range == DashboardRange::LastHour)
        return tr("Messages per minute by state");
    return hourly ? tr("Messages per hour by state") : tr("Messages by state");
}

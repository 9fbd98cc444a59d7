// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaigndetailpane.h"

#include "campaign/importreject.h"
#include "chiplabel.h"
#include "common/money.h"
#include "displaytext.h"
#include "stackingrow.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using displaytext::count;

namespace {

QTreeWidget *smallTree(const QStringList &headers, int wholeRows, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Room for whole rows under the header, whatever the window's height: a list cut
    // after one and a half rows reads as complete.
    tree->setMinimumHeight(tree->header()->sizeHint().height() + wholeRows * (tree->fontMetrics().height() + 6)
                           + 2 * tree->frameWidth());
    // The figures as wide as they are; the name takes the rest and elides.
    for (int column = 1; column < headers.size(); ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return tree;
}

/// Room for about ten characters of a carrier's name (or its header, if longer) beside the
/// figures' headers (German ones are long); never narrower than English needs.
int costsMinimumWidth(const QTreeWidget *tree)
{
    int width = std::max(tree->fontMetrics().averageCharWidth() * 10, tree->header()->sectionSizeHint(0))
        + 2 * tree->frameWidth() + 4;
    for (int column = 1; column < tree->columnCount(); ++column)
        width += tree->header()->sectionSizeHint(column);
    return std::max(width, 290);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

CampaignDetailPane::CampaignDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_state(new ChipLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_schedule(new QPushButton(tr("Schedule…"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_cancel(new QPushButton(tr("Cancel campaign…"), this))
    , m_sender(new QLabel(this))
    , m_template(new QLabel(this))
    , m_file(new QLabel(this))
    , m_rows(new QLabel(this))
    , m_times(new QLabel(this))
    , m_costs(smallTree({tr("Carrier"), tr("Messages"), tr("Segments"), tr("Est. cost")}, 3, this))
    , m_costTotal(new QLabel(this))
    , m_rejects(smallTree({tr("Rejected at import"), tr("Rows")}, 2, this))
    , m_export(new QPushButton(tr("Export rejects…"), this))
{
    QFont title = m_name->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_name->setFont(title);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_start->setToolTip(tr("Queue every message now; the dispatcher sends them within each carrier's rate."));
    m_schedule->setToolTip(tr("Start by itself at a time you choose."));
    m_pause->setToolTip(tr("Stop queuing: waiting messages stay; those being submitted finish."));
    m_export->setToolTip(tr("Save the rows the import rejected as CSV (line, raw value, reason, detail)."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addWidget(m_state);
    top->addWidget(m_busyLabel);
    top->addStretch();
    for (QPushButton *button : {m_start, m_schedule, m_pause, m_resume, m_cancel})
        top->addWidget(button);

    m_optOutsByReply = new QLabel(QStringLiteral("—"), this);
    m_optOutsByReply->setToolTip(tr("Numbers that answered this campaign with a stop word and were put on the "
                                    "opt-out list"));
    for (QLabel *label : {m_sender, m_template, m_file, m_rows, m_times, m_optOutsByReply})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_template->setWordWrap(true);
    m_rows->setWordWrap(true);
    m_file->setWordWrap(true); // a long file name wraps rather than widening the pane
    m_times->setWordWrap(true);
    m_template->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *about = new QFormLayout;
    about->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    about->addRow(tr("From:"), m_sender);
    about->addRow(tr("Message:"), m_template);
    about->addRow(tr("File:"), m_file);
    about->addRow(tr("Rows:"), m_rows);
    about->addRow(tr("Times:"), m_times);
    about->addRow(tr("Opt-outs by reply:"), m_optOutsByReply);
    auto *aboutBox = new QWidget(this);
    aboutBox->setLayout(about);
    about->setContentsMargins(0, 0, 0, 0);

    auto *counts = new QGridLayout;
    counts->setHorizontalSpacing(8);
    counts->setVerticalSpacing(2);
    counts->addWidget(heading(tr("Messages"), this), 0, 0, 1, 4);
    for (int s = int(MessageState::Pending); s <= int(MessageState::Cancelled); ++s) {
        const auto state = MessageState(s);
        auto *chip = new ChipLabel(this);
        chip->setState(state);
        auto *number = new QLabel(QStringLiteral("0"), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_countLabels.insert(state, number);
        const int row = 1 + s % 5;
        const int column = s < 5 ? 0 : 2;
        counts->addWidget(chip, row, column);
        counts->addWidget(number, row, column + 1);
    }
    // The one "Not delivered" of every page: failed + undelivered, split in the tooltip.
    auto *notDeliveredLabel = new QLabel(tr("Not delivered:"), this);
    notDeliveredLabel->setToolTip(tr("Failed and undelivered together, as in the Campaigns table and the status bar."));
    m_notDelivered = new QLabel(QStringLiteral("0"), this);
    m_notDelivered->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    counts->addWidget(notDeliveredLabel, 6, 0, 1, 3);
    counts->addWidget(m_notDelivered, 6, 3);
    counts->setRowStretch(7, 1);
    counts->setColumnMinimumWidth(1, 60);
    counts->setColumnMinimumWidth(3, 60);

    // Cost over rejects on the right: both are short lists that read best at full width.
    auto *right = new QVBoxLayout;
    right->setSpacing(4);
    // Wide enough for a carrier and its three figures without sideways scrolling, whatever the
    // language makes of the headers.
    m_costs->setMinimumWidth(costsMinimumWidth(m_costs));
    m_rejects->setMinimumWidth(290);
    right->addWidget(m_costs, 3);
    m_costTotal->setWordWrap(true);
    right->addWidget(m_costTotal);
    right->addWidget(m_rejects, 2);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    right->addLayout(exportRow);

    // The campaign and its counts side by side where there is room, the counts under it where a
    // narrow window or a long language (German chips) leaves none.
    auto *countsBox = new QWidget(this);
    countsBox->setLayout(counts);
    counts->setContentsMargins(0, 0, 0, 0);
    // Wrapping text reads badly in a column narrower than about 32 characters.
    aboutBox->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    auto *summary = new StackingRow(this);
    summary->setSpacing(12);
    summary->addWidget(aboutBox, 1);
    summary->addWidget(countsBox);

    auto *columns = new QHBoxLayout;
    columns->addWidget(summary, 9); // about 3:2 beside the lists, as their figures need less

    columns->addSpacing(12);
    columns->addLayout(right, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(m_campaign.id); });
    connect(m_schedule, &QPushButton::clicked, this, [this] { Q_EMIT scheduleRequested(m_campaign.id); });
    connect(m_pause, &QPushButton::clicked, this, [this] { Q_EMIT pauseRequested(m_campaign.id); });
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_campaign.id); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_campaign.id); });
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRejectsRequested(m_campaign.id); });
    updateActions();
}

void CampaignDetailPane::setCampaign(const Campaign &campaign, const StateCounts &counts, const QString &currency)
{
    const bool other = campaign.id != m_campaign.id;
    m_campaign = campaign;
    m_counts = counts;
    m_currency = currency;
    m_name->setText(campaign.name);
    m_state->setCampaignState(campaign.state);
    m_sender->setText(campaign.sender);
    m_template->setText(campaign.bodyTemplate);
    m_file->setText(QFileInfo(campaign.sourceFile).fileName());
    m_file->setToolTip(campaign.sourceFile);
    m_rows->setText(tr("%1 read · %2 accepted · %3 rejected")
                        .arg(count(campaign.rowsTotal), count(campaign.accepted), count(campaign.rejected)));
    // One short line (the table has the same times in columns); the exact times in the tooltip.
    QStringList times {tr("created %1").arg(displaytext::shortTime(campaign.createdAt))};
    QStringList exact {tr("created %1").arg(displaytext::exactTime(campaign.createdAt))};
    if (campaign.state == CampaignState::Scheduled) {
        times.append(tr("starts %1").arg(displaytext::shortTime(campaign.scheduledAt)));
        exact.append(tr("starts %1").arg(displaytext::exactTime(campaign.scheduledAt)));
    }
    if (campaign.startedAt != 0) {
        times.append(tr("started %1").arg(displaytext::shortTime(campaign.startedAt)));
        exact.append(tr("started %1").arg(displaytext::exactTime(campaign.startedAt)));
    }
    if (campaign.finishedAt != 0) {
        times.append(tr("finished %1").arg(displaytext::shortTime(campaign.finishedAt)));
        exact.append(tr("finished %1").arg(displaytext::exactTime(campaign.finishedAt)));
    }
    m_times->setText(times.join(QStringLiteral(" · ")));
    m_times->setToolTip(exact.join(QLatin1Char('\n')));
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it)
        it.value()->setText(count(counts.value(it.key())));
    const qint64 failed = counts.value(MessageState::Failed);
    const qint64 undelivered = counts.value(MessageState::Undelivered);
    m_notDelivered->setText(count(failed + undelivered));
    m_notDelivered->setToolTip(tr("%1 failed, %2 undelivered").arg(count(failed), count(undelivered)));
    if (other) {
        m_costs->clear();
        m_rejects->clear();
        m_costTotal->clear();
        m_optOutsByReply->setText(QStringLiteral("—"));
        m_export->setEnabled(false);
    }
    updateActions();
}

void CampaignDetailPane::setDetails(const CampaignDetails &details, int maxSegments)
{
    if (details.campaignId != m_campaign.id)
        return;
    m_costs->clear();
    qint64 segments = 0;
    qint64 cost = 0;
    for (const CarrierCost &c : details.costs) {
        auto *item = new QTreeWidgetItem(m_costs,
                                         {c.carrierName.isEmpty() ? tr("carrier #%1").arg(c.carrierId) : c.carrierName,
                                          count(c.messages), count(c.segments),
                                          money::displayWithUnit(c.costMicros, m_currency)});
        for (int column = 1; column < 4; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        segments += c.segments;
        cost += c.costMicros;
    }
    m_costTotal->setToolTip(tr("Cancelled messages are left out."));
    m_costTotal->setText(details.error.isEmpty()
                             ? tr("%1 · estimated %2")
                                   .arg(tr("%Ln segment(s)", nullptr, displaytext::plural(segments)),
                                        money::displayWithUnit(cost, m_currency))
                             : details.error);
    m_optOutsByReply->setText(count(details.optOutsByReply));
    m_rejects->clear();
    qint64 rejected = 0;
    for (const QString &key : rejectreason::inDisplayOrder(details.rejects.keys())) {
        const qint64 n = details.rejects.value(key);
        auto *item = new QTreeWidgetItem(m_rejects, {displaytext::rejectReason(key, maxSegments), count(n)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, key);
        rejected += n;
    }
    if (details.rejects.isEmpty())
        new QTreeWidgetItem(m_rejects, {tr("No rows were rejected."), QString()});
    m_rejects->resizeColumnToContents(1);
    m_export->setEnabled(rejected > 0);
}

void CampaignDetailPane::setBusy(const QString &text)
{
    m_busy = !text.isEmpty();
    m_busyLabel->setText(text);
    updateActions();
}

QString CampaignDetailPane::optOutsByReplyText() const
{
    return m_optOutsByReply->text();
}

QString CampaignDetailPane::notDeliveredText() const
{
    return m_notDelivered->text();
}

QString CampaignDetailPane::countText(MessageState state) const
{
    return m_countLabels.value(state)->text();
}

void CampaignDetailPane::updateActions()
{
    const CampaignState s = m_campaign.state;
    const bool known = m_campaign.id != 0 && !m_busy;
    const bool waiting = s == CampaignState::Draft || s == CampaignState::Scheduled;
    m_start->setEnabled(known && waiting && m_campaign.accepted > 0);
    m_schedule->setEnabled(known && waiting && m_campaign.accepted > 0);
    m_pause->setEnabled(known && s == CampaignState::Running);
    m_resume->setEnabled(known && s == CampaignState::Paused);
    m_cancel->setEnabled(known && (waiting || s == CampaignState::Running || s == CampaignState::Paused));
    // Show the one of Pause / Resume that applies, so the row of buttons stays short.
    m_pause->setVisible(s != CampaignState::Paused);
    m_resume->setVisible(s == CampaignState::Paused);
    m_schedule->setText(s == CampaignState::Scheduled ? tr("Reschedule…") : tr("Schedule…"));
    m_start->setText(s == CampaignState::Scheduled ? tr("Start now") : tr("Start"));
}

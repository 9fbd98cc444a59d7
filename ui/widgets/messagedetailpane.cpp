// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagedetailpane.h"

#include "chiplabel.h"
#include "chipstyle.h"
#include "common/money.h"
#include "formscrollarea.h"
#include "models/messagelogmodel.h"
#include "statechipdelegate.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int stateRole = Qt::UserRole + 1;

// The state a change came from is the row above (and the state cell's tooltip): a column for it
// left "What happened" too little room in a narrow pane.
enum TimelineColumn { TimeColumn, StateColumn, HttpColumn, DetailColumn };

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString timeText(qint64 ms)
{
    return ms == 0 ? QStringLiteral("—")
                   : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

MessageDetailPane::MessageDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_fieldsBox(new QWidget(this))
    , m_state(new ChipLabel(this))
    , m_timeline(new QTreeWidget(this))
{
    // One column of fields whose values wrap: the pane is often narrow (beside the timeline, in a
    // 1024-pixel window), and a second column of fields was cut off on the right there.
    auto *grid = new QGridLayout(m_fieldsBox);
    grid->setContentsMargins(0, 0, 8, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    auto label = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setAlignment(Qt::AlignRight | Qt::AlignTop);
        l->setForegroundRole(QPalette::PlaceholderText);
        // A long name ("Preis des Netzbetreibers") wraps rather than pushing the timeline aside.
        l->setWordWrap(true);
        return l;
    };
    int row = 0;
    auto field = [&](const QString &name, QWidget *value = nullptr) {
        grid->addWidget(label(name), row, 0);
        if (!value) {
            QLabel *text = addField(name);
            text->setWordWrap(true);
            value = text;
        }
        grid->addWidget(value, row, 1, value == m_state ? Qt::AlignLeft | Qt::AlignVCenter : Qt::Alignment());
        ++row;
    };
    field(tr("State"), m_state);
    field(tr("To"));
    field(tr("From"));
    field(tr("Carrier"));
    field(tr("Campaign"));
    field(tr("Text"));
    field(tr("Encoding"));
    field(tr("Our estimate"));
    field(tr("Carrier price"));
    field(tr("Attempts"));
    field(tr("Last error"));
    field(tr("Restcomm SID"));
    field(tr("Restcomm status"));
    field(tr("Created"));
    field(tr("Submitted"));
    field(tr("Finished"));
    field(tr("Next attempt"));
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
    // Two different figures in two currencies: never side by side under names that invite adding.
    m_fields.value(tr("Our estimate"))
        ->setToolTip(tr("What the routing rule's price per segment predicted, in this store's currency."));
    m_fields.value(tr("Carrier price"))
        ->setToolTip(tr("What Restcomm reported charging for the message, in the carrier's own currency."));
    m_fields.value(tr("To"))->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A SID has no space to wrap at: its field keeps its width, and the fields never get
    // narrower than it (a cut SID cannot be looked up in Restcomm).
    m_fields.value(tr("Restcomm SID"))->setWordWrap(false);
    auto *scroll = new FormScrollArea(m_fieldsBox, this);

    m_timeline->setColumnCount(4);
    m_timeline->setHeaderLabels({tr("Time"), tr("State"), tr("HTTP"), tr("What happened")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setItemDelegateForColumn(StateColumn, new StateChipDelegate(stateRole, m_timeline));
    // Short columns as wide as their contents; "What happened" takes the rest and wraps.
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(HttpColumn, QHeaderView::ResizeToContents);
    m_timeline->setColumnWidth(StateColumn, ChipStyle::widestStateChip(palette(), font()) + 16);
    m_timeline->setWordWrap(true);

    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(new QLabel(tr("<b>Timeline</b>"), this));
    timelineLayout->addWidget(m_timeline, 1);

    auto *split = new QSplitter(this);
    split->addWidget(scroll);
    split->addWidget(timelineBox);
    // The fields are one wrapping column; the timeline's "What happened" needs the width more.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 600});
    split->setChildrenCollapsible(false);

    auto *hint = new QLabel(tr("Select a message to see its fields and everything that happened to it."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(hint);
    m_stack->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);
}

QLabel *MessageDetailPane::addField(const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    m_fields.insert(label, value);
    return value;
}

QString MessageDetailPane::fieldText(const QString &label) const
{
    if (label == tr("State"))
        return m_state->text();
    const QLabel *field = m_fields.value(label);
    return field ? field->text() : QString();
}

void MessageDetailPane::clear()
{
    m_messageId = 0;
    m_timeline->clear();
    m_stack->setCurrentIndex(0);
}

void MessageDetailPane::showMessage(const Message &m, const QString &carrierName, const QString &currency,
                                    const QList<MessageEvent> &events)
{
    const bool same = m.id == m_messageId;
    m_messageId = m.id;
    m_state->setState(m.state);
    auto set = [this](const QString &label, const QString &text) {
        m_fields.value(label)->setText(text);
    };
    set(tr("To"), m.region.isEmpty() ? m.to : QStringLiteral("%1  (%2)").arg(m.to, m.region));
    set(tr("From"), m.from);
    set(tr("Carrier"), m.carrierId == 0 ? tr("none (not routable)") : orDash(carrierName));
    set(tr("Campaign"), m.campaignId == 0 ? tr("single send") : QStringLiteral("#%1").arg(m.campaignId));
    set(tr("Text"), m.body);
    set(tr("Encoding"), tr("%1 · %n segment(s)", nullptr, m.segments).arg(smsEncodingName(m.encoding)));
    set(tr("Attempts"), QString::number(m.attempts));
    set(tr("Restcomm SID"), orDash(m.providerSid));
    set(tr("Restcomm status"), orDash(m.providerStatus));
    set(tr("Last error"), orDash(m.lastError));
    set(tr("Our estimate"), tr("%1 (from the routing rule)").arg(money::displayWithUnit(m.costMicros, currency)));
    set(tr("Carrier price"),
        m.price.isEmpty()
            ? tr("— (not reported yet)")
            : tr("%1 (reported by Restcomm)").arg(QString(m.price + QLatin1Char(' ') + m.priceUnit).trimmed()));
    set(tr("Created"), timeText(m.createdAt));
    set(tr("Submitted"), timeText(m.submittedAt));
    set(tr("Finished"), timeText(m.finishedAt));
    set(tr("Next attempt"), isFinalState(m.state) ? QStringLiteral("—") : timeText(m.nextAttemptAt));

    // Rebuilt whole: a timeline has a handful of rows. Keep the scroll position on a refresh.
    const int scroll = same ? m_timeline->verticalScrollBar()->value() : 0;
    m_timeline->clear();
    QList<QTreeWidgetItem *> items;
    QDate previousDay;
    for (const MessageEvent &e : events) {
        auto *item = new QTreeWidgetItem;
        // The time of day; the date only where it changes (delivery is followed for up to two days).
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.at);
        const bool newDay = at.date() != previousDay;
        previousDay = at.date();
        item->setText(TimeColumn,
                      at.toString(newDay ? QStringLiteral("MM-dd HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss.zzz")));
        item->setToolTip(TimeColumn, MessageLogModel::exactTime(e.at));
        item->setText(StateColumn, messageStateTitle(e.to));
        item->setData(StateColumn, stateRole, int(e.to));
        item->setToolTip(StateColumn, e.from ? tr("from %1").arg(messageStateTitle(*e.from)) : tr("created"));
        item->setText(HttpColumn, e.httpStatus == 0 ? QString() : QString::number(e.httpStatus));
        item->setTextAlignment(HttpColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(DetailColumn, e.detail);
        item->setToolTip(DetailColumn, e.detail);
        items.append(item);
    }
    m_timeline->addTopLevelItems(items);
    if (!same) {
        for (int column : {TimeColumn, HttpColumn})
            m_timeline->resizeColumnToContents(column);
    }
    m_timeline->verticalScrollBar()->setValue(scroll);
    m_stack->setCurrentIndex(1);
}

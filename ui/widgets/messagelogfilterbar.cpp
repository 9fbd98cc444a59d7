// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagelogfilterbar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

const QList<MessageState> allStates {MessageState::Pending,  MessageState::Queued,    MessageState::Submitting,
                                     MessageState::Sent,     MessageState::Delivered, MessageState::Undelivered,
                                     MessageState::Failed,   MessageState::Unknown,   MessageState::Rejected,
                                     MessageState::Cancelled};

/// The earliest time the boxes hold; it stands for "no limit" and reads as "any".
const QDateTime noLimit(QDate(2000, 1, 1), QTime(0, 0));

QDateTimeEdit *timeBox(const QString &tooltip, QWidget *parent)
{
    auto *box = new QDateTimeEdit(parent);
    box->setCalendarPopup(true);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    box->setMinimumDateTime(noLimit);
    box->setSpecialValueText(QObject::tr("any time"));
    box->setDateTime(noLimit);
    box->setToolTip(tooltip);
    return box;
}

} // namespace

MessageLogFilterBar::MessageLogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_states(new QPushButton(this))
    , m_stateMenu(new QMenu(this))
    , m_carrier(new QComboBox(this))
    , m_campaign(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_from(timeBox(tr("Created at or after (local time)"), this))
    , m_to(timeBox(tr("Created before (local time)"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    for (MessageState state : allStates) {
        QAction *action = m_stateMenu->addAction(messageStateTitle(state));
        action->setCheckable(true);
        action->setData(int(state));
        connect(action, &QAction::toggled, this, [this] {
            updateStateButton();
            changed();
        });
    }
    m_stateMenu->addSeparator();
    m_stateMenu->addAction(tr("Any state"), this, [this] { setStates({}); });
    m_states->setMenu(m_stateMenu);
    m_states->setToolTip(tr("Show messages in these states"));
    updateStateButton();

    m_carrier->addItem(tr("Any carrier"), qint64(0));
    m_carrier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaign->setPlaceholderText(tr("Campaign #"));
    m_campaign->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    m_campaign->setClearButtonEnabled(true);
    m_number->setPlaceholderText(tr("Number contains (Ctrl+F)"));
    m_number->setClearButtonEnabled(true);
    m_number->setMinimumWidth(170);
    m_clear->setToolTip(tr("Show every message again"));

    // Two rows: what is filtered on, then when. One row does not fit a 1024-pixel window without
    // fields landing on each other.
    const int campaignWidth = m_campaign->fontMetrics().horizontalAdvance(m_campaign->placeholderText()) + 40;
    m_campaign->setMinimumWidth(campaignWidth);
    m_campaign->setMaximumWidth(campaignWidth + 20);
    auto *what = new QHBoxLayout;
    what->addWidget(m_states);
    what->addWidget(m_carrier);
    what->addWidget(m_campaign);
    what->addWidget(m_number, 1);
    auto *created = new QLabel(tr("Cr&eated:"), this);
    created->setBuddy(m_from);
    auto *when = new QHBoxLayout;
    when->addWidget(created);
    when->addWidget(m_from);
    when->addWidget(new QLabel(QStringLiteral("–"), this));
    when->addWidget(m_to);
    when->addStretch(1);
    when->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(what);
    layout->addLayout(when);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250ms);
    connect(&m_debounce, &QTimer::timeout, this, &MessageLogFilterBar::applyNow);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &MessageLogFilterBar::changed);
    connect(m_campaign, &QLineEdit::textChanged, this, &MessageLogFilterBar::changed);
    connect(m_number, &QLineEdit::textChanged, this, &MessageLogFilterBar::changed);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &MessageLogFilterBar::changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &MessageLogFilterBar::changed);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        applyNow();
    });
}

MessageFilter MessageLogFilterBar::filter() const
{
    MessageFilter f;
    for (const QAction *action : m_stateMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            f.states.append(MessageState(action->data().toInt()));
    }
    f.carrierId = m_carrier->currentData().toLongLong();
    f.campaignId = m_campaign->text().toLongLong();
    // Numbers are kept as E.164 digits: spaces and dashes typed or pasted do not count.
    QString digits = m_number->text();
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    f.toContains = digits;
    if (m_from->dateTime() > noLimit)
        f.createdFrom = m_from->dateTime().toMSecsSinceEpoch();
    if (m_to->dateTime() > noLimit)
        f.createdTo = m_to->dateTime().toMSecsSinceEpoch();
    return f;
}

void MessageLogFilterBar::setCarriers(const CarrierList &carriers)
{
    const qint64 keep = m_carrier->currentData().toLongLong();
    const bool wasSilent = std::exchange(m_silent, true);
    while (m_carrier->count() > 1)
        m_carrier->removeItem(1);
    for (const Carrier &c : carriers)
        m_carrier->addItem(c.name, c.id);
    const int index = m_carrier->findData(keep);
    m_carrier->setCurrentIndex(index < 0 ? 0 : index);
    m_silent = wasSilent;
    if (index < 0 && keep != 0)
        changed(); // the carrier filtered on is gone
}

void MessageLogFilterBar::setStates(const QList<MessageState> &states)
{
    const bool wasSilent = std::exchange(m_silent, true);
    for (QAction *action : m_stateMenu->actions()) {
        if (action->isCheckable())
            action->setChecked(states.contains(MessageState(action->data().toInt())));
    }
    m_silent = wasSilent;
    updateStateButton();
    changed();
}

void MessageLogFilterBar::setCarrier(qint64 carrierId)
{
    const int index = m_carrier->findData(carrierId);
    m_carrier->setCurrentIndex(index < 0 ? 0 : index);
}

void MessageLogFilterBar::setCampaign(qint64 campaignId)
{
    m_campaign->setText(campaignId == 0 ? QString() : QString::number(campaignId));
}

void MessageLogFilterBar::setNumber(const QString &digits)
{
    m_number->setText(digits);
}

void MessageLogFilterBar::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from->setDateTime(fromMs == 0 ? noLimit : QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(toMs == 0 ? noLimit : QDateTime::fromMSecsSinceEpoch(toMs));
}

void MessageLogFilterBar::clear()
{
    m_silent = true;
    setStates({});
    m_carrier->setCurrentIndex(0);
    m_campaign->clear();
    m_number->clear();
    setTimeRange(0, 0);
    m_silent = false;
    changed();
}

void MessageLogFilterBar::focusNumber()
{
    m_number->setFocus(Qt::ShortcutFocusReason);
    m_number->selectAll();
}

QString MessageLogFilterBar::statesText() const
{
    QStringList names;
    for (const QAction *action : m_stateMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    }
    return names.isEmpty() ? tr("any") : names.join(QStringLiteral(", "));
}

void MessageLogFilterBar::updateStateButton()
{
    m_states->setText(tr("State: %1").arg(statesText()));
}

void MessageLogFilterBar::changed()
{
    if (!m_silent)
        m_debounce.start();
}

void MessageLogFilterBar::applyNow()
{
    m_debounce.stop();
    Q_EMIT filterChanged(filter());
}

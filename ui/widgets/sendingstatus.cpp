// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sendingstatus.h"

#include "dispatch/dispatcher.h"
#include "displaytext.h"
#include "log/attentioncounts.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

#include <utility>

SendingStatus::SendingStatus(StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_dispatcher(dispatcher)
    , m_sending(new QLabel(this))
    , m_attention(new QLabel(this))
{
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setToolTip(
        tr("Messages whose outcome is unknown, and messages not delivered today. Click to see them."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sending);
    layout->addWidget(new QLabel(QStringLiteral("·"), this));
    layout->addWidget(m_attention);
    connect(m_attention, &QLabel::linkActivated, this, &SendingStatus::attentionRequested);
    connect(&watcher, &StoreWatcher::changedTables, this, [this](const QSet<QString> &tables) {
        if (StoreWatcher::touches(tables, {"messages"}))
            refreshCounts();
    });
    if (m_dispatcher) {
        connect(m_dispatcher, &Dispatcher::statusChanged, this, &SendingStatus::showStatus);
        connect(m_dispatcher, &Dispatcher::failed, this, &SendingStatus::setLeaseProblem);
    }
    showStatus(DispatchStatus());
    refreshCounts();
}

void SendingStatus::setLeaseProblem(const QString &problem)
{
    m_leaseProblem = problem;
    showStatus(m_dispatcher ? m_dispatcher->status() : DispatchStatus());
}

void SendingStatus::showStatus(const DispatchStatus &status)
{
    QString text;
    if (!m_dispatcher)
        text = tr("sending: off");
    else if (!status.running && !m_leaseProblem.isEmpty())
        text = tr("not sending: another dispatcher holds this store");
    else if (!status.running)
        text = tr("sending: starting…");
    else if (status.paused)
        text = tr("sending: paused");
    else {
        int active = 0;
        double rate = 0;
        for (const CarrierDispatchStatus &c : status.carriers) {
            active += c.health == QLatin1String("ok") || c.health == QLatin1String("throttled") ? 1 : 0;
            rate += c.currentRate;
        }
        const QString rateText = QString::number(rate, 'f', rate < 10 ? 1 : 0);
        text = tr("sending: %n carrier(s), %1 msg/s", nullptr, active).arg(rateText);
    }
    m_sending->setText(text);
    m_sending->setToolTip(m_leaseProblem);
}

void SendingStatus::refreshCounts()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    m_worker.run(
        this, [midnight](Session &session) { return AttentionCounts::read(session.database(), midnight); },
        [this](const Result<AttentionCounts> &counts) {
            m_counting = false;
            if (counts) {
                const QString text =
                    tr("%1 unknown, %2 not delivered today")
                        .arg(displaytext::count(counts->unknown), displaytext::count(counts->notDeliveredSince()));
                m_attention->setToolTip(tr("Outcome unknown: %1. Not delivered today: %2 failed, %3 undelivered. "
                                           "Click to see them.")
                                            .arg(displaytext::count(counts->unknown),
                                                 displaytext::count(counts->failedSince),
                                                 displaytext::count(counts->undeliveredSince)));
                m_attention->setText(counts->unknown + counts->notDeliveredSince() > 0
                                         ? QStringLiteral("<a href=\"log\">%1</a>").arg(text.toHtmlEscaped())
                                         : text.toHtmlEscaped());
            } // a busy store: the last counts stay until the next change
            if (std::exchange(m_countAgain, false))
                refreshCounts();
        });
}

QString SendingStatus::sendingText() const
{
    return m_sending->text();
}

QString SendingStatus::attentionText() const
{
    return m_attention->text();
}

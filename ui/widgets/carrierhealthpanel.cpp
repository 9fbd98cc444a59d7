// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierhealthpanel.h"

#include "carriers/carrierhealth.h"
#include "chiplabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString rateText(double rate)
{
    return QString::number(rate, 'f', rate < 10 ? 1 : 0);
}

} // namespace

CarrierHealthPanel::CarrierHealthPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QVBoxLayout)
{
    auto *title = new QLabel(tr("<b>Carriers</b>"), this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_list->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(m_list);
    layout->addStretch(1);
    setMinimumWidth(220);
    m_summary->setText(tr("Waiting for the dispatcher…"));
}

void CarrierHealthPanel::showNoDispatcher()
{
    rebuild({});
    m_summary->setText(tr("This window does not send, so it shows no carrier activity."));
}

void CarrierHealthPanel::rebuild(const QList<CarrierDispatchStatus> &carriers)
{
    for (const Row &row : std::as_const(m_rows))
        delete row.box;
    m_rows.clear();
    for (const CarrierDispatchStatus &c : carriers) {
        Row row;
        row.id = c.id;
        row.box = new QWidget(this);
        auto *grid = new QGridLayout(row.box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(1);
        row.health = new ChipLabel(row.box);
        row.name = new QLabel(row.box);
        row.name->setTextFormat(Qt::PlainText);
        row.numbers = new QLabel(row.box);
        row.numbers->setForegroundRole(QPalette::PlaceholderText);
        row.pause = new QToolButton(row.box);
        row.pause->setCheckable(true);
        const qint64 id = c.id;
        connect(row.pause, &QToolButton::clicked, this,
                [this, id](bool checked) { Q_EMIT carrierPauseRequested(id, checked); });
        grid->addWidget(row.name, 0, 0);
        grid->addWidget(row.health, 0, 1, Qt::AlignRight);
        grid->addWidget(row.numbers, 1, 0);
        grid->addWidget(row.pause, 1, 1, Qt::AlignRight | Qt::AlignTop);
        grid->setColumnStretch(0, 1);
        m_list->addWidget(row.box);
        m_rows.append(row);
    }
}

void CarrierHealthPanel::showStatus(const DispatchStatus &status)
{
    bool same = status.carriers.size() == m_rows.size();
    for (qsizetype i = 0; same && i < m_rows.size(); ++i)
        same = m_rows.at(i).id == status.carriers.at(i).id;
    if (!same)
        rebuild(status.carriers);

    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const CarrierDispatchStatus &c = status.carriers.at(i);
        Row &row = m_rows[i];
        row.name->setText(c.name);
        if (row.health->text() != CarrierHealth::title(c.health))
            row.health->setHealth(c.health);
        row.health->setToolTip(c.healthDetail);
        row.numbers->setText(tr("%1 of %2 msg/s\n%3 of %4 in flight")
                                 .arg(rateText(c.currentRate), rateText(c.rateLimit))
                                 .arg(c.inFlight)
                                 .arg(c.maxInFlight));
        const bool paused = c.health == QLatin1String("paused");
        row.pause->setChecked(paused);
        row.pause->setText(paused ? tr("Resume") : tr("Pause"));
        row.pause->setToolTip(paused ? tr("Send through %1 again").arg(c.name)
                                     : tr("Stop sending through %1 for now (messages wait in the queue)").arg(c.name));
    }
    if (!status.running)
        m_summary->setText(tr("Sending has not started in this window."));
    else if (status.paused)
        m_summary->setText(tr("All sending is paused."));
    else if (m_rows.isEmpty())
        m_summary->setText(tr("No carriers to send through yet."));
    else
        m_summary->setText(tr("%n request(s) in flight.", nullptr, status.inFlight));
}

QString CarrierHealthPanel::rowText(int index) const
{
    return m_rows.at(index).numbers->text();
}

QString CarrierHealthPanel::healthText(int index) const
{
    return m_rows.at(index).health->text();
}

QToolButton *CarrierHealthPanel::pauseButton(int index) const
{
    return m_rows.at(index).pause;
}

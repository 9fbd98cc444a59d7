#include "sendingstatus.h"

#include "dispatch/dispatcher.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/storewatcher.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

SendingStatus::SendingStatus(Database &db, Dispatcher *dispatcher, StoreWatcher &watcher, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_dispatcher(dispatcher)
    , m_sending(new QLabel(this))
    , m_attention(new QLabel(this))
{
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setToolTip(
        tr("Messages whose outcome is unknown, and messages that failed today. Click to see them."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sending);
    layout->addWidget(new QLabel(QStringLiteral("·"), this));
    layout->addWidget(m_attention);
    connect(m_attention, &QLabel::linkActivated, this, &SendingStatus::attentionRequested);
    connect(&watcher, &StoreWatcher::changed, this, &SendingStatus::refreshCounts);
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
        text = active == 1 ? tr("sending: 1 carrier, %1 msg/s").arg(rateText)
                           : tr("sending: %1 carriers, %2 msg/s").arg(active).arg(rateText);
    }
    m_sending->setText(text);
    m_sending->setToolTip(m_leaseProblem);
}

void SendingStatus::refreshCounts()
{
    MessageRepository repo(m_db);
    const qint64 unknown = repo.countInStates({MessageState::Unknown}).value_or(0);
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
    const qint64 failed = repo.countChangedSince(MessageState::Failed, midnight.toMSecsSinceEpoch()).value_or(0);
    const QString text = tr("%1 unknown, %2 failed today").arg(unknown).arg(failed);
    m_attention->setText(unknown + failed > 0 ? QStringLiteral("<a href=\"log\">%1</a>").arg(text.toHtmlEscaped())
                                              : text.toHtmlEscaped());
}

QString SendingStatus::sendingText() const
{
    return m_sending->text();
}

QString SendingStatus::attentionText() const
{
    return m_attention->text();
}

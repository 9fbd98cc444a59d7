#include "transitionwriter.h"

#include "common/logging.h"

TransitionWriter::TransitionWriter(Database &db, std::chrono::milliseconds interval, int maxPending, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_maxPending(maxPending)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)flush(); });
}

void TransitionWriter::add(MessageTransition transition)
{
    m_pending.append(std::move(transition));
    if (m_pending.size() >= m_maxPending)
        (void)flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

bool TransitionWriter::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    auto conflicts = MessageRepository(m_db).apply(m_pending);
    if (!conflicts) {
        // Keep the batch: a busy store is retried on the next tick rather than losing results.
        qCWarning(lcDispatch) << "could not write" << m_pending.size() << "results:" << conflicts.errorMessage();
        Q_EMIT failed(conflicts.errorMessage());
        m_timer.start();
        return false;
    }
    for (qint64 id : *conflicts)
        qCInfo(lcDispatch) << "message" << id << "changed elsewhere meanwhile; its result was not applied";
    const int count = int(m_pending.size() - conflicts->size());
    m_pending.clear();
    Q_EMIT written(count);
    return true;
}

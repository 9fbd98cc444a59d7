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
    m_pending.append({std::move(transition), 0, QString(), false});
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
    if (m_refusedInARow >= isolateAfter)
        return writeOneByOne();

    QList<MessageTransition> batch;
    batch.reserve(m_pending.size());
    for (const Waiting &w : std::as_const(m_pending))
        batch.append(w.transition);
    auto conflicts = MessageRepository(m_db).apply(batch);
    if (!conflicts) {
        // Keep the batch: a busy store is retried on the next tick rather than losing results.
        ++m_refusedInARow;
        qCWarning(lcDispatch) << "could not write" << m_pending.size() << "results:" << conflicts.errorMessage();
        Q_EMIT failed(conflicts.errorMessage());
        m_timer.start();
        return false;
    }
    m_refusedInARow = 0;
    logConflicts(*conflicts);
    const int count = int(m_pending.size() - conflicts->size());
    m_pending.clear();
    Q_EMIT written(count);
    return true;
}

bool TransitionWriter::writeOneByOne()
{
    MessageRepository repo(m_db);
    QList<Waiting> refused;
    QString lastError;
    int changed = 0;
    bool storeTookAny = false;
    for (Waiting &w : m_pending) {
        auto conflicts = repo.apply({w.transition});
        if (!conflicts) {
            const QString error = conflicts.errorMessage();
            w.refusedAlone = error == w.error ? w.refusedAlone + 1 : 1;
            w.error = error;
            lastError = error;
            refused.append(std::move(w));
            continue;
        }
        storeTookAny = true;
        logConflicts(*conflicts);
        changed += int(1 - conflicts->size());
    }
    m_pending.clear();
    for (Waiting &w : refused) {
        w.othersTaken = w.othersTaken || storeTookAny;
        if (w.othersTaken && w.refusedAlone >= setAsideAfter) {
            const qint64 id = w.transition.after.id;
            qCWarning(lcDispatch) << "set aside the result of message" << id << "(to"
                                  << messageStateName(w.transition.after.state) << "): the store refused it"
                                  << w.refusedAlone << "times while it took others:" << w.error;
            Q_EMIT setAside(id, w.error);
            continue;
        }
        m_pending.append(std::move(w));
    }
    if (changed > 0)
        Q_EMIT written(changed);
    if (m_pending.isEmpty()) {
        m_refusedInARow = 0;
        return true;
    }
    Q_EMIT failed(lastError);
    m_timer.start();
    return false;
}

void TransitionWriter::logConflicts(const QList<qint64> &ids) const
{
    for (qint64 id : ids)
        qCInfo(lcDispatch) << "message" << id << "changed elsewhere meanwhile; its result was not applied";
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
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
    m_pending.append({std::move(transition), 0, QString()});
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
    QList<Waiting> kept;
    QString lastError;
    int changed = 0;
    qsizetype next = 0;
    for (; next < m_pending.size(); ++next) {
        Waiting &w = m_pending[next];
        auto conflicts = repo.apply({w.transition});
        if (conflicts) {
            logConflicts(*conflicts);
            changed += int(1 - conflicts->size());
            continue;
        }
        lastError = conflicts.errorMessage();
        if (!conflicts.error().isConstraintViolation())
            break; // the store's trouble, not this transition's: keep it and the rest as they are
        w.refusedAlone = lastError == w.error ? w.refusedAlone + 1 : 1;
        w.error = lastError;
        if (w.refusedAlone < setAsideAfter) {
            kept.append(std::move(w));
            continue;
        }
        const MessageTransition &t = w.transition;
        qCWarning(lcDispatch) << "set aside the result of message" << t.after.id << "(to"
                              << messageStateName(t.after.state) << "): the store refused it" << w.refusedAlone
                              << "times:" << w.error;
        if (!t.after.providerSid.isEmpty())
            m_setAsideSids.insert(t.after.providerSid);
        Q_EMIT setAside(t.after.id, w.error);
    }
    for (; next < m_pending.size(); ++next)
        kept.append(std::move(m_pending[next]));
    m_pending = std::move(kept);
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

#pragma once

#include "store/messagerepository.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class Database;

/// Collects message transitions and writes them in batches, one transaction each: at most
/// `interval` after the first one waits, or at once when `maxPending` wait. Batching is what
/// lets every transition be persisted at thousands of messages a second.
class TransitionWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransitionWriter)

public:
    TransitionWriter(Database &db, std::chrono::milliseconds interval, int maxPending, QObject *parent = nullptr);

    void add(MessageTransition transition);
    /// Writes everything waiting now. Returns false (and keeps the batch) when the store refused.
    bool flush();
    int pending() const { return int(m_pending.size()); }

Q_SIGNALS:
    /// After a batch was written: how many messages changed.
    void written(int count);
    void failed(const QString &message);

private:
    Database &m_db;
    QList<MessageTransition> m_pending;
    QTimer m_timer;
    int m_maxPending;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/messagerepository.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

class Database;

/// Collects message transitions and writes them in batches, one transaction each: at most
/// `interval` after the first one waits, or at once when `maxPending` wait. Batching is what
/// lets every transition be persisted at thousands of messages a second.
///
/// A refused batch is kept and retried: a busy store must not lose results. But one
/// transition the store can never take (a constraint it breaks) would hold every other result
/// back for ever, so after `isolateAfter` refusals in a row the batch is written one transition
/// at a time. A transition the store refuses as a constraint violation `setAsideAfter` times in
/// a row, for the same reason, is set aside: its message keeps its stored state (a `submitting`
/// one is looked up at the next start, never sent again on a guess). Any other refusal (busy,
/// full, unreadable) is the store's, not the transition's: the round stops there and nothing is
/// counted against anyone.
class TransitionWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransitionWriter)

public:
    static constexpr int isolateAfter = 3;
    static constexpr int setAsideAfter = 3;

    TransitionWriter(Database &db, std::chrono::milliseconds interval, int maxPending, QObject *parent = nullptr);

    void add(MessageTransition transition);
    /// Writes everything waiting now. Returns false (and keeps what was refused) when the
    /// store refused.
    bool flush();
    int pending() const { return int(m_pending.size()); }
    /// Provider SIDs of results set aside: Restcomm has those records, but no message in the
    /// store says so, so reconciliation must not give them to another message.
    const QSet<QString> &setAsideSids() const { return m_setAsideSids; }

Q_SIGNALS:
    /// After a batch was written: how many messages changed.
    void written(int count);
    void failed(const QString &message);
    /// A transition was given up on (see the class comment).
    void setAside(qint64 messageId, const QString &error);

private:
    struct Waiting
    {
        MessageTransition transition;
        int refusedAlone = 0; ///< as a constraint violation, in a row, for the same reason
        QString error; ///< that reason
    };

    /// Writes each waiting transition in its own transaction; sets aside the hopeless ones.
    bool writeOneByOne();
    void logConflicts(const QList<qint64> &ids) const;

    Database &m_db;
    QList<Waiting> m_pending;
    QTimer m_timer;
    int m_maxPending;
    int m_refusedInARow = 0;
    QSet<QString> m_setAsideSids;
};

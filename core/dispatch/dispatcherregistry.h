// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dispatcherpresence.h"

#include <QString>

class Clock;
class Database;

/// On PostgreSQL any number of dispatchers work on one store (ARCHITECTURE.md, "Scale path").
/// Each has its own row in `dispatchers`, made at start, renewed by heartbeats and removed at
/// the stop. A row whose heartbeat is older than the lease (DispatchOptions::leaseStaleAfter) is
/// a dead dispatcher: any live one removes it and takes over its messages. Those it was
/// submitting become unknown and are looked up in Restcomm before any resend, as after a crash
/// on SQLite; those it was following (unknown, sent) are followed by the taker.
///
/// Times in the table are the database server's (`serverClock`), so machines whose clocks
/// disagree judge staleness alike.
class DispatcherRegistry final : public DispatcherPresence
{
public:
    DispatcherRegistry(Database &db, QString holder, qint64 staleAfterMs, const Clock &serverClock);

    /// Registers this dispatcher. Never refused for another one being at work.
    Status acquire(qint64 now) override;
    Result<bool> renew(qint64 now) override;
    void release() override;
    bool held() const override { return m_held; }

    /// Inside a claim's transaction: whether this dispatcher still has its row, which then stays
    /// until the transaction ends, so the claim commits only while this dispatcher is alive in
    /// everyone's eyes. Renews the heartbeat too, at most once a second (a busy dispatcher
    /// claims many times a second, and each write would wake every window that listens).
    Result<bool> fence(qint64 now);

    /// Removes the rows of dispatchers not heard from for the lease and takes over, within
    /// `campaignId` (as in DispatchOptions), what every dispatcher gone left: see the class
    /// comment. Returns how many messages became unknown.
    Result<qint64> takeOver(qint64 now, qint64 campaignId);

    /// This dispatcher's instance, which its claims carry (messages.claimed_by).
    const QString &instance() const { return m_instance; }

private:
    Database &m_db;
    const Clock &m_serverClock;
    QString m_holder;
    QString m_host;
    qint64 m_pid;
    QString m_instance;
    qint64 m_staleAfter;
    qint64 m_lastBeat = 0; ///< this process's clock
    bool m_held = false;
};

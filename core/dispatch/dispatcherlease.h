// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "dispatcherpresence.h"
#include "store/leaserepository.h"

#include <QString>

class Database;

/// On SQLite one dispatcher holds a store at a time (ARCHITECTURE.md, "Processes"). The lease
/// is taken when free, when its holder stopped sending heartbeats, or at once when its holder
/// was a process on this host that no longer exists (a crash).
class DispatcherLease final : public DispatcherPresence
{
public:
    DispatcherLease(Database &db, QString holder, qint64 staleAfterMs);

    Status acquire(qint64 now) override;
    /// Renews the lease, inside the caller's transaction if there is one: false when another
    /// dispatcher took the store over (then it is no longer held), an error when the store
    /// could not be asked. A claim made in the same transaction is thereby fenced: it commits
    /// only while this dispatcher holds the store.
    Result<bool> renew(qint64 now) override;
    void release() override;
    bool held() const override { return m_held; }

    /// "smsrouter-cli dispatch (pid 4242 on host x), last seen 3 s ago", or empty if none.
    static QString describe(const std::optional<DispatcherLeaseRow> &row, qint64 now);
    static QString thisHost();
    static bool processAlive(qint64 pid);
    /// What a dispatcher that lost its lease says.
    static QString tookOverMessage();

private:
    Database &m_db;
    QString m_holder;
    QString m_host;
    qint64 m_pid;
    QString m_instance;
    qint64 m_staleAfter;
    bool m_held = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

class Database;

/// One dispatcher at work on a PostgreSQL store (a row of `dispatchers`). Times are the
/// database server's (ServerClock), so machines whose clocks disagree still judge alike.
struct DispatcherRow
{
    QString instance; ///< random per run of a dispatcher, never reused
    QString host;
    qint64 pid = 0;
    QString holder; ///< "smsrouter (GUI)", "smsrouter-cli dispatch", …
    qint64 startedAt = 0;
    qint64 heartbeatAt = 0;
};

/// The `dispatchers` table. Its rows say who may claim: a claim is fenced by its dispatcher's
/// row (DispatcherRegistry), and a row is removed only by its own dispatcher or, once stale, by
/// another that takes its messages over.
class DispatcherRepository final
{
public:
    explicit DispatcherRepository(Database &db)
        : m_db(db)
    { }

    Status insert(const DispatcherRow &row);
    /// Renews `instance`'s heartbeat: false when its row is gone (taken over).
    Result<bool> heartbeat(const QString &instance, qint64 now);
    /// Whether `instance`'s row is still there, locked against removal until the caller's
    /// transaction ends: a claim made in that transaction is then fenced without a write.
    Result<bool> holdRow(const QString &instance);
    Status remove(const QString &instance);
    /// Removes the rows whose heartbeat is older than `staleBefore`; returns them.
    Result<QList<DispatcherRow>> removeStale(qint64 staleBefore);
    /// Every dispatcher at work, the longest running first.
    Result<QList<DispatcherRow>> all() const;

private:
    Database &m_db;
};

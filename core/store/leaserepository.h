// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

class Database;

/// Who holds the store for dispatching (the single row of `dispatcher_lease`).
struct DispatcherLeaseRow
{
    QString host;
    qint64 pid = 0;
    QString holder; ///< "smsrouter (GUI)", "smsrouter-cli dispatch", …
    QString instance; ///< random per dispatcher, so two in one process are told apart
    qint64 acquiredAt = 0;
    qint64 heartbeatAt = 0;
};

/// The `dispatcher_lease` table.
class LeaseRepository final
{
public:
    explicit LeaseRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<DispatcherLeaseRow>> current() const;
    Status write(const DispatcherLeaseRow &row);
    /// Renews the lease of `instance`: false when the lease no longer names it (taken over).
    Result<bool> heartbeat(const QString &instance, qint64 now);
    /// Removes the row only if this dispatcher holds it.
    Status release(const QString &instance);

private:
    Database &m_db;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "leaserepository.h"

#include "database.h"
#include "sql.h"

Result<std::optional<DispatcherLeaseRow>> LeaseRepository::current() const
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT host, pid, holder, acquired_at, heartbeat_at, instance FROM dispatcher_lease WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<DispatcherLeaseRow>();
    DispatcherLeaseRow row;
    row.host = q->value(0).toString();
    row.pid = q->value(1).toLongLong();
    row.holder = q->value(2).toString();
    row.acquiredAt = q->value(3).toLongLong();
    row.heartbeatAt = q->value(4).toLongLong();
    row.instance = q->value(5).toString();
    return std::optional<DispatcherLeaseRow>(row);
}

Status LeaseRepository::write(const DispatcherLeaseRow &row)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO dispatcher_lease (id, host, pid, holder, instance, acquired_at, "
                                     "heartbeat_at) VALUES (1, :host, :pid, :holder, :instance, :acquired, :heartbeat) "
                                     "ON CONFLICT (id) DO UPDATE SET host = excluded.host, pid = excluded.pid, "
                                     "holder = excluded.holder, instance = excluded.instance, "
                                     "acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at"),
                      {{"host", row.host},
                       {"pid", row.pid},
                       {"holder", row.holder},
                       {"instance", row.instance},
                       {"acquired", row.acquiredAt},
                       {"heartbeat", row.heartbeatAt}});
    if (!q)
        return q.error();
    return {};
}

Result<bool> LeaseRepository::heartbeat(const QString &instance, qint64 now)
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("UPDATE dispatcher_lease SET heartbeat_at = :now WHERE id = 1 AND instance = :instance"),
        {{"now", now}, {"instance", instance}});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Status LeaseRepository::release(const QString &instance)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("DELETE FROM dispatcher_lease WHERE id = 1 AND instance = :instance"),
                      {{"instance", instance}});
    if (!q)
        return q.error();
    return {};
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dispatcherrepository.h"

#include "database.h"
#include "sql.h"

namespace {

const QString dispatcherColumns = QStringLiteral("instance, host, pid, holder, started_at, heartbeat_at");

QList<DispatcherRow> dispatchersFrom(QSqlQuery &q)
{
    QList<DispatcherRow> rows;
    while (q.next()) {
        DispatcherRow row;
        row.instance = q.value(0).toString();
        row.host = q.value(1).toString();
        row.pid = q.value(2).toLongLong();
        row.holder = q.value(3).toString();
        row.startedAt = q.value(4).toLongLong();
        row.heartbeatAt = q.value(5).toLongLong();
        rows.append(row);
    }
    return rows;
}

} // namespace

Status DispatcherRepository::insert(const DispatcherRow &row)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO dispatchers (%1) VALUES (:instance, :host, :pid, :holder, :started, "
                                     ":heartbeat)")
                          .arg(dispatcherColumns),
                      {{"instance", row.instance},
                       {"host", row.host},
                       {"pid", row.pid},
                       {"holder", row.holder},
                       {"started", row.startedAt},
                       {"heartbeat", row.heartbeatAt}});
    if (!q)
        return q.error();
    return {};
}

Result<bool> DispatcherRepository::heartbeat(const QString &instance, qint64 now)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("UPDATE dispatchers SET heartbeat_at = :now WHERE instance = :instance"),
                      {{"now", now}, {"instance", instance}});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<bool> DispatcherRepository::holdRow(const QString &instance)
{
    // FOR KEY SHARE: a DELETE of the row waits for this transaction, a heartbeat does not.
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT 1 FROM dispatchers WHERE instance = :instance FOR KEY SHARE"),
                      {{"instance", instance}});
    if (!q)
        return q.error();
    return q->next();
}

Status DispatcherRepository::remove(const QString &instance)
{
    auto q = sql::run(m_db.connection(), QStringLiteral("DELETE FROM dispatchers WHERE instance = :instance"),
                      {{"instance", instance}});
    if (!q)
        return q.error();
    return {};
}

Result<QList<DispatcherRow>> DispatcherRepository::removeStale(qint64 staleBefore)
{
    // A heartbeat that comes in meanwhile wins: the row is then re-read, no longer stale, and kept.
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("DELETE FROM dispatchers WHERE heartbeat_at < :before RETURNING %1").arg(dispatcherColumns),
        {{"before", staleBefore}});
    if (!q)
        return q.error();
    return dispatchersFrom(*q);
}

Result<QList<DispatcherRow>> DispatcherRepository::all() const
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT %1 FROM dispatchers ORDER BY started_at, instance").arg(dispatcherColumns));
    if (!q)
        return q.error();
    return dispatchersFrom(*q);
}

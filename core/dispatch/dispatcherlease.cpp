// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dispatcherlease.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>

DispatcherLease::DispatcherLease(Database &db, QString holder, qint64 staleAfterMs)
    : m_db(db)
    , m_holder(std::move(holder))
    , m_host(thisHost())
    , m_pid(QCoreApplication::applicationPid())
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_staleAfter(staleAfterMs)
{ }

QString DispatcherLease::thisHost()
{
    return QHostInfo::localHostName();
}

bool DispatcherLease::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QString DispatcherLease::describe(const std::optional<DispatcherLeaseRow> &row, qint64 now)
{
    if (!row)
        return {};
    return QCoreApplication::translate("DispatcherLease", "%1 (pid %2 on %3), last seen %4 s ago")
        .arg(row->holder)
        .arg(row->pid)
        .arg(row->host)
        .arg(std::max<qint64>(0, (now - row->heartbeatAt) / 1000));
}

Status DispatcherLease::acquire(qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    LeaseRepository leases(m_db);
    auto current = leases.current();
    if (!current)
        return current.error();
    if (*current) {
        const DispatcherLeaseRow &row = **current;
        const bool mine = row.instance == m_instance;
        const bool stale = now - row.heartbeatAt > m_staleAfter;
        const bool deadHere = row.host == m_host && row.pid != m_pid && !processAlive(row.pid);
        if (!mine && !stale && !deadHere)
            return Error::failed(
                QCoreApplication::translate("DispatcherLease",
                                            "Another dispatcher is sending from this store: %1. Stop it first; only "
                                            "one dispatcher may hold a store, so no message is sent twice.")
                    .arg(describe(*current, now)));
    }
    if (auto written = leases.write({m_host, m_pid, m_holder, m_instance, now, now}); !written)
        return written;
    if (auto committed = tx->commit(); !committed)
        return committed;
    m_held = true;
    return {};
}

Result<bool> DispatcherLease::renew(qint64 now)
{
    if (!m_held)
        return false;
    auto beat = LeaseRepository(m_db).heartbeat(m_instance, now);
    if (!beat)
        return beat.error();
    m_held = *beat;
    return *beat;
}

QString DispatcherLease::tookOverMessage()
{
    return QCoreApplication::translate(
        "DispatcherLease",
        "Another dispatcher took over this store while this one was not heard from; this one "
        "stopped and sends nothing more. Its messages in doubt are looked up by the other.");
}

void DispatcherLease::release()
{
    if (m_held)
        (void)LeaseRepository(m_db).release(m_instance);
    m_held = false;
}

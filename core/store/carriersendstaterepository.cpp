// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriersendstaterepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace {

Status ran(const Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<CarrierSendState> CarrierSendStateRepository::lock(qint64 carrierId)
{
    auto select = [&] {
        return sql::run(m_db.connection(),
                        QStringLiteral("SELECT next_slot_at, recent_sends, breaker_open_until, breaker_reason, "
                                       "breaker_probe_until FROM carrier_send_state WHERE carrier_id = :carrier "
                                       "FOR UPDATE"),
                        {{"carrier", carrierId}});
    };
    auto q = select();
    if (!q)
        return q.error();
    if (!q->next()) {
        // The carrier's first send: its row is made here, once; a dispatcher making it at the
        // same moment leaves it to this one (or this one to it) and both read the same row.
        auto made = sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO carrier_send_state (carrier_id) VALUES (:carrier) "
                                            "ON CONFLICT (carrier_id) DO NOTHING"),
                             {{"carrier", carrierId}});
        if (!made)
            return made.error();
        q = select();
        if (!q)
            return q.error();
        if (!q->next())
            return Error::failed(QCoreApplication::translate("CarrierSendStateRepository",
                                                             "The store keeps no send state for carrier %1.")
                                     .arg(carrierId));
    }
    CarrierSendState s;
    s.carrierId = carrierId;
    s.nextSlotAt = q->value(0).toDouble();
    s.recentSends = q->value(1).toString();
    s.breakerOpenUntil = q->value(2).toLongLong();
    s.breakerReason = q->value(3).toString();
    s.breakerProbeUntil = q->value(4).toLongLong();
    return s;
}

Status CarrierSendStateRepository::saveRate(qint64 carrierId, double nextSlotAt, const QString &recentSends)
{
    return ran(sql::run(m_db.connection(),
                        QStringLiteral("UPDATE carrier_send_state SET next_slot_at = :next, recent_sends = :recent "
                                       "WHERE carrier_id = :carrier"),
                        {{"next", nextSlotAt}, {"recent", recentSends}, {"carrier", carrierId}}));
}

Status CarrierSendStateRepository::setProbe(qint64 carrierId, qint64 probeUntil)
{
    return ran(sql::run(
        m_db.connection(),
        QStringLiteral("UPDATE carrier_send_state SET breaker_probe_until = :until WHERE carrier_id = :carrier"),
        {{"until", probeUntil}, {"carrier", carrierId}}));
}

Status CarrierSendStateRepository::openBreaker(qint64 carrierId, qint64 openUntil, const QString &reason)
{
    return ran(sql::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO carrier_send_state (carrier_id, breaker_open_until, breaker_reason) VALUES "
                       "(:carrier, :until, :reason) ON CONFLICT (carrier_id) DO UPDATE SET breaker_open_until = "
                       "GREATEST(carrier_send_state.breaker_open_until, excluded.breaker_open_until), breaker_reason = "
                       "excluded.breaker_reason, breaker_probe_until = 0"),
        {{"carrier", carrierId}, {"until", openUntil}, {"reason", sql::text(reason)}}));
}

Status CarrierSendStateRepository::closeBreaker(qint64 carrierId)
{
    return ran(sql::run(m_db.connection(),
                        QStringLiteral("UPDATE carrier_send_state SET breaker_open_until = 0, breaker_reason = '', "
                                       "breaker_probe_until = 0 WHERE carrier_id = :carrier AND "
                                       "(breaker_open_until <> 0 OR breaker_probe_until <> 0)"),
                        {{"carrier", carrierId}}));
}

Status CarrierSendStateRepository::endProbe(qint64 carrierId, qint64 probeUntil)
{
    return ran(sql::run(m_db.connection(),
                        QStringLiteral("UPDATE carrier_send_state SET breaker_probe_until = 0 WHERE carrier_id = "
                                       ":carrier AND breaker_probe_until = :until"),
                        {{"carrier", carrierId}, {"until", probeUntil}}));
}

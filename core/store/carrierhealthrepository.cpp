// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierhealthrepository.h"

#include "database.h"
#include "sql.h"

Status CarrierHealthRepository::save(qint64 carrierId, const CarrierHealth &h)
{
    auto done = sql::run(m_db.connection(),
                         QStringLiteral("INSERT INTO carrier_health (carrier_id, state, consecutive_failures, "
                                        "refused_connections, last_error, last_error_at, last_success_at, updated_at) "
                                        "VALUES (:carrier, :state, :failures, :refused, :error, :errorAt, :successAt, "
                                        ":updatedAt) ON CONFLICT (carrier_id) DO UPDATE SET state = excluded.state, "
                                        "consecutive_failures = excluded.consecutive_failures, "
                                        "refused_connections = excluded.refused_connections, "
                                        "last_error = excluded.last_error, last_error_at = excluded.last_error_at, "
                                        "last_success_at = excluded.last_success_at, updated_at = excluded.updated_at"),
                         {{"carrier", carrierId},
                          {"state", h.state},
                          {"failures", h.consecutiveFailures},
                          {"refused", h.refusedConnections},
                          {"error", h.lastError},
                          {"errorAt", h.lastErrorAt},
                          {"successAt", h.lastSuccessAt},
                          {"updatedAt", h.updatedAt}});
    if (!done)
        return done.error();
    return {};
}

Result<QHash<qint64, CarrierHealth>> CarrierHealthRepository::all() const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT carrier_id, state, consecutive_failures, refused_connections, "
                                         "last_error, last_error_at, last_success_at, updated_at FROM carrier_health"));
    if (!query)
        return query.error();
    QHash<qint64, CarrierHealth> health;
    while (query->next()) {
        CarrierHealth h;
        h.state = query->value(1).toString();
        h.consecutiveFailures = query->value(2).toInt();
        h.refusedConnections = query->value(3).toInt();
        h.lastError = query->value(4).toString();
        h.lastErrorAt = query->value(5).toLongLong();
        h.lastSuccessAt = query->value(6).toLongLong();
        h.updatedAt = query->value(7).toLongLong();
        health.insert(query->value(0).toLongLong(), h);
    }
    return health;
}

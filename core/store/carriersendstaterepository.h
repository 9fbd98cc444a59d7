// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

class Database;

/// What every dispatcher of a PostgreSQL store shares about one carrier (a row of
/// `carrier_send_state`): its send grid and last sends, which hold its rate across all of them,
/// and its breaker. Times are the database server's (ServerClock).
struct CarrierSendState
{
    qint64 carrierId = 0;
    double nextSlotAt = 0; ///< the grid time of the next send (RateLimiter)
    QString recentSends; ///< the sends of the last second, "time*count,…" (SharedCarrierLimiter)
    qint64 breakerOpenUntil = 0; ///< 0: closed; in the past: half-open, one probe may go
    QString breakerReason;
    qint64 breakerProbeUntil = 0; ///< a dispatcher's probe is out until then
};

/// The `carrier_send_state` table. PostgreSQL only: SQLite's single dispatcher keeps all of
/// this in its own memory.
class CarrierSendStateRepository final
{
public:
    explicit CarrierSendStateRepository(Database &db)
        : m_db(db)
    { }

    /// The carrier's row (made if there is none), locked until the caller's transaction ends:
    /// the claims of all dispatchers for one carrier take their turns here.
    Result<CarrierSendState> lock(qint64 carrierId);
    Status saveRate(qint64 carrierId, double nextSlotAt, const QString &recentSends);
    Status setProbe(qint64 carrierId, qint64 probeUntil);
    /// Opens the breaker until `openUntil` (or keeps the later time another dispatcher set).
    Status openBreaker(qint64 carrierId, qint64 openUntil, const QString &reason);
    /// Closes the breaker, if it was open or probing.
    Status closeBreaker(qint64 carrierId);
    /// Ends the probe `probeUntil` named, if it is still that one: the next may go.
    Status endProbe(qint64 carrierId, qint64 probeUntil);

private:
    Database &m_db;
};

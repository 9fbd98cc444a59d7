// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrierhealth.h"
#include "common/result.h"

#include <QHash>

class Database;

/// The `carrier_health` table: one row per carrier a dispatcher has sent through, replaced as
/// its health changes (see CarrierHealth). A removed carrier's row goes with it (ON DELETE CASCADE).
class CarrierHealthRepository final
{
public:
    explicit CarrierHealthRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts or replaces the carrier's row, in one statement.
    Status save(qint64 carrierId, const CarrierHealth &health);
    /// Every stored row, by carrier id; carriers without one have no entry.
    Result<QHash<qint64, CarrierHealth>> all() const;

private:
    Database &m_db;
};

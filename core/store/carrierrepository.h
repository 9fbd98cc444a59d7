// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "common/result.h"

#include <optional>

class Database;

/// The `carriers` table.
class CarrierRepository final
{
public:
    explicit CarrierRepository(Database &db)
        : m_db(db)
    { }

    Result<CarrierList> list() const;
    Result<std::optional<Carrier>> findById(qint64 id) const;
    Result<std::optional<Carrier>> findByName(const QString &name) const;

    /// Inserts and returns the carrier with its new id.
    Result<Carrier> insert(Carrier carrier);
    Status update(const Carrier &carrier);
    Status remove(qint64 id);

private:
    Database &m_db;
};

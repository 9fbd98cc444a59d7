// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "routing/rule.h"

#include <optional>

class Database;

/// The `rules` table.
class RuleRepository final
{
public:
    explicit RuleRepository(Database &db)
        : m_db(db)
    { }

    /// Ordered by kind, value, priority: the order the Rules page and `rule list` show.
    Result<RuleList> list() const;
    Result<RuleList> listForCarrier(qint64 carrierId) const;
    Result<std::optional<Rule>> findById(qint64 id) const;

    Result<Rule> insert(Rule rule);
    Status update(const Rule &rule);
    Status remove(qint64 id);

private:
    Database &m_db;
};

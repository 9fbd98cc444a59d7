// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Conditions the message table's partial indexes were made with (store migrations), for the
/// queries that want those indexes. SQLite uses a partial index only when the query's WHERE
/// holds the index's condition as written; PostgreSQL proves it, and the term costs it nothing.
namespace messageindexes {

/// messages_due (state, carrier_id, next_attempt_at) leaves pending messages out (migration 15):
/// a campaign import does not pay an index entry per recipient. A query on any other state adds
/// this term to reach the index; one that includes `pending` cannot use it.
inline QString notPending()
{
    return QStringLiteral("state <> 'pending'");
}

} // namespace messageindexes

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

class Database;

/// How many messages need a person: outcome unknown (someone must look in Restcomm), and not
/// delivered (failed or undelivered) since a time (the status bar's "today"). Three short index
/// ranges.
struct AttentionCounts
{
    qint64 unknown = 0;
    qint64 failedSince = 0;
    qint64 undeliveredSince = 0;

    /// "Not delivered", the one word for failed + undelivered on every page.
    qint64 notDeliveredSince() const { return failedSince + undeliveredSince; }

    static Result<AttentionCounts> read(Database &db, qint64 sinceMs);
};

#pragma once

#include "common/result.h"

class Database;

/// How many messages need a person: outcome unknown (someone must look in Restcomm), and
/// failed since a time (the status bar's "today"). Two short index ranges.
struct AttentionCounts
{
    qint64 unknown = 0;
    qint64 failedSince = 0;

    static Result<AttentionCounts> read(Database &db, qint64 sinceMs);
};

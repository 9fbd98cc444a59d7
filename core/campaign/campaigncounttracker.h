// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaignsnapshot.h"
#include "common/clock.h"
#include "common/result.h"

#include <QHash>

#include <chrono>

class Database;

/// Keeps every campaign's messages-per-state counts current at the cost of what changed rather
/// than of how many messages there are: the first refresh counts each campaign in full, later
/// ones add up the `message_events` written since (CampaignRepository::countChanges). Counting a
/// million-message campaign takes about 80 ms of SQLite; following it while it sends costs a
/// few milliseconds per refresh.
///
/// Pending and queued are followed as one count and shown as campaignWaitingCounts() says:
/// dispatchers promote a running campaign's pending messages without events.
///
/// As a safety net (an event-less write by some future code path, a PostgreSQL sequence that
/// hands out ids out of commit order) everything is counted in full again every
/// `fullRecountEvery`, and whenever a count would go negative.
///
/// Not thread-safe: use it on the thread that owns `db` (CampaignMonitor's worker).
class CampaignCountTracker final
{
public:
    static constexpr std::chrono::seconds fullRecountEvery {60};

    CampaignCountTracker(Database &db, const Clock &clock);

    Result<CampaignSnapshot> refresh();
    /// The next refresh counts every campaign in full.
    void reset() { m_lastEventId = -1; }

private:
    Database &m_db;
    const Clock &m_clock;
    QHash<qint64, StateCounts> m_counts;
    QHash<qint64, qint64> m_createdAt; ///< ids can be reused after a cancelled import: tell them apart
    qint64 m_lastEventId = -1;
    qint64 m_lastFullAt = 0;
};

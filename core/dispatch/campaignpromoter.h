// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"

class Database;

/// Moves the pending messages of running campaigns to `queued`, where the dispatcher claims
/// them, a slice at a time: a campaign start moves no message (CampaignLifecycle), so a
/// million-message campaign starts at once and its messages are queued as they are needed.
///
/// The dispatch engine calls promote() from its housekeeping, several times a second, on
/// SQLite and PostgreSQL alike; on PostgreSQL any number of dispatchers do it at once without
/// promoting a message twice (CampaignQueueRepository::promote). Each slice is one short write
/// transaction (5,000 messages: about 20 ms of SQLite on a quiet machine, tests/bench/
/// benchcampaignstart), and no message gets an event: the campaign's "pending → queued" event
/// stands for all of them (MessageTimeline). A slice a housekeeping turn (4 a second) queues
/// 20,000 messages a second, well past what a dispatcher sends.
///
/// A campaign is promoted only up to `backlog` queued messages, well ahead of any carrier's
/// rate: a pause puts what was promoted back in one statement, and that costs a few
/// milliseconds instead of seconds when only a backlog is queued.
class CampaignPromoter final
{
public:
    struct Options
    {
        qint64 slice = 5'000; ///< most messages one transaction promotes
        qint64 backlog = 10'000; ///< most queued messages a campaign is promoted to (0: no bound)
        qint64 campaignId = 0; ///< only this campaign (0: every one; -1: none, single sends only)
    };

    CampaignPromoter(Database &db, const Clock &clock, Options options);

    /// One turn: up to a slice for each running campaign with pending messages, as far as its
    /// backlog allows. Returns how many messages it promoted.
    Result<qint64> promote();
    /// Whether a running campaign still has pending messages, promoted or not yet: a dispatcher
    /// is not idle while it does.
    Result<bool> waiting() const;

private:
    Database &m_db;
    const Clock &m_clock;
    Options m_options;
};

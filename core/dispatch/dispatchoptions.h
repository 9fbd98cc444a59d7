// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "restcomm/networkfactory.h"
#include "retrypolicy.h"

#include <QString>

#include <chrono>

class Clock;

/// How a dispatcher runs. Defaults suit a desktop next to a real Restcomm; tests shorten the
/// times.
struct DispatchOptions
{
    QString storePath;
    qint64 campaignId = 0; ///< only this campaign's messages (0: all; -1: only single sends)
    int globalMaxInFlight = 256; ///< requests open at once across all carriers
    int claimBatch = 200; ///< most messages claimed in one transaction
    std::chrono::milliseconds flushInterval {20}; ///< results are written at least this often
    int flushSize = 500; ///< … or as soon as this many wait
    std::chrono::milliseconds requestTimeout {30'000};
    RetryPolicy retry;
    bool trackDelivery = true;
    std::chrono::milliseconds firstPollAfter {5'000};
    std::chrono::hours trackFor {48}; ///< stop polling a sent message after this long
    int listPollThreshold = 25; ///< from this many due polls on a carrier, read list pages instead
    std::chrono::milliseconds reconcileGrace {30'000}; ///< after the request timeout, before resending
    /// A look-up reads the recipient's messages of the submission day (and the day before) in
    /// pages of this size, at most this many pages; when more remain it cannot prove "no record",
    /// so the message stays unknown for a person to settle.
    int reconcilePageSize = 1000;
    int reconcileMaxPages = 10;
    /// Replies (InboundFetcher): read each enabled carrier's inbound list at most this often,
    /// in pages of this size, down to the newest reply already stored (no page limit: the list
    /// is newest first, so a round that stopped early would leave older replies unread for
    /// good); a carrier never read before is read back this many days.
    bool fetchReplies = true;
    std::chrono::milliseconds replyInterval {60'000};
    int replyPageSize = 200;
    int replyLookbackDays = 7;
    std::chrono::milliseconds leaseStaleAfter {30'000};
    std::chrono::milliseconds statusInterval {250};
    quint32 seed = 0; ///< for retry jitter; 0 picks one
    const Clock *clock = nullptr; ///< null: the system clock
    /// Where the engine's network managers come from (made on its thread); empty: the system's.
    /// Tests pass a fake network, so that throttle, backoff, breaker and failover run in virtual time.
    NetworkFactory network;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "messages/message.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <deque>

class Clock;
class Database;
class DispatcherRegistry;
struct CarrierRuntime;

/// What one claim on a shared store got.
struct SharedClaim
{
    MessageList messages;
    int slots = 0; ///< sends the carrier's rate and cap allowed; fewer messages: the queue ran dry
    qint64 retryAt = 0; ///< this process's clock: when another claim could get more
    qint64 breakerOpenUntil = 0; ///< this process's clock; 0 unless the carrier's breaker is open
    QString breakerReason;
};

/// Everything a carrier promises, held for all the dispatchers of a PostgreSQL store together
/// (ARCHITECTURE.md, "Scale path"): its rate, its in-flight cap and its breaker. A carrier at
/// R msg/s never gets more than R requests in any one-second window, however many dispatchers
/// send to it.
///
/// Each claim takes the carrier's row of `carrier_send_state` with FOR UPDATE, so the claims of
/// all dispatchers for one carrier take turns. In that transaction it reads the database
/// server's clock, runs the carrier's RateLimiter (the even grid and the one-second log, kept in
/// the row) on it, counts the carrier's messages in `submitting` against its cap, checks the
/// breaker, confirms this dispatcher's row (DispatcherRegistry::fence) and claims the messages
/// (ClaimRepository::claimDue, SKIP LOCKED). The server's clock is what makes machines' clocks
/// irrelevant. The log's window is longer than a second by windowMarginMs: the requests of
/// several processes, perhaps on several machines, reach the carrier more unevenly than one
/// process's (a process that loses the CPU for a moment after its claim sends late, beside
/// another's on time). 100 ms covered what a loaded 2-core machine showed (tests/bench,
/// team-dispatch.sh); it costs at most 9% of the rate, and only while the rate is the limit.
///
/// The breaker: when one dispatcher's opens, it writes until when; the others' claims are
/// refused until then (their own breakers hold open too, and move the carrier's queue on to
/// fallbacks). Afterwards one dispatcher's claim is the probe (one message); the others wait
/// until its answer closes or reopens the breaker, or until probeFor has passed.
class SharedCarrierLimiter final
{
public:
    static constexpr qint64 windowMarginMs = 100;

    SharedCarrierLimiter(Database &db, DispatcherRegistry &registry, const Clock &serverClock,
                         std::chrono::milliseconds probeFor);

    /// Claims up to `most` due messages of `carrier` for this dispatcher, as far as the
    /// carrier's shared rate, cap and breaker allow. `now` is this process's clock (message
    /// times); `campaignId` as in DispatchOptions. An error when the store refused, or when this
    /// dispatcher was taken over (then its registry no longer holds).
    Result<SharedClaim> claim(const CarrierRuntime &carrier, int most, qint64 now, const QString &detail,
                              qint64 campaignId);

    /// What the answers say about the carrier, for the shared breaker. A store that cannot be
    /// written now is logged; this dispatcher's own breaker still acts meanwhile.
    void noteSuccess(qint64 carrierId);
    void noteCarrierError(qint64 carrierId, qint64 openForMs, const QString &reason);
    void noteInconclusive(qint64 carrierId);

    /// The one-second log as kept in the row: "time*count" runs, since a claim takes all its
    /// sends at one instant ("1700000000123*4,1700000000143*2").
    static QString encodeSends(const std::deque<qint64> &sends);
    static std::deque<qint64> decodeSends(const QString &text);

private:
    Database &m_db;
    DispatcherRegistry &m_registry;
    const Clock &m_serverClock;
    qint64 m_probeForMs;
    QSet<qint64> m_seenOpen; ///< carriers whose shared breaker this one last saw open or probing
    QHash<qint64, qint64> m_probes; ///< carrier → the server time its probe (this dispatcher's) ends
};

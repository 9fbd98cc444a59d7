// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "restcomm/restcommclient.h"
#include "retrypolicy.h"
#include "store/messagerepository.h"

#include <functional>

/// What a carrier's answer says about the carrier itself (for its breaker and rate).
enum class CarrierSignal {
    Healthy, ///< it accepted a message
    CarrierError, ///< 401/403/404: open the breaker
    Throttled, ///< slow down for `throttleFor`
    Unreachable, ///< no request got through
    None, ///< says nothing about the carrier (a bad message, an ambiguous outcome)
};

struct SubmissionDecision
{
    MessageTransition transition;
    CarrierSignal signal = CarrierSignal::None;
    std::chrono::milliseconds throttleFor {0};
};

/// Turns the answer to one submission into the message's next state (ARCHITECTURE.md,
/// "Message states"), by error class:
/// - accepted → sent, with the provider SID;
/// - message-level (400, 413) → failed, never retried;
/// - carrier-level (401, 403, 404) → queued on the next candidate carrier, else failed;
/// - throttled → queued again after at least Retry-After (not counted as an attempt);
/// - not sent → queued again with backoff, until the attempts run out, then failed;
/// - ambiguous (timeout or reset after writing, 5xx) → unknown: reconciliation decides.
/// Pure: the same inputs give the same decision.
class SubmissionPolicy final
{
public:
    using CarrierNames = std::function<QString(qint64 carrierId)>;

    SubmissionPolicy(RetryPolicy retry, CarrierNames names);

    /// `claimed` is the message as claimed (state submitting, attempts already counted).
    SubmissionDecision decide(const Message &claimed, const RestcommReply<SmsRecord> &reply, qint64 nowMs,
                              double random01) const;

    /// For a message whose carrier cannot take it (breaker open, carrier disabled or gone):
    /// move it to its next candidate, or fail it with `reason`.
    MessageTransition reroute(const Message &message, const QString &reason, qint64 nowMs) const;

    const RetryPolicy &retry() const { return m_retry; }

private:
    MessageTransition failover(const Message &message, MessageState from, const QString &reason, int httpStatus,
                               qint64 nowMs) const;

    RetryPolicy m_retry;
    CarrierNames m_names;
    // Texts for every message's event, translated once (see the constructor).
    QString m_viaText;
    QString m_acceptedText;
    QString m_nextTryText;
    QString m_noOtherCarrierText;
    QString m_movedText;
};

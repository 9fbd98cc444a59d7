// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "submissionpolicy.h"

#include <QCoreApplication>

namespace {

MessageTransition begin(const Message &m, MessageState from, qint64 now, int http)
{
    MessageTransition t;
    t.after = m;
    t.from = from;
    t.after.updatedAt = now;
    t.httpStatus = http;
    return t;
}

} // namespace

SubmissionPolicy::SubmissionPolicy(RetryPolicy retry, CarrierNames names)
    : m_retry(retry)
    , m_names(std::move(names))
    , m_viaText(QCoreApplication::translate("SubmissionPolicy", "attempt %1 via %2"))
    , m_acceptedText(QCoreApplication::translate("SubmissionPolicy", "Restcomm accepted it as %1 (status %2), %3"))
    , m_nextTryText(QCoreApplication::translate("SubmissionPolicy", "%1 Next try in %2 s (%3)."))
    , m_noOtherCarrierText(QCoreApplication::translate("SubmissionPolicy", "%1 No other carrier can take it."))
    , m_movedText(QCoreApplication::translate("SubmissionPolicy", "%1 Moved from %2 to %3."))
{ }

SubmissionDecision SubmissionPolicy::decide(const Message &claimed, const RestcommReply<SmsRecord> &reply, qint64 now,
                                            double random01) const
{
    using Kind = RestcommError::Kind;
    SubmissionDecision d;
    const QString via = m_viaText.arg(claimed.attempts).arg(m_names(claimed.carrierId));
    d.transition = begin(claimed, MessageState::Submitting, now, reply.httpStatus);
    Message &m = d.transition.after;

    if (reply.ok()) {
        const SmsRecord &record = *reply.value;
        m.state = MessageState::Sent;
        m.providerSid = record.sid;
        m.providerStatus = record.status;
        m.price = record.price;
        m.priceUnit = record.priceUnit;
        m.lastError.clear();
        d.transition.detail =
            m_acceptedText.arg(record.sid, record.status.isEmpty() ? QStringLiteral("?") : record.status, via);
        d.signal = CarrierSignal::Healthy;
        return d;
    }

    const RestcommError &e = reply.error;
    switch (e.kind) {
    case Kind::MessageLevel:
        m.state = MessageState::Failed;
        m.lastError = e.message;
        m.finishedAt = now;
        d.transition.detail = e.message + QStringLiteral(" (") + via + QLatin1Char(')');
        return d;
    case Kind::CarrierLevel:
        d.transition = failover(claimed, MessageState::Submitting, e.message, e.httpStatus, now);
        d.signal = CarrierSignal::CarrierError;
        return d;
    case Kind::Throttled: {
        const auto wait = std::max(e.retryAfter, m_retry.delayAfter(1, random01));
        m.state = MessageState::Queued;
        m.attempts = std::max(0, m.attempts - 1); // waiting for the carrier is not the message's fault
        m.nextAttemptAt = now + wait.count();
        m.lastError = e.message;
        d.transition.detail = m_nextTryText.arg(e.message).arg((wait.count() + 999) / 1000).arg(via);
        d.signal = CarrierSignal::Throttled;
        d.throttleFor = wait;
        return d;
    }
    case Kind::NotSent:
        d.signal = CarrierSignal::Unreachable;
        m.lastError = e.message;
        if (claimed.attempts >= m_retry.maxAttempts) {
            m.state = MessageState::Failed;
            m.finishedAt = now;
            d.transition.detail = QCoreApplication::translate("SubmissionPolicy", "%1 Gave up after %n attempt(s).",
                                                              nullptr, claimed.attempts)
                                      .arg(e.message);
        } else {
            const auto wait = m_retry.delayAfter(claimed.attempts, random01);
            m.state = MessageState::Queued;
            m.nextAttemptAt = now + wait.count();
            d.transition.detail = m_nextTryText.arg(e.message).arg((wait.count() + 999) / 1000).arg(via);
        }
        return d;
    case Kind::Ambiguous:
    case Kind::Protocol:
    case Kind::None:
        break;
    }
    m.state = MessageState::Unknown;
    m.lastError = e.message;
    d.transition.detail = e.message + QStringLiteral(" (") + via + QLatin1Char(')');
    return d;
}

MessageTransition SubmissionPolicy::failover(const Message &message, MessageState from, const QString &reason,
                                             int httpStatus, qint64 now) const
{
    MessageTransition t = begin(message, from, now, httpStatus);
    Message &m = t.after;
    const QString failedCarrier = m_names(message.carrierId);
    if (m.fallbackCarriers.isEmpty()) {
        m.state = MessageState::Failed;
        m.lastError = reason;
        m.finishedAt = now;
        t.detail = m_noOtherCarrierText.arg(reason);
        return t;
    }
    m.carrierId = m.fallbackCarriers.takeFirst();
    m.state = MessageState::Queued;
    m.nextAttemptAt = now;
    m.lastError = reason;
    t.detail = m_movedText.arg(reason, failedCarrier, m_names(m.carrierId));
    return t;
}

MessageTransition SubmissionPolicy::reroute(const Message &message, const QString &reason, qint64 now) const
{
    return failover(message, message.state, reason, 0, now);
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "reconciler.h"

#include "common/clock.h"
#include "restcomm/restcommclient.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "transitionwriter.h"

#include <QCoreApplication>

namespace {
constexpr int lookUpsPerCarrier = 4;
constexpr qint64 clockSkewMs = 10 * 60'000;
constexpr qint64 retryLookupMs = 15'000;
constexpr qint64 truncatedRetryMs = 3'600'000;
} // namespace

Reconciler::Reconciler(Database &db, RestcommClient &client, TransitionWriter &writer, const Clock &clock,
                       const DispatchOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_writer(writer)
    , m_clock(clock)
    , m_options(options)
{ }

QDate Reconciler::searchFrom(const Message &message)
{
    // The day before the submission's: Restcomm filters by its own calendar day.
    return QDateTime::fromMSecsSinceEpoch(message.submittedAt, Qt::UTC).date().addDays(-1);
}

qint64 Reconciler::resendDeadline(const Message &message) const
{
    return message.submittedAt + m_options.requestTimeout.count() + m_options.reconcileGrace.count();
}

bool Reconciler::sameContent(const Message &message, const SmsRecord &record)
{
    return record.to == message.to && record.from == message.from && record.body == message.body;
}

std::optional<SmsRecord> Reconciler::match(const Message &message, const QList<SmsRecord> &candidates,
                                           const QSet<QString> &taken)
{
    std::optional<SmsRecord> best;
    for (const SmsRecord &r : candidates) {
        if (!sameContent(message, r) || taken.contains(r.sid))
            continue;
        if (r.dateCreated.isValid() && r.dateCreated.toMSecsSinceEpoch() < message.submittedAt - clockSkewMs)
            continue;
        if (!best || (r.dateCreated.isValid() && r.dateCreated < best->dateCreated))
            best = r;
    }
    return best;
}

void Reconciler::tick()
{
    const qint64 now = m_clock.nowMs();
    MessageRepository repo(m_db);
    for (const CarrierRuntime &carrier : std::as_const(m_carriers)) {
        if (!carrier.unusableReason.isEmpty())
            continue;
        auto due = repo.dueInState(MessageState::Unknown, carrier.id, now, 50, m_options.campaignId, m_claimer);
        if (!due)
            continue;
        for (const Message &m : *due) {
            if (m_busy.size() >= lookUpsPerCarrier * std::max<qsizetype>(1, m_carriers.size()))
                return;
            if (!m_busy.contains(m.id))
                lookUp(carrier, m, 0, {}, now);
        }
    }
}

void Reconciler::lookUp(const CarrierRuntime &carrier, const Message &message, int page, QList<SmsRecord> seen,
                        qint64 startedAt)
{
    m_busy.insert(message.id);
    SmsListQuery query;
    query.to = message.to;
    query.startTime = searchFrom(message);
    query.page = page;
    query.pageSize = std::max(1, m_options.reconcilePageSize);
    ++m_inFlight;
    m_client.listSms(carrier.endpoint, query, this,
                     [this, carrier, message, page, seen, startedAt](const RestcommReply<SmsPage> &r) mutable {
                         --m_inFlight;
                         if (!r.ok()) {
                             settle(message, seen, LookUp::Failed, startedAt);
                             return;
                         }
                         seen += r.value->messages;
                         if (r.value->hasNextPage()) {
                             if (page + 1 < m_options.reconcileMaxPages) {
                                 lookUp(carrier, message, page + 1, std::move(seen), startedAt);
                                 return;
                             }
                             settle(message, seen, LookUp::Truncated, startedAt);
                             return;
                         }
                         settle(message, seen, LookUp::Complete, startedAt);
                     });
}

void Reconciler::settle(const Message &message, const QList<SmsRecord> &seen, LookUp how, qint64 startedAt)
{
    m_busy.remove(message.id);
    const qint64 now = m_clock.nowMs();
    MessageTransition t {message, MessageState::Unknown, 0, QString()};
    t.after.updatedAt = now;

    // SIDs already given to other messages cannot be this one. Those waiting in the writer must
    // be in the store first: if it will not take them now, look again later rather than match
    // against an incomplete list.
    if (how != LookUp::Failed && !m_writer.flush())
        how = LookUp::Failed;
    if (how == LookUp::Failed) {
        t.after.nextAttemptAt = now + retryLookupMs;
        t.detail = QString(); // bookkeeping: try the look-up again soon
        m_writer.add(t);
        return;
    }
    QSet<QString> taken = m_writer.setAsideSids();
    MessageRepository repo(m_db);
    for (const SmsRecord &r : seen) {
        if (!sameContent(message, r))
            continue; // could never match: not worth a query (a look-up reads up to 10,000)
        auto owned = repo.providerSidTaken(r.sid);
        if (owned && *owned)
            taken.insert(r.sid);
    }
    if (const auto found = match(message, seen, taken)) {
        t.after.state = MessageState::Sent;
        t.after.providerSid = found->sid;
        t.after.providerStatus = found->status;
        t.after.nextAttemptAt = now;
        t.after.lastError.clear();
        t.detail = QCoreApplication::translate(
                       "Reconciler", "Found in Restcomm as %1 (status %2): it was accepted, so it is not sent again.")
                       .arg(found->sid, found->status);
        m_writer.add(t);
        return;
    }
    if (how == LookUp::Truncated) {
        // Not every message to this number was read: "not found" proves nothing. A person
        // decides, with the carrier's own log; looked up again in an hour meanwhile.
        const int read = m_options.reconcileMaxPages * std::max(1, m_options.reconcilePageSize);
        t.after.lastError = QCoreApplication::translate("Reconciler",
                                                        "Restcomm lists more than %n message(s) to %1 since %2, too "
                                                        "many to tell whether this one arrived. Check the carrier's "
                                                        "Restcomm log, then Requeue… or Mark as sent… in the "
                                                        "Delivery log.",
                                                        nullptr, read)
                                .arg(message.to, searchFrom(message).toString(Qt::ISODate));
        t.after.nextAttemptAt = now + truncatedRetryMs;
        t.detail = message.lastError == t.after.lastError ? QString() : t.after.lastError;
        m_writer.add(t);
        return;
    }
    const qint64 deadline = resendDeadline(message);
    if (startedAt < deadline) {
        t.after.nextAttemptAt = deadline;
        t.detail = QString();
        m_writer.add(t);
        return;
    }
    if (message.attempts >= m_options.retry.maxAttempts) {
        // A carrier that answers this message with a 5xx every time would otherwise loop for ever.
        t.after.state = MessageState::Failed;
        t.after.finishedAt = now;
        t.after.lastError = QCoreApplication::translate("Reconciler",
                                                        "No answer could be had for any of its %n attempt(s), and "
                                                        "Restcomm has no record of it: not sent, and not tried again.",
                                                        nullptr, message.attempts);
        t.detail = t.after.lastError;
        m_writer.add(t);
        return;
    }
    t.after.state = MessageState::Queued;
    t.after.nextAttemptAt = now;
    t.detail = QCoreApplication::translate(
                   "Reconciler",
                   "Restcomm has no record of it %1 s after the request ended, so it is queued to be sent "
                   "again.")
                   .arg((now - message.submittedAt) / 1000);
    m_writer.add(t);
}

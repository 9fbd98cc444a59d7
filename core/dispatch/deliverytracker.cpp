// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "deliverytracker.h"

#include "common/clock.h"
#include "common/logging.h"
#include "restcomm/restcommclient.h"
#include "store/database.h"
#include "transitionwriter.h"

#include <QCoreApplication>

namespace {
constexpr int perCarrierConcurrency = 8;
constexpr int maxListPages = 50;
constexpr int listPageSize = 1000;
} // namespace

DeliveryTracker::DeliveryTracker(Database &db, RestcommClient &client, TransitionWriter &writer, const Clock &clock,
                                 const DispatchOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_writer(writer)
    , m_clock(clock)
    , m_options(options)
{ }

std::optional<MessageState> DeliveryTracker::finalStateFor(const QString &status)
{
    if (status == QLatin1String("delivered"))
        return MessageState::Delivered;
    if (status == QLatin1String("undelivered"))
        return MessageState::Undelivered;
    if (status == QLatin1String("failed"))
        return MessageState::Failed;
    return std::nullopt;
}

qint64 DeliveryTracker::pollInterval(qint64 ageMs, qint64 youngInterval)
{
    if (ageMs < 60'000)
        return youngInterval;
    if (ageMs < 10 * 60'000)
        return 30'000;
    if (ageMs < 60 * 60'000)
        return 2 * 60'000;
    if (ageMs < 6 * 60 * 60'000)
        return 10 * 60'000;
    return 30 * 60'000;
}

std::optional<MessageTransition> DeliveryTracker::transitionFor(const Message &message, const SmsRecord &record,
                                                                qint64 now, qint64 nextPoll)
{
    MessageTransition t;
    t.after = message;
    t.from = message.state;
    t.after.updatedAt = now;
    t.after.nextAttemptAt = nextPoll;
    if (!record.price.isEmpty())
        t.after.price = record.price;
    if (!record.priceUnit.isEmpty())
        t.after.priceUnit = record.priceUnit;
    const auto final = finalStateFor(record.status);
    const bool statusChanged = record.status != message.providerStatus;
    t.after.providerStatus = record.status;
    if (final) {
        t.after.state = *final;
        t.after.finishedAt = now;
        t.after.nextAttemptAt = 0;
        if (record.errorCode != 0 || !record.errorMessage.isEmpty())
            t.after.lastError = QCoreApplication::translate("DeliveryTracker", "Restcomm error %1: %2")
                                    .arg(record.errorCode)
                                    .arg(record.errorMessage);
        t.detail = QCoreApplication::translate("DeliveryTracker", "Restcomm reports %1%2")
                       .arg(record.status,
                            t.after.lastError.isEmpty() ? QString()
                                                        : QStringLiteral(" (") + t.after.lastError + QLatin1Char(')'));
        return t;
    }
    if (!statusChanged) {
        // Nothing new: only the next poll time moves, which the caller writes without an event.
        return std::nullopt;
    }
    t.detail = QCoreApplication::translate("DeliveryTracker", "Restcomm status: %1").arg(record.status);
    return t;
}

void DeliveryTracker::tick()
{
    const qint64 now = m_clock.nowMs();
    MessageRepository repo(m_db);
    for (const CarrierRuntime &carrier : std::as_const(m_carriers)) {
        if (!carrier.unusableReason.isEmpty() || m_scanning.contains(carrier.id))
            continue;
        auto due = repo.dueInState(MessageState::Sent, carrier.id, now, 2000, m_options.campaignId, m_claimer);
        if (!due || due->isEmpty())
            continue;
        if (due->size() >= m_options.listPollThreshold) {
            scanList(carrier, *due);
            continue;
        }
        int started = 0;
        for (const Message &m : *due) {
            if (started >= perCarrierConcurrency)
                break;
            if (m_polling.contains(m.id))
                continue;
            pollOne(carrier, m);
            ++started;
        }
    }
}

void DeliveryTracker::pollOne(const CarrierRuntime &carrier, const Message &message)
{
    m_polling.insert(message.id);
    ++m_inFlight;
    m_client.fetchSms(carrier.endpoint, message.providerSid, this, [this, message](const RestcommReply<SmsRecord> &r) {
        --m_inFlight;
        m_polling.remove(message.id);
        conclude(message, r.ok() ? std::optional<SmsRecord>(*r.value) : std::nullopt);
    });
}

void DeliveryTracker::scanList(const CarrierRuntime &carrier, const MessageList &due)
{
    m_scanning.insert(carrier.id);
    scanPage(carrier, due, 0, {});
}

void DeliveryTracker::scanPage(const CarrierRuntime &carrier, const MessageList &due, int page,
                               QHash<QString, SmsRecord> seen)
{
    qint64 earliest = due.first().submittedAt;
    for (const Message &m : due)
        earliest = std::min(earliest, m.submittedAt);
    SmsListQuery query;
    // Restcomm filters by its local calendar day; a day's margin covers any time zone.
    query.startTime = QDateTime::fromMSecsSinceEpoch(earliest, Qt::UTC).date().addDays(-1);
    query.page = page;
    query.pageSize = listPageSize;
    ++m_inFlight;
    m_client.listSms(carrier.endpoint, query, this,
                     [this, carrier, due, page, seen](const RestcommReply<SmsPage> &r) mutable {
                         --m_inFlight;
                         if (r.ok()) {
                             for (const SmsRecord &record : r.value->messages)
                                 seen.insert(record.sid, record);
                         }
                         bool allSeen = true;
                         for (const Message &m : due) {
                             if (!seen.contains(m.providerSid)) {
                                 allSeen = false;
                                 break;
                             }
                         }
                         if (r.ok() && !allSeen && r.value->hasNextPage() && page + 1 < maxListPages) {
                             scanPage(carrier, due, page + 1, std::move(seen));
                             return;
                         }
                         if (!r.ok())
                             qCInfo(lcDispatch) << "list scan of" << carrier.name << "failed:" << r.error.message;
                         for (const Message &m : due) {
                             auto found = seen.constFind(m.providerSid);
                             conclude(m, found != seen.constEnd() ? std::optional<SmsRecord>(*found) : std::nullopt);
                         }
                         m_scanning.remove(carrier.id);
                     });
}

void DeliveryTracker::conclude(const Message &message, const std::optional<SmsRecord> &record)
{
    const qint64 now = m_clock.nowMs();
    const qint64 age = now - message.submittedAt;
    qint64 next = now + pollInterval(age, m_options.firstPollAfter.count());
    if (age > std::chrono::duration_cast<std::chrono::milliseconds>(m_options.trackFor).count())
        next = neverMs;
    if (record) {
        if (auto t = transitionFor(message, *record, now, next)) {
            m_writer.add(*t);
            return;
        }
    }
    // No news: only the next poll time moves (bookkeeping, no event in the timeline).
    Message later = message;
    later.nextAttemptAt = next;
    m_writer.add({later, message.state, 0, QString()});
}

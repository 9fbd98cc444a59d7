// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "replyprocessor.h"

#include "common/logging.h"
#include "inboundmessage.h"
#include "optouts/optout.h"
#include "phone/phonenumberparser.h"
#include "sms/segmentcounter.h"
#include "store/database.h"
#include "store/inboundrepository.h"
#include "store/messagerepository.h"
#include "store/optoutrepository.h"

#include <QCoreApplication>

#include <algorithm>

ReplyOutcome &ReplyOutcome::operator+=(const ReplyOutcome &other)
{
    stored += other.stored;
    stops += other.stops;
    optedOut += other.optedOut;
    resubscribed += other.resubscribed;
    confirmations += other.confirmations;
    return *this;
}

ReplyProcessor::ReplyProcessor(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString ReplyProcessor::confirmationText()
{
    return QStringLiteral("You will receive no more messages.");
}

QString ReplyProcessor::optOutReason(const QString &stopWord, std::optional<qint64> campaignId)
{
    return campaignId ? QStringLiteral("reply \"%1\" to campaign #%2").arg(stopWord).arg(*campaignId)
                      : QStringLiteral("reply \"%1\"").arg(stopWord);
}

QString ReplyProcessor::senderE164(const QString &from, const QString &defaultRegion)
{
    const QString trimmed = from.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const PhoneNumberParser parser(defaultRegion);
    if (!trimmed.startsWith(QLatin1Char('+'))) {
        // Restcomm's own example lists "19549376176": international digits without the '+'.
        const ParsedNumber international = parser.parse(QLatin1Char('+') + trimmed);
        if (international.valid)
            return international.e164;
    }
    const ParsedNumber parsed = parser.parse(trimmed);
    return parsed.valid ? parsed.e164 : trimmed;
}

Result<ReplyOutcome> ReplyProcessor::store(const ReplyCarrier &carrier, QList<SmsRecord> records,
                                           const StopWords &stopWords, const QString &defaultRegion)
{
    ReplyOutcome outcome;
    records.removeIf([](const SmsRecord &r) { return r.direction != QLatin1String("inbound") || r.sid.isEmpty(); });
    if (records.isEmpty())
        return outcome;
    const qint64 now = m_clock.nowMs();
    auto receivedAt = [now](const SmsRecord &r) {
        if (r.dateCreated.isValid())
            return r.dateCreated.toMSecsSinceEpoch();
        return r.dateSent.isValid() ? r.dateSent.toMSecsSinceEpoch() : now;
    };
    // Oldest first, so "STOP" then "START" from one number ends subscribed, as it was said.
    std::stable_sort(records.begin(), records.end(),
                     [&receivedAt](const SmsRecord &a, const SmsRecord &b) { return receivedAt(a) < receivedAt(b); });

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    InboundRepository inbound(m_db);
    OptOutRepository optouts(m_db);
    MessageRepository messages(m_db);
    for (const SmsRecord &r : std::as_const(records)) {
        InboundMessage reply;
        reply.sid = r.sid;
        reply.carrierId = carrier.id;
        reply.from = senderE164(r.from, defaultRegion);
        reply.to = r.to;
        reply.body = r.body;
        reply.receivedAt = receivedAt(r);
        reply.stopWord = stopWords.match(r.body);
        auto link = inbound.latestOutboundTo(reply.from, reply.receivedAt);
        if (!link)
            return link.error();
        if (*link) {
            reply.messageId = (*link)->messageId;
            reply.campaignId = (*link)->campaignId;
        }
        auto id = inbound.insertIfNew(reply, now);
        if (!id)
            return id.error();
        if (!*id)
            continue; // read before (a restart, or another fetch got there first): it acted then
        ++outcome.stored;
        if (reply.isStop()) {
            ++outcome.stops;
            OptOut optOut = OptOut::make(reply.from, optOutReason(reply.stopWord, reply.campaignId), reply.receivedAt,
                                         OptOut::sourceReply);
            optOut.campaignId = reply.campaignId;
            // A number already on the list (by hand, by file) keeps its entry and its source.
            auto added = optouts.add(optOut);
            if (!added)
                return added.error();
            if (*added)
                ++outcome.optedOut;
            // Once per opt-out: a handset repeating STOP, or already on the list, is not
            // answered again.
            if (carrier.confirmStopReplies && *added) {
                // Queued like any single send through this carrier, so the dispatcher sends it
                // with its rate, breaker, lease and reconciliation. Its sender is the number the
                // handset wrote to. The dispatcher's opt-out check lets exactly this message
                // through: the reply names it (confirmation_message_id).
                Message m;
                m.to = reply.from;
                m.from = reply.to;
                m.body = confirmationText();
                const SegmentInfo segments = SegmentCounter::count(m.body);
                m.encoding = segments.encoding;
                m.segments = std::max(1, segments.segments);
                m.carrierId = carrier.id;
                m.state = MessageState::Queued;
                m.createdAt = m.updatedAt = m.nextAttemptAt = now;
                auto queued = messages.insert(
                    m,
                    QCoreApplication::translate("ReplyProcessor", "Queued for %1: confirms the %2 reply of %3")
                        .arg(carrier.name, reply.stopWord, reply.from));
                if (!queued)
                    return queued.error();
                if (auto noted = inbound.setConfirmation(**id, queued->id); !noted)
                    return noted.error();
                ++outcome.confirmations;
            }
        } else if (stopWords.isResubscribe(r.body)) {
            auto removed = optouts.removeIfFrom(reply.from, OptOut::sourceReply);
            if (!removed)
                return removed.error();
            if (*removed)
                ++outcome.resubscribed;
        }
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (outcome.stored > 0)
        qCInfo(lcDispatch) << "stored" << outcome.stored << "replies from" << carrier.name << "with" << outcome.stops
                           << "stop word(s)";
    return outcome;
}

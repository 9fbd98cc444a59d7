// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sendservice.h"

#include "carriers/carrierservice.h"
#include "common/money.h"
#include "phone/phonenumberparser.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "sms/segmentcounter.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/optoutrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

int SendPlan::repeatCount() const
{
    return int(std::count_if(recipients.cbegin(), recipients.cend(),
                             [](const RecipientPlan &r) { return r.repeatOfId != 0; }));
}

int SendPlan::sendableCount() const
{
    int count = 0;
    for (const RecipientPlan &r : recipients)
        count += r.sendable() ? 1 : 0;
    return count;
}

SendService::SendService(Database &db, CarrierService &carriers, RuleService &rules, Settings &settings,
                         const Clock &clock)
    : m_db(db)
    , m_carriers(carriers)
    , m_rules(rules)
    , m_settings(settings)
    , m_clock(clock)
{ }

QStringList SendService::splitRecipients(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\n\\r,;]+"));
    QStringList recipients;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            recipients.append(trimmed);
    }
    return recipients;
}

QString SendService::checkSender(const QString &from)
{
    static const QRegularExpression numeric(QStringLiteral("^\\+?\\d{3,15}$"));
    static const QRegularExpression alphanumeric(QStringLiteral("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$"));
    if (from.trimmed().isEmpty())
        return QCoreApplication::translate(
            "SendService", "Enter a sender: a number such as +15550001111, or a name of up to 11 letters and digits.");
    if (numeric.match(from).hasMatch() || alphanumeric.match(from).hasMatch())
        return {};
    if (from.size() > 11 && !from.startsWith(QLatin1Char('+')))
        return QCoreApplication::translate("SendService", "A sender name may have at most 11 characters (“%1” has %2).")
            .arg(from)
            .arg(from.size());
    return QCoreApplication::translate(
               "SendService",
               "“%1” is not a usable sender: use a number (3–15 digits, optionally with +) or a name of up to "
               "11 plain letters, digits and spaces.")
        .arg(from);
}

SendPlan SendService::plan(const SendRequest &request) const
{
    SendPlan plan;
    plan.segments = SegmentCounter::count(request.body);
    plan.maxSegments = m_settings.maxSegments();
    plan.currency = m_settings.currency();

    if (request.body.isEmpty())
        plan.problems.append(QCoreApplication::translate("SendService", "Write the message text."));
    else if (plan.segments.segments > plan.maxSegments)
        plan.problems.append(
            QCoreApplication::translate("SendService",
                                        "The text needs %1 segments; the limit is %2 (Settings → Longest message). "
                                        "Shorten it%3.")
                .arg(plan.segments.segments)
                .arg(plan.maxSegments)
                .arg(plan.segments.hasOffender()
                         ? QCoreApplication::translate("SendService", " or replace the characters that force UCS-2")
                         : QString()));
    if (const QString sender = checkSender(request.from); !sender.isEmpty())
        plan.problems.append(sender);
    if (request.recipients.isEmpty())
        plan.problems.append(QCoreApplication::translate("SendService", "Enter at least one recipient number."));

    std::optional<Carrier> forced;
    if (!request.carrierName.isEmpty()) {
        auto carrier = m_carriers.find(request.carrierName);
        if (!carrier)
            plan.problems.append(carrier.errorMessage());
        else if (!carrier->enabled)
            plan.problems.append(QCoreApplication::translate(
                                     "SendService", "Carrier “%1” is disabled; enable it or let the rules choose.")
                                     .arg(carrier->name));
        else
            forced = *carrier;
    }

    const QString region = request.region.isEmpty() ? m_settings.defaultRegion() : request.region;
    const PhoneNumberParser parser(region);
    const auto index = m_rules.index();
    const int segments = std::max(1, plan.segments.segments);
    QSet<QString> seen;
    for (const QString &input : request.recipients) {
        RecipientPlan r;
        r.input = input;
        r.number = parser.parse(input);
        if (!r.number.valid) {
            r.problemKind = QStringLiteral("invalid_number");
            r.problem = r.number.errorMessage;
            if (PhoneNumberParser::needsRegion(r.number, region))
                ++plan.needRegion;
        } else if (seen.contains(r.number.e164)) {
            r.problemKind = QStringLiteral("duplicate");
            r.problem = QCoreApplication::translate("SendService", "%1 is already in the list.").arg(r.number.e164);
        } else {
            seen.insert(r.number.e164);
            r.decision = index->decide(r.number, 0);
            if (forced) {
                r.carrierId = forced->id;
                r.carrierName = forced->name;
                // The forced carrier's own rule price for this number, when it has one.
                for (const RouteDecision::Candidate &c : r.decision.candidates()) {
                    if (c.carrierId == forced->id)
                        r.costMicros = c.costMicros * segments;
                }
            } else if (r.decision.routed()) {
                r.carrierId = r.decision.carrierId();
                r.carrierName = r.decision.carrierName();
                r.costMicros = r.decision.costMicros() * segments;
            } else {
                r.problemKind = QStringLiteral("unroutable");
                r.problem = r.decision.reason();
            }
        }
        plan.recipients.append(r);
    }
    if (plan.needRegion > 0)
        plan.problems.append(QCoreApplication::translate("SendService",
                                                         "%n number(s) have no country code and no default region "
                                                         "is set: which country are they in? Set the default region, "
                                                         "or write them with + and the country code.",
                                                         nullptr, plan.needRegion));
    // Opted-out numbers are refused here as at campaign import (and again before sending).
    QStringList numbers;
    for (const RecipientPlan &r : std::as_const(plan.recipients)) {
        if (r.sendable())
            numbers.append(r.number.e164);
    }
    const auto lookedUp = OptOutRepository(m_db).optedOutAmong(numbers);
    if (!lookedUp)
        // Fail closed: without the list nobody may be sent to.
        plan.problems.append(
            QCoreApplication::translate("SendService",
                                        "The opt-out list could not be read (%1), so nothing was sent. Try "
                                        "again; if it keeps failing, check the store file and its disk.")
                .arg(lookedUp.errorMessage()));
    const QSet<QString> optedOut = lookedUp ? *lookedUp : QSet<QString>();
    for (RecipientPlan &r : plan.recipients) {
        if (r.sendable() && optedOut.contains(r.number.e164)) {
            r.problemKind = QStringLiteral("opted_out");
            r.problem = QCoreApplication::translate("SendService", "%1 is on the opt-out list.").arg(r.number.e164);
        }
        if (r.sendable())
            plan.totalCostMicros += r.costMicros;
    }
    findRepeats(plan, request.from, request.body);
    return plan;
}

void SendService::findRepeats(SendPlan &plan, const QString &from, const QString &body) const
{
    if (body.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    MessageRepository repo(m_db);
    QStringList earlier;
    const RecipientPlan *first = nullptr;
    for (RecipientPlan &r : plan.recipients) {
        if (!r.sendable())
            continue;
        auto found = repo.lastSingleSend(r.number.e164, from, body, now - RepeatWindowMs);
        if (!found) {
            // Fail closed, as for the opt-out list: a repeat that cannot be ruled out is not sent.
            plan.problems.append(QCoreApplication::translate("SendService",
                                                             "Earlier sends could not be read (%1), so nothing was "
                                                             "sent. Try again in a moment.")
                                     .arg(found.errorMessage()));
            return;
        }
        if (!found->has_value())
            continue;
        r.repeatOfId = (*found)->id;
        r.repeatOfCreatedAt = (*found)->createdAt;
        earlier.append(QString::number(r.repeatOfId));
        if (!first)
            first = &r;
    }
    if (!first)
        return;
    const int minutes = int((now - first->repeatOfCreatedAt) / 60'000);
    const QString when = minutes < 1 ? QCoreApplication::translate("SendService", "less than a minute ago")
                                     : QCoreApplication::translate("SendService", "%n minute(s) ago", nullptr, minutes);
    if (earlier.size() == 1)
        plan.repeatWarning = QCoreApplication::translate("SendService", "Message %1 sent this text from “%2” to %3 %4.")
                                 .arg(first->repeatOfId)
                                 .arg(from.trimmed(), first->number.e164, when);
    else
        plan.repeatWarning =
            QCoreApplication::translate("SendService",
                                        "%1 of these numbers got this text from “%2” in the last "
                                        "10 minutes (messages %3).")
                .arg(QString::number(earlier.size()), from.trimmed(), earlier.join(QStringLiteral(", ")));
}

Result<MessageList> SendService::enqueue(const SendRequest &request)
{
    const SendPlan checked = plan(request);
    if (!checked.problems.isEmpty())
        return Error::invalid(checked.problems.join(QLatin1Char('\n')));
    if (!checked.repeatWarning.isEmpty() && !request.allowRepeat)
        return Error::invalid(
            checked.repeatWarning
            + QCoreApplication::translate("SendService", " Nothing was sent, to avoid a double send."));

    const qint64 now = m_clock.nowMs();
    const auto index = m_rules.index();
    const int segments = std::max(1, checked.segments.segments);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MessageRepository repo(m_db);
    auto ids = repo.reserveIds(checked.recipients.size());
    if (!ids)
        return ids.error();

    // Each message's first event; translated once, not per message.
    const QString rejectedText = QCoreApplication::translate("SendService", "Rejected (%1): %2");
    const QString chosenText = QCoreApplication::translate("SendService", "Queued for %1, chosen by hand (%2)");
    const QString unroutableText = QCoreApplication::translate("SendService", "Rejected (unroutable): %1");
    const QString queuedText = QCoreApplication::translate("SendService", "Queued (%1): %2");
    MessageList stored;
    qsizetype next = 0;
    for (const RecipientPlan &r : checked.recipients) {
        Message m;
        m.id = ids->at(next++);
        m.to = r.number.e164.isEmpty() ? r.input : r.number.e164;
        m.region = r.number.region;
        m.from = request.from;
        m.body = request.body;
        m.encoding = checked.segments.encoding;
        m.segments = checked.segments.segments;
        m.createdAt = m.updatedAt = now;
        m.nextAttemptAt = now;
        QString detail;
        if (!r.sendable()) {
            m.state = MessageState::Rejected;
            m.lastError = r.problem;
            m.finishedAt = now;
            detail = rejectedText.arg(r.problemKind, r.problem);
        } else if (!request.carrierName.isEmpty()) {
            m.state = MessageState::Queued;
            m.carrierId = r.carrierId;
            m.costMicros = r.costMicros;
            detail = chosenText.arg(r.carrierName, request.origin);
        } else {
            // Decide again with the message's own id: the weighted pick depends on it.
            const RouteDecision decision = index->decide(r.number, m.id);
            if (!decision.routed()) {
                m.state = MessageState::Rejected;
                m.lastError = decision.reason();
                m.finishedAt = now;
                detail = unroutableText.arg(decision.reason());
            } else {
                m.state = MessageState::Queued;
                m.carrierId = decision.carrierId();
                m.ruleId = decision.ruleId();
                m.fallbackCarriers = decision.fallbackCarrierIds();
                m.costMicros = decision.costMicros() * segments;
                detail = queuedText.arg(request.origin, decision.explanation());
            }
        }
        auto inserted = repo.insert(m, detail);
        if (!inserted)
            return inserted.error();
        stored.append(*inserted);
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return stored;
}

MessageList SendService::current(const QList<qint64> &ids) const
{
    MessageList messages;
    MessageRepository repo(m_db);
    for (qint64 id : ids) {
        if (auto found = repo.find(id); found && found->has_value())
            messages.append(**found);
    }
    return messages;
}

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

#include <QRegularExpression>
#include <QSet>

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
        return QStringLiteral(
            "Enter a sender: a number such as +15550001111, or a name of up to 11 letters and digits.");
    if (numeric.match(from).hasMatch() || alphanumeric.match(from).hasMatch())
        return {};
    if (from.size() > 11 && !from.startsWith(QLatin1Char('+')))
        return QStringLiteral("A sender name may have at most 11 characters (“%1” has %2).").arg(from).arg(from.size());
    return QStringLiteral(
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
        plan.problems.append(QStringLiteral("Write the message text."));
    else if (plan.segments.segments > plan.maxSegments)
        plan.problems.append(QStringLiteral("The text needs %1 segments; the limit is %2 (Settings → Longest message). "
                                            "Shorten it%3.")
                                 .arg(plan.segments.segments)
                                 .arg(plan.maxSegments)
                                 .arg(plan.segments.hasOffender()
                                          ? QStringLiteral(" or replace the characters that force UCS-2")
                                          : QString()));
    if (const QString sender = checkSender(request.from); !sender.isEmpty())
        plan.problems.append(sender);
    if (request.recipients.isEmpty())
        plan.problems.append(QStringLiteral("Enter at least one recipient number."));

    std::optional<Carrier> forced;
    if (!request.carrierName.isEmpty()) {
        auto carrier = m_carriers.find(request.carrierName);
        if (!carrier)
            plan.problems.append(carrier.errorMessage());
        else if (!carrier->enabled)
            plan.problems.append(
                QStringLiteral("Carrier “%1” is disabled; enable it or let the rules choose.").arg(carrier->name));
        else
            forced = *carrier;
    }

    const PhoneNumberParser parser(request.region.isEmpty() ? m_settings.defaultRegion() : request.region);
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
        } else if (seen.contains(r.number.e164)) {
            r.problemKind = QStringLiteral("duplicate");
            r.problem = QStringLiteral("%1 is already in the list.").arg(r.number.e164);
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
    // Opted-out numbers are refused here as at campaign import (and again before sending).
    QStringList numbers;
    for (const RecipientPlan &r : std::as_const(plan.recipients)) {
        if (r.sendable())
            numbers.append(r.number.e164);
    }
    const auto lookedUp = OptOutRepository(m_db).optedOutAmong(numbers);
    if (!lookedUp)
        // Fail closed: without the list nobody may be sent to.
        plan.problems.append(QStringLiteral("The opt-out list could not be read (%1), so nothing was sent. Try "
                                            "again; if it keeps failing, check the store file and its disk.")
                                 .arg(lookedUp.errorMessage()));
    const QSet<QString> optedOut = lookedUp ? *lookedUp : QSet<QString>();
    for (RecipientPlan &r : plan.recipients) {
        if (r.sendable() && optedOut.contains(r.number.e164)) {
            r.problemKind = QStringLiteral("opted_out");
            r.problem = QStringLiteral("%1 is on the opt-out list.").arg(r.number.e164);
        }
        if (r.sendable())
            plan.totalCostMicros += r.costMicros;
    }
    return plan;
}

Result<MessageList> SendService::enqueue(const SendRequest &request)
{
    const SendPlan checked = plan(request);
    if (!checked.problems.isEmpty())
        return Error::invalid(checked.problems.join(QLatin1Char('\n')));

    const qint64 now = m_clock.nowMs();
    const auto index = m_rules.index();
    const int segments = std::max(1, checked.segments.segments);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MessageRepository repo(m_db);
    auto firstId = repo.reserveIds(checked.recipients.size());
    if (!firstId)
        return firstId.error();

    MessageList stored;
    qint64 id = *firstId;
    for (const RecipientPlan &r : checked.recipients) {
        Message m;
        m.id = id++;
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
            detail = QStringLiteral("Rejected (%1): %2").arg(r.problemKind, r.problem);
        } else if (!request.carrierName.isEmpty()) {
            m.state = MessageState::Queued;
            m.carrierId = r.carrierId;
            m.costMicros = r.costMicros;
            detail = QStringLiteral("Queued for %1, chosen by hand (%2)").arg(r.carrierName, request.origin);
        } else {
            // Decide again with the message's own id: the weighted pick depends on it.
            const RouteDecision decision = index->decide(r.number, m.id);
            if (!decision.routed()) {
                m.state = MessageState::Rejected;
                m.lastError = decision.reason();
                m.finishedAt = now;
                detail = QStringLiteral("Rejected (unroutable): %1").arg(decision.reason());
            } else {
                m.state = MessageState::Queued;
                m.carrierId = decision.carrierId();
                m.ruleId = decision.ruleId();
                m.fallbackCarriers = decision.fallbackCarrierIds();
                m.costMicros = decision.costMicros() * segments;
                detail = QStringLiteral("Queued (%1): %2").arg(request.origin, decision.explanation());
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

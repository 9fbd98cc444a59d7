// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "smsendpoints.h"

#include "formdata.h"
#include "messagelist.h"
#include "permissions.h"
#include "simcontext.h"

#include <QJsonObject>

using Method = QHttpServerRequest::Method;
using Permission = Permissions::Permission;

SimResponse SmsEndpoints::handle(const ApiRequest &request)
{
    const SimAccount *target = m_context.accounts.find(request.segments.at(1));
    if (!target) {
        // Restcomm itself probably answers 500 here (a null dereference); 404 is what it means.
        ++m_context.stats.notFound;
        return SimResponse::text(404, QStringLiteral("Account %1 not found").arg(request.segments.at(1)));
    }
    const bool one = request.segments.size() == 5;
    const Permission needed = request.method == Method::Post ? Permission::CreateSms : Permission::ReadSms;
    if ((request.method != Method::Post && request.method != Method::Get) || (one && request.method != Method::Get))
        return SimResponse::empty(405);
    if (!Permissions::roleAllows(request.caller->role, needed)
        || !m_context.accounts.isSelfOrAncestor(*request.caller, *target)) {
        ++m_context.stats.forbidden;
        return SimResponse::empty(403);
    }
    if (one)
        return fetch(*target, request.segments.at(4));
    return request.method == Method::Post ? send(request, *target) : list(request, *target);
}

SimResponse SmsEndpoints::throttled()
{
    const FaultConfig &faults = m_context.faults;
    if (faults.throttleReply == FaultConfig::ThrottleReply::SmsLimitExceeded) {
        // What a Restcomm extension that refuses the SMS session sends (§2.2 step 3).
        return SimResponse::json(403,
                                 QByteArrayLiteral("{\"message\":\"SMS limit exceeded for this account "
                                                   "(restcomm-sim)\",\n\"error\":\"SMS_LIMIT_EXCEEDED\"}"));
    }
    SimResponse response = SimResponse::text(429, QStringLiteral("Too many requests (restcomm-sim)"));
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(faults.retryAfterS)});
    return response;
}

SimResponse SmsEndpoints::send(const ApiRequest &request, const SimAccount &target)
{
    const FormData form = FormData::parse(request.body);
    for (const char *field : {"From", "To", "Body"}) {
        if (!form.contains(QLatin1String(field))) {
            ++m_context.stats.badRequest;
            return SimResponse::text(400, QStringLiteral("%1 can not be null.").arg(QLatin1String(field)));
        }
    }
    const QString encoding = form.value(QStringLiteral("Encoding"), QStringLiteral("GSM"));
    if (encoding != QLatin1String("GSM") && encoding != QLatin1String("UCS-2") && encoding != QLatin1String("UTF-8")) {
        // Encoding.valueOf(value.replace('-', '_')) throws outside any try block: a 500.
        ++m_context.stats.badEncoding;
        return SimResponse::text(500,
                                 QStringLiteral("No enum constant org.restcomm.connect.sms.api.Encoding.%1")
                                     .arg(QString(encoding).replace(QLatin1Char('-'), QLatin1Char('_'))));
    }
    const FaultConfig &faults = m_context.faults;
    const FaultInjector::Fault fault = m_context.injector.drawFault(faults);
    if (fault == FaultInjector::Fault::Error) {
        ++m_context.stats.injectedErrors;
        return SimResponse::text(500, QStringLiteral("Internal server error injected by restcomm-sim --error-rate"));
    }
    if (fault == FaultInjector::Fault::Throttle) {
        ++m_context.stats.throttled;
        return throttled();
    }
    const qint64 now = m_context.clock.nowMs();
    if (m_context.injector.overRateLimit(target.sid, faults.rateLimit, now)) {
        ++m_context.stats.rateLimited;
        return throttled();
    }

    SimMessage message;
    message.sid = m_context.injector.newSid("SM");
    message.accountSid = target.sid;
    message.from = form.value(QStringLiteral("From"));
    message.to = form.value(QStringLiteral("To"));
    message.body = form.value(QStringLiteral("Body"));
    message.encoding = encoding;
    message.statusCallback = form.value(QStringLiteral("StatusCallback"));
    message.createdMs = now;
    message.outcome = m_context.injector.drawOutcome(faults);
    const SimMessage &stored = m_context.messages.add(std::move(message));
    ++m_context.stats.accepted;

    if (fault == FaultInjector::Fault::Hang) {
        ++m_context.stats.hung;
        m_context.ledger.append(stored, "hang");
        return SimResponse::misbehave(SimResponse::Action::Hang);
    }
    if (fault == FaultInjector::Fault::Reset) {
        ++m_context.stats.reset;
        m_context.ledger.append(stored, "reset");
        return SimResponse::misbehave(SimResponse::Action::Reset);
    }
    m_context.ledger.append(stored, "ok");
    return SimResponse::json(200, MessageStore::acceptedJson(stored, m_context.utcOffsetS));
}

SimResponse SmsEndpoints::list(const ApiRequest &request, const SimAccount &target)
{
    const FormData query = FormData::parse(request.query);
    const bool withSubAccounts =
        query.value(QStringLiteral("SubAccounts")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const QSet<QString> owners =
        withSubAccounts ? m_context.accounts.selfAndDescendants(target.sid) : QSet<QString> {target.sid};
    MessageList::Context context;
    context.config = &m_context.faults;
    context.nowMs = m_context.clock.nowMs();
    context.utcOffsetS = m_context.utcOffsetS;
    context.uriPath = request.path;
    SimResponse response = MessageList::respond(m_context.messages.forAccounts(owners), query, context);
    if (response.status == 400)
        ++m_context.stats.badRequest;
    return response;
}

SimResponse SmsEndpoints::fetch(const SimAccount &target, const QString &smsSid)
{
    const SimMessage *message = m_context.messages.find(smsSid);
    if (!message) {
        ++m_context.stats.notFound;
        return SimResponse::empty(404);
    }
    if (message->accountSid != target.sid) {
        ++m_context.stats.forbidden;
        return SimResponse::empty(403);
    }
    const auto status = MessageStore::statusOf(*message, m_context.faults, m_context.clock.nowMs());
    return SimResponse::json(MessageStore::toJson(*message, status, m_context.utcOffsetS));
}

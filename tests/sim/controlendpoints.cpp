// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "controlendpoints.h"

#include "formdata.h"
#include "simcontext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using Method = QHttpServerRequest::Method;

SimResponse ControlEndpoints::clock() const
{
    return SimResponse::json(QJsonObject {
        {QStringLiteral("now_ms"), m_context.clock.nowMs()},
        {QStringLiteral("offset_ms"), m_context.clock.offsetMs()},
        {QStringLiteral("frozen"), m_context.clock.isFrozen()},
    });
}

SimResponse ControlEndpoints::inbound(const FormData &form)
{
    // A reply as Restcomm would list it after an SMPP deliver_sm: stored for the account, never
    // in the ledger or the send counters (nothing was sent).
    const QString accountSid = form.value(QStringLiteral("AccountSid"));
    const SimAccount *account = m_context.accounts.find(accountSid);
    if (!account)
        return SimResponse::text(400, QStringLiteral("POST /sim/inbound wants AccountSid of a known account"));
    SimMessage message;
    message.inbound = true;
    message.accountSid = account->sid;
    message.from = form.value(QStringLiteral("From"));
    message.to = form.value(QStringLiteral("To"));
    message.body = form.value(QStringLiteral("Body"));
    if (message.from.isEmpty() || message.to.isEmpty())
        return SimResponse::text(400, QStringLiteral("POST /sim/inbound wants From and To"));
    message.createdMs = m_context.clock.nowMs();
    if (form.contains(QStringLiteral("AtMs"))) {
        bool ok = false;
        message.createdMs = form.value(QStringLiteral("AtMs")).toLongLong(&ok);
        if (!ok)
            return SimResponse::text(400, QStringLiteral("AtMs must be ms since the epoch"));
    } else if (form.contains(QStringLiteral("DateSent"))) {
        const QDateTime at = QDateTime::fromString(form.value(QStringLiteral("DateSent")), Qt::ISODateWithMs);
        if (!at.isValid())
            return SimResponse::text(400, QStringLiteral("DateSent must be ISO 8601, e.g. 2026-12-07T10:00:00Z"));
        message.createdMs = at.toMSecsSinceEpoch();
    }
    message.sid = m_context.injector.newSid("SM");
    const SimMessage &stored = m_context.messages.add(std::move(message));
    return SimResponse::json(MessageStore::toJson(
        stored, MessageStore::statusOf(stored, m_context.faults, m_context.clock.nowMs()), m_context.utcOffsetS));
}

SimResponse ControlEndpoints::handle(Method method, const QString &path, const QByteArray &query,
                                     const QByteArray &body)
{
    const bool get = method == Method::Get;
    const bool post = method == Method::Post;
    if (get && path == QLatin1String("health"))
        return SimResponse::json(QJsonObject {{QStringLiteral("ok"), true}});
    if (get && path == QLatin1String("clock"))
        return clock();
    if (post && path == QLatin1String("clock/advance")) {
        bool ok = false;
        const qint64 ms = FormData::parse(query).value(QStringLiteral("ms")).toLongLong(&ok);
        if (!ok || ms < 0)
            return SimResponse::text(400, QStringLiteral("give ?ms=N with N >= 0 (the sim clock only moves forward)"));
        m_context.clock.advance(ms);
        return clock();
    }
    if (get && path == QLatin1String("stats"))
        return SimResponse::json(m_context.stats.toJson(m_context.messages.size()));
    if (post && path == QLatin1String("stats/reset")) {
        m_context.stats = SimStats();
        return SimResponse::json(m_context.stats.toJson(m_context.messages.size()));
    }
    if (get && path == QLatin1String("faults"))
        return SimResponse::json(m_context.faults.toJson());
    if (post && path == QLatin1String("faults")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject())
            return SimResponse::text(400,
                                     QStringLiteral("POST /sim/faults wants a JSON object, e.g. "
                                                    "{\"error_rate\":0.1}"));
        QString error;
        if (!m_context.faults.apply(document.object(), &error))
            return SimResponse::text(400, error);
        return SimResponse::json(m_context.faults.toJson());
    }
    if (post && path == QLatin1String("inbound")) {
        // A form body, or the query string when the body is empty (curl -d or ?From=…).
        return inbound(FormData::parse(body.trimmed().isEmpty() ? query : body));
    }
    return SimResponse::text(404, QStringLiteral("unknown control path /sim/%1 (see tests/sim/README.md)").arg(path));
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "controlendpoints.h"

#include "formdata.h"
#include "simcontext.h"

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
    return SimResponse::text(404, QStringLiteral("unknown control path /sim/%1 (see tests/sim/README.md)").arg(path));
}

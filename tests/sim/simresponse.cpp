// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "simresponse.h"

#include <QJsonDocument>

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

} // namespace

SimResponse SimResponse::empty(int status)
{
    SimResponse response;
    response.status = status;
    return response;
}

SimResponse SimResponse::text(int status, const QString &message)
{
    SimResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain;charset=UTF-8");
    response.body = message.toUtf8();
    return response;
}

SimResponse SimResponse::json(int status, QByteArray body)
{
    SimResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json;charset=UTF-8");
    response.body = std::move(body);
    return response;
}

SimResponse SimResponse::json(const QJsonObject &object, int status)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SimResponse SimResponse::json(const QJsonArray &array, int status)
{
    return json(status, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

SimResponse SimResponse::misbehave(Action action)
{
    SimResponse response;
    response.action = action;
    return response;
}

QByteArray SimResponse::serialize(bool closeConnection) const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reasonPhrase(status)).append("\r\n");
    if (!contentType.isEmpty())
        out.append("Content-Type: ").append(contentType).append("\r\n");
    out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    for (const auto &[name, value] : headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (closeConnection)
        out.append("Connection: close\r\n");
    out.append("\r\n").append(body);
    return out;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

/// What to do with one request: answer it (status, headers, body), or misbehave on purpose
/// (hang: never answer; reset: close the TCP connection without answering).
struct SimResponse
{
    enum class Action { Answer, Hang, Reset };

    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Action action = Action::Answer;

    static SimResponse empty(int status);
    /// A plain-text body, like most Restcomm error replies.
    static SimResponse text(int status, const QString &message);
    static SimResponse json(int status, QByteArray body);
    static SimResponse json(const QJsonObject &object, int status = 200);
    static SimResponse json(const QJsonArray &array, int status = 200);
    static SimResponse misbehave(Action action);

    /// The whole HTTP/1.1 response, ready for one socket write.
    QByteArray serialize(bool closeConnection) const;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

#include <initializer_list>
#include <optional>
#include <utility>

class SimProcess;

/// A plain QNetworkAccessManager client for the simulator tests: blocking calls bounded by a
/// timeout (QSignalSpy::wait, no sleeps) that return status, headers and body.
class SimTestClient final
{
public:
    struct Result
    {
        int status = 0; ///< 0 when no HTTP answer arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        qint64 elapsedMs = 0;
        bool finished = false;

        QJsonObject json() const;
        QJsonArray jsonArray() const;
    };

    struct Options
    {
        int timeoutMs = 5000;
        std::optional<QSslConfiguration> ssl;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    Result send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization, const QByteArray &body,
                const Options &options);
    Result send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization, const QByteArray &body = {});

    /// key=value&… with every key and value through QUrl::toPercentEncoding ('+' → %2B).
    static QByteArray form(std::initializer_list<std::pair<const char *, QString>> fields);
    /// "Basic base64(user:secret)".
    static QByteArray basic(const QString &user, const QString &secret);
    /// baseUrl + \a path (+ \a query, kept as given: already percent-encoded).
    static QUrl url(const SimProcess &sim, const QString &path, const QString &query = {});
    static QUrl smsUrl(const SimProcess &sim, const QString &accountSid);

private:
    QNetworkAccessManager m_network;
};

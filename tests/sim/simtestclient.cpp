// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "simtestclient.h"

#include "simprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QJsonObject SimTestClient::Result::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray SimTestClient::Result::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

SimTestClient::Result SimTestClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
                                          const QByteArray &body)
{
    return send(verb, url, authorization, body, Options());
}

SimTestClient::Result SimTestClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
                                          const QByteArray &body, const Options &options)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded; charset=utf-8"));
    for (const auto &[name, value] : options.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(options.timeoutMs);
    if (options.ssl)
        request.setSslConfiguration(*options.ssl);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(options.timeoutMs + 5000);
    Result result;
    result.finished = reply->isFinished();
    result.elapsedMs = timer.elapsed();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (!reply->isFinished())
        reply->abort();
    delete reply;
    return result;
}

QByteArray SimTestClient::form(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out.append('&');
        out.append(QUrl::toPercentEncoding(QLatin1String(key))).append('=').append(QUrl::toPercentEncoding(value));
    }
    return out;
}

QByteArray SimTestClient::basic(const QString &user, const QString &secret)
{
    return QByteArrayLiteral("Basic ") + QString(user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QUrl SimTestClient::url(const SimProcess &sim, const QString &path, const QString &query)
{
    QUrl url = sim.baseUrl();
    url.setPath(url.path() + path, QUrl::TolerantMode); // keep escapes such as %40 as given
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl SimTestClient::smsUrl(const SimProcess &sim, const QString &accountSid)
{
    return url(sim, QStringLiteral("/Accounts/%1/SMS/Messages.json").arg(accountSid));
}

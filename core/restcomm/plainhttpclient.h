// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

/// One HTTP/1.1 exchange for PlainHttpClient.
struct PlainHttpRequest
{
    QByteArray method; ///< "GET" or "POST"
    QUrl url; ///< http:// only
    QList<std::pair<QByteArray, QByteArray>> headers; ///< besides Host, Content-Length and Connection
    QByteArray body; ///< sent with a Content-Length when the method is POST
    std::chrono::milliseconds timeout {30'000}; ///< without progress, as QNetworkRequest's transfer timeout
};

/// What came back, in the terms QNetworkReply would have used, so restcommparser classifies both alike.
struct PlainHttpResponse
{
    int httpStatus = 0; ///< 0: no complete answer
    QByteArray body;
    QByteArray retryAfter; ///< the Retry-After header, when there was one
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    bool written = false; ///< some of the request reached the socket (so it may have arrived)
};

/// A small HTTP/1.1 client for plain http:// (which this program allows only to loopback: the
/// simulator, demos, benchmarks), with keep-alive connections, at most six per host as in
/// QNetworkAccessManager, one request at a time on each.
///
/// Why not QNetworkAccessManager: Qt (6.4 and later) opens plain TCP channels unbuffered and reads
/// each answer's status line and headers one byte per read() system call, about 250 calls per
/// answer, in a thread of its own that then posts the answer back across threads. At thousands
/// of messages a second that was half of the dispatcher's CPU (issue 14). TLS
/// channels are buffered, so https:// stays with QNetworkAccessManager.
///
/// It never resends: a request whose connection breaks is answered with an error (a refused
/// connection or unknown host before anything was written; otherwise "closed" or "timed out",
/// which the caller treats as "may have arrived"). Redirects are never followed.
class PlainHttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainHttpClient)

public:
    static constexpr int connectionsPerHost = 6;

    using Handler = std::function<void(const PlainHttpResponse &)>;

    explicit PlainHttpClient(QObject *parent = nullptr);
    ~PlainHttpClient() override;

    /// Queues `request`; `done` runs once, in this thread, from the event loop (never inside send()).
    void send(PlainHttpRequest request, Handler done);

private:
    struct Pending
    {
        PlainHttpRequest request;
        Handler done;
    };
    struct Connection;
    struct Host
    {
        QString name;
        quint16 port = 0;
        std::deque<Pending> queue;
        QList<Connection *> connections;
    };

    void dispatch(Host &host);
    void begin(Connection &c, Pending pending);
    void onReadable(Connection &c);
    /// Parses what has arrived; true once the whole answer is in (it is then in c.response).
    bool parse(Connection &c, bool atEnd);
    void finish(Connection &c, PlainHttpResponse response, bool keep);
    void fail(Connection &c, QNetworkReply::NetworkError error, const QString &text);
    void drop(Connection &c);

    QHash<QString, Host *> m_hosts;
};

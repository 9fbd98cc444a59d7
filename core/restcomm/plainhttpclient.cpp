// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "plainhttpclient.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

namespace {

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

struct PlainHttpClient::Connection
{
    /// What is being read: the status line and headers, then the body in one of three forms.
    enum class BodyKind { Head, Length, Chunked, UntilClose };

    Host *host = nullptr;
    QTcpSocket *socket = nullptr;
    QTimer *timer = nullptr;
    bool busy = false;
    bool written = false;
    QByteArray outgoing; ///< the request, until the socket is connected
    Pending current;
    QByteArray buffer; ///< read, not parsed yet
    BodyKind body = BodyKind::Head;
    qint64 remaining = 0; ///< of a Length body
    bool closeAfter = false;
    PlainHttpResponse response;
};

PlainHttpClient::PlainHttpClient(QObject *parent)
    : QObject(parent)
{ }

PlainHttpClient::~PlainHttpClient()
{
    for (Host *host : std::as_const(m_hosts)) {
        for (Connection *c : std::as_const(host->connections)) {
            c->socket->disconnect();
            c->timer->disconnect();
            delete c->socket; // the timer with it
            delete c;
        }
        delete host;
    }
}

void PlainHttpClient::send(PlainHttpRequest request, Handler done)
{
    const QString name = request.url.host();
    const quint16 port = quint16(request.url.port(80));
    const QString key = name + QLatin1Char(':') + QString::number(port);
    Host *&host = m_hosts[key];
    if (!host) {
        host = new Host;
        host->name = name;
        host->port = port;
    }
    host->queue.push_back({std::move(request), std::move(done)});
    dispatch(*host);
}

void PlainHttpClient::dispatch(Host &host)
{
    while (!host.queue.empty()) {
        Connection *idle = nullptr;
        for (Connection *c : std::as_const(host.connections)) {
            if (!c->busy) {
                idle = c;
                break;
            }
        }
        if (!idle) {
            if (host.connections.size() >= connectionsPerHost)
                return; // the next answer frees one
            idle = new Connection;
            idle->host = &host;
            idle->socket = new QTcpSocket(this);
            idle->timer = new QTimer(idle->socket);
            idle->timer->setSingleShot(true);
            Connection *c = idle;
            connect(c->socket, &QTcpSocket::connected, c->socket, [c] {
                // As QNetworkAccessManager does: a request is one small write that must leave at once.
                c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                c->socket->write(c->outgoing);
                c->outgoing.clear();
            });
            connect(c->socket, &QTcpSocket::bytesWritten, c->socket, [c](qint64 count) {
                if (count > 0 && c->busy) {
                    c->written = true;
                    c->timer->start();
                }
            });
            connect(c->socket, &QTcpSocket::readyRead, c->socket, [this, c] { onReadable(*c); });
            connect(c->socket, &QTcpSocket::errorOccurred, c->socket, [this, c](QAbstractSocket::SocketError error) {
                if (!c->busy) {
                    drop(*c);
                    return;
                }
                c->buffer += c->socket->readAll();
                if (error == QAbstractSocket::RemoteHostClosedError && parse(*c, true)) {
                    finish(*c, std::move(c->response), false); // an answer that ends with the connection
                    return;
                }
                fail(*c, networkErrorOf(error), c->socket->errorString());
            });
            connect(c->timer, &QTimer::timeout, c->socket, [this, c] {
                fail(*c, QNetworkReply::OperationCanceledError,
                     QCoreApplication::translate("PlainHttpClient", "No answer in time"));
            });
            host.connections.append(c);
        }
        Pending next = std::move(host.queue.front());
        host.queue.pop_front();
        begin(*idle, std::move(next));
    }
}

void PlainHttpClient::begin(Connection &c, Pending pending)
{
    const PlainHttpRequest &r = pending.request;
    QByteArray wire;
    wire.reserve(256 + r.body.size());
    wire += r.method;
    wire += ' ';
    wire += r.url.path(QUrl::FullyEncoded).toLatin1();
    if (r.url.hasQuery()) {
        wire += '?';
        wire += r.url.query(QUrl::FullyEncoded).toLatin1();
    }
    wire += " HTTP/1.1\r\nHost: ";
    wire += c.host->name.toLatin1();
    if (c.host->port != 80) {
        wire += ':';
        wire += QByteArray::number(c.host->port);
    }
    wire += "\r\nConnection: keep-alive\r\n";
    for (const auto &[name, value] : r.headers) {
        wire += name;
        wire += ": ";
        wire += value;
        wire += "\r\n";
    }
    if (r.method == "POST") {
        wire += "Content-Length: ";
        wire += QByteArray::number(r.body.size());
        wire += "\r\n";
    }
    wire += "\r\n";
    wire += r.body;

    c.busy = true;
    c.written = false;
    c.buffer.clear();
    c.body = Connection::BodyKind::Head;
    c.remaining = 0;
    c.closeAfter = false;
    c.response = {};
    c.timer->setInterval(r.timeout);
    c.timer->start();
    c.current = std::move(pending);
    if (c.socket->state() == QAbstractSocket::ConnectedState) {
        c.socket->write(wire);
    } else {
        c.outgoing = std::move(wire);
        if (c.socket->state() == QAbstractSocket::UnconnectedState)
            c.socket->connectToHost(c.host->name, c.host->port);
    }
}

void PlainHttpClient::onReadable(Connection &c)
{
    c.buffer += c.socket->readAll();
    if (!c.busy) {
        drop(c); // nothing was asked: a server that talks out of turn is not trusted with the next request
        return;
    }
    c.timer->start();
    if (parse(c, false))
        finish(c, std::move(c.response), !c.closeAfter);
}

bool PlainHttpClient::parse(Connection &c, bool atEnd)
{
    for (;;) {
        switch (c.body) {
        case Connection::BodyKind::Head: {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const QList<QByteArray> lines = c.buffer.left(end).split('\n');
            c.buffer.remove(0, end + 4);
            const QByteArray status = lines.value(0).trimmed();
            if (!status.startsWith("HTTP/1.")) {
                c.closeAfter = true;
                return false; // not HTTP: the connection's end or the timeout fails it
            }
            c.response.httpStatus = status.mid(9, 3).toInt();
            c.closeAfter = status.startsWith("HTTP/1.0");
            qint64 length = -1;
            bool chunked = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray &line = lines.at(i);
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "transfer-encoding")
                    chunked = value.toLower().contains("chunked");
                else if (name == "connection" && value.toLower().contains("close"))
                    c.closeAfter = true;
                else if (name == "connection" && value.toLower().contains("keep-alive"))
                    c.closeAfter = false;
                else if (name == "retry-after")
                    c.response.retryAfter = value;
            }
            const int code = c.response.httpStatus;
            if (code >= 100 && code < 200) {
                c.response = {}; // an interim answer: the real one follows
                continue;
            }
            if (code == 204 || code == 304 || c.current.request.method == "HEAD")
                return true;
            if (chunked) {
                c.body = Connection::BodyKind::Chunked;
            } else if (length >= 0) {
                c.body = Connection::BodyKind::Length;
                c.remaining = length;
            } else {
                c.body = Connection::BodyKind::UntilClose;
                c.closeAfter = true;
            }
            continue;
        }
        case Connection::BodyKind::Length: {
            const qint64 take = std::min<qint64>(c.remaining, c.buffer.size());
            c.response.body += c.buffer.left(take);
            c.buffer.remove(0, take);
            c.remaining -= take;
            return c.remaining == 0;
        }
        case Connection::BodyKind::Chunked: {
            const qsizetype lineEnd = c.buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            QByteArray sizeText = c.buffer.left(lineEnd);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                c.closeAfter = true;
                return false;
            }
            if (size == 0) {
                // The last chunk, then trailers (ignored) up to an empty line.
                const qsizetype end = c.buffer.indexOf("\r\n\r\n", lineEnd);
                if (end < 0)
                    return false;
                c.buffer.remove(0, end + 4);
                return true;
            }
            if (c.buffer.size() < lineEnd + 2 + size + 2)
                return false;
            c.response.body += c.buffer.mid(lineEnd + 2, size);
            c.buffer.remove(0, lineEnd + 2 + size + 2);
            continue;
        }
        case Connection::BodyKind::UntilClose:
            if (!atEnd)
                return false;
            c.response.body += c.buffer;
            c.buffer.clear();
            return true;
        }
    }
}

void PlainHttpClient::finish(Connection &c, PlainHttpResponse response, bool keep)
{
    c.timer->stop();
    response.written = c.written;
    Handler done = std::move(c.current.done);
    c.current = {};
    c.busy = false;
    Host &host = *c.host;
    if (!keep || !c.buffer.isEmpty()) // left-over bytes: the next answer could not be told apart
        drop(c);
    // Queued requests go out before the handler runs: it may stop everything, this object included.
    dispatch(host);
    done(response);
}

void PlainHttpClient::fail(Connection &c, QNetworkReply::NetworkError error, const QString &text)
{
    PlainHttpResponse response;
    response.httpStatus = 0;
    response.error = error;
    response.errorText = text;
    c.buffer.clear();
    finish(c, std::move(response), false);
}

void PlainHttpClient::drop(Connection &c)
{
    c.host->connections.removeOne(&c);
    c.timer->stop();
    c.socket->disconnect();
    c.timer->disconnect();
    c.socket->abort();
    c.socket->deleteLater(); // possibly inside one of its own signals
    delete &c;
}

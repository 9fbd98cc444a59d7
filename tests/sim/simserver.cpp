// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "simserver.h"

#include "simcontext.h"
#include <sys/socket.h>

#include <QHttpServerRequest>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

constexpr qint64 maxBodyBytes = 10'000'000; // Restcomm's BodyLengthFilter

bool headerContains(const QHttpServerRequest &request, const QByteArray &name, const char *needle)
{
    return request.value(name).toLower().contains(needle);
}

} // namespace

SimServer::SimServer(SimContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_sms(context)
    , m_accounts(context)
    , m_control(context)
{ }

quint16 SimServer::start(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls,
                         QString *error)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*tls);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3. Pick another --port (0 picks a free one).")
                     .arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_context.stats.requests;
    const QString path = request.url().path(QUrl::FullyEncoded);
    const bool close = headerContains(request, QByteArrayLiteral("connection"), "close");
    if (path.startsWith(QLatin1String("/sim/"))) {
        deliver(socket,
                m_control.handle(request.method(), path.mid(5), request.url().query(QUrl::FullyEncoded).toUtf8(),
                                 request.body()),
                close);
        return true;
    }
    const SimResponse response = restcomm(request, path);
    if (m_context.faults.latencyMs > 0) {
        // The socket is the timer's context: if the client goes away first, nothing is sent.
        // Precise: a coarse timer may fire 5 % early, and the latency is a promised minimum.
        QTimer::singleShot(m_context.faults.latencyMs, Qt::PreciseTimer, socket,
                           [this, socket, response, close] { deliver(socket, response, close); });
    } else {
        deliver(socket, response, close);
    }
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    deliver(socket, SimResponse::empty(404), false);
}

SimResponse SimServer::restcomm(const QHttpServerRequest &request, const QString &path)
{
    const QString &base = m_context.basePath;
    if (path.size() <= base.size() || !path.startsWith(base) || path.at(base.size()) != QLatin1Char('/')) {
        ++m_context.stats.notFound;
        return SimResponse::empty(404);
    }
    if (request.value(QByteArrayLiteral("content-length")).toLongLong() > maxBodyBytes) {
        ++m_context.stats.tooLarge;
        return SimResponse::empty(413);
    }
    // AcceptFilter: ".json" anywhere in the path forces JSON; else the Accept header decides.
    const bool json =
        path.contains(QLatin1String(".json")) || headerContains(request, QByteArrayLiteral("accept"), "json");
    if (!json) {
        return SimResponse::text(406,
                                 QStringLiteral("restcomm-sim answers JSON only (Restcomm would send XML here): "
                                                "use the .json paths or send Accept: application/json"));
    }
    ApiRequest api;
    api.method = request.method();
    QStringList rawSegments = path.mid(base.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &segment : rawSegments) {
        if (segment.endsWith(QLatin1String(".json")))
            segment.chop(5);
        api.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    }
    api.path = base + QLatin1Char('/') + rawSegments.join(QLatin1Char('/'));
    api.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    api.body = request.body();

    api.caller = m_context.accounts.authenticate(request.value(QByteArrayLiteral("authorization")));
    if (!api.caller) {
        ++m_context.stats.unauthorized;
        SimResponse response = SimResponse::empty(401);
        response.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Restcomm realm\"")});
        return response;
    }
    // SecurityFilter.filterClosedAccounts: uninitialized accounts pass on /Accounts paths, i.e. all.
    if (api.caller->status != QLatin1String("active") && api.caller->status != QLatin1String("uninitialized")) {
        ++m_context.stats.inactive;
        return SimResponse::text(403, QStringLiteral("Provided Account is not active"));
    }
    const QStringList &s = api.segments;
    if (!s.isEmpty() && s.at(0) == QLatin1String("Accounts")) {
        if (s.size() <= 2)
            return m_accounts.handle(api);
        if ((s.size() == 4 || s.size() == 5) && s.at(2) == QLatin1String("SMS") && s.at(3) == QLatin1String("Messages"))
            return m_sms.handle(api);
    }
    ++m_context.stats.notFound;
    return SimResponse::empty(404);
}

void SimServer::deliver(QTcpSocket *socket, const SimResponse &response, bool closeConnection)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (response.action) {
    case SimResponse::Action::Hang:
        return; // the connection stays open and silent until the client gives up
    case SimResponse::Action::Reset:
        resetConnection(socket);
        return;
    case SimResponse::Action::Answer:
        socket->write(response.serialize(closeConnection));
        if (closeConnection)
            socket->disconnectFromHost();
        return;
    }
}

void SimServer::resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout turns close() into a TCP RST: "connection reset by peer".
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger hardClose {1, 0};
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
    }
    socket->abort();
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "accountendpoints.h"
#include "controlendpoints.h"
#include "smsendpoints.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <optional>

class QSslConfiguration;
struct SimContext;

/// The HTTP front of restcomm-sim. It derives from QAbstractHttpServer rather than using
/// QHttpServer's router because Qt 6.4's handleRequest() hands over the QTcpSocket: that is what
/// lets a reply be delayed (a QTimer on the socket), withheld (hang) or replaced by a TCP reset,
/// and lets one pre-built buffer be written per reply.
class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(SimContext &context, QObject *parent = nullptr);

    /// Listens on \a address (must be loopback), \a port 0 = any free one; TLS when \a tls is given.
    /// Returns the port, or 0 with \a error set.
    quint16 start(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls,
                  QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SimResponse route(const QHttpServerRequest &request);
    SimResponse restcomm(const QHttpServerRequest &request, const QString &path);
    void deliver(QTcpSocket *socket, const SimResponse &response, bool closeConnection);
    static void resetConnection(QTcpSocket *socket);

    SimContext &m_context;
    SmsEndpoints m_sms;
    AccountEndpoints m_accounts;
    ControlEndpoints m_control;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// restcomm-sim: a Restcomm SMS/Accounts API simulator on loopback. See README.md.
#include "simcontext.h"
#include "simoptions.h"
#include "simserver.h"
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <cstdio>
#include <optional>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "restcomm-sim: %s\n", qPrintable(message));
    return 2;
}

std::optional<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1 (--tls-cert)").arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 (--tls-key): %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM RSA/EC/DSA private key in %1 (--tls-key)").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("restcomm-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSROUTER_VERSION));

    SimOptions options;
    QString error;
    if (!SimOptions::parse(QCoreApplication::arguments(), options, &error))
        return fail(error);

    SimContext context(options.seed);
    context.basePath = options.basePath;
    context.utcOffsetS = options.utcOffsetMin * 60;
    context.faults = options.faults;
    if (options.frozenClock)
        context.clock.freeze();
    const qint64 now = context.clock.nowMs();
    if (options.accountsFile.isEmpty()) {
        if (!context.accounts.loadBuiltIn(now, &error))
            return fail(error);
    } else {
        QFile file(options.accountsFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("cannot read %1 (--accounts): %2").arg(options.accountsFile, file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isArray())
            return fail(QStringLiteral("%1 must hold a JSON array of accounts (%2)")
                            .arg(options.accountsFile, parseError.errorString()));
        if (!context.accounts.load(document.array(), now, &error))
            return fail(QStringLiteral("%1: %2").arg(options.accountsFile, error));
    }
    if (!context.ledger.open(options.ledgerFile, &error))
        return fail(error);

    std::optional<QSslConfiguration> tls;
    if (!options.tlsCert.isEmpty()) {
        tls = loadTls(options.tlsCert, options.tlsKey, &error);
        if (!tls)
            return fail(error);
    }
    SimServer server(context);
    const quint16 port = server.start(options.host, options.port, tls, &error);
    if (port == 0)
        return fail(error);

    // The first stdout line is the port alone: SimProcess and scripts read it.
    std::printf("%u\n", static_cast<unsigned>(port));
    std::fflush(stdout);
    std::fprintf(stderr, "restcomm-sim: listening on %s://%s:%u%s (seed %llu)\n", tls ? "https" : "http",
                 qPrintable(options.host.toString()), static_cast<unsigned>(port), qPrintable(options.basePath),
                 static_cast<unsigned long long>(options.seed));
    if (options.exitOnStdinEof) {
        auto *stdinWatch = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(stdinWatch, &QSocketNotifier::activated, &app, [stdinWatch] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                stdinWatch->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    return QCoreApplication::exec();
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "simoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Rate
{
    const char *name;
    double FaultConfig::*member;
    const char *help;
};

const Rate rates[] = {
    {"error-rate", &FaultConfig::errorRate, "Share of sends answered 500 with a plain-text body."},
    {"throttle-rate", &FaultConfig::throttleRate, "Share of sends throttled (see --throttle-reply)."},
    {"hang-rate", &FaultConfig::hangRate, "Share of sends accepted into the ledger and never answered."},
    {"reset-rate", &FaultConfig::resetRate, "Share of sends accepted into the ledger, then the connection is reset."},
    {"undelivered-rate", &FaultConfig::undeliveredRate, "Share of messages that end undelivered (30003)."},
    {"failed-rate", &FaultConfig::failedRate, "Share of messages that end failed (30008) instead of sent."},
};

} // namespace

bool SimOptions::parse(const QStringList &arguments, SimOptions &options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A Restcomm SMS/Accounts API simulator for tests, benchmarks and demos. Loopback only. "
                       "Prints the chosen port alone on the first line of stdout."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Loopback address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      QStringLiteral("JSON file of accounts; default: the built-in demo set."),
                                      QStringLiteral("file"));
    const QCommandLineOption basePath(QStringLiteral("base-path"), QStringLiteral("API base path."),
                                      QStringLiteral("path"), options.basePath);
    const QCommandLineOption ledger(QStringLiteral("ledger"),
                                    QStringLiteral("JSON-lines file of accepted messages (truncated at start)."),
                                    QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of every random choice."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption retryAfter(QStringLiteral("retry-after"), QStringLiteral("Retry-After seconds on 429."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption throttleReply(
        QStringLiteral("throttle-reply"),
        QStringLiteral("429 (Too Many Requests + Retry-After) or 403 (JSON SMS_LIMIT_EXCEEDED)."),
        QStringLiteral("429|403"), QStringLiteral("429"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay before every Restcomm answer (non-blocking)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sentAfter(QStringLiteral("sent-after-ms"), QStringLiteral("sending → sent after N ms."),
                                       QStringLiteral("N"), QString::number(options.faults.sentAfterMs));
    const QCommandLineOption finalAfter(QStringLiteral("final-after-ms"),
                                        QStringLiteral("sent → delivered/undelivered after N ms; -1: never."),
                                        QStringLiteral("N"), QString::number(options.faults.finalAfterMs));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Accepted messages per second per account; 0: unlimited."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate."), QStringLiteral("pem"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."),
                                    QStringLiteral("pem"));
    const QCommandLineOption utcOffset(QStringLiteral("utc-offset"),
                                       QStringLiteral("Server time zone for dates, in minutes from UTC."),
                                       QStringLiteral("MIN"), QStringLiteral("0"));
    const QCommandLineOption exitOnEof(QStringLiteral("exit-on-eof"),
                                       QStringLiteral("Exit when stdin reaches end of file (so a sim started by a test "
                                                      "that crashed does not outlive it)."));
    const QCommandLineOption frozenClock(
        QStringLiteral("frozen-clock"),
        QStringLiteral(
            "Sim time stands still and moves only by POST /sim/clock/advance (for tests on slow machines)."));
    parser.addOptions({host, port, accounts, basePath, ledger, seed, retryAfter, throttleReply, latency, sentAfter,
                       finalAfter, rateLimit, tlsCert, tlsKey, utcOffset, exitOnEof, frozenClock});
    QList<QCommandLineOption> rateOptions;
    for (const Rate &rate : rates) {
        rateOptions.append(QCommandLineOption(QLatin1String(rate.name), QLatin1String(rate.help), QStringLiteral("P"),
                                              QStringLiteral("0")));
        parser.addOption(rateOptions.last());
    }
    parser.process(arguments);

    const QString hostText = parser.value(host);
    options.host =
        hostText == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(hostText);
    if (options.host.isNull() || !options.host.isLoopback()) {
        *error = QStringLiteral("--host %1 is not a loopback address; restcomm-sim only serves 127.0.0.1 or ::1")
                     .arg(hostText);
        return false;
    }
    bool ok = false;
    auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max) -> qint64 {
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            ok = false;
            *error = QStringLiteral("--%1 %2 must be an integer from %3 to %4")
                         .arg(option.names().constFirst(), parser.value(option))
                         .arg(min)
                         .arg(max);
        }
        return value;
    };
    options.port = static_cast<quint16>(number(port, 0, 65535));
    if (ok)
        options.faults.retryAfterS = static_cast<int>(number(retryAfter, 0, 86400));
    if (ok)
        options.faults.latencyMs = static_cast<int>(number(latency, 0, 600000));
    if (ok)
        options.faults.sentAfterMs = number(sentAfter, 0, 86400000);
    if (ok)
        options.faults.finalAfterMs = number(finalAfter, -1, 86400000);
    if (ok)
        options.faults.rateLimit = static_cast<int>(number(rateLimit, 0, 1000000));
    if (ok)
        options.utcOffsetMin = static_cast<int>(number(utcOffset, -14 * 60, 14 * 60));
    if (ok)
        options.seed = static_cast<quint64>(number(seed, 0, std::numeric_limits<qint64>::max()));
    if (!ok)
        return false;
    options.frozenClock = parser.isSet(frozenClock);
    for (qsizetype i = 0; i < rateOptions.size(); ++i) {
        const double value = parser.value(rateOptions.at(i)).toDouble(&ok);
        if (!ok || value < 0 || value > 1) {
            *error = QStringLiteral("--%1 must be a number from 0 to 1").arg(QLatin1String(rates[i].name));
            return false;
        }
        options.faults.*(rates[i].member) = value;
    }
    const QString reply = parser.value(throttleReply);
    if (reply != QLatin1String("429") && reply != QLatin1String("403")) {
        *error = QStringLiteral("--throttle-reply must be 429 or 403");
        return false;
    }
    options.faults.throttleReply = reply == QLatin1String("429") ? FaultConfig::ThrottleReply::TooManyRequests
                                                                 : FaultConfig::ThrottleReply::SmsLimitExceeded;
    if (!options.faults.validate(error))
        return false;
    options.accountsFile = parser.value(accounts);
    options.ledgerFile = parser.value(ledger);
    options.basePath = parser.value(basePath);
    while (options.basePath.endsWith(QLatin1Char('/')))
        options.basePath.chop(1);
    if (!options.basePath.startsWith(QLatin1Char('/')) || options.basePath.startsWith(QLatin1String("/sim"))) {
        *error = QStringLiteral("--base-path must start with / and not with /sim (the control API)");
        return false;
    }
    options.exitOnStdinEof = parser.isSet(exitOnEof);
    options.tlsCert = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    return true;
}

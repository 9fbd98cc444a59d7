// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "demosetup.h"

#include "carriers/carrierservice.h"
#include "common/money.h"
#include "dispatch/sendservice.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

struct DemoCarrier
{
    const char *name;
    const char *email; ///< the simulator's built-in sub-account (tests/sim/demo-accounts.json)
    const char *password;
    Rule::Kind kind;
    const char *match;
    const char *cost;
    double rate;
};

// The tutorial this product grew from routed Portugal, the UK and Germany. The UK takes the
// whole +44 prefix, as the tutorial's ^44 did: a country rule for GB would miss Guernsey,
// Jersey and the Isle of Man numbers that share it.
constexpr DemoCarrier demoCarriers[] = {
    {QT_TRANSLATE_NOOP("DemoSetup", "Portugal (demo)"), "portugal@carriers.demo", "Portugal123", Rule::Kind::Country,
     "PT", "0.0350", 20},
    {QT_TRANSLATE_NOOP("DemoSetup", "United Kingdom (demo)"), "uk@carriers.demo", "Uk12345678", Rule::Kind::Prefix,
     "44", "0.0280", 20},
    {QT_TRANSLATE_NOOP("DemoSetup", "Germany (demo)"), "germany@carriers.demo", "Germany123", Rule::Kind::Country, "DE",
     "0.0410", 20},
};

/// A handset that answers the demo's first message, through the carrier that reached it.
struct DemoHandset
{
    const char *number;
    const char *email; ///< its carrier's sub-account
    const char *reply;
};

// One answers STOP, so the first run shows an automatic opt-out next to ordinary replies. The
// numbers differ from the ones the README and tests send to, which must stay sendable.
constexpr DemoHandset demoHandsets[] = {
    {"+351912345679", "portugal@carriers.demo", "Obrigado, lá estarei!"},
    {"+447911123457", "uk@carriers.demo", "Thanks, see you on Friday"},
    {"+447911123458", "uk@carriers.demo", "STOP"},
    {"+4915123456780", "germany@carriers.demo", "Danke, bis Freitag!"},
};

QString md5Hex(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex());
}

} // namespace

DemoSetup::DemoSetup() = default;

DemoSetup::~DemoSetup()
{
    if (m_simulator.state() != QProcess::NotRunning) {
        m_simulator.closeWriteChannel(); // --exit-on-eof: it leaves by itself
        if (!m_simulator.waitForFinished(2000)) {
            m_simulator.kill();
            m_simulator.waitForFinished(2000);
        }
    }
}

QString DemoSetup::defaultStorePath()
{
    return QFileInfo(Database::defaultPath()).absolutePath() + QStringLiteral("/demo.sqlite");
}

QString DemoSetup::findSimulator()
{
    const QString fromEnvironment = qEnvironmentVariable("SMSROUTER_SIM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Next to this program (the build tree puts a copy there), or in the libexec folder of an
    // installed package (/usr/bin/smsrouter → /usr/libexec/smsrouter/smsrouter-sim).
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("smsrouter-sim")),
                                     here.filePath(QStringLiteral("../libexec/smsrouter/smsrouter-sim"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

Status DemoSetup::start(const QString &storePath)
{
    if (QFileInfo(storePath).absoluteFilePath() == QFileInfo(Database::defaultPath()).absoluteFilePath())
        return Error::invalid(QCoreApplication::translate(
            "DemoSetup", "The demo never uses your real store; choose another file for it."));
    if (auto started = startSimulator(); !started)
        return started;
    return seed(storePath);
}

Status DemoSetup::startSimulator()
{
    const QString program = findSimulator();
    if (program.isEmpty())
        return Error::failed(
            QCoreApplication::translate("DemoSetup",
                                        "The demo needs smsrouter-sim, the Restcomm simulator that comes with "
                                        "SMS Router, next to this program or in its libexec folder. Reinstall the "
                                        "package, build it (scripts/run.sh), or point SMSROUTER_SIM at it."));
    // Realistic pacing: accepted at once, handed on after 1.5 s, a delivery report after 4 s,
    // and one message in ten undelivered so the log shows both outcomes.
    m_simulator.start(program,
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exit-on-eof"),
                       QStringLiteral("--latency-ms"), QStringLiteral("60"), QStringLiteral("--sent-after-ms"),
                       QStringLiteral("1500"), QStringLiteral("--final-after-ms"), QStringLiteral("4000"),
                       QStringLiteral("--undelivered-rate"), QStringLiteral("0.1")});
    if (!m_simulator.waitForStarted(5000))
        return Error::failed(QCoreApplication::translate("DemoSetup", "The Restcomm simulator did not start: %1")
                                 .arg(m_simulator.errorString()));
    QDeadlineTimer deadline(10'000);
    while (!m_simulator.canReadLine() && !deadline.hasExpired() && m_simulator.state() == QProcess::Running)
        m_simulator.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    bool ok = false;
    const int port = m_simulator.readLine().trimmed().toInt(&ok);
    if (!ok || port <= 0)
        return Error::failed(
            QCoreApplication::translate("DemoSetup", "The Restcomm simulator did not say which port it listens on: %1")
                .arg(QString::fromLocal8Bit(m_simulator.readAllStandardError()).trimmed()));
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/restcomm/2012-04-24").arg(port));
    return {};
}

Status DemoSetup::seed(const QString &storePath)
{
    // A fresh demo every time: the simulator's port changes and its messages are gone anyway.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath + suffix);

    SessionOptions options;
    options.storePath = storePath;
    // Demo tokens are the simulator's published passwords, not secrets worth a keychain entry.
    options.secretBackendOverride = SecretBackend::Database;
    auto opened = Session::open(options);
    if (!opened)
        return opened.error();
    Session &session = **opened;
    if (auto stored = session.settings().setSecretBackend(SecretBackend::Database); !stored)
        return stored;
    if (session.settings().defaultRegion() == QLatin1String("ZZ"))
        (void)session.settings().setDefaultRegion(QStringLiteral("PT"));
    for (const DemoCarrier &demo : demoCarriers) {
        Carrier carrier;
        carrier.name = QCoreApplication::translate("DemoSetup", demo.name);
        carrier.baseUrl = m_baseUrl.toString();
        carrier.accountSid = QStringLiteral("AC") + md5Hex(QByteArray(demo.email));
        carrier.rateLimit = demo.rate;
        carrier.notes = QCoreApplication::translate("DemoSetup", "Demo: sub-account %1 on the Restcomm simulator")
                            .arg(QString::fromLatin1(demo.email));
        auto added = session.carriers().add(carrier, md5Hex(QByteArray(demo.password)).toLatin1());
        if (!added)
            return added.error();
        Rule rule;
        rule.kind = demo.kind;
        rule.value = QString::fromLatin1(demo.match);
        rule.carrierId = added->id;
        rule.costMicros = money::parse(QString::fromLatin1(demo.cost)).value_or(0);
        if (auto ruled = session.rules().add(rule); !ruled)
            return ruled.error();
    }
    return seedConversations(session);
}

Status DemoSetup::seedConversations(Session &session)
{
    // A first message to a few handsets, queued for the dispatcher to send when the window
    // starts it, and their answers waiting in the simulator: the dispatcher's first read of the
    // replies fills the Inbox and opts the STOP sender out, as a real day would.
    SendRequest request;
    for (const DemoHandset &handset : demoHandsets)
        request.recipients.append(QString::fromLatin1(handset.number));
    request.from = QStringLiteral("Demo");
    request.body = QCoreApplication::translate("DemoSetup",
                                               "Your table for Friday is booked. Reply STOP to receive no more "
                                               "messages.");
    request.origin = QCoreApplication::translate("DemoSetup", "demo");
    if (auto queued = session.sends().enqueue(request); !queued)
        return queued.error();

    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/sim/inbound"));
    // Dated a few seconds after the first message, whose replies they are.
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + 3000;
    for (const DemoHandset &handset : demoHandsets) {
        const QString fields[][2] = {
            {QStringLiteral("AccountSid"), QStringLiteral("AC") + md5Hex(QByteArray(handset.email))},
            {QStringLiteral("From"), QString::fromLatin1(handset.number)},
            {QStringLiteral("To"), request.from},
            {QStringLiteral("Body"), QString::fromUtf8(handset.reply)},
            {QStringLiteral("AtMs"), QString::number(at)},
        };
        QByteArray form;
        for (const auto &field : fields)
            form += (form.isEmpty() ? QByteArray() : QByteArrayLiteral("&")) + QUrl::toPercentEncoding(field[0]) + '='
                + QUrl::toPercentEncoding(field[1]);
        QNetworkRequest post(url);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        post.setTransferTimeout(5000);
        QNetworkReply *reply = network.post(post, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const bool ok = reply->error() == QNetworkReply::NoError;
        const QString problem = reply->errorString();
        reply->deleteLater();
        if (!ok)
            return Error::failed(
                QCoreApplication::translate("DemoSetup", "The Restcomm simulator did not take the demo's replies: %1")
                    .arg(problem));
    }
    return {};
}

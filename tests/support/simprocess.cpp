// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "simprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

namespace {

constexpr auto controlTimeout = std::chrono::seconds(10);

QString md5Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

QJsonObject accountEntry(const char *name, const char *email, const char *password, const QJsonValue &parent,
                         const char *role = "Administrator", const char *status = "active")
{
    return QJsonObject {
        {QStringLiteral("friendly_name"), QLatin1String(name)}, {QStringLiteral("email"), QLatin1String(email)},
        {QStringLiteral("password"), QLatin1String(password)},  {QStringLiteral("parent"), parent},
        {QStringLiteral("role"), QLatin1String(role)},          {QStringLiteral("status"), QLatin1String(status)},
    };
}

QString sidOf(const char *email)
{
    return QStringLiteral("AC") + md5Hex(QLatin1String(email));
}

QString argumentValue(const QStringList &arguments, const QString &name)
{
    const qsizetype at = arguments.lastIndexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

} // namespace

QByteArray SimAccountInfo::basicAuth() const
{
    return QByteArrayLiteral("Basic ") + QString(sid + QLatin1Char(':') + token).toUtf8().toBase64();
}

QJsonArray SimProcess::defaultAccounts()
{
    const QString admin = QStringLiteral("ACae6e420f425248d6a26948c17a9e2acf");
    QJsonObject top = accountEntry("admin", "administrator@company.com", "RestComm", QJsonValue::Null);
    top.insert(QStringLiteral("sid"), admin);
    QJsonObject nocreate = accountEntry("nocreate", "nocreate@sim.test", "NoCreate123", admin);
    nocreate.insert(QStringLiteral("can_create_subaccounts"), false);
    return QJsonArray {
        top,
        accountEntry("carrier1", "carrier1@sim.test", "Carrier1pass", admin),
        accountEntry("carrier2", "carrier2@sim.test", "Carrier2pass", admin),
        accountEntry("grandchild", "grandchild@sim.test", "Grandchild1", sidOf("carrier1@sim.test")),
        accountEntry("developer", "developer@sim.test", "Developer1", admin, "Developer"),
        accountEntry("suspended", "suspended@sim.test", "Suspended1", admin, "Administrator", "suspended"),
        nocreate,
        accountEntry("stranger", "stranger@sim.test", "Stranger123", QJsonValue::Null),
    };
}

SimAccountInfo SimProcess::account(const QString &name)
{
    for (const QJsonValue &value : defaultAccounts()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("friendly_name")).toString() != name)
            continue;
        SimAccountInfo info;
        info.name = name;
        info.email = entry.value(QStringLiteral("email")).toString();
        info.password = entry.value(QStringLiteral("password")).toString();
        info.token = md5Hex(info.password);
        info.sid = entry.contains(QStringLiteral("sid")) ? entry.value(QStringLiteral("sid")).toString()
                                                         : QString(QStringLiteral("AC") + md5Hex(info.email));
        return info;
    }
    qFatal("SimProcess::account: no default account named %s", qPrintable(name));
}

SimProcess::SimProcess(QStringList extraArguments, QJsonArray accounts)
    : m_arguments(std::move(extraArguments))
    , m_accounts(std::move(accounts))
{ }

SimProcess::~SimProcess()
{
    m_network.reset();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimProcess::start(std::chrono::milliseconds timeout)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder for the sim");
        return false;
    }
    m_accountsPath = m_dir.filePath(QStringLiteral("accounts.json"));
    QFile accountsFile(m_accountsPath);
    if (!accountsFile.open(QIODevice::WriteOnly) || accountsFile.write(QJsonDocument(m_accounts).toJson()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(m_accountsPath);
        return false;
    }
    accountsFile.close();
    m_ledgerPath = argumentValue(m_arguments, QStringLiteral("--ledger"));
    if (m_ledgerPath.isEmpty())
        m_ledgerPath = m_dir.filePath(QStringLiteral("ledger.jsonl"));
    if (const QString base = argumentValue(m_arguments, QStringLiteral("--base-path")); !base.isEmpty())
        m_basePath = base;
    const QString certificate = argumentValue(m_arguments, QStringLiteral("--tls-cert"));
    m_tls = !certificate.isEmpty();
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (m_tls)
        m_ssl.setCaCertificates(QSslCertificate::fromPath(certificate, QSsl::Pem));

    const QStringList arguments =
        QStringList {QStringLiteral("--accounts"), m_accountsPath, QStringLiteral("--ledger"), m_ledgerPath}
        + m_arguments;
    m_process.start(QStringLiteral(SMSROUTER_SIM_PATH), arguments);
    if (!m_process.waitForStarted(static_cast<int>(timeout.count()))) {
        m_error =
            QStringLiteral("cannot start %1: %2").arg(QStringLiteral(SMSROUTER_SIM_PATH), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeout);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()
            || !m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            if (m_process.canReadLine())
                break;
            m_process.waitForFinished(100);
            m_error = QStringLiteral("restcomm-sim did not print its port: %1").arg(stderrText().trimmed());
            return false;
        }
    }
    bool ok = false;
    m_port = static_cast<quint16>(m_process.readLine().trimmed().toUInt(&ok));
    if (!ok || m_port == 0) {
        m_error = QStringLiteral("restcomm-sim printed no port number");
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    return true;
}

QString SimProcess::stderrText()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

QUrl SimProcess::rootUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl SimProcess::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(m_basePath);
    return url;
}

QList<QJsonObject> SimProcess::readLedger() const
{
    QList<QJsonObject> lines;
    QFile file(m_ledgerPath);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

std::optional<QJsonDocument> SimProcess::control(const QByteArray &verb, const QString &pathAndQuery,
                                                 const QByteArray &body)
{
    if (!m_network) {
        m_error = QStringLiteral("the sim is not started");
        return std::nullopt;
    }
    QNetworkRequest request(QUrl(rootUrl().toString() + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(std::chrono::milliseconds(controlTimeout).count()));
    if (m_tls)
        request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(controlTimeout, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    std::unique_ptr<QNetworkReply> owned(reply);
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError) {
        m_error = QStringLiteral("%1 %2 failed: %3 %4")
                      .arg(QString::fromLatin1(verb), pathAndQuery, reply->errorString(),
                           QString::fromUtf8(reply->readAll()));
        reply->abort();
        return std::nullopt;
    }
    return QJsonDocument::fromJson(reply->readAll());
}

QString SimProcess::addInbound(const QString &accountSid, const QString &from, const QString &to, const QString &body,
                               qint64 atMs)
{
    QList<std::pair<QString, QString>> fields {{QStringLiteral("AccountSid"), accountSid},
                                               {QStringLiteral("From"), from},
                                               {QStringLiteral("To"), to},
                                               {QStringLiteral("Body"), body}};
    if (atMs > 0)
        fields.append({QStringLiteral("AtMs"), QString::number(atMs)});
    QByteArray form;
    for (const auto &[key, value] : std::as_const(fields)) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    const auto answer = control("POST", QStringLiteral("/sim/inbound"), form);
    return answer ? answer->object().value(QStringLiteral("sid")).toString() : QString();
}

bool SimProcess::advanceClock(qint64 ms)
{
    return control("POST", QStringLiteral("/sim/clock/advance?ms=%1").arg(ms)).has_value();
}

bool SimProcess::setFaults(const QJsonObject &faults)
{
    return control("POST", QStringLiteral("/sim/faults"), QJsonDocument(faults).toJson()).has_value();
}

QJsonObject SimProcess::faults()
{
    const auto document = control("GET", QStringLiteral("/sim/faults"));
    return document ? document->object() : QJsonObject();
}

QJsonObject SimProcess::stats()
{
    const auto document = control("GET", QStringLiteral("/sim/stats"));
    return document ? document->object() : QJsonObject();
}

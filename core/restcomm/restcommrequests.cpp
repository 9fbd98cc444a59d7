// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "restcommrequests.h"

#include "carriers/carriervalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

namespace restcommrequests {
namespace {

QUrl join(const RestcommEndpoint &endpoint, const QString &path)
{
    return QUrl(endpoint.baseUrl + path, QUrl::StrictMode);
}

QString encodedSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QUrl sendSmsUrl(const RestcommEndpoint &endpoint)
{
    return join(endpoint, QStringLiteral("/Accounts/%1/SMS/Messages.json").arg(encodedSegment(endpoint.accountSid)));
}

QUrl smsUrl(const RestcommEndpoint &endpoint, const QString &smsSid)
{
    return join(endpoint,
                QStringLiteral("/Accounts/%1/SMS/Messages/%2.json")
                    .arg(encodedSegment(endpoint.accountSid), encodedSegment(smsSid)));
}

QUrl smsListUrl(const RestcommEndpoint &endpoint, const SmsListQuery &q)
{
    QList<std::pair<QString, QString>> fields;
    if (!q.to.isEmpty())
        fields.append({QStringLiteral("To"), q.to});
    if (!q.from.isEmpty())
        fields.append({QStringLiteral("From"), q.from});
    if (!q.status.isEmpty())
        fields.append({QStringLiteral("Status"), q.status});
    if (!q.body.isEmpty())
        fields.append({QStringLiteral("Body"), q.body});
    if (q.startTime.isValid())
        fields.append({QStringLiteral("StartTime"), q.startTime.toString(Qt::ISODate)});
    if (q.endTime.isValid())
        fields.append({QStringLiteral("EndTime"), q.endTime.toString(Qt::ISODate)});
    fields.append({QStringLiteral("Page"), QString::number(q.page)});
    fields.append({QStringLiteral("PageSize"), QString::number(q.pageSize)});
    QUrl url =
        join(endpoint, QStringLiteral("/Accounts/%1/SMS/Messages.json").arg(encodedSegment(endpoint.accountSid)));
    // Already percent-encoded; StrictMode keeps %2B as %2B rather than a '+' the server
    // would read as a space.
    url.setQuery(QString::fromLatin1(formEncode(fields)), QUrl::StrictMode);
    return url;
}

QUrl accountUrl(const RestcommEndpoint &endpoint, bool fallbackForm)
{
    const QString sid = encodedSegment(endpoint.accountSid);
    return join(endpoint,
                fallbackForm ? QStringLiteral("/Accounts/%1.json").arg(sid)
                             : QStringLiteral("/Accounts.json/%1").arg(sid));
}

QUrl createAccountUrl(const RestcommEndpoint &endpoint)
{
    return join(endpoint, QStringLiteral("/Accounts.json"));
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray sendSmsBody(const QString &to, const QString &from, const QString &body, SmsEncoding encoding)
{
    // An empty field is left out rather than sent empty: Restcomm then refuses it with a clear
    // "From can not be null." instead of handing an empty sender to the carrier.
    QList<std::pair<QString, QString>> fields;
    const std::pair<QString, QString> given[] = {
        {QStringLiteral("To"), to}, {QStringLiteral("From"), from}, {QStringLiteral("Body"), body}};
    for (const auto &field : given) {
        if (!field.second.isEmpty())
            fields.append(field);
    }
    if (encoding == SmsEncoding::Ucs2)
        fields.append({QStringLiteral("Encoding"), QStringLiteral("UCS-2")});
    return formEncode(fields);
}

Result<QSslConfiguration> tlsConfiguration(const QString &caFile)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return config;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(QCoreApplication::translate("RestcommRequests", "The CA file %1 cannot be read (%2).")
                                 .arg(caFile, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error::failed(
            QCoreApplication::translate("RestcommRequests", "The CA file %1 holds no PEM certificate.").arg(caFile));
    config.addCaCertificates(certificates);
    return config;
}

QList<std::pair<QByteArray, QByteArray>> headers(const RestcommEndpoint &endpoint, bool withForm)
{
    QList<std::pair<QByteArray, QByteArray>> h {
        {QByteArrayLiteral("Authorization"),
         "Basic " + QByteArray(endpoint.accountSid.toUtf8() + ':' + endpoint.token).toBase64()},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("SMSRouter/" SMSROUTER_VERSION)}};
    if (withForm)
        h.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8")});
    return h;
}

QNetworkRequest request(const RestcommEndpoint &endpoint, const QUrl &url, bool withForm)
{
    QNetworkRequest r(url);
    for (const auto &[name, value] : headers(endpoint, withForm))
        r.setRawHeader(name, value);
    r.setTransferTimeout(int(endpoint.timeout.count()));
    // Never follow redirects: a redirect would replay the POST (and its credentials) elsewhere.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

Status checkTransport(const QUrl &url, const QString &carrierName)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && CarrierValidator::isLoopbackHost(url.host()))
        return {};
    return Error::invalid(
        QCoreApplication::translate("RestcommRequests",
                                    "Refusing to send to %1 over %2: only https:// is allowed, and http:// only to "
                                    "this computer. Fix the base URL of carrier “%3”.")
            .arg(url.host(),
                 scheme.isEmpty() ? QCoreApplication::translate("RestcommRequests", "an unknown scheme")
                                  : scheme + QStringLiteral("://"),
                 carrierName));
}

} // namespace restcommrequests

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "restcommparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace restcommparser {
namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString()) {
        const QString s = v.toString();
        return s == QLatin1String("null") ? QString() : s;
    }
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

int number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int parsed = v.toString().toInt(&ok);
    return ok ? parsed : 0;
}

/// `what` is marked with QT_TRANSLATE_NOOP("RestcommParser", …).
Result<QJsonObject> object(const QByteArray &json, const char *what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::failed(
            QCoreApplication::translate("RestcommParser",
                                        "Restcomm answered with something that is not the expected %1 JSON (%2).")
                .arg(QCoreApplication::translate("RestcommParser", what),
                     error.error != QJsonParseError::NoError
                         ? error.errorString()
                         : QCoreApplication::translate("RestcommParser", "not an object")));
    return doc.object();
}

SmsRecord smsFrom(const QJsonObject &o)
{
    SmsRecord r;
    r.sid = text(o, "sid");
    r.accountSid = text(o, "account_sid");
    r.from = text(o, "from");
    r.to = text(o, "to");
    r.body = text(o, "body");
    r.status = text(o, "status").toLower();
    r.direction = text(o, "direction");
    r.price = text(o, "price");
    r.priceUnit = text(o, "price_unit");
    r.errorCode = number(o, "error_code");
    r.errorMessage = text(o, "error_message");
    r.dateCreated = parseDate(text(o, "date_created"));
    r.dateUpdated = parseDate(text(o, "date_updated"));
    r.dateSent = parseDate(text(o, "date_sent"));
    return r;
}

QString excerpt(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        s += QStringLiteral("…");
    return s;
}

/// The plain-text (or JSON "message") reason from an error body, for the operator.
QString reason(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QString message = doc.object().value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            return message;
    }
    return excerpt(body);
}

} // namespace

QDateTime parseDate(const QString &value)
{
    if (value.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(value, Qt::RFC2822Date);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

Result<SmsRecord> parseSms(const QByteArray &json)
{
    auto o = object(json, QT_TRANSLATE_NOOP("RestcommParser", "message"));
    if (!o)
        return o.error();
    SmsRecord record = smsFrom(*o);
    if (record.sid.isEmpty())
        return Error::failed(QCoreApplication::translate("RestcommParser", "Restcomm's answer has no message SID."));
    return record;
}

Result<SmsPage> parseSmsPage(const QByteArray &json)
{
    auto o = object(json, QT_TRANSLATE_NOOP("RestcommParser", "message list"));
    if (!o)
        return o.error();
    SmsPage page;
    page.page = number(*o, "page");
    page.numPages = number(*o, "num_pages");
    page.pageSize = number(*o, "page_size");
    page.total = number(*o, "total");
    const QJsonArray messages = o->value(QStringLiteral("messages")).toArray();
    page.messages.reserve(messages.size());
    for (const QJsonValue &m : messages)
        page.messages.append(smsFrom(m.toObject()));
    return page;
}

Result<AccountRecord> parseAccount(const QByteArray &json)
{
    auto o = object(json, QT_TRANSLATE_NOOP("RestcommParser", "account"));
    if (!o)
        return o.error();
    AccountRecord a;
    a.sid = text(*o, "sid");
    a.friendlyName = text(*o, "friendly_name");
    a.email = text(*o, "email_address");
    a.status = text(*o, "status").toLower();
    a.type = text(*o, "type");
    a.role = text(*o, "role");
    a.authToken = text(*o, "auth_token").toLatin1();
    if (a.sid.isEmpty())
        return Error::failed(QCoreApplication::translate("RestcommParser", "Restcomm's answer has no account SID."));
    return a;
}

std::chrono::milliseconds parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) // clamped before the conversion to ms, which a carrier's 9999999999999999 overflowed
        return std::chrono::seconds(std::clamp<qint64>(seconds, 0, maxRetryAfter.count()));
    // An HTTP date ends in "GMT", which Qt's RFC 2822 reader does not take; it means +0000.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (at.isValid())
        return std::chrono::milliseconds(
            std::clamp<qint64>(now.msecsTo(at), 0, std::chrono::milliseconds(maxRetryAfter).count()));
    return std::chrono::milliseconds(0);
}

namespace {

/// The consequence a failure before any connection has for a message being submitted.
QString notSent(bool submitting)
{
    return submitting ? QCoreApplication::translate("RestcommParser", "; the message was not sent") : QString();
}

} // namespace

RestcommError classify(int httpStatus, int networkError, const QString &networkErrorText, bool requestWritten,
                       const QByteArray &body, const QByteArray &retryAfterHeader, const QString &carrierName,
                       const QDateTime &now, RequestPurpose purpose)
{
    const bool submitting = purpose == RequestPurpose::SubmitMessage;
    using Kind = RestcommError::Kind;
    RestcommError e;
    e.httpStatus = httpStatus;
    e.responseExcerpt = excerpt(body);
    e.retryAfter = parseRetryAfter(retryAfterHeader, now);
    const QString carrier = carrierName.isEmpty()
        ? QCoreApplication::translate("RestcommParser", "this carrier")
        : QCoreApplication::translate("RestcommParser", "carrier “%1”").arg(carrierName);

    if (httpStatus >= 200 && httpStatus < 300)
        return e;
    if (httpStatus == 400 || httpStatus == 413) {
        e.kind = Kind::MessageLevel;
        e.message = httpStatus == 413
            ? QCoreApplication::translate(
                "RestcommParser",
                "Restcomm refused the message as too large (HTTP 413). Shorten it; it is not retried.")
            : QCoreApplication::translate("RestcommParser",
                                          "Restcomm refused the message (HTTP 400: %1). Correct it; it is not retried.")
                  .arg(reason(body).isEmpty() ? QCoreApplication::translate("RestcommParser", "no reason given")
                                              : reason(body));
        return e;
    }
    if (httpStatus == 401) {
        e.kind = Kind::CarrierLevel;
        e.message =
            QCoreApplication::translate(
                "RestcommParser", "Restcomm refused the credentials (HTTP 401). Check the Account SID and token of %1.")
                .arg(carrier);
        return e;
    }
    if (httpStatus == 403) {
        if (body.contains("SMS_LIMIT_EXCEEDED")) {
            e.kind = Kind::Throttled;
            e.message =
                QCoreApplication::translate("RestcommParser",
                                            "Restcomm's sending limit for %1 is reached (HTTP 403 SMS_LIMIT_EXCEEDED); "
                                            "sending resumes later.")
                    .arg(carrier);
            return e;
        }
        e.kind = Kind::CarrierLevel;
        if (body.contains("not active"))
            e.message =
                QCoreApplication::translate("RestcommParser",
                                            "The Restcomm account of %1 is not active (HTTP 403). Reactivate it in "
                                            "Restcomm, or disable the carrier.")
                    .arg(carrier);
        else
            e.message = QCoreApplication::translate(
                            "RestcommParser",
                            "Restcomm refused the request (HTTP 403): the account of %1 may not send SMS, or "
                            "the Account SID belongs to another account tree. Check its role and SID.")
                            .arg(carrier);
        return e;
    }
    if (httpStatus == 404) {
        e.kind = Kind::CarrierLevel;
        e.message = QCoreApplication::translate(
                        "RestcommParser",
                        "Restcomm does not know this address (HTTP 404). Check the base URL and Account SID "
                        "of %1.")
                        .arg(carrier);
        return e;
    }
    if (httpStatus == 429 || httpStatus == 503) {
        e.kind = Kind::Throttled;
        e.message =
            QCoreApplication::translate("RestcommParser", "Restcomm asked %1 to slow down (HTTP %2)%3.")
                .arg(carrier)
                .arg(httpStatus)
                .arg(e.retryAfter.count() > 0 ? QCoreApplication::translate("RestcommParser", "; retrying after %1 s")
                                                    .arg((e.retryAfter.count() + 999) / 1000)
                                              : QString());
        return e;
    }
    if (httpStatus >= 500) {
        e.kind = Kind::Ambiguous;
        e.message =
            QCoreApplication::translate("RestcommParser", "Restcomm failed while handling the request (HTTP %1: %2).")
                .arg(httpStatus)
                .arg(reason(body).isEmpty() ? QCoreApplication::translate("RestcommParser", "no reason given")
                                            : reason(body))
            + (submitting ? QCoreApplication::translate(
                   "RestcommParser",
                   " It may or may not have accepted the message; it is looked up before any "
                   "resend.")
                          : QCoreApplication::translate("RestcommParser", " Try again in a moment."));
        return e;
    }
    if (httpStatus > 0) {
        e.kind = Kind::CarrierLevel;
        e.message = QCoreApplication::translate(
                        "RestcommParser",
                        "Restcomm answered HTTP %1, which this program does not expect for %2 (%3). Check "
                        "the carrier's base URL.")
                        .arg(httpStatus)
                        .arg(carrier, reason(body));
        return e;
    }

    // No HTTP answer at all. Only failures that happen before any connection exists prove that
    // nothing was sent: a refused connection, an unknown host, a failed TLS handshake. Everything
    // else — a timeout above all — may have come after the request left, even when Qt has not
    // yet said so: a request that timed out here reached restcomm-sim 3 ms later, on a loaded
    // machine, and calling that "not sent" resent it. Those are looked up before any resend.
    const auto error = QNetworkReply::NetworkError(networkError);
    if (error == QNetworkReply::SslHandshakeFailedError) {
        e.kind = Kind::NotSent;
        e.message = QCoreApplication::translate(
                        "RestcommParser",
                        "The TLS handshake with %1 failed (%2)%3. If the carrier uses its own certificate "
                        "authority, set its CA file.")
                        .arg(carrier, networkErrorText, notSent(submitting));
        return e;
    }
    if (error == QNetworkReply::ConnectionRefusedError) {
        e.kind = Kind::NotSent;
        e.message =
            QCoreApplication::translate(
                "RestcommParser", "Nothing answers at the address of %1 (connection refused)%2. Check its base URL.")
                .arg(carrier, notSent(submitting));
        return e;
    }
    if (error == QNetworkReply::HostNotFoundError) {
        e.kind = Kind::NotSent;
        e.message =
            QCoreApplication::translate(
                "RestcommParser", "The host of %1 was not found%2. Check its base URL and this computer's network.")
                .arg(carrier, notSent(submitting));
        return e;
    }
    e.kind = Kind::Ambiguous;
    const QString when = requestWritten
        ? QCoreApplication::translate("RestcommParser", "after the request was sent")
        : QCoreApplication::translate("RestcommParser", "while the request was on its way");
    const QString maybe = submitting
        ? QCoreApplication::translate("RestcommParser",
                                      " Restcomm may have accepted the message; it is looked up before any resend.")
        : QString();
    if (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError)
        e.message =
            QCoreApplication::translate("RestcommParser", "No answer from %1 in time (%2).").arg(carrier, when) + maybe;
    else
        e.message = QCoreApplication::translate("RestcommParser", "The connection to %1 broke %2 (%3).")
                        .arg(carrier, when, networkErrorText)
            + maybe;
    return e;
}

} // namespace restcommparser

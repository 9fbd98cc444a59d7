// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "restcommendpoint.h"
#include "sms/smsencoding.h"

#include <QDate>
#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

/// Filters and paging of Restcomm's message list (restcomm-api.md §5.1).
struct SmsListQuery
{
    QString to; ///< matched as LIKE '%'+value by the server
    QString from;
    QString status;
    QString body;
    QDate startTime; ///< date_created >= this day
    QDate endTime; ///< date_created <= this day + 1
    int page = 0;
    int pageSize = 50;
};

/// Builds every Restcomm request: URLs with `.json` where old and new servers accept it,
/// form bodies with every key and value percent-encoded (so '+' travels as %2B), and one
/// place that sets the Basic header, Accept, user agent, transfer timeout and TLS trust.
namespace restcommrequests {

QUrl sendSmsUrl(const RestcommEndpoint &endpoint);
QUrl smsUrl(const RestcommEndpoint &endpoint, const QString &smsSid);
/// Builds the page URL itself: Restcomm's own paging URIs may lack `.json` (§5.2).
QUrl smsListUrl(const RestcommEndpoint &endpoint, const SmsListQuery &query);
/// `/Accounts.json/{Sid}` (old and new servers) or, as the fallback, `/Accounts/{Sid}.json`.
QUrl accountUrl(const RestcommEndpoint &endpoint, bool fallbackForm);
QUrl createAccountUrl(const RestcommEndpoint &endpoint);

/// key=value&… with QUrl::toPercentEncoding on both sides (never QUrlQuery: it leaves '+').
QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);
/// To, From, Body (each left out when empty) and, for UCS-2 text only, Encoding=UCS-2 (Restcomm
/// knows no "GSM-7" value).
QByteArray sendSmsBody(const QString &to, const QString &from, const QString &body, SmsEncoding encoding);

/// System CAs plus the carrier's own CA file, if any. Fails when the file cannot be read.
Result<QSslConfiguration> tlsConfiguration(const QString &caFile);

/// The headers every request carries: the explicit Basic header, Accept: application/json, the
/// user agent and, when `withForm`, the form content type.
QList<std::pair<QByteArray, QByteArray>> headers(const RestcommEndpoint &endpoint, bool withForm);

/// A request with the explicit Basic header, Accept: application/json, the user agent and the
/// transfer timeout. `withForm` adds the form content type.
QNetworkRequest request(const RestcommEndpoint &endpoint, const QUrl &url, bool withForm);

/// Refuses plain http:// to anything but this computer, whatever the stored carrier says.
Status checkTransport(const QUrl &url, const QString &carrierName);

} // namespace restcommrequests

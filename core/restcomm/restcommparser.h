// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "restcommerror.h"
#include "restcommrecords.h"

#include <QByteArray>
#include <QString>

/// Lenient readers for Restcomm's JSON (restcomm-api.md §8.6): any field may be missing,
/// numbers may arrive as strings, "null" may be a string.
namespace restcommparser {

Result<SmsRecord> parseSms(const QByteArray &json);
Result<SmsPage> parseSmsPage(const QByteArray &json);
Result<AccountRecord> parseAccount(const QByteArray &json);

/// RFC 2822 (date_created) or ISO 8601 (date_sent); invalid when neither.
QDateTime parseDate(const QString &text);

/// The longest wait a Retry-After is taken for: a carrier asking for more than a day has a
/// broken header, and its messages wait a day, not for ever.
inline constexpr std::chrono::seconds maxRetryAfter {24 * 3600};

/// Retry-After as seconds or an HTTP date, relative to `now`, at most maxRetryAfter; 0 when
/// absent or unreadable.
std::chrono::milliseconds parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// What a request was for: the wording of a failure says what it means for a message only when
/// one was being submitted ("the message was not sent" makes no sense for a connection test).
enum class RequestPurpose { SubmitMessage, Other };

/// Sorts an HTTP answer (or its absence) into an error class with an operator-facing message.
/// `requestWritten`: whether Qt said the request left (only the wording uses it: a failure
/// without an answer is "maybe accepted" unless it proves no connection existed).
/// `networkError` is a QNetworkReply::NetworkError, `networkErrorText` Qt's description of it.
RestcommError classify(int httpStatus, int networkError, const QString &networkErrorText, bool requestWritten,
                       const QByteArray &body, const QByteArray &retryAfterHeader, const QString &carrierName,
                       const QDateTime &now, RequestPurpose purpose = RequestPurpose::SubmitMessage);

} // namespace restcommparser

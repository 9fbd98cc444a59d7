// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagestore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {

const QString apiVersion = QStringLiteral("2012-04-24");

void appendJsonString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    out.append(out.size() > 1 ? ",\"" : "\"").append(key).append("\":");
    appendJsonString(out, value);
}

} // namespace

SimMessage &MessageStore::add(SimMessage message)
{
    message.sequence = static_cast<qint64>(m_messages.size());
    auto owned = std::make_unique<SimMessage>(std::move(message));
    SimMessage *raw = owned.get();
    m_bySid.insert(raw->sid, raw);
    m_byAccount[raw->accountSid].append(raw);
    m_messages.push_back(std::move(owned));
    return *raw;
}

QList<const SimMessage *> MessageStore::forAccounts(const QSet<QString> &accountSids) const
{
    if (accountSids.size() == 1)
        return m_byAccount.value(*accountSids.begin());
    QList<const SimMessage *> result;
    for (const QString &sid : accountSids)
        result.append(m_byAccount.value(sid));
    // Several accounts: back to arrival order, as one table scan would give.
    std::sort(result.begin(), result.end(),
              [](const SimMessage *a, const SimMessage *b) { return a->sequence < b->sequence; });
    return result;
}

MessageStore::Status MessageStore::statusOf(const SimMessage &message, const FaultConfig &config, qint64 nowMs)
{
    const qint64 age = nowMs - message.createdMs;
    Status status;
    status.updatedAtMs = message.createdMs;
    if (message.inbound) {
        status.name = QStringLiteral("received");
        status.sentAtMs = message.createdMs;
        return status;
    }
    if (age < config.sentAfterMs) {
        status.name = QStringLiteral("sending");
        return status;
    }
    if (message.outcome == SimMessage::Outcome::Failed) {
        status.updatedAtMs = message.createdMs + config.sentAfterMs;
        status.name = QStringLiteral("failed");
        status.errorCode = 30008;
        status.errorMessage = QStringLiteral("Unknown error");
        return status;
    }
    status.sentAtMs = status.updatedAtMs = message.createdMs + config.sentAfterMs;
    if (config.finalAfterMs < 0 || age < config.finalAfterMs) {
        status.name = QStringLiteral("sent");
    } else if (message.outcome == SimMessage::Outcome::Undelivered) {
        status.updatedAtMs = message.createdMs + config.finalAfterMs;
        status.name = QStringLiteral("undelivered");
        status.errorCode = 30003;
        status.errorMessage = QStringLiteral("Unreachable destination handset");
    } else {
        status.updatedAtMs = message.createdMs + config.finalAfterMs;
        status.name = QStringLiteral("delivered");
    }
    return status;
}

QString MessageStore::rfc2822(qint64 ms, int utcOffsetS)
{
    // Formatting dates dominates the cost of a send reply; the text only changes once a second.
    thread_local qint64 cachedSecond = -1;
    thread_local int cachedOffset = 0;
    thread_local QString cachedText;
    const qint64 second = ms / 1000;
    if (second != cachedSecond || utcOffsetS != cachedOffset) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::OffsetFromUTC, utcOffsetS);
        const int minutes = std::abs(utcOffsetS) / 60;
        cachedText = QLocale::c().toString(local, QStringLiteral("ddd, d MMM yyyy HH:mm:ss "))
            + (utcOffsetS < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            + QStringLiteral("%1%2")
                  .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                  .arg(minutes % 60, 2, 10, QLatin1Char('0'));
        cachedSecond = second;
        cachedOffset = utcOffsetS;
    }
    return cachedText;
}

QString MessageStore::iso8601(qint64 ms, int utcOffsetS)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, utcOffsetS).toString(Qt::ISODateWithMs);
}

QString MessageStore::uriOf(const SimMessage &message)
{
    return QStringLiteral("/2012-04-24/Accounts/") + message.accountSid + QStringLiteral("/SMS/Messages/") + message.sid
        + QStringLiteral(".json");
}

QJsonObject MessageStore::toJson(const SimMessage &message, const Status &status, int utcOffsetS)
{
    const QString created = rfc2822(message.createdMs, utcOffsetS);
    QJsonObject json {
        {QStringLiteral("sid"), message.sid},
        {QStringLiteral("date_created"), created},
        {QStringLiteral("date_updated"), rfc2822(status.updatedAtMs, utcOffsetS)},
        {QStringLiteral("account_sid"), message.accountSid},
        {QStringLiteral("from"), message.from},
        {QStringLiteral("to"), message.to},
        {QStringLiteral("body"), message.body},
        {QStringLiteral("status"), status.name},
        {QStringLiteral("direction"), message.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound-api")},
        {QStringLiteral("price"), QStringLiteral("0")},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("api_version"), apiVersion},
        {QStringLiteral("uri"), uriOf(message)},
    };
    if (status.sentAtMs >= 0)
        json.insert(QStringLiteral("date_sent"), iso8601(status.sentAtMs, utcOffsetS));
    // Gson without serializeNulls(): the error keys are absent unless there is an error.
    if (status.errorCode != 0) {
        json.insert(QStringLiteral("error_code"), status.errorCode);
        json.insert(QStringLiteral("error_message"), status.errorMessage);
    }
    return json;
}

QByteArray MessageStore::acceptedJson(const SimMessage &message, int utcOffsetS)
{
    const QString created = rfc2822(message.createdMs, utcOffsetS);
    QByteArray out;
    out.reserve(512 + message.body.size() * 3);
    out.append('{');
    appendField(out, "sid", message.sid);
    appendField(out, "date_created", created);
    appendField(out, "date_updated", created);
    appendField(out, "account_sid", message.accountSid);
    appendField(out, "from", message.from);
    appendField(out, "to", message.to);
    appendField(out, "body", message.body);
    appendField(out, "status", QStringLiteral("sending"));
    appendField(out, "direction", QStringLiteral("outbound-api"));
    appendField(out, "price", QStringLiteral("0"));
    appendField(out, "price_unit", QStringLiteral("USD"));
    appendField(out, "api_version", apiVersion);
    appendField(out, "uri", uriOf(message));
    out.append('}');
    return out;
}

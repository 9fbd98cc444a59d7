// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "faultconfig.h"

#include <QJsonValue>
#include <QStringList>

namespace {

bool readRate(const QJsonObject &json, const QString &key, double &out, QString *error)
{
    if (!json.contains(key))
        return true;
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1) {
        *error = QStringLiteral("%1 must be a number between 0 and 1").arg(key);
        return false;
    }
    out = value.toDouble();
    return true;
}

template<typename Int>
bool readInt(const QJsonObject &json, const QString &key, Int &out, QString *error, qint64 min = 0)
{
    if (!json.contains(key))
        return true;
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger()) || value.toInteger() < min) {
        *error = QStringLiteral("%1 must be an integer >= %2").arg(key).arg(min);
        return false;
    }
    out = static_cast<Int>(value.toInteger());
    return true;
}

const QStringList &knownKeys()
{
    static const QStringList keys {
        QStringLiteral("error_rate"),     QStringLiteral("throttle_rate"),    QStringLiteral("hang_rate"),
        QStringLiteral("reset_rate"),     QStringLiteral("undelivered_rate"), QStringLiteral("failed_rate"),
        QStringLiteral("throttle_reply"), QStringLiteral("retry_after"),      QStringLiteral("latency_ms"),
        QStringLiteral("rate_limit"),     QStringLiteral("sent_after_ms"),    QStringLiteral("final_after_ms"),
    };
    return keys;
}

} // namespace

QJsonObject FaultConfig::toJson() const
{
    return QJsonObject {
        {QStringLiteral("error_rate"), errorRate},
        {QStringLiteral("throttle_rate"), throttleRate},
        {QStringLiteral("hang_rate"), hangRate},
        {QStringLiteral("reset_rate"), resetRate},
        {QStringLiteral("undelivered_rate"), undeliveredRate},
        {QStringLiteral("failed_rate"), failedRate},
        {QStringLiteral("throttle_reply"),
         throttleReply == ThrottleReply::TooManyRequests ? QStringLiteral("429") : QStringLiteral("403")},
        {QStringLiteral("retry_after"), retryAfterS},
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("rate_limit"), rateLimit},
        {QStringLiteral("sent_after_ms"), sentAfterMs},
        {QStringLiteral("final_after_ms"), finalAfterMs},
    };
}

bool FaultConfig::apply(const QJsonObject &json, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys().contains(it.key())) {
            *error = QStringLiteral("unknown fault key \"%1\"; known keys: %2")
                         .arg(it.key(), knownKeys().join(QStringLiteral(", ")));
            return false;
        }
    }
    FaultConfig next = *this;
    if (!readRate(json, QStringLiteral("error_rate"), next.errorRate, error)
        || !readRate(json, QStringLiteral("throttle_rate"), next.throttleRate, error)
        || !readRate(json, QStringLiteral("hang_rate"), next.hangRate, error)
        || !readRate(json, QStringLiteral("reset_rate"), next.resetRate, error)
        || !readRate(json, QStringLiteral("undelivered_rate"), next.undeliveredRate, error)
        || !readRate(json, QStringLiteral("failed_rate"), next.failedRate, error)
        || !readInt(json, QStringLiteral("retry_after"), next.retryAfterS, error)
        || !readInt(json, QStringLiteral("latency_ms"), next.latencyMs, error)
        || !readInt(json, QStringLiteral("rate_limit"), next.rateLimit, error)
        || !readInt(json, QStringLiteral("sent_after_ms"), next.sentAfterMs, error)
        || !readInt(json, QStringLiteral("final_after_ms"), next.finalAfterMs, error, -1))
        return false;
    if (json.contains(QStringLiteral("throttle_reply"))) {
        const QString reply = json.value(QStringLiteral("throttle_reply")).toVariant().toString();
        if (reply == QLatin1String("429")) {
            next.throttleReply = ThrottleReply::TooManyRequests;
        } else if (reply == QLatin1String("403")) {
            next.throttleReply = ThrottleReply::SmsLimitExceeded;
        } else {
            *error = QStringLiteral("throttle_reply must be \"429\" or \"403\"");
            return false;
        }
    }
    if (!next.validate(error))
        return false;
    *this = next;
    return true;
}

bool FaultConfig::validate(QString *error) const
{
    if (errorRate + throttleRate + hangRate + resetRate > 1.0 + 1e-9) {
        *error = QStringLiteral("error, throttle, hang and reset rates add up to more than 1");
        return false;
    }
    if (undeliveredRate + failedRate > 1.0 + 1e-9) {
        *error = QStringLiteral("undelivered and failed rates add up to more than 1");
        return false;
    }
    if (finalAfterMs >= 0 && finalAfterMs < sentAfterMs) {
        *error = QStringLiteral("final_after_ms must not be smaller than sent_after_ms (or -1 for no receipt)");
        return false;
    }
    return true;
}

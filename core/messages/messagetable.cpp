// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagetable.h"

#include <QDateTime>

namespace messagetable {

QString isoTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QStringList columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("campaign_id"),
            QStringLiteral("to"),
            QStringLiteral("from"),
            QStringLiteral("body"),
            QStringLiteral("encoding"),
            QStringLiteral("segments"),
            QStringLiteral("carrier"),
            QStringLiteral("state"),
            QStringLiteral("provider_sid"),
            QStringLiteral("provider_status"),
            QStringLiteral("attempts"),
            QStringLiteral("error"),
            QStringLiteral("price"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QStringList row(const Message &m, const QString &carrierName)
{
    return {QString::number(m.id),
            m.campaignId ? QString::number(m.campaignId) : QString(),
            m.to,
            m.from,
            m.body,
            smsEncodingName(m.encoding),
            QString::number(m.segments),
            carrierName,
            messageStateName(m.state),
            m.providerSid,
            m.providerStatus,
            QString::number(m.attempts),
            m.lastError,
            m.price.isEmpty() ? QString()
                              : m.price + (m.priceUnit.isEmpty() ? QString() : QLatin1Char(' ') + m.priceUnit),
            isoTime(m.createdAt),
            isoTime(m.updatedAt)};
}

QJsonObject json(const Message &m, const QString &carrierName)
{
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("campaign_id"), m.campaignId ? QJsonValue(m.campaignId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("to"), m.to},
            {QStringLiteral("from"), m.from},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("encoding"), smsEncodingName(m.encoding)},
            {QStringLiteral("segments"), m.segments},
            {QStringLiteral("carrier"), orNull(carrierName)},
            {QStringLiteral("state"), messageStateName(m.state)},
            {QStringLiteral("provider_sid"), orNull(m.providerSid)},
            {QStringLiteral("provider_status"), orNull(m.providerStatus)},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("error"), orNull(m.lastError)},
            {QStringLiteral("price"), orNull(m.price)},
            {QStringLiteral("created_at"), isoTime(m.createdAt)},
            {QStringLiteral("updated_at"), isoTime(m.updatedAt)}};
}

} // namespace messagetable

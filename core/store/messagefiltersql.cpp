// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagefiltersql.h"

#include "messageindexes.h"

namespace {

/// `value` for a LIKE pattern with its wildcards taken literally (escaped with a backslash).
QString escapeLike(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

} // namespace

MessageFilterSql MessageFilterSql::from(const MessageFilter &f)
{
    MessageFilterSql out;
    QStringList where;
    if (!f.states.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < f.states.size(); ++i) {
            const QString name = QStringLiteral(":s%1").arg(i);
            placeholders.append(name);
            out.bindings.append({name, messageStateName(f.states.at(i))});
        }
        where.append(QStringLiteral("state IN (%1)").arg(placeholders.join(QStringLiteral(", "))));
        // The states are bound, so SQLite cannot see that pending is not among them: say so,
        // or it cannot use messages_due, which leaves pending messages out.
        if (!f.states.contains(MessageState::Pending))
            where.append(messageindexes::notPending());
    }
    if (f.carrierId != 0) {
        where.append(QStringLiteral("carrier_id = :carrier"));
        out.bindings.append({QStringLiteral(":carrier"), f.carrierId});
    }
    if (f.campaignId == MessageFilter::singleSends) {
        where.append(QStringLiteral("campaign_id IS NULL"));
    } else if (f.campaignId != 0) {
        where.append(QStringLiteral("campaign_id = :campaign"));
        out.bindings.append({QStringLiteral(":campaign"), f.campaignId});
    }
    if (!f.toContains.isEmpty()) {
        where.append(QStringLiteral("to_number LIKE :to ESCAPE '\\'"));
        out.bindings.append(
            {QStringLiteral(":to"), QString(QLatin1Char('%') + escapeLike(f.toContains) + QLatin1Char('%'))});
    }
    if (f.createdFrom != 0) {
        where.append(QStringLiteral("created_at >= :from"));
        out.bindings.append({QStringLiteral(":from"), f.createdFrom});
    }
    if (f.createdTo != 0) {
        where.append(QStringLiteral("created_at < :until"));
        out.bindings.append({QStringLiteral(":until"), f.createdTo});
    }
    if (f.beforeId != 0) {
        where.append(QStringLiteral("id < :before"));
        out.bindings.append({QStringLiteral(":before"), f.beforeId});
    }
    if (f.afterId != 0) {
        where.append(QStringLiteral("id > :after"));
        out.bindings.append({QStringLiteral(":after"), f.afterId});
    }
    if (!where.isEmpty())
        out.clause = QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    return out;
}

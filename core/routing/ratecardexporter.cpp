// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "ratecardexporter.h"

#include "carriers/carrierservice.h"
#include "ruleservice.h"

#include <QHash>

QStringList RateCardExporter::header()
{
    return {QStringLiteral("prefix"), QStringLiteral("country"), QStringLiteral("carrier"), QStringLiteral("priority"),
            QStringLiteral("weight"), QStringLiteral("cost"),    QStringLiteral("enabled")};
}

Result<RateCardTable> RateCardExporter::exportTable() const
{
    auto carriers = m_carriers.list();
    if (!carriers)
        return carriers.error();
    auto rules = m_rules.list();
    if (!rules)
        return rules.error();
    QHash<qint64, QString> names;
    for (const Carrier &c : *carriers)
        names.insert(c.id, c.name);

    RateCardTable table;
    table.header = header();
    table.rows.reserve(rules->size());
    for (const Rule &rule : *rules) {
        const QString prefix = rule.kind == Rule::Kind::Prefix ? rule.value
            : rule.kind == Rule::Kind::Default                 ? QStringLiteral("*")
                                                               : QString();
        const QString country = rule.kind == Rule::Kind::Country ? rule.value : QString();
        table.rows.append({prefix, country, names.value(rule.carrierId), QString::number(rule.priority),
                           QString::number(rule.weight), RuleValidator::formatCost(rule.costMicros),
                           rule.enabled ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return table;
}

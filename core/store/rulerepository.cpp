// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "rulerepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace {

const QString selectRuleColumns = QStringLiteral("SELECT id, match_kind, match_value, carrier_id, priority, weight, "
                                                 "cost_micros, enabled, created_at FROM rules ");
const QString listOrder = QStringLiteral(" ORDER BY match_kind, match_value, priority, cost_micros, id");

Rule ruleFromRow(const QSqlQuery &q)
{
    Rule r;
    r.id = q.value(0).toLongLong();
    Rule::kindFromName(q.value(1).toString(), &r.kind);
    r.value = q.value(2).toString();
    r.carrierId = q.value(3).toLongLong();
    r.priority = q.value(4).toInt();
    r.weight = q.value(5).toInt();
    r.costMicros = q.value(6).toLongLong();
    r.enabled = q.value(7).toInt() != 0;
    r.createdAt = q.value(8).toLongLong();
    return r;
}

Result<RuleList> rulesFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    RuleList rules;
    while (query->next())
        rules.append(ruleFromRow(*query));
    return rules;
}

} // namespace

Result<RuleList> RuleRepository::list() const
{
    return rulesFrom(sql::run(m_db.connection(), selectRuleColumns + listOrder));
}

Result<RuleList> RuleRepository::listForCarrier(qint64 carrierId) const
{
    return rulesFrom(sql::run(m_db.connection(),
                              selectRuleColumns + QStringLiteral("WHERE carrier_id = :c") + listOrder,
                              {{"c", carrierId}}));
}

Result<std::optional<Rule>> RuleRepository::findById(qint64 id) const
{
    auto rules =
        rulesFrom(sql::run(m_db.connection(), selectRuleColumns + QStringLiteral("WHERE id = :id"), {{"id", id}}));
    if (!rules)
        return rules.error();
    if (rules->isEmpty())
        return std::optional<Rule>();
    return std::optional<Rule>(rules->first());
}

Result<Rule> RuleRepository::insert(Rule r)
{
    auto id =
        sql::scalar(m_db.connection(),
                    QStringLiteral("INSERT INTO rules (match_kind, match_value, carrier_id, priority, weight, "
                                   "cost_micros, enabled, created_at) VALUES (:kind, :value, :carrier, :priority, "
                                   ":weight, :cost, :enabled, :created) RETURNING id"),
                    {{"kind", Rule::kindName(r.kind)},
                     {"value", r.value},
                     {"carrier", r.carrierId},
                     {"priority", r.priority},
                     {"weight", r.weight},
                     {"cost", r.costMicros},
                     {"enabled", r.enabled ? 1 : 0},
                     {"created", r.createdAt}});
    if (!id)
        return id.error();
    r.id = id->toLongLong();
    return r;
}

Status RuleRepository::update(const Rule &r)
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE rules SET match_kind = :kind, match_value = :value, carrier_id = "
                                         ":carrier, priority = :priority, weight = :weight, cost_micros = :cost, "
                                         "enabled = :enabled WHERE id = :id"),
                          {{"kind", Rule::kindName(r.kind)},
                           {"value", r.value},
                           {"carrier", r.carrierId},
                           {"priority", r.priority},
                           {"weight", r.weight},
                           {"cost", r.costMicros},
                           {"enabled", r.enabled ? 1 : 0},
                           {"id", r.id}});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate("RuleRepository", "Rule %1 does not exist.").arg(r.id));
    return {};
}

Status RuleRepository::remove(qint64 id)
{
    auto query = sql::run(m_db.connection(), QStringLiteral("DELETE FROM rules WHERE id = :id"), {{"id", id}});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate(
                                   "RuleRepository", "There is no rule %1; `smsrouter-cli rule list` shows the ids.")
                                   .arg(id));
    return {};
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "ruleservice.h"

#include "carriers/carrierservice.h"
#include "common/logging.h"
#include "phone/phonenumberparser.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/rulerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

QString duplicateKey(const Rule &rule)
{
    return QStringLiteral("%1|%2|%3").arg(Rule::kindName(rule.kind), rule.value).arg(rule.carrierId);
}

} // namespace

RuleService::Batch::Batch(RuleService &service)
    : m_service(service)
{
    ++m_service.m_batchDepth;
}

RuleService::Batch::~Batch()
{
    if (--m_service.m_batchDepth == 0 && m_service.m_rebuildPending) {
        m_service.m_rebuildPending = false;
        m_service.storeChanged();
    }
}

RuleService::RuleService(Database &db, CarrierService &carriers, Settings &settings, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_carriers(carriers)
    , m_settings(settings)
    , m_clock(clock)
    , m_index(RouteIndex::empty())
{
    // A carrier renamed, disabled or removed changes decisions even when no rule changed.
    connect(&m_carriers, &CarrierService::changed, this, &RuleService::storeChanged);
    connect(&m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == Settings::CurrencyKey)
            storeChanged(); // explanations name the currency
    });
    if (auto loaded = reload(); !loaded)
        qCWarning(lcRouting) << "routing rules could not be loaded; every number is unroutable until they are:"
                             << loaded.errorMessage();
}

RuleService::~RuleService() = default;

void RuleService::storeChanged()
{
    if (m_batchDepth > 0) {
        m_rebuildPending = true;
        return;
    }
    (void)reload();
    Q_EMIT changed();
}

Status RuleService::reload()
{
    auto rules = RuleRepository(m_db).list();
    if (!rules)
        return rules.error();
    auto carriers = m_carriers.list();
    if (!carriers)
        return carriers.error();
    auto built = RouteIndex::build(*rules, *carriers, m_settings.currency());
    const QMutexLocker lock(&m_indexMutex);
    m_index = std::move(built);
    return {};
}

std::shared_ptr<const RouteIndex> RuleService::index() const
{
    const QMutexLocker lock(&m_indexMutex);
    return m_index;
}

RouteDecision RuleService::decide(const ParsedNumber &number, qint64 messageId,
                                  const RouteIndex::Unavailable &unavailable) const
{
    return index()->decide(number, messageId, unavailable);
}

RouteExplanation RuleService::explain(const QString &input, const QString &region, qint64 messageId) const
{
    RouteExplanation explanation;
    explanation.number = PhoneNumberParser(m_settings.defaultRegion()).parse(input, region);
    explanation.decision = decide(explanation.number, messageId);
    return explanation;
}

Result<RuleList> RuleService::list() const
{
    return RuleRepository(m_db).list();
}

Result<Rule> RuleService::findById(qint64 id) const
{
    auto found = RuleRepository(m_db).findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QCoreApplication::translate("RuleService", "There is no rule %1; `smsrouter-cli rule list` shows the ids.")
                .arg(id));
    return **found;
}

QList<RuleProblem> RuleService::validate(const Rule &rule) const
{
    auto carriers = m_carriers.list();
    auto rules = list();
    if (!carriers || !rules) {
        const QString why = !carriers ? carriers.errorMessage() : rules.errorMessage();
        return {{RuleProblem::Field::Carrier,
                 QCoreApplication::translate("RuleService", "The store could not be read: %1").arg(why)}};
    }
    return RuleValidator::validate(rule, *carriers, *rules);
}

Result<Rule> RuleService::save(Rule rule, bool insert)
{
    rule.value = RuleValidator::normaliseValue(rule.kind, rule.value);
    if (insert) {
        rule.id = 0;
        rule.createdAt = m_clock.nowMs();
    } else {
        auto existing = findById(rule.id);
        if (!existing)
            return existing.error();
        rule.createdAt = existing->createdAt;
    }
    const QList<RuleProblem> problems = validate(rule);
    if (!problems.isEmpty())
        return Error::invalid(RuleValidator::describe(problems));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<Rule> saved = rule;
    if (insert) {
        saved = RuleRepository(m_db).insert(rule);
    } else if (auto updated = RuleRepository(m_db).update(rule); !updated) {
        saved = updated.error();
    }
    if (!saved)
        return saved.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    qCInfo(lcRouting) << (insert ? "added rule" : "updated rule") << saved->id << saved->matchText();
    storeChanged();
    return saved;
}

Result<Rule> RuleService::add(Rule rule)
{
    return save(std::move(rule), true);
}

Result<Rule> RuleService::update(Rule rule)
{
    return save(std::move(rule), false);
}

Status RuleService::setEnabled(qint64 id, bool enabled)
{
    auto rule = findById(id);
    if (!rule)
        return rule.error();
    if (rule->enabled == enabled)
        return {};
    rule->enabled = enabled;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto saved = RuleRepository(m_db).update(*rule); !saved)
        return saved;
    if (auto committed = tx->commit(); !committed)
        return committed;
    storeChanged();
    return {};
}

Status RuleService::remove(qint64 id)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto removed = RuleRepository(m_db).remove(id); !removed)
        return removed;
    if (auto committed = tx->commit(); !committed)
        return committed;
    qCInfo(lcRouting) << "removed rule" << id;
    storeChanged();
    return {};
}

Result<RuleList> RuleService::saveAll(RuleList rules)
{
    auto carriers = m_carriers.list();
    if (!carriers)
        return carriers.error();
    auto existing = list();
    if (!existing)
        return existing.error();

    QHash<qint64, Rule> existingById;
    for (const Rule &rule : *existing)
        existingById.insert(rule.id, rule);
    QSet<qint64> updatedIds;
    for (const Rule &rule : rules) {
        if (rule.id != 0)
            updatedIds.insert(rule.id);
    }
    // Duplicates are looked up by hash: a rate card may hold tens of thousands of rules.
    QHash<QString, qint64> taken;
    for (const Rule &rule : *existing) {
        if (!updatedIds.contains(rule.id))
            taken.insert(duplicateKey(rule), rule.id);
    }

    QStringList problems;
    const qint64 now = m_clock.nowMs();
    for (Rule &rule : rules) {
        rule.value = RuleValidator::normaliseValue(rule.kind, rule.value);
        const QString label = rule.matchText();
        if (rule.id != 0) {
            const auto found = existingById.constFind(rule.id);
            if (found == existingById.cend()) {
                problems.append(
                    QCoreApplication::translate("RuleService", "%1: rule %2 does not exist.").arg(label).arg(rule.id));
                continue;
            }
            rule.createdAt = found->createdAt;
        } else {
            rule.createdAt = now;
        }
        for (const RuleProblem &problem : RuleValidator::validateFields(rule, *carriers))
            problems.append(QStringLiteral("%1: %2").arg(label, problem.message));
        const QString key = duplicateKey(rule);
        if (const auto other = taken.constFind(key); other != taken.cend()) {
            problems.append(
                other.value() > 0
                    ? QCoreApplication::translate("RuleService", "%1: the carrier already has this rule (#%2).")
                          .arg(label)
                          .arg(*other)
                    : QCoreApplication::translate("RuleService", "%1: the same rule is given twice.").arg(label));
        } else {
            taken.insert(key, rule.id != 0 ? rule.id : 0);
        }
    }
    if (!problems.isEmpty())
        return Error::invalid(problems.join(QLatin1Char('\n')));

    const Batch batch(*this); // one rebuild, after the commit
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    RuleRepository repository(m_db);
    for (Rule &rule : rules) {
        if (rule.id == 0) {
            auto inserted = repository.insert(rule);
            if (!inserted)
                return inserted.error();
            rule = *inserted;
        } else if (auto updated = repository.update(rule); !updated) {
            return updated.error();
        }
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (!rules.isEmpty())
        storeChanged();
    return rules;
}

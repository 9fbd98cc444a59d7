// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "rulevalidator.h"

#include "common/money.h"
#include "countrynames.h"
#include "phone/phonenumberparser.h"

#include <QCoreApplication>

namespace {

QString carrierName(qint64 id, const CarrierList &carriers)
{
    for (const Carrier &c : carriers) {
        if (c.id == id)
            return c.name;
    }
    return QStringLiteral("#%1").arg(id);
}

} // namespace

QString RuleValidator::normaliseValue(Rule::Kind kind, const QString &value)
{
    switch (kind) {
    case Rule::Kind::Prefix: {
        QString digits = value.trimmed();
        if (digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        digits.remove(QLatin1Char(' '));
        digits.remove(QLatin1Char('-'));
        return digits;
    }
    case Rule::Kind::Country:
        return value.trimmed().toUpper();
    case Rule::Kind::Default:
        break;
    }
    return value.trimmed();
}

QList<RuleProblem> RuleValidator::validateFields(const Rule &rule, const CarrierList &carriers)
{
    QList<RuleProblem> problems;
    auto add = [&problems](RuleProblem::Field field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, message});
    };
    add(RuleProblem::Field::Value, checkValue(rule.kind, rule.value));
    add(RuleProblem::Field::Carrier, checkCarrier(rule.carrierId, carriers));
    add(RuleProblem::Field::Priority, checkPriority(rule.priority));
    add(RuleProblem::Field::Weight, checkWeight(rule.weight));
    add(RuleProblem::Field::Cost, checkCost(rule.costMicros));
    return problems;
}

QList<RuleProblem> RuleValidator::validate(const Rule &rule, const CarrierList &carriers, const RuleList &otherRules)
{
    QList<RuleProblem> problems = validateFields(rule, carriers);
    const QString duplicate = checkDuplicate(rule, otherRules, carriers);
    if (!duplicate.isEmpty())
        problems.append({RuleProblem::Field::Carrier, duplicate});
    return problems;
}

QString RuleValidator::checkValue(Rule::Kind kind, const QString &value)
{
    switch (kind) {
    case Rule::Kind::Prefix: {
        if (value.isEmpty())
            return QCoreApplication::translate(
                "RuleValidator",
                "Enter the prefix: the first digits of the numbers, country code first (447 for UK "
                "mobiles, 351 for Portugal).");
        for (const QChar c : value) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return QCoreApplication::translate(
                           "RuleValidator",
                           "A prefix holds digits only, country code first, without “+” (e.g. 447): "
                           "“%1” has “%2”.")
                    .arg(value, c);
        }
        if (value.startsWith(QLatin1Char('0')))
            return QCoreApplication::translate(
                "RuleValidator",
                "A prefix cannot start with 0: numbers are matched in international form, country "
                "code first (447…, not 07… or 0044…).");
        if (value.size() > 15)
            return QCoreApplication::translate(
                "RuleValidator", "A prefix has at most 15 digits (the length of the longest E.164 number).");
        return {};
    }
    case Rule::Kind::Country: {
        if (value.isEmpty())
            return QCoreApplication::translate("RuleValidator",
                                               "Enter the country as a two-letter ISO 3166 code (GB, PT, US, …).");
        if (PhoneNumberParser::isSupportedRegion(value))
            return {};
        const QString code = CountryNames::codeFor(value);
        if (!code.isEmpty())
            return QCoreApplication::translate("RuleValidator", "Use the two-letter code: “%1” is %2.")
                .arg(value, code);
        return QCoreApplication::translate(
                   "RuleValidator",
                   "“%1” is not a region with phone numbers; use a two-letter ISO 3166 code such as GB, "
                   "PT or US.")
            .arg(value);
    }
    case Rule::Kind::Default:
        if (!value.isEmpty())
            return QCoreApplication::translate("RuleValidator",
                                               "A default rule matches every number and takes no value.");
        return {};
    }
    return {};
}

QString RuleValidator::checkCarrier(qint64 carrierId, const CarrierList &carriers)
{
    if (carrierId == 0)
        return QCoreApplication::translate("RuleValidator", "Choose the carrier that terminates these numbers.");
    for (const Carrier &c : carriers) {
        if (c.id == carrierId)
            return {};
    }
    return QCoreApplication::translate("RuleValidator", "Carrier %1 no longer exists; choose another carrier.")
        .arg(carrierId);
}

QString RuleValidator::checkPriority(int priority)
{
    if (priority < 1 || priority > maxPriority)
        return QCoreApplication::translate("RuleValidator", "Use a priority from 1 (tried first) to %1.")
            .arg(maxPriority);
    return {};
}

QString RuleValidator::checkWeight(int weight)
{
    if (weight < 0 || weight > maxWeight)
        return QCoreApplication::translate(
                   "RuleValidator",
                   "Use a weight from 0 to %1; equal rules share traffic in proportion to their weights "
                   "(0: only when the others cannot take it).")
            .arg(maxWeight);
    return {};
}

QString RuleValidator::checkCost(qint64 costMicros)
{
    if (costMicros < 0)
        return QCoreApplication::translate("RuleValidator", "A price cannot be negative.");
    if (costMicros > maxCostMicros)
        return QCoreApplication::translate(
                   "RuleValidator",
                   "A price above %1 per segment is surely a typo; enter the price of one segment (e.g. "
                   "0.021).")
            .arg(money::format(maxCostMicros, 0));
    return {};
}

QString RuleValidator::checkDuplicate(const Rule &rule, const RuleList &otherRules, const CarrierList &carriers)
{
    for (const Rule &other : otherRules) {
        if (other.id != rule.id && other.kind == rule.kind && other.value == rule.value
            && other.carrierId == rule.carrierId)
            return QCoreApplication::translate(
                       "RuleValidator", "Carrier “%1” already has a rule for %2 (#%3); change that rule instead.")
                .arg(carrierName(rule.carrierId, carriers), rule.matchText())
                .arg(other.id);
    }
    return {};
}

std::optional<qint64> RuleValidator::parseCost(const QString &text, QString *problem)
{
    const auto micros = money::parse(text);
    if (!micros && problem) {
        *problem = text.trimmed().startsWith(QLatin1Char('-'))
            ? QCoreApplication::translate("RuleValidator", "A price cannot be negative.")
            : QCoreApplication::translate("RuleValidator",
                                          "“%1” is not a price; write the price of one segment as a number with up to "
                                          "six decimals, such as 0.021.")
                  .arg(text);
    }
    return micros;
}

QString RuleValidator::formatCost(qint64 costMicros)
{
    QString text = money::format(costMicros, 6);
    for (int i = 0; i < 2 && text.endsWith(QLatin1Char('0')); ++i)
        text.chop(1);
    return text;
}

QString RuleValidator::describe(const QList<RuleProblem> &problems)
{
    QStringList lines;
    for (const RuleProblem &problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "rule.h"

#include <QList>
#include <QString>

#include <optional>

/// One problem with one field of a rule, worded so the form can show it under the field and
/// the CLI can print it as is.
struct RuleProblem
{
    enum class Field { Kind, Value, Carrier, Priority, Weight, Cost };
    Field field;
    QString message;
};

/// Checks a rule's fields. Pure: it reads neither the store nor the clock, so the Rules page can
/// call it on every key press; the carriers and the other rules are given.
class RuleValidator final
{
public:
    static constexpr int maxPriority = 1000;
    static constexpr int maxWeight = 10000;
    static constexpr qint64 maxCostMicros = 100'000'000; ///< 100 units per segment

    /// What the operator typed, in the stored form: prefix "+44 79-11" → "447911", country
    /// "gb" → "GB", default → "".
    static QString normaliseValue(Rule::Kind kind, const QString &value);

    /// Every problem with the rule. `otherRules` may include the rule itself (same id); it is
    /// not a duplicate of itself.
    static QList<RuleProblem> validate(const Rule &rule, const CarrierList &carriers, const RuleList &otherRules);
    /// The field checks alone (no duplicate search), for bulk imports that find duplicates by hash.
    static QList<RuleProblem> validateFields(const Rule &rule, const CarrierList &carriers);

    /// Checks an already normalised value.
    static QString checkValue(Rule::Kind kind, const QString &value);
    static QString checkCarrier(qint64 carrierId, const CarrierList &carriers);
    static QString checkPriority(int priority);
    static QString checkWeight(int weight);
    static QString checkCost(qint64 costMicros);
    /// Another rule with the same match and carrier, described; empty when there is none.
    static QString checkDuplicate(const Rule &rule, const RuleList &otherRules, const CarrierList &carriers);

    /// Reads a price per segment typed as text ("0.021", "0,021", "1"). On failure returns
    /// nullopt and, when `problem` is given, says what is wrong.
    static std::optional<qint64> parseCost(const QString &text, QString *problem = nullptr);

    /// A price as exact text: at least four decimals, more when the price has them ("0.0210",
    /// "0.000125"). The inverse of parseCost; used where prices are written out (exports, JSON).
    static QString formatCost(qint64 costMicros);

    /// All problems in one text, one per line.
    static QString describe(const QList<RuleProblem> &problems);
};

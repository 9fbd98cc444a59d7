// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "ratecardrow.h"

class CarrierService;
class RuleService;

/// Writes every rule as a rate card that RateCardImporter reads back unchanged: columns
/// prefix, country, carrier, priority, weight, cost, enabled; the default rule has "*" as its
/// prefix; prices are exact.
class RateCardExporter final
{
public:
    RateCardExporter(CarrierService &carriers, RuleService &rules)
        : m_carriers(carriers)
        , m_rules(rules)
    { }

    static QStringList header();

    /// Rows in the order of `rule list` (kind, value, priority, cost).
    Result<RateCardTable> exportTable() const;

private:
    CarrierService &m_carriers;
    RuleService &m_rules;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "importreport.h"
#include "ratecardrow.h"

class CarrierService;
class RuleService;

/// Imports a rate card: rows of `prefix` or `country`, `carrier`, `priority`, `weight`, `cost`
/// (and optionally `enabled`), columns in any order, names in any case. A prefix or country of
/// "*" is the default rule. Priority and weight default to 1, enabled to yes; cost is required.
///
/// A row whose match and carrier already have a rule updates that rule's priority, weight, cost
/// and enabled flag; any other row adds a rule; rules not in the card are left alone. So
/// importing an exported card changes nothing.
///
/// All or nothing: one bad row imports nothing, and the report names every problem with its
/// line number. The file itself is read elsewhere (core/csv); this works on its rows.
class RateCardImporter final
{
public:
    RateCardImporter(CarrierService &carriers, RuleService &rules)
        : m_carriers(carriers)
        , m_rules(rules)
    { }

    /// `headerLine` is the header's line number in the file, for messages about it.
    ImportReport import(const QStringList &header, const QList<RateCardRow> &rows, qint64 headerLine = 1);
    /// The same checks without writing anything: what import() would do or refuse.
    ImportReport check(const QStringList &header, const QList<RateCardRow> &rows, qint64 headerLine = 1);

private:
    ImportReport run(const QStringList &header, const QList<RateCardRow> &rows, qint64 headerLine, bool write);

    CarrierService &m_carriers;
    RuleService &m_rules;
};

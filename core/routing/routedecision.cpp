// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "routedecision.h"

#include "common/money.h"
#include "routeindex.h"

#include <QVarLengthArray>

QString RouteDecision::Candidate::ruleText() const
{
    return kind == Rule::Kind::Default ? Rule::kindName(kind) : Rule::kindName(kind) + QLatin1Char(' ') + matchValue;
}

QString RouteDecision::e164() const
{
    if (m_digitCount == 0)
        return {};
    return QLatin1Char('+') + QLatin1String(m_digits.data(), m_digitCount);
}

QString RouteDecision::region() const
{
    return QString::fromLatin1(m_region.data(), m_regionSize);
}

qint64 RouteDecision::carrierId() const
{
    if (!routed())
        return 0;
    const auto &entry = m_index->m_chains[size_t(m_chains[size_t(m_chosenChain)])].entries[size_t(m_chosenEntry)];
    return m_index->m_carriers[size_t(entry.carrier)].id;
}

QString RouteDecision::carrierName() const
{
    if (!routed())
        return {};
    const auto &entry = m_index->m_chains[size_t(m_chains[size_t(m_chosenChain)])].entries[size_t(m_chosenEntry)];
    return m_index->m_carriers[size_t(entry.carrier)].name;
}

qint64 RouteDecision::ruleId() const
{
    if (!routed())
        return 0;
    return m_index->m_chains[size_t(m_chains[size_t(m_chosenChain)])].entries[size_t(m_chosenEntry)].ruleId;
}

QString RouteDecision::ruleText() const
{
    if (!routed())
        return {};
    const auto &entry = m_index->m_chains[size_t(m_chains[size_t(m_chosenChain)])].entries[size_t(m_chosenEntry)];
    Candidate c;
    c.kind = entry.kind;
    c.matchValue = entry.value;
    return c.ruleText();
}

int RouteDecision::priority() const
{
    if (!routed())
        return 0;
    return m_index->m_chains[size_t(m_chains[size_t(m_chosenChain)])].entries[size_t(m_chosenEntry)].priority;
}

qint64 RouteDecision::costMicros() const
{
    if (!routed())
        return 0;
    return m_index->m_chains[size_t(m_chains[size_t(m_chosenChain)])].entries[size_t(m_chosenEntry)].cost;
}

QString RouteDecision::skipReason(qint32 carrierSlot) const
{
    if (!m_index->m_carriers[size_t(carrierSlot)].enabled)
        return m_index->m_texts.disabled;
    for (const auto &[slot, why] : m_unavailable) {
        if (slot == carrierSlot)
            return why;
    }
    return {};
}

QList<RouteDecision::Candidate> RouteDecision::candidates() const
{
    QList<Candidate> list;
    if (!m_index)
        return list;
    QVarLengthArray<qint32, 16> seen;
    for (int which = 0; which < 3; ++which) {
        if (m_chains[size_t(which)] < 0)
            continue;
        const auto &entries = m_index->m_chains[size_t(m_chains[size_t(which)])].entries;
        for (qint32 i = 0; i < qint32(entries.size()); ++i) {
            const auto &entry = entries[size_t(i)];
            if (seen.contains(entry.carrier))
                continue; // a carrier is tried once, at its most specific rule
            seen.append(entry.carrier);
            const auto &carrier = m_index->m_carriers[size_t(entry.carrier)];
            Candidate c {carrier.id,
                         carrier.name,
                         entry.ruleId,
                         entry.kind,
                         entry.value,
                         entry.priority,
                         entry.weight,
                         entry.cost,
                         routed() && which == m_chosenChain && i == m_chosenEntry,
                         skipReason(entry.carrier)};
            if (c.chosen)
                list.prepend(std::move(c));
            else
                list.append(std::move(c));
        }
    }
    return list;
}

QList<qint64> RouteDecision::fallbackCarrierIds() const
{
    QList<qint64> ids;
    if (!routed())
        return ids;
    for (const Candidate &c : candidates()) {
        if (!c.chosen && c.skipped.isEmpty())
            ids.append(c.carrierId);
    }
    return ids;
}

QString RouteDecision::costText(qint64 micros) const
{
    const QString currency = m_index ? m_index->currency() : QString();
    return currency.isEmpty() ? money::format(micros) : money::formatWithUnit(micros, currency);
}

QString RouteDecision::reason() const
{
    switch (m_outcome) {
    case Outcome::Routed:
        return {};
    case Outcome::InvalidNumber:
        return m_invalidMessage;
    case Outcome::NoMatchingRule: {
        // (A default-constructed decision has no index: an empty one gives the texts.)
        const std::shared_ptr<const RouteIndex> index = m_index ? m_index : RouteIndex::empty();
        const QString where = m_regionSize > 0 ? index->m_texts.noCountryRule.arg(region()) : index->m_texts.noRegion;
        return index->m_texts.noMatchingRule.arg(e164(), where);
    }
    case Outcome::NoAvailableCarrier:
        break;
    }
    QStringList skipped;
    for (const Candidate &c : candidates())
        skipped.append(QStringLiteral("%1 (%2): %3").arg(c.carrierName, c.ruleText(), c.skipped));
    return m_index->m_texts.noAvailableCarrier.arg(e164(), skipped.join(QStringLiteral("; ")));
}

QString RouteDecision::explanation() const
{
    if (!routed())
        return reason();
    const QList<Candidate> all = candidates();
    const Candidate &chosen = all.constFirst();
    const RouteIndex::Texts &texts = m_index->m_texts;
    QString text = texts.routed.arg(e164(), chosen.carrierName, chosen.ruleText(), QString::number(chosen.priority),
                                    costText(chosen.costMicros));
    if (m_groupSize > 1 && m_groupWeight > 0)
        text += texts.pickedByWeight.arg(chosen.weight).arg(m_groupWeight);
    text += QLatin1Char(')');

    QStringList fallbacks;
    QStringList skipped;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const Candidate &c = all.at(i);
        if (c.skipped.isEmpty())
            fallbacks.append(QStringLiteral("%1 (%2)").arg(c.carrierName, c.ruleText()));
        else
            skipped.append(QStringLiteral("%1: %2").arg(c.carrierName, c.skipped));
    }
    if (!fallbacks.isEmpty())
        text += texts.fallbacks + fallbacks.join(QStringLiteral(", "));
    if (!skipped.isEmpty())
        text += texts.skipped + skipped.join(QStringLiteral(", "));
    return text;
}

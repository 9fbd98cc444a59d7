// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "routeindex.h"

#include "common/logging.h"
#include "phone/parsednumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <map>

namespace {

/// splitmix64: spreads consecutive message ids evenly over the weight range.
quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

bool isRegionCode(const QString &value)
{
    return value.size() == 2 && value.at(0) >= QLatin1Char('A') && value.at(0) <= QLatin1Char('Z')
        && value.at(1) >= QLatin1Char('A') && value.at(1) <= QLatin1Char('Z');
}

} // namespace

RouteIndex::RouteIndex(Private)
{
    m_countries.fill(-1);
    m_texts.invalidNumber = QCoreApplication::translate("RouteIndex",
                                                        "“%1” is not an E.164 number: write “+”, the country code "
                                                        "and the number, at most 15 digits.");
    //: Why a carrier was skipped: it is switched off.
    m_texts.disabled = QCoreApplication::translate("RouteIndex", "disabled");
    m_texts.noCountryRule = QCoreApplication::translate("RouteIndex", "no country rule for %1");
    m_texts.noRegion = QCoreApplication::translate("RouteIndex", "no region for a country rule");
    m_texts.noMatchingRule = QCoreApplication::translate("RouteIndex",
                                                         "%1 is unroutable: no enabled rule matches it (no prefix "
                                                         "rule for its digits, %2, no default rule); add a prefix, "
                                                         "country or default rule that covers it.");
    m_texts.noAvailableCarrier = QCoreApplication::translate("RouteIndex",
                                                             "%1 is unroutable: no carrier that its rules name can "
                                                             "take it — %2. Enable a carrier or add a rule for "
                                                             "another one.");
    //: Followed by “, picked by weight …” and a closing parenthesis.
    m_texts.routed = QCoreApplication::translate("RouteIndex", "%1 → %2: %3 (priority %4, %5/segment");
    m_texts.pickedByWeight = QCoreApplication::translate("RouteIndex", ", picked by weight %1 of %2");
    m_texts.fallbacks = QCoreApplication::translate("RouteIndex", "; fallbacks: ");
    m_texts.skipped = QCoreApplication::translate("RouteIndex", "; skipped ");
}

std::shared_ptr<const RouteIndex> RouteIndex::empty()
{
    return std::make_shared<RouteIndex>(Private());
}

int RouteIndex::regionSlot(QStringView region)
{
    if (region.size() != 2)
        return -1;
    const char16_t a = region.at(0).unicode();
    const char16_t b = region.at(1).unicode();
    if (a < u'A' || a > u'Z' || b < u'A' || b > u'Z')
        return -1;
    return (a - u'A') * 26 + (b - u'A');
}

void RouteIndex::computeGroup(Chain &chain) const
{
    chain.groupBegin = chain.groupEnd = -1;
    chain.groupWeight = 0;
    const auto &entries = chain.entries;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!m_carriers[size_t(entries[i].carrier)].enabled)
            continue;
        chain.groupBegin = qint32(i);
        size_t end = i;
        while (end < entries.size() && sameGroup(entries[i], entries[end])) {
            if (m_carriers[size_t(entries[end].carrier)].enabled)
                chain.groupWeight += entries[end].weight;
            ++end;
        }
        chain.groupEnd = qint32(end);
        return;
    }
}

std::shared_ptr<const RouteIndex> RouteIndex::build(const RuleList &rules, const CarrierList &carriers,
                                                    const QString &currency)
{
    auto index = std::make_shared<RouteIndex>(Private());
    index->m_currency = currency;
    QHash<qint64, qint32> carrierSlots;
    for (const Carrier &carrier : carriers) {
        carrierSlots.insert(carrier.id, qint32(index->m_carriers.size()));
        index->m_carriers.push_back({carrier.id, carrier.name, carrier.enabled});
    }

    // Entries per match value; std::map keeps prefixes sorted so chains are built in a stable order.
    std::map<QString, std::vector<Entry>> byPrefix;
    std::map<QString, std::vector<Entry>> byCountry;
    std::vector<Entry> defaults;
    for (const Rule &rule : rules) {
        if (!rule.enabled)
            continue;
        const auto slot = carrierSlots.constFind(rule.carrierId);
        if (slot == carrierSlots.cend()) {
            qCWarning(lcRouting) << "rule" << rule.id << "names carrier" << rule.carrierId
                                 << "which does not exist; left out of routing";
            continue;
        }
        Entry entry {rule.id, rule.costMicros, *slot,     rule.priority, std::max(rule.weight, 0),
                     0,       rule.kind,       rule.value};
        switch (rule.kind) {
        case Rule::Kind::Prefix: {
            PrefixTable::Digits digits;
            if (!PrefixTable::read(rule.value.utf16(), rule.value.size(), &digits)) {
                qCWarning(lcRouting) << "rule" << rule.id << "has prefix" << rule.value
                                     << "which is not 1–15 digits; left out of routing";
                continue;
            }
            byPrefix[rule.value].push_back(entry);
            break;
        }
        case Rule::Kind::Country:
            if (!isRegionCode(rule.value)) {
                qCWarning(lcRouting) << "rule" << rule.id << "has country" << rule.value
                                     << "which is not a region code; left out of routing";
                continue;
            }
            entry.tier = countryTier;
            byCountry[rule.value].push_back(entry);
            break;
        case Rule::Kind::Default:
            entry.tier = defaultTier;
            defaults.push_back(entry);
            break;
        }
        ++index->m_ruleCount;
    }

    auto order = [](const Entry &a, const Entry &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (a.cost != b.cost)
            return a.cost < b.cost;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.ruleId < b.ruleId;
    };
    auto addChain = [&](std::vector<Entry> entries) {
        std::stable_sort(entries.begin(), entries.end(), order);
        Chain chain;
        chain.entries = std::move(entries);
        index->computeGroup(chain);
        index->m_chains.push_back(std::move(chain));
        return qint32(index->m_chains.size() - 1);
    };

    for (const auto &[prefix, own] : byPrefix) {
        // The chain of a prefix: its own entries, then those of each shorter matching prefix, so
        // a shorter rule is the fallback of a longer one. A carrier stays at its longest prefix.
        std::vector<Entry> entries = own;
        QVarLengthArray<qint32, 16> carriersSeen;
        for (const Entry &e : own)
            carriersSeen.append(e.carrier);
        qint32 tier = 1;
        for (qsizetype length = prefix.size() - 1; length > 0; --length) {
            const auto shorter = byPrefix.find(prefix.left(length));
            if (shorter == byPrefix.end())
                continue;
            for (Entry e : shorter->second) {
                if (carriersSeen.contains(e.carrier))
                    continue;
                carriersSeen.append(e.carrier);
                e.tier = tier;
                entries.push_back(std::move(e));
            }
            ++tier;
        }
        const QByteArray digits = prefix.toLatin1();
        index->m_prefixes.insert(digits.constData(), digits.size(), addChain(std::move(entries)));
    }
    for (const auto &[region, entries] : byCountry)
        index->m_countries[size_t(regionSlot(region))] = addChain(entries);
    if (!defaults.empty())
        index->m_defaultChain = addChain(std::move(defaults));

    qCDebug(lcRouting) << "route index built:" << index->m_ruleCount << "rules," << index->m_prefixes.size()
                       << "prefixes," << byCountry.size() << "countries," << defaults.size() << "default rules";
    return index;
}

RouteDecision RouteIndex::decide(const ParsedNumber &number, qint64 messageId, const Unavailable &unavailable) const
{
    if (!number.valid) {
        RouteDecision decision;
        decision.m_index = shared_from_this();
        decision.m_messageId = messageId;
        decision.m_outcome = RouteDecision::Outcome::InvalidNumber;
        decision.m_invalidMessage = number.errorMessage;
        return decision;
    }
    return decide(number.e164, number.region, messageId, unavailable);
}

RouteDecision RouteIndex::decide(QStringView e164, QStringView region, qint64 messageId,
                                 const Unavailable &unavailable) const
{
    RouteDecision d;
    d.m_index = shared_from_this();
    d.m_messageId = messageId;
    if (region.size() <= qsizetype(d.m_region.size())) {
        for (qsizetype i = 0; i < region.size(); ++i)
            d.m_region[size_t(i)] = char(region.at(i).unicode() < 128 ? region.at(i).unicode() : '?');
        d.m_regionSize = qint8(region.size());
    }

    const QStringView digitsText = e164.startsWith(QLatin1Char('+')) ? e164.mid(1) : e164;
    PrefixTable::Digits digits;
    if (!PrefixTable::read(digitsText.utf16(), digitsText.size(), &digits)) {
        d.m_outcome = RouteDecision::Outcome::InvalidNumber;
        d.m_invalidMessage = m_texts.invalidNumber.arg(e164);
        return d;
    }
    for (qsizetype i = 0; i < digitsText.size(); ++i)
        d.m_digits[size_t(i)] = char(digitsText.at(i).unicode());
    d.m_digitCount = qint8(digitsText.size());

    d.m_chains[0] = m_prefixes.longestMatch(digits);
    const int slot = regionSlot(region);
    d.m_chains[1] = slot >= 0 ? m_countries[size_t(slot)] : -1;
    d.m_chains[2] = m_defaultChain;
    const bool anyRule = d.m_chains[0] >= 0 || d.m_chains[1] >= 0 || d.m_chains[2] >= 0;
    d.m_outcome = anyRule ? RouteDecision::Outcome::NoAvailableCarrier : RouteDecision::Outcome::NoMatchingRule;

    // Which carriers may take traffic: enabled ones, minus those the caller reports unavailable
    // (asked once per carrier; the reasons are kept for the explanation).
    QVarLengthArray<std::pair<qint32, bool>, 16> asked;
    auto usable = [&](const Entry &entry) {
        if (!m_carriers[size_t(entry.carrier)].enabled)
            return false;
        if (!unavailable)
            return true;
        for (const auto &[carrier, ok] : asked) {
            if (carrier == entry.carrier)
                return ok;
        }
        QString why = unavailable(m_carriers[size_t(entry.carrier)].id);
        const bool ok = why.isEmpty();
        asked.append({entry.carrier, ok});
        if (!ok)
            d.m_unavailable.emplace_back(entry.carrier, std::move(why));
        return ok;
    };

    for (int which = 0; which < 3; ++which) {
        if (d.m_chains[size_t(which)] < 0)
            continue;
        const Chain &chain = m_chains[size_t(d.m_chains[size_t(which)])];
        qint32 begin = chain.groupBegin;
        qint32 end = chain.groupEnd;
        qint64 total = chain.groupWeight;
        if (unavailable) {
            // Ask about every carrier of the chain, so the explanation names each skip.
            begin = end = -1;
            total = 0;
            for (qint32 i = 0; i < qint32(chain.entries.size()); ++i) {
                const Entry &entry = chain.entries[size_t(i)];
                const bool ok = usable(entry);
                if (begin < 0 && ok)
                    begin = i;
                if (begin >= 0 && end < 0 && !sameGroup(chain.entries[size_t(begin)], entry))
                    end = i;
                if (ok && begin >= 0 && end < 0)
                    total += entry.weight;
            }
            if (begin >= 0 && end < 0)
                end = qint32(chain.entries.size());
        }
        if (begin < 0)
            continue;

        qint32 picked = -1;
        qint32 groupSize = 0;
        quint64 ticket = total > 0 ? splitmix64(quint64(messageId)) % quint64(total) : 0;
        for (qint32 i = begin; i < end; ++i) {
            const Entry &entry = chain.entries[size_t(i)];
            if (!usable(entry))
                continue;
            ++groupSize;
            if (picked >= 0)
                continue;
            if (total == 0) {
                picked = i; // all weights are zero: the first entry takes it
            } else if (ticket < quint64(entry.weight)) {
                picked = i;
            } else {
                ticket -= quint64(entry.weight);
            }
        }
        d.m_chosenChain = which;
        d.m_chosenEntry = picked;
        d.m_groupWeight = total;
        d.m_groupSize = groupSize;
        d.m_outcome = RouteDecision::Outcome::Routed;
        if (!unavailable)
            return d;
        // Keep asking about the remaining chains: their skips belong in the explanation too.
        for (int rest = which + 1; rest < 3; ++rest) {
            if (d.m_chains[size_t(rest)] >= 0) {
                for (const Entry &entry : m_chains[size_t(d.m_chains[size_t(rest)])].entries)
                    (void)usable(entry);
            }
        }
        return d;
    }
    return d;
}

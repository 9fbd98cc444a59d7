// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "prefixtable.h"
#include "routedecision.h"
#include "rule.h"

#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <memory>
#include <vector>

struct ParsedNumber;

/// The routing table in memory: immutable, built from the rules and carriers, shared by every
/// thread that routes (hold it through std::shared_ptr; RuleService hands out snapshots).
/// A decision costs a few hash probes and no SQL.
///
/// Order of candidates for a number: enabled prefix rules matching its digits, longest prefix
/// first (shorter matching prefixes follow as fallbacks), then country rules for its region,
/// then default rules. Within each of these tiers: priority (lower first), then cost per segment
/// (cheaper first), then weight (heavier first), then rule id. A carrier appears once, at its
/// most specific place. The carrier is picked from the first group of usable entries of equal
/// tier, priority and cost, by weight, with a hash of the message id, so the same message id
/// always gives the same carrier.
class RouteIndex final : public std::enable_shared_from_this<RouteIndex>
{
    struct Private
    {
        explicit Private() = default;
    };

public:
    /// Says why a carrier cannot take traffic now (e.g. "circuit breaker open until 12:03"), or
    /// returns an empty string when it can. The dispatcher passes its breakers through this.
    using Unavailable = std::function<QString(qint64 carrierId)>;

    /// Builds the index. Disabled rules are left out; rules whose carrier is not in `carriers`
    /// or whose value is malformed are left out with a warning in the log. `currency` is only
    /// used in explanations ("0.0210 EUR/segment").
    static std::shared_ptr<const RouteIndex> build(const RuleList &rules, const CarrierList &carriers,
                                                   const QString &currency = QString());
    /// An index with no rules: every number is unroutable.
    static std::shared_ptr<const RouteIndex> empty();

    explicit RouteIndex(Private);

    /// Routes a parsed number; an invalid one is unroutable with the parser's reason.
    RouteDecision decide(const ParsedNumber &number, qint64 messageId, const Unavailable &unavailable = {}) const;
    /// Routes already-normalised E.164 ("+447911123456" or "447911123456") in `region`
    /// ("GB"; may be empty when only prefix and default rules should apply).
    RouteDecision decide(QStringView e164, QStringView region, qint64 messageId,
                         const Unavailable &unavailable = {}) const;

    qsizetype ruleCount() const { return m_ruleCount; }
    qsizetype prefixCount() const { return m_prefixes.size(); }
    const QString &currency() const { return m_currency; }

private:
    friend class RouteDecision;

    static constexpr int countryTier = 100;
    static constexpr int defaultTier = 101;

    struct CarrierSlot
    {
        qint64 id = 0;
        QString name;
        bool enabled = true;
    };
    struct Entry
    {
        qint64 ruleId = 0;
        qint64 cost = 0;
        qint32 carrier = 0; ///< index into m_carriers
        qint32 priority = 0;
        qint32 weight = 0;
        qint32 tier = 0; ///< 0 = longest matching prefix, 1 = next shorter, …; countryTier; defaultTier
        Rule::Kind kind = Rule::Kind::Default;
        QString value;
    };
    /// The candidates of one match, in order, and the first group usable when no carrier is
    /// reported unavailable (so the common case needs no scan).
    struct Chain
    {
        std::vector<Entry> entries;
        qint32 groupBegin = -1;
        qint32 groupEnd = -1;
        qint64 groupWeight = 0;
    };

    static int regionSlot(QStringView region);
    bool sameGroup(const Entry &a, const Entry &b) const
    {
        return a.tier == b.tier && a.priority == b.priority && a.cost == b.cost;
    }
    void computeGroup(Chain &chain) const;

    std::vector<CarrierSlot> m_carriers;
    std::vector<Chain> m_chains;
    PrefixTable m_prefixes; ///< prefix → chain index
    std::array<qint32, 26 * 26> m_countries; ///< region "AA".."ZZ" → chain index, or -1
    qint32 m_defaultChain = -1;
    qsizetype m_ruleCount = 0;
    QString m_currency;
    /// RouteDecision's texts, translated once per index rather than per decision (a campaign
    /// import decides every row).
    struct Texts
    {
        QString invalidNumber;
        QString disabled;
        QString noCountryRule;
        QString noRegion;
        QString noMatchingRule;
        QString noAvailableCarrier;
        QString routed;
        QString pickedByWeight;
        QString fallbacks;
        QString skipped;
    };
    Texts m_texts;
};

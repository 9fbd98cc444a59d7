// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "rule.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <utility>
#include <vector>

class RouteIndex;

/// Where one message goes, and why. Made by RouteIndex::decide(); cheap to make and to copy:
/// it points into the index it came from (and keeps that alive), and builds the candidate list
/// and the sentence only when asked.
class RouteDecision final
{
public:
    enum class Outcome {
        Routed,
        InvalidNumber, ///< not a number the parser accepted, or not E.164 digits
        NoMatchingRule, ///< no enabled prefix, country or default rule matches
        NoAvailableCarrier, ///< rules match, but every carrier they name is disabled or unavailable
    };

    /// One carrier that could take the message, in the order they would be tried.
    struct Candidate
    {
        qint64 carrierId = 0;
        QString carrierName;
        qint64 ruleId = 0;
        Rule::Kind kind = Rule::Kind::Default;
        QString matchValue; ///< prefix digits or region; empty for default
        int priority = 0;
        int weight = 0;
        qint64 costMicros = 0;
        bool chosen = false;
        QString skipped; ///< why it is not usable ("disabled", the dispatcher's reason); empty if usable

        /// "prefix 447", "country GB", "default".
        QString ruleText() const;
    };

    /// An empty decision: unroutable, no index.
    RouteDecision() = default;

    Outcome outcome() const { return m_outcome; }
    bool routed() const { return m_outcome == Outcome::Routed; }
    qint64 messageId() const { return m_messageId; }
    /// "+447911123456" (empty when the input was not E.164).
    QString e164() const;
    /// The region the decision was made for ("GB"), as given.
    QString region() const;

    /// The chosen carrier; 0 / empty when unroutable.
    qint64 carrierId() const;
    QString carrierName() const;
    /// The rule that chose it; 0 / empty when unroutable.
    qint64 ruleId() const;
    QString ruleText() const;
    int priority() const;
    qint64 costMicros() const;

    /// Every candidate in try order: the chosen carrier first, then the others in order, skipped
    /// ones included with their reason. Each carrier appears once.
    QList<Candidate> candidates() const;
    /// The usable carriers to fail over to, in order (the chosen one not included).
    QList<qint64> fallbackCarrierIds() const;

    /// Why the number is unroutable; empty when routed.
    QString reason() const;
    /// A sentence for a person: "+447911123456 → Carrier UK: prefix 447 (priority 1,
    /// 0.0210 EUR/segment); fallbacks: …; skipped Carrier B: disabled" — or the reason.
    QString explanation() const;

private:
    friend class RouteIndex;

    QString skipReason(qint32 carrierSlot) const;
    QString costText(qint64 micros) const;

    std::shared_ptr<const RouteIndex> m_index;
    std::array<qint32, 3> m_chains {-1, -1, -1}; ///< prefix, country, default chain of the index
    qint32 m_chosenChain = -1; ///< 0..2, index into m_chains
    qint32 m_chosenEntry = -1;
    qint64 m_groupWeight = 0; ///< total weight of the group the carrier was picked from
    qint32 m_groupSize = 0; ///< usable entries in that group
    Outcome m_outcome = Outcome::NoMatchingRule;
    qint64 m_messageId = 0;
    std::array<char, 16> m_digits {};
    qint8 m_digitCount = 0;
    std::array<char, 4> m_region {};
    qint8 m_regionSize = 0;
    std::vector<std::pair<qint32, QString>> m_unavailable; ///< carrier slot → the caller's reason
    QString m_invalidMessage;
};

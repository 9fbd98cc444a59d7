// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// A destination rule: which carrier terminates which numbers, in what order, at what price.
struct Rule
{
    enum class Kind {
        Prefix, ///< `value` is E.164 digits without '+'; the longest enabled match wins
        Country, ///< `value` is an ISO 3166 region code as libphonenumber reports it (GB, GG, …)
        Default, ///< catch-all; `value` is empty
    };

    qint64 id = 0;
    Kind kind = Kind::Prefix;
    QString value;
    qint64 carrierId = 0;
    int priority = 1; ///< lower comes first
    int weight = 1; ///< share of traffic among entries of equal priority and cost
    qint64 costMicros = 0; ///< price per segment in micro-units of the store's currency
    bool enabled = true;
    qint64 createdAt = 0;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);

    /// "prefix 447", "country GB", "default".
    QString matchText() const;

    bool operator==(const Rule &) const = default;
};

using RuleList = QList<Rule>;

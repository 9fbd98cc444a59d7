// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"

#include <QList>
#include <QString>

/// What the log page and `smsrouter-cli log` filter on. Empty fields do not filter.
struct MessageFilter
{
    /// As campaignId: only messages of no campaign (single sends).
    static constexpr qint64 singleSends = -1;

    QList<MessageState> states;
    qint64 carrierId = 0;
    qint64 campaignId = 0;
    QString toContains; ///< digits of the number, matched anywhere
    qint64 createdFrom = 0; ///< ms, inclusive
    qint64 createdTo = 0; ///< ms, exclusive
    qint64 beforeId = 0; ///< keyset paging: only ids below this (newest first)
    qint64 afterId = 0; ///< only ids above this (live views: what arrived since)
    bool oldestFirst = false; ///< ORDER BY id ascending instead of newest first
    int limit = 200;

    /// The same test MessageRepository::list() makes in SQL, for a message already in memory (the delivery log
    /// checks whether a changed message now belongs in its view). Paging fields are ignored.
    bool matches(const Message &message) const;
    /// True when no field but the paging ones filters.
    bool isEmpty() const;
};

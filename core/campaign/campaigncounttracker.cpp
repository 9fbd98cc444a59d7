// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaigncounttracker.h"

#include "store/campaignrepository.h"
#include "waitingcounts.h"

#include <QSet>

namespace {

/// Pending and queued kept as one count: a dispatcher moves messages between them without
/// events (CampaignPromoter, a pause), so only their sum follows from the events.
MessageState waitingAsOne(MessageState state)
{
    return state == MessageState::Queued ? MessageState::Pending : state;
}

StateCounts withWaitingAsOne(const StateCounts &counts)
{
    StateCounts folded;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        folded[waitingAsOne(it.key())] += it.value();
    return folded;
}

} // namespace

CampaignCountTracker::CampaignCountTracker(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<CampaignSnapshot> CampaignCountTracker::refresh()
{
    const qint64 now = m_clock.nowMs();
    const bool periodic =
        m_lastEventId >= 0 && now - m_lastFullAt >= std::chrono::milliseconds(fullRecountEvery).count();
    const qint64 after = periodic ? -1 : m_lastEventId;
    auto changes = CampaignRepository(m_db).countChanges(after, [this](const Campaign &c) {
        const auto known = m_createdAt.constFind(c.id);
        return known == m_createdAt.cend() || *known != c.createdAt;
    });
    if (!changes)
        return changes.error();

    if (changes->recountedAll) {
        m_counts.clear();
        m_createdAt.clear();
        m_lastFullAt = now;
    }
    for (auto it = changes->recounted.cbegin(); it != changes->recounted.cend(); ++it)
        m_counts.insert(it.key(), withWaitingAsOne(it.value()));
    for (const CampaignCountChanges::Transition &t : std::as_const(changes->transitions)) {
        const auto counts = m_counts.find(t.campaignId);
        if (counts == m_counts.end())
            continue; // importing (no counts kept yet) or not listed any more
        if (t.from)
            (*counts)[waitingAsOne(*t.from)] -= t.count;
        (*counts)[waitingAsOne(t.to)] += t.count;
    }
    // Only the sum of all transitions is meaningful (they come grouped, in no order), so look
    // for a negative count once they are all applied.
    bool drifted = false;
    for (const StateCounts &counts : std::as_const(m_counts)) {
        for (const qint64 n : counts)
            drifted = drifted || n < 0;
    }

    CampaignSnapshot snapshot;
    snapshot.takenAt = now;
    snapshot.countedInFull = changes->recountedAll;
    snapshot.campaigns = changes->campaigns;
    QSet<qint64> listed;
    for (const Campaign &c : std::as_const(changes->campaigns)) {
        listed.insert(c.id);
        if (c.state == CampaignState::Importing) {
            snapshot.counts.insert(c.id, {{MessageState::Pending, c.accepted}});
            m_counts.remove(c.id);
            m_createdAt.remove(c.id);
            continue;
        }
        m_createdAt.insert(c.id, c.createdAt);
        StateCounts counts = m_counts.value(c.id);
        counts.removeIf([](const auto &entry) { return entry.value() <= 0; });
        snapshot.counts.insert(c.id, campaignWaitingCounts(c.state, counts));
    }
    m_counts.removeIf([&listed](const auto &entry) { return !listed.contains(entry.key()); });
    m_createdAt.removeIf([&listed](const auto &entry) { return !listed.contains(entry.key()); });
    // A negative count means an event was missed: count everything again next time.
    m_lastEventId = drifted ? -1 : changes->lastEventId;
    return snapshot;
}

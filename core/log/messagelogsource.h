// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messagelogbatch.h"
#include "store/messagerepository.h"

#include <QSet>

class Database;

/// The delivery log's reads, kept apart from drawing so they can run on a worker thread with
/// their own connection. A view over a million messages holds only the pages it has asked for:
///
/// - reset() reads the newest page of a filter (keyset paging, newest first by id);
/// - older() reads the page below the oldest loaded row (the view's fetchMore);
/// - refresh() brings what changed since the last call: rows that arrived above the newest
///   loaded one (by id), and loaded rows that changed plus rows that now match the filter
///   inside the loaded id range (from message_events' primary key, so its cost follows the
///   rate of change, not the size of the store).
///
/// A loaded row that stops matching the filter stays, showing its new state, until the filter
/// changes: an operator who just retried a failed message sees it queued instead of seeing it
/// vanish.
class MessageLogSource final
{
public:
    explicit MessageLogSource(Database &db);

    MessageLogBatch reset(const MessageFilter &filter, quint64 generation);
    MessageLogBatch older();
    MessageLogBatch refresh();
    /// The view dropped the rows below `oldestId` to save memory; older() reads them again.
    void trimmed(qint64 oldestId);

    quint64 generation() const { return m_generation; }
    qsizetype loadedCount() const { return m_loaded.size(); }

    int pageSize = 500;
    /// Most rows one refresh adds above the newest: a campaign of a million does not arrive at once.
    int newRowsPerRefresh = 1000;
    /// Most events one refresh reads; the rest wait for the next (moreWaiting).
    qint64 eventsPerRefresh = 20'000;

private:
    MessageLogBatch failed(MessageLogBatch batch, const Error &error);
    /// Reads the page of rows older than `beforeId` (newest first) into the loaded set: moves
    /// the floor and says, in m_hasOlder, whether older ones remain.
    Result<MessageList> loadPageBefore(qint64 beforeId);
    /// Inside the loaded id range: the view holds every matching row there.
    bool covers(qint64 id) const { return id <= m_ceiling && (m_hasOlder ? id >= m_floor : true); }

    MessageRepository m_repo;
    MessageFilter m_filter;
    quint64 m_generation = 0;
    QSet<qint64> m_loaded;
    qint64 m_ceiling = 0; ///< every message id up to this one has been considered
    qint64 m_floor = 0; ///< the oldest loaded id, while older rows exist
    bool m_hasOlder = false;
    qint64 m_eventWatermark = 0; ///< events up to this id have been looked at
};

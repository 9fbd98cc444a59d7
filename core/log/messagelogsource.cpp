// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagelogsource.h"

#include <algorithm>

MessageLogSource::MessageLogSource(Database &db)
    : m_repo(db)
{ }

MessageLogBatch MessageLogSource::failed(MessageLogBatch batch, const Error &error)
{
    batch.rows.clear();
    batch.changed.clear();
    batch.error = error.message;
    return batch;
}

MessageLogBatch MessageLogSource::reset(const MessageFilter &filter, quint64 generation)
{
    m_filter = filter;
    m_generation = generation;
    m_loaded.clear();
    m_ceiling = 0;
    m_floor = 0;
    m_hasOlder = false;

    MessageLogBatch batch;
    batch.kind = MessageLogBatch::Kind::Reset;
    batch.generation = generation;
    // The watermarks first: whatever changes after them is caught by the next refresh, even
    // if the page read below already shows it (applying a change twice is harmless).
    auto events = m_repo.lastEventId();
    auto last = m_repo.lastId();
    if (!events)
        return failed(batch, events.error());
    if (!last)
        return failed(batch, last.error());
    m_eventWatermark = *events;
    m_ceiling = *last;

    auto rows = loadPageBefore(m_ceiling + 1);
    if (!rows)
        return failed(batch, rows.error());
    batch.rows = std::move(*rows);
    batch.hasOlder = m_hasOlder;
    return batch;
}

Result<MessageList> MessageLogSource::loadPageBefore(qint64 beforeId)
{
    MessageFilter page = m_filter;
    page.beforeId = beforeId;
    page.afterId = 0;
    page.oldestFirst = false;
    page.limit = pageSize + 1; // one more tells whether older rows exist
    auto rows = m_repo.list(page);
    if (!rows)
        return rows.error();
    m_hasOlder = rows->size() > pageSize;
    if (m_hasOlder)
        rows->removeLast();
    for (const Message &m : std::as_const(*rows))
        m_loaded.insert(m.id);
    if (!rows->isEmpty())
        m_floor = rows->constLast().id;
    return rows;
}

MessageLogBatch MessageLogSource::older()
{
    MessageLogBatch batch;
    batch.kind = MessageLogBatch::Kind::Older;
    batch.generation = m_generation;
    if (!m_hasOlder)
        return batch;
    auto rows = loadPageBefore(m_floor);
    if (!rows) {
        batch.hasOlder = m_hasOlder;
        return failed(batch, rows.error());
    }
    batch.rows = std::move(*rows);
    batch.hasOlder = m_hasOlder;
    return batch;
}

MessageLogBatch MessageLogSource::refresh()
{
    MessageLogBatch batch;
    batch.kind = MessageLogBatch::Kind::Refresh;
    batch.generation = m_generation;

    auto lastEvent = m_repo.lastEventId();
    auto last = m_repo.lastId();
    if (!lastEvent)
        return failed(batch, lastEvent.error());
    if (!last)
        return failed(batch, last.error());

    // Changes first, against the range loaded before this refresh: rows above it are read
    // whole just below.
    const qint64 upto = std::min(*lastEvent, m_eventWatermark + eventsPerRefresh);
    if (upto > m_eventWatermark) {
        auto ids = m_repo.changedMessageIds(m_eventWatermark, upto);
        if (!ids)
            return failed(batch, ids.error());
        QList<qint64> wanted;
        for (qint64 id : std::as_const(*ids)) {
            if (covers(id))
                wanted.append(id);
        }
        if (!wanted.isEmpty()) {
            auto messages = m_repo.findMany(wanted);
            if (!messages)
                return failed(batch, messages.error());
            for (const Message &m : std::as_const(*messages)) {
                if (m_loaded.contains(m.id)) {
                    batch.changed.append(m);
                } else if (m_filter.matches(m)) {
                    m_loaded.insert(m.id);
                    batch.changed.append(m);
                    if (!m_hasOlder)
                        m_floor = m_floor == 0 ? m.id : std::min(m_floor, m.id);
                }
            }
        }
        m_eventWatermark = upto;
        batch.moreWaiting = upto < *lastEvent;
    }

    if (*last > m_ceiling) {
        MessageFilter above = m_filter;
        above.afterId = m_ceiling;
        above.beforeId = *last + 1;
        above.oldestFirst = true; // the ones right above the loaded rows, so no gap opens
        above.limit = newRowsPerRefresh;
        auto rows = m_repo.list(above);
        if (!rows)
            return failed(batch, rows.error());
        if (rows->size() == newRowsPerRefresh) {
            m_ceiling = rows->constLast().id;
            batch.moreWaiting = true;
        } else {
            m_ceiling = *last;
        }
        std::reverse(rows->begin(), rows->end());
        for (const Message &m : std::as_const(*rows))
            m_loaded.insert(m.id);
        batch.rows = std::move(*rows);
    }
    return batch;
}

void MessageLogSource::trimmed(qint64 oldestId)
{
    if (oldestId <= m_floor)
        return;
    for (auto it = m_loaded.begin(); it != m_loaded.end();) {
        if (*it < oldestId)
            it = m_loaded.erase(it);
        else
            ++it;
    }
    m_floor = oldestId;
    m_hasOlder = true;
}

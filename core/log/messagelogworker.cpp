// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagelogworker.h"

#include "messagelogsource.h"
#include "store/database.h"

MessageLogWorker::MessageLogWorker(QString storePath, int pageSize, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_pageSize(pageSize)
{
    qRegisterMetaType<MessageLogBatch>();
    qRegisterMetaType<MessageFilter>();
}

MessageLogWorker::~MessageLogWorker()
{
    m_source.reset();
    m_db.reset();
}

bool MessageLogWorker::ensureOpen(MessageLogBatch &batch)
{
    if (m_source) {
        // After a server restart (PostgreSQL) the read that found the connection gone failed;
        // the next one connects again.
        if (auto reconnected = m_db->reconnectIfLost(); !reconnected) {
            batch.error = reconnected.errorMessage();
            return false;
        }
        return true;
    }
    auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
    if (!db) {
        batch.error = db.errorMessage();
        return false;
    }
    m_db = std::move(*db);
    m_source = std::make_unique<MessageLogSource>(*m_db);
    m_source->pageSize = m_pageSize;
    return true;
}

void MessageLogWorker::reset(const MessageFilter &filter, quint64 generation)
{
    MessageLogBatch batch;
    batch.generation = generation;
    if (!ensureOpen(batch)) {
        Q_EMIT batchReady(batch);
        return;
    }
    Q_EMIT batchReady(m_source->reset(filter, generation));
}

void MessageLogWorker::older(quint64 generation)
{
    if (!m_source || generation != m_source->generation())
        return;
    MessageLogBatch batch;
    batch.kind = MessageLogBatch::Kind::Older;
    batch.generation = generation;
    if (!ensureOpen(batch)) {
        Q_EMIT batchReady(batch);
        return;
    }
    Q_EMIT batchReady(m_source->older());
}

void MessageLogWorker::refresh(quint64 generation)
{
    if (!m_source || generation != m_source->generation())
        return;
    MessageLogBatch batch;
    batch.kind = MessageLogBatch::Kind::Refresh;
    batch.generation = generation;
    if (!ensureOpen(batch)) {
        Q_EMIT batchReady(batch);
        return;
    }
    batch = m_source->refresh();
    // The read that finds the server gone (a restart) is read again on a new connection: it
    // was only a read, and the change that asked for it would otherwise stay unseen.
    if (!batch.error.isEmpty() && !m_db->isConnected() && m_db->reconnectIfLost())
        batch = m_source->refresh();
    Q_EMIT batchReady(batch);
}

void MessageLogWorker::trimmed(quint64 generation, qint64 oldestId)
{
    if (m_source && generation == m_source->generation())
        m_source->trimmed(oldestId);
}

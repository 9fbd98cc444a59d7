// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importbatchfeed.h"

#include "csv/csvreader.h"
#include <QtConcurrent/QtConcurrentRun>

#include <QThreadPool>

#include <chrono>

ImportBatchFeed::ImportBatchFeed(CsvReader &reader, int batchRows, QThreadPool &pool, Process process, Process sequence,
                                 size_t maxAhead)
    : m_reader(reader)
    , m_batchRows(batchRows)
    , m_pool(pool)
    , m_process(std::move(process))
    , m_sequence(std::move(sequence))
    , m_maxAhead(std::max<size_t>(1, maxAhead))
    , m_readerThread([this] { readAll(); })
    , m_sequencerThread([this] { sequenceAll(); })
{ }

ImportBatchFeed::~ImportBatchFeed()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_readerThread.join();
    m_sequencerThread.join();
    // The workers' batches refer to the caller's processor: none may outlive this object.
    for (QFuture<ImportBatch> &future : m_queue)
        future.waitForFinished();
}

ImportBatch ImportBatchFeed::readBatch()
{
    const auto from = std::chrono::steady_clock::now();
    ImportBatch batch;
    batch.rows.reserve(size_t(m_batchRows));
    batch.fieldText.reserve(m_lastFieldText);
    batch.fieldEnds.reserve(m_lastFieldCount);
    CsvRecord record; // its fields are copied out, so its strings are reused on this thread
    while (int(batch.rows.size()) < m_batchRows && m_reader.next(record)) {
        ImportRow row;
        row.line = record.line;
        if (record.ok()) {
            row.firstField = qsizetype(batch.fieldEnds.size());
            row.fieldCount = record.fields.size();
            for (const QString &field : std::as_const(record.fields))
                batch.appendField(field);
        } else {
            row.reason = CsvRecord::key(record.problem);
            row.detail = record.error;
            row.raw = record.raw;
        }
        batch.rows.push_back(std::move(row));
    }
    batch.bytesRead = m_reader.bytesRead();
    m_lastFieldText = batch.fieldText.size() + batch.fieldText.size() / 8;
    m_lastFieldCount = batch.fieldEnds.size() + batch.fieldEnds.size() / 8;
    m_readSeconds = m_readSeconds + std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
    return batch;
}

void ImportBatchFeed::readAll()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_queue.size() < m_maxAhead; });
            if (m_stopping)
                break;
        }
        ImportBatch batch = readBatch();
        if (batch.rows.empty())
            break;
        QFuture<ImportBatch> processed =
            QtConcurrent::run(&m_pool, [process = m_process, batch = std::move(batch)]() mutable {
                process(batch);
                return std::move(batch);
            });
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(processed));
        }
        m_changed.notify_all();
    }
    {
        std::lock_guard lock(m_mutex);
        m_endOfFile = true;
    }
    m_changed.notify_all();
}

void ImportBatchFeed::sequenceAll()
{
    for (;;) {
        QFuture<ImportBatch> front;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] {
                return m_stopping || (m_ready.size() < m_maxAhead && (!m_queue.empty() || m_endOfFile));
            });
            if (m_stopping || m_queue.empty())
                break;
            front = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room for the reader
        ImportBatch batch = front.takeResult();
        m_sequence(batch);
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    {
        std::lock_guard lock(m_mutex);
        m_sequencedAll = true;
    }
    m_changed.notify_all();
}

std::optional<ImportBatch> ImportBatchFeed::next()
{
    std::optional<ImportBatch> batch;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_sequencedAll; });
        if (m_ready.empty())
            return std::nullopt;
        batch = std::move(m_ready.front());
        m_ready.pop_front();
    }
    m_changed.notify_all(); // room for the ordering thread
    return batch;
}

bool ImportBatchFeed::finished()
{
    std::lock_guard lock(m_mutex);
    return m_sequencedAll && m_ready.empty();
}

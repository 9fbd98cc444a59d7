// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "importrowprocessor.h"

#include <QFuture>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

class CsvReader;
class QThreadPool;

/// Everything of the import pipeline before the store, kept off the writer's thread so that the
/// writer spends its core on the store alone: a reader thread cuts the CSV into batches of
/// consecutive records and hands each to the worker pool (`process`: parse, render, count, in
/// parallel); an ordering thread takes them back in file order and runs `sequence` on each
/// (what depends on earlier rows: duplicates, ids, routes); next() gives the writer the
/// sequenced batches in file order.
///
/// At most `maxAhead` batches wait at each stage, which bounds the memory in flight.
class ImportBatchFeed final
{
public:
    /// What a worker does with a batch (ImportRowProcessor::process), or the ordered step.
    using Process = std::function<void(ImportBatch &)>;

    ImportBatchFeed(CsvReader &reader, int batchRows, QThreadPool &pool, Process process, Process sequence,
                    size_t maxAhead);
    /// Stops reading and waits for the threads and for the batches still with the workers.
    ~ImportBatchFeed();
    ImportBatchFeed(const ImportBatchFeed &) = delete;
    ImportBatchFeed &operator=(const ImportBatchFeed &) = delete;

    /// The next processed batch in file order, waiting for it; nullopt after the last one.
    std::optional<ImportBatch> next();
    /// True once next() has returned every batch of the file.
    bool finished();
    /// Seconds the reader thread spent reading and splitting records (for ImportTimings).
    double readSeconds() const { return m_readSeconds; }

private:
    void readAll();
    void sequenceAll();
    ImportBatch readBatch();

    CsvReader &m_reader;
    const int m_batchRows;
    QThreadPool &m_pool;
    const Process m_process;
    const Process m_sequence;
    const size_t m_maxAhead;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QFuture<ImportBatch>> m_queue; ///< read and handed to a worker, not yet sequenced
    std::deque<ImportBatch> m_ready; ///< sequenced, not yet taken by the writer
    bool m_endOfFile = false; ///< the reader has queued its last batch
    bool m_sequencedAll = false; ///< the ordering thread has passed on the last batch
    bool m_stopping = false;
    std::atomic<double> m_readSeconds {0};
    // The last batch's sizes, a little more: the next batch's buffers are reserved once.
    qsizetype m_lastFieldText = 0;
    size_t m_lastFieldCount = 0;
    // Last: they start once everything above exists.
    std::thread m_readerThread;
    std::thread m_sequencerThread;
};

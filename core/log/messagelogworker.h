// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messagelogbatch.h"
#include "store/messagerepository.h"

#include <QObject>

#include <memory>

class Database;
class MessageLogSource;

/// Runs a MessageLogSource on a worker thread with its own store connection, so no query of
/// the delivery log ever runs on the GUI thread. Requests are queued slots, answered in order
/// by batchReady(); requests for an older generation than the current filter's are dropped.
class MessageLogWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogWorker)

public:
    MessageLogWorker(QString storePath, int pageSize, QObject *parent = nullptr);
    ~MessageLogWorker() override;

public Q_SLOTS:
    void reset(const MessageFilter &filter, quint64 generation);
    void older(quint64 generation);
    void refresh(quint64 generation);
    void trimmed(quint64 generation, qint64 oldestId);

Q_SIGNALS:
    void batchReady(const MessageLogBatch &batch);

private:
    /// Opens the connection on first use, on the worker thread (a connection belongs to the
    /// thread that opened it).
    bool ensureOpen(MessageLogBatch &batch);

    QString m_storePath;
    int m_pageSize;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageLogSource> m_source;
};

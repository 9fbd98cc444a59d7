// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "walcheckpointer.h"

#include "common/logging.h"
#include <sqlite3.h>

WalCheckpointer::WalCheckpointer(const QString &path)
{
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "the background checkpointer could not open the store:" << sqlite3_errmsg(m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    // A connection opens the log only at its first read; until then a checkpoint does nothing.
    if (sqlite3_exec(m_db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "the background checkpointer could not read the store:" << sqlite3_errmsg(m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    // One last pass for the frames of the final commits, so the log does not wait for whoever
    // commits next (a dispatcher's claim) to copy them.
    if (m_db)
        (void)sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    sqlite3_close(m_db);
}

void WalCheckpointer::poke()
{
    {
        std::lock_guard lock(m_mutex);
        m_poked = true;
    }
    m_wake.notify_all();
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_poked || m_stopping; });
            if (m_stopping)
                return;
            m_poked = false;
        }
        int logFrames = 0;
        int copied = 0;
        // PASSIVE: copies what it can without waiting for the writer or any reader; what it
        // could not copy yet is copied at a later poke (or by the store's next ordinary checkpoint).
        const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore) << "background checkpoint failed:" << sqlite3_errmsg(m_db);
        std::lock_guard lock(m_mutex);
        ++m_checkpoints;
    }
}

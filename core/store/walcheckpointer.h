// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

/// Copies a SQLite store's write-ahead log into the database on a thread of its own, with its
/// own connection, while a bulk writer keeps writing.
///
/// Why: a checkpoint copies the WAL's pages into the database file and waits for the disk
/// (fsync). Left to the writer's connection, the first commit past the threshold pays for it:
/// in a million-row import the commits took about a third of the writer's time, nearly all of it
/// checkpoints. A PASSIVE checkpoint runs beside the writer (it takes no lock the writer needs),
/// so the writer's commits only append to the log.
///
/// poke() after each commit; the checkpointer then checkpoints once, unless it is still busy.
class WalCheckpointer final
{
public:
    /// Opens its own connection to `path` (a SQLite file in WAL mode) and starts the thread.
    explicit WalCheckpointer(const QString &path);
    /// Stops the thread after the checkpoint in progress, if any, and checkpoints once more.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// The store has new frames in its log: checkpoint when the thread is free.
    void poke();
    /// Checkpoints run so far (for tests and measurements).
    int checkpoints() const;
    /// False when it could not open the store (nothing is checkpointed then).
    bool running() const { return m_db != nullptr; }

private:
    void run();

    sqlite3 *m_db = nullptr;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_poked = false;
    bool m_stopping = false;
    int m_checkpoints = 0;
    std::thread m_thread; ///< last: starts once everything above exists
};

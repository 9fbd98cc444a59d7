// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QThread>

#include <chrono>

/// Tells views when the store changed, whoever changed it: this window, its dispatcher thread,
/// or a headless smsrouter-cli on the same file. Asks SQLite's data_version a few times a
/// second (next to nothing when nothing changed) on a thread of its own with its own
/// connection, so the window's thread runs no SQL for it; changed() comes on the thread that
/// made this object.
class StoreWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWatcher)

public:
    explicit StoreWatcher(QString storePath, std::chrono::milliseconds interval = std::chrono::milliseconds(250),
                          QObject *parent = nullptr);
    ~StoreWatcher() override;

    /// Looks now instead of at the next tick (the answer comes as changed(), if anything did).
    void check();

Q_SIGNALS:
    void changed();

private:
    QThread m_thread;
    QObject *m_poller; ///< lives on m_thread
};

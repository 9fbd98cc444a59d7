// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <initializer_list>

/// How often a StoreWatcher looks, and how it behaves while a server is away.
struct StoreWatchTiming
{
    /// The shortest time between two announcements: a dispatcher commits many times a second,
    /// a view needs to hear of it a few times a second at most. On SQLite also how often
    /// data_version is asked.
    std::chrono::milliseconds interval {250};
    /// PostgreSQL: how often the watcher asks the client library whether the server dropped
    /// the connection (a restart, an administrator); no round trip.
    std::chrono::milliseconds liveness {1000};
    /// PostgreSQL: how often it asks the server itself (SELECT 1), for a connection that died
    /// without a word (a cable, a firewall's idle timeout).
    std::chrono::milliseconds ping {15000};
    /// While the store cannot be reached: how often the watcher tries again, and meanwhile
    /// tells views to read again (a slow poll in place of the notifications it cannot hear).
    std::chrono::milliseconds retry {2000};
};

/// Tells views when the store changed, whoever changed it: this window, its dispatcher thread,
/// another window, or a headless smsrouter-cli (on this machine or, on PostgreSQL, any other).
/// Works on a thread of its own with its own connection, so the window's thread runs no SQL
/// for it; the signals come on the thread that made this object.
///
/// - SQLite: asks PRAGMA data_version every `interval` (next to nothing when nothing
///   changed). SQLite cannot say which table changed, so changedTables() names them all.
/// - PostgreSQL: LISTENs on Database::changeChannel(); the triggers of migration 11 NOTIFY
///   once per statement with the table's name, delivered at commit. Nothing is asked while
///   nothing changes. Notifications of one `interval` are merged into one changedTables().
///   When the server drops the connection (which drops the LISTEN) the watcher says so once
///   in the log, tells views to read every `retry` meanwhile, reconnects, LISTENs again and
///   tells views to read once more (what changed while it was away was not heard).
class StoreWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWatcher)

public:
    enum class Mode {
        Opening, ///< not connected yet
        Polling, ///< SQLite: data_version every interval
        Listening, ///< PostgreSQL: notifications
        Reconnecting, ///< the store cannot be reached: views read every retry interval
    };
    Q_ENUM(Mode)

    explicit StoreWatcher(QString storePath, std::chrono::milliseconds interval = std::chrono::milliseconds(250),
                          QObject *parent = nullptr);
    StoreWatcher(QString storePath, const StoreWatchTiming &timing, QObject *parent = nullptr);
    ~StoreWatcher() override;

    /// Looks now instead of at the next tick (the answer comes as changed(), if anything did):
    /// SQLite asks data_version, PostgreSQL checks its connection, or tries to reconnect.
    void check();
    /// How the watcher learns of changes now (any thread).
    Mode mode() const { return m_mode.load(); }

    /// Every table whose change may be announced (Database change notifications).
    static QSet<QString> allTables();
    /// True when `changed` (from changedTables) names one of `tables`: a view that shows only
    /// the opt-out list ignores the dispatcher's thousands of message updates.
    static bool touches(const QSet<QString> &changed, std::initializer_list<const char *> tables);

Q_SIGNALS:
    /// Something changed in the store (with changedTables, which says what).
    void changed();
    /// These tables changed (at most once per interval, merged). All of them on SQLite, and
    /// after a reconnection, when the watcher cannot know.
    void changedTables(const QSet<QString> &tables);
    /// mode() changed.
    void modeChanged(StoreWatcher::Mode mode);

private:
    friend class StoreWatcherPoller;

    QThread m_thread;
    QObject *m_poller; ///< lives on m_thread
    std::atomic<Mode> m_mode {Mode::Opening};
};

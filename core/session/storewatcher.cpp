// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storewatcher.h"

#include "common/logging.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <memory>
#include <utility>

/// The part that lives on the watcher's thread: its connection, its timers, what it has heard
/// and not yet told.
class StoreWatcherPoller final : public QObject
{
public:
    StoreWatcherPoller(QString storePath, const StoreWatchTiming &timing, StoreWatcher *watcher)
        : m_storePath(std::move(storePath))
        , m_timing(timing)
        , m_watcher(watcher)
    {
        m_poll.setInterval(m_timing.interval);
        connect(&m_poll, &QTimer::timeout, this, &StoreWatcherPoller::poll);
        m_liveness.setInterval(m_timing.liveness);
        connect(&m_liveness, &QTimer::timeout, this, &StoreWatcherPoller::checkConnection);
        m_retry.setInterval(m_timing.retry);
        connect(&m_retry, &QTimer::timeout, this, &StoreWatcherPoller::retry);
        m_gap.setSingleShot(true);
        connect(&m_gap, &QTimer::timeout, this, &StoreWatcherPoller::flush);
    }

    void begin() { open(); }

    /// check(): whatever "look now" means in the current mode.
    void checkNow()
    {
        if (!m_db)
            retry();
        else if (m_db->dialect().kind() == SqlDialect::Kind::Postgres)
            checkConnection();
        else
            poll();
    }

private:
    void open()
    {
        auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
        if (!db) {
            unreachable(db.errorMessage());
            return;
        }
        std::unique_ptr<Database> opened = std::move(*db);
        if (opened->dialect().kind() == SqlDialect::Kind::Postgres) {
            connect(opened->connection().driver(), &QSqlDriver::notification, this, &StoreWatcherPoller::notified);
            if (!opened->listenForChanges()) {
                unreachable(opened->connection().driver()->lastError().text());
                return;
            }
            m_db = std::move(opened);
            m_sincePing.start();
            m_liveness.start();
            setMode(StoreWatcher::Mode::Listening);
        } else {
            m_db = std::move(opened);
            m_db->changedSinceLastCheck(); // the baseline
            m_poll.start();
            setMode(StoreWatcher::Mode::Polling);
        }
        m_retry.stop();
        if (std::exchange(m_lost, false)) {
            qCInfo(lcStore) << "the store watcher reaches the store again";
            // Whatever changed while nobody listened was not heard: every view reads once.
            announce(StoreWatcher::allTables());
        }
    }

    /// The store cannot be opened, or the connection was lost: said once, then a slow poll.
    void unreachable(const QString &why)
    {
        m_db.reset();
        m_poll.stop();
        m_liveness.stop();
        if (!std::exchange(m_lost, true))
            qCWarning(lcStore).noquote() << QStringLiteral("the store watcher cannot reach the store (%1); views read "
                                                           "it every %2 ms until it is back")
                                                .arg(why.trimmed())
                                                .arg(m_timing.retry.count());
        setMode(StoreWatcher::Mode::Reconnecting);
        if (!m_retry.isActive())
            m_retry.start();
    }

    void retry()
    {
        if (m_db)
            return;
        open();
        if (!m_db)
            announce(StoreWatcher::allTables()); // the slow poll: views read, and show what they find
    }

    /// SQLite: data_version moved.
    void poll()
    {
        if (m_db && m_db->changedSinceLastCheck())
            announce(StoreWatcher::allTables());
    }

    /// PostgreSQL: the connection the LISTEN lives on is still there.
    void checkConnection()
    {
        if (!m_db)
            return;
        QString why;
        if (!m_db->isConnected()) {
            why = QStringLiteral("the server closed the connection");
        } else if (m_sincePing.elapsed() >= m_timing.ping.count()) {
            m_sincePing.start();
            QSqlQuery query(m_db->connection());
            if (!query.exec(QStringLiteral("SELECT 1")) || !m_db->isConnected())
                why = query.lastError().isValid() ? query.lastError().text()
                                                  : QStringLiteral("the server did not answer");
        }
        if (!why.isEmpty())
            unreachable(why);
    }

    void notified(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        if (channel != Database::changeChannel())
            return;
        const QString table = payload.toString();
        announce(table.isEmpty() ? StoreWatcher::allTables() : QSet<QString> {table});
    }

    /// Tells the watcher's thread at once when nothing was told for an interval, otherwise at
    /// the end of the interval, with everything heard meanwhile.
    void announce(const QSet<QString> &tables)
    {
        m_pending.unite(tables);
        if (!m_gap.isActive())
            flush();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        m_gap.start(m_timing.interval);
        QMetaObject::invokeMethod(
            m_watcher,
            [watcher = m_watcher, tables = std::exchange(m_pending, {})] {
                Q_EMIT watcher->changedTables(tables);
                Q_EMIT watcher->changed();
            },
            Qt::QueuedConnection);
    }

    void setMode(StoreWatcher::Mode mode)
    {
        if (m_watcher->m_mode.exchange(mode) == mode)
            return;
        QMetaObject::invokeMethod(
            m_watcher, [watcher = m_watcher, mode] { Q_EMIT watcher->modeChanged(mode); }, Qt::QueuedConnection);
    }

    QString m_storePath;
    StoreWatchTiming m_timing;
    StoreWatcher *m_watcher;
    QTimer m_poll {this}; ///< SQLite's data_version
    QTimer m_liveness {this}; ///< PostgreSQL's connection
    QTimer m_retry {this}; ///< while the store cannot be reached
    QTimer m_gap {this}; ///< the interval after an announcement
    QElapsedTimer m_sincePing;
    QSet<QString> m_pending;
    bool m_lost = false; ///< the store could not be reached (said once in the log)
    std::unique_ptr<Database> m_db;
};

StoreWatcher::StoreWatcher(QString storePath, std::chrono::milliseconds interval, QObject *parent)
    : StoreWatcher(std::move(storePath), StoreWatchTiming {interval}, parent)
{ }

StoreWatcher::StoreWatcher(QString storePath, const StoreWatchTiming &timing, QObject *parent)
    : QObject(parent)
    , m_poller(new StoreWatcherPoller(std::move(storePath), timing, this))
{
    m_thread.setObjectName(QStringLiteral("store watcher"));
    m_poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_poller, [poller = static_cast<StoreWatcherPoller *>(m_poller)] { poller->begin(); }, Qt::QueuedConnection);
}

StoreWatcher::~StoreWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreWatcher::check()
{
    QMetaObject::invokeMethod(
        m_poller, [poller = static_cast<StoreWatcherPoller *>(m_poller)] { poller->checkNow(); }, Qt::QueuedConnection);
}

QSet<QString> StoreWatcher::allTables()
{
    static const QSet<QString> tables = [] {
        const QStringList names = SqlDialect::changeNotifyingTables();
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    return tables;
}

bool StoreWatcher::touches(const QSet<QString> &changed, std::initializer_list<const char *> tables)
{
    for (const char *table : tables) {
        if (changed.contains(QLatin1String(table)))
            return true;
    }
    return false;
}

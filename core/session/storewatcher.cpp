// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storewatcher.h"

#include "common/logging.h"
#include "store/database.h"

#include <QTimer>

#include <memory>

namespace {

/// The part that lives on the watcher's thread: its connection, its timer, its baseline.
class Poller final : public QObject
{
public:
    Poller(QString storePath, std::chrono::milliseconds interval, StoreWatcher *watcher)
        : m_storePath(std::move(storePath))
        , m_watcher(watcher)
    {
        m_timer.setInterval(interval);
        connect(&m_timer, &QTimer::timeout, this, &Poller::poll);
    }

    void begin()
    {
        poll(); // opens the connection and takes the baseline
        m_timer.start();
    }

    void poll()
    {
        if (!m_db) {
            auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
            if (!db) {
                qCWarning(lcStore) << "the store watcher cannot open the store:" << db.errorMessage();
                return;
            }
            m_db = std::move(*db);
            m_db->changedSinceLastCheck(); // the baseline
            return;
        }
        if (m_db->changedSinceLastCheck())
            QMetaObject::invokeMethod(m_watcher, &StoreWatcher::changed, Qt::QueuedConnection);
    }

private:
    QString m_storePath;
    StoreWatcher *m_watcher;
    QTimer m_timer {this};
    std::unique_ptr<Database> m_db;
};

} // namespace

StoreWatcher::StoreWatcher(QString storePath, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_poller(new Poller(std::move(storePath), interval, this))
{
    m_thread.setObjectName(QStringLiteral("store watcher"));
    m_poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_poller, [poller = static_cast<Poller *>(m_poller)] { poller->begin(); }, Qt::QueuedConnection);
}

StoreWatcher::~StoreWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreWatcher::check()
{
    QMetaObject::invokeMethod(
        m_poller, [poller = static_cast<Poller *>(m_poller)] { poller->poll(); }, Qt::QueuedConnection);
}

#include "storewatcher.h"

#include "database.h"

StoreWatcher::StoreWatcher(Database &db, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_db.changedSinceLastCheck(); // the baseline
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
    m_timer.start();
}

void StoreWatcher::check()
{
    if (m_db.changedSinceLastCheck())
        Q_EMIT changed();
}

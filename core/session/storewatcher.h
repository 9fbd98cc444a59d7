#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class Database;

/// Tells views when the store changed, whoever changed it: this window, its dispatcher thread,
/// or a headless smsrouter-cli on the same file. Asks SQLite's data_version a few times a
/// second, which costs next to nothing when nothing changed.
class StoreWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWatcher)

public:
    explicit StoreWatcher(Database &db, std::chrono::milliseconds interval = std::chrono::milliseconds(250),
                          QObject *parent = nullptr);

    /// Looks now (also done on the timer).
    void check();

Q_SIGNALS:
    void changed();

private:
    Database &m_db;
    QTimer m_timer;
};

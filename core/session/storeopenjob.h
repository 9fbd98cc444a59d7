// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QObject>

/// Opens a store once on a pool thread to find out whether the window can use it (File → Open
/// store…): a file is created and migrated as --db would; a server is reached, its password
/// checked and its schema brought up to date. The window never waits on the server itself.
class StoreOpenJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreOpenJob)

public:
    explicit StoreOpenJob(QObject *parent = nullptr);
    ~StoreOpenJob() override;

    void start(const QString &store);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// `error` is empty when the store opened; `needsPassword` when the server asked for a
    /// password nobody gave (StoreChoice::rememberPassword, then start again).
    void finished(const QString &error, bool needsPassword);

private:
    struct Outcome
    {
        QString error;
        bool needsPassword = false;
    };
    QFutureWatcher<Outcome> m_watcher;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dispatch/dispatchstatus.h"

#include <QWidget>

class Dispatcher;
class StoreWorker;
class QLabel;
class StoreWatcher;

/// The right-hand side of the status bar: whether sending runs (and how fast, through how many
/// carriers), who holds the store when this window does not, and how many messages need a
/// person (unknown outcome, not delivered today). Clicking the count asks to show those messages.
class SendingStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingStatus)

public:
    SendingStatus(StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher, QWidget *parent = nullptr);

    /// The sending text as shown ("sending: 3 carriers, 142 msg/s").
    QString sendingText() const;
    QString attentionText() const;

Q_SIGNALS:
    /// The operator clicked the "need a person" count.
    void attentionRequested();

public Q_SLOTS:
    void setLeaseProblem(const QString &problem);
    void refreshCounts();

private:
    void showStatus(const DispatchStatus &status);

    StoreWorker &m_worker;
    Dispatcher *m_dispatcher;
    bool m_counting = false; ///< a count is on its way from the worker
    bool m_countAgain = false; ///< the store changed again meanwhile
    QLabel *m_sending;
    QLabel *m_attention;
    QString m_leaseProblem;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dispatch/dispatchstatus.h"

#include <QWidget>

class ChipLabel;
class QLabel;
class QToolButton;
class QVBoxLayout;

/// The delivery log's side panel: each carrier's health, current rate against its limit and
/// requests in flight, from Dispatcher::statusChanged, with a pause/resume button per carrier.
class CarrierHealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierHealthPanel)

public:
    explicit CarrierHealthPanel(QWidget *parent = nullptr);

    /// Updates the rows in place; rebuilds them only when the set of carriers changed.
    void showStatus(const DispatchStatus &status);
    /// Says this window does not send (no dispatcher).
    void showNoDispatcher();

    int carrierCount() const { return int(m_rows.size()); }
    /// "142 of 200 msg/s\n3 of 10 in flight" for the carrier at `index`, for tests.
    QString rowText(int index) const;
    QString healthText(int index) const;
    QToolButton *pauseButton(int index) const;

Q_SIGNALS:
    void carrierPauseRequested(qint64 carrierId, bool paused);

private:
    struct Row
    {
        qint64 id = 0;
        QWidget *box = nullptr;
        ChipLabel *health = nullptr;
        QLabel *name = nullptr;
        QLabel *numbers = nullptr;
        QToolButton *pause = nullptr;
    };

    void rebuild(const QList<CarrierDispatchStatus> &carriers);

    QLabel *m_summary;
    QVBoxLayout *m_list;
    QList<Row> m_rows;
};

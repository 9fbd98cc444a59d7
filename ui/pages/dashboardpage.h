// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/dashboardsnapshot.h"
#include "messages/messagefilter.h"
#include "page.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class DashboardCampaignModel;
class DashboardCarrierModel;
class FieldError;
class QAbstractButton;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;
class Session;
class StoreWatcher;
class StoreWorker;
class TrafficChart;

/// Dashboard: what is moving (messages per minute by state), what it costs (per carrier, today
/// and this month, estimated against reported), running campaigns with the time they have left,
/// and what needs a person (each item opens the Delivery log filtered to it).
///
/// Every figure is read from the store (DashboardService), so it survives a restart. The reads
/// run on a StoreWorker of this page's own, so a slow one never delays another page's; at most
/// one a second while the page is visible, none while it is hidden, never two at once.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(Session &session, StoreWatcher &watcher, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/dashboard.svg")); }
    void activate() override;

    DashboardRange range() const { return m_range; }
    /// Switches the traffic chart's range and reads it (as the range buttons do).
    void setRange(DashboardRange range);
    /// Reads now, or as soon as the read under way has answered and a second has passed.
    void refresh();
    /// The shortest time between two reads (a second; tests shorten it).
    void setMinimumInterval(std::chrono::milliseconds interval);
    /// Opens what an attention link names: "unknown", "failed" or "breaker:<carrier id>".
    void openAttention(const QString &link);

    /// Reads started since the page was made, and whether one is under way (for tests).
    int readsStarted() const { return m_readsStarted; }
    bool isReading() const { return m_reading; }
    /// How long the last read took, from asking the worker to its answer on this thread (ms).
    qint64 lastReadMs() const { return m_lastReadMs; }
    StoreWorker &worker() const { return *m_worker; }
    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    TrafficChart *chart() const { return m_chart; }
    DashboardCarrierModel *carrierModel() const { return m_carrierModel; }
    DashboardCampaignModel *campaignModel() const { return m_campaignModel; }
    /// The attention box as a person reads it, one item a line.
    QString attentionText() const;
    QAbstractButton *rangeButton(DashboardRange range) const;

Q_SIGNALS:
    /// The Delivery log should open filtered to this.
    void logRequested(const MessageFilter &filter);
    void showPageRequested(const QString &pageId);
    /// A snapshot read by the worker is on screen.
    void snapshotShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void schedule();
    void startRead();
    void showSnapshot(const DashboardSnapshot &snapshot);
    void showAttention(const AttentionItems &attention, const QList<CarrierFigures> &carriers);
    /// The campaign names take what the progress bar and the time left leave, between their
    /// header's width and 120 px, so no header is cut in a narrow side column.
    void fitCampaignColumns();
    QString chartTitle() const;

    Session &m_session;
    std::unique_ptr<StoreWorker> m_worker;
    DashboardRange m_range = DashboardRange::LastHour;
    DashboardSnapshot m_snapshot;
    TrafficChart *m_chart;
    QLabel *m_chartTitle;
    QButtonGroup *m_ranges;
    DashboardCarrierModel *m_carrierModel;
    DashboardCampaignModel *m_campaignModel;
    QTableView *m_carriers;
    QTableView *m_campaigns;
    QStackedWidget *m_carrierBody;
    QStackedWidget *m_campaignBody;
    QLabel *m_unknown;
    QLabel *m_failed;
    QLabel *m_breakers;
    QLabel *m_allWell;
    QLabel *m_status;
    FieldError *m_error;
    QTimer m_next; ///< the next read, once the minimum interval has passed
    QTimer m_tick; ///< time moves the chart even when the store does not
    QElapsedTimer m_sinceLastRead;
    std::chrono::milliseconds m_minimumInterval {1000};
    bool m_reading = false;
    bool m_dirty = true; ///< the store changed (or the range did) since the last read started
    int m_readsStarted = 0;
    qint64 m_lastReadMs = 0;
    bool m_carrierColumnsSized = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/dashboardsnapshot.h"
#include "messages/messagestate.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QMenu;
class QValueAxis;

/// The Dashboard's traffic chart: messages per bucket by state, as stacked areas in the state
/// colours of the chips (ChipStyle::stateHue, so a light and a dark palette both read). An empty
/// store still draws its axes, with a sentence over them, so the chart is never a blank box.
/// Its context menu copies the data as CSV and saves it as PNG or CSV.
class TrafficChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficChart)

public:
    explicit TrafficChart(QWidget *parent = nullptr);

    /// Draws `snapshot`'s traffic (and keeps it for the CSV actions).
    void setSnapshot(const DashboardSnapshot &snapshot);
    /// The states drawn, bottom to top: the outcomes first, then what is on its way.
    static QList<MessageState> drawnStates();

    QChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }
    /// The sentence over an empty chart; empty while the chart has data.
    QString emptySentence() const;
    /// The chart's data as DashboardService::trafficCsv writes it.
    QByteArray csv() const;
    /// The chart as a picture (what "Save as PNG…" writes).
    QPixmap picture() const;
    /// The menu of the chart's context menu and of its "⋯" button.
    QMenu *menu() const { return m_menu; }

    void copyData() const;
    void askSavePng();
    void askSaveCsv();

Q_SIGNALS:
    /// Saving a file went wrong or right: a sentence for the page's status line.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recolour();
    void rebuild();

    QChartView *m_view;
    QChart *m_chart;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QLabel *m_emptyLabel;
    QMenu *m_menu;
    QList<QPair<MessageState, QAreaSeries *>> m_series; ///< stacked, bottom first
    QLineSeries *m_sentLine = nullptr; ///< over the areas, not stacked
    DashboardSnapshot m_snapshot;
};

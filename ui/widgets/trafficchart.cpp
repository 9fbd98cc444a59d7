// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "trafficchart.h"

#include "dashboard/dashboardservice.h"
#include "widgets/chipstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

qint64 rangeMs(DashboardRange range)
{
    switch (range) {
    case DashboardRange::LastHour:
        return 3600LL * 1000;
    case DashboardRange::LastDay:
        return 24 * 3600LL * 1000;
    case DashboardRange::LastWeek:
        return 7 * 24 * 3600LL * 1000;
    }
    return 3600LL * 1000;
}

/// A file name in the documents folder: "traffic-2026-03-01-1405.png".
QString suggestedChartFile(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    return QDir(folder).filePath(QStringLiteral("traffic-%1.%2").arg(stamp, suffix));
}

} // namespace

TrafficChart::TrafficChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_countAxis(new QValueAxis(m_chart))
    , m_emptyLabel(new QLabel(m_view->viewport()))
    , m_menu(new QMenu(this))
{
    m_chart->setAnimationOptions(QChart::NoAnimation); // a refresh a second must not make it swim
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Beside the plot, one state a line: the words stay whole in every language.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setMinorTickCount(0);
    m_timeAxis->setTickCount(7);
    m_view->setChart(m_chart); // takes it
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);

    // Bottom to top: delivered is the ground the others stand on. "sent" is a line over them:
    // a message reaches sent and then an outcome, so stacking both would count it twice.
    const QList<MessageState> states = drawnStates();
    QAreaSeries *below = nullptr;
    for (const MessageState state : states) {
        if (state == MessageState::Sent)
            continue;
        auto *upper = new QLineSeries(m_chart);
        auto *area = new QAreaSeries(upper, below ? below->upperSeries() : nullptr);
        area->setName(messageStateTitle(state));
        m_chart->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_countAxis);
        m_series.append({state, area});
        below = area;
    }
    auto *sentLine = new QLineSeries(m_chart);
    sentLine->setName(messageStateTitle(MessageState::Sent));
    m_chart->addSeries(sentLine);
    sentLine->attachAxis(m_timeAxis);
    sentLine->attachAxis(m_countAxis);
    m_sentLine = sentLine;

    // The sentence sits over the empty axes, on the view's viewport (it scrolls with nothing).
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *overlay = new QVBoxLayout(m_view->viewport());
    overlay->addStretch(1);
    overlay->addWidget(m_emptyLabel);
    overlay->addStretch(2);

    m_menu->addAction(tr("Copy data"), this, &TrafficChart::copyData);
    m_menu->addAction(tr("Save as PNG…"), this, &TrafficChart::askSavePng);
    m_menu->addAction(tr("Save as CSV…"), this, &TrafficChart::askSaveCsv);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { m_menu->popup(m_view->mapToGlobal(at)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    recolour();
    setSnapshot(DashboardSnapshot {});
}

QList<MessageState> TrafficChart::drawnStates()
{
    return {MessageState::Delivered, MessageState::Undelivered, MessageState::Failed,
            MessageState::Unknown,   MessageState::Rejected,    MessageState::Sent};
}

void TrafficChart::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void TrafficChart::rebuild()
{
    const DashboardSnapshot &s = m_snapshot;
    const qint64 bucket = std::max<qint64>(s.bucketMs, 1000);
    const qint64 end = s.takenAt > 0 ? s.takenAt : QDateTime::currentMSecsSinceEpoch();
    const qint64 from = s.traffic.isEmpty() ? end - rangeMs(s.range) : s.traffic.constFirst().start;
    const qint64 to = s.traffic.isEmpty() ? end : s.traffic.constLast().start + bucket;

    // Each bucket is a step: flat across its width, so a minute reads as a minute.
    qint64 highest = 0;
    QList<qint64> below(s.traffic.size(), 0);
    for (const auto &[state, area] : std::as_const(m_series)) {
        QList<QPointF> points;
        points.reserve(s.traffic.size() * 2);
        const QString name = messageStateName(state);
        for (int i = 0; i < s.traffic.size(); ++i) {
            const TrafficBucket &b = s.traffic.at(i);
            below[i] += b.byState.value(name);
            highest = std::max(highest, below.at(i));
            points.append(QPointF(qreal(b.start), qreal(below.at(i))));
            points.append(QPointF(qreal(b.start + bucket), qreal(below.at(i))));
        }
        area->upperSeries()->replace(points);
    }
    QList<QPointF> sent;
    sent.reserve(s.traffic.size() * 2);
    const QString sentName = messageStateName(MessageState::Sent);
    for (const TrafficBucket &b : s.traffic) {
        const qint64 n = b.byState.value(sentName);
        highest = std::max(highest, n);
        sent.append(QPointF(qreal(b.start), qreal(n)));
        sent.append(QPointF(qreal(b.start + bucket), qreal(n)));
    }
    m_sentLine->replace(sent);

    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_timeAxis->setFormat(s.range == DashboardRange::LastWeek ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
    // Never a 0–0 axis: a quiet hour still shows a scale to read against.
    m_countAxis->setRange(0, qreal(std::max<qint64>(highest, 4)));
    m_countAxis->applyNiceNumbers();
    m_countAxis->setMin(0);

    QString sentence;
    if (s.storeEmpty)
        sentence = tr("No messages yet. Once messages are sent, this chart shows how many reach each state per "
                      "minute.");
    else if (highest == 0) {
        switch (s.range) {
        case DashboardRange::LastHour:
            sentence = tr("No message reached a state in the last hour.");
            break;
        case DashboardRange::LastDay:
            sentence = tr("No message reached a state in the last 24 hours.");
            break;
        case DashboardRange::LastWeek:
            sentence = tr("No message reached a state in the last 7 days.");
            break;
        }
    }
    m_emptyLabel->setText(sentence);
    m_emptyLabel->setVisible(!sentence.isEmpty());
}

QString TrafficChart::emptySentence() const
{
    return m_emptyLabel->isHidden() ? QString() : m_emptyLabel->text();
}

QByteArray TrafficChart::csv() const
{
    return DashboardService::trafficCsv(m_snapshot);
}

QPixmap TrafficChart::picture() const
{
    return m_view->grab();
}

void TrafficChart::copyData() const
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(csv()));
}

void TrafficChart::askSavePng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"), suggestedChartFile(QStringLiteral("png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (picture().save(path, "PNG"))
        Q_EMIT message(tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT message(tr("The chart could not be saved to %1. Choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(path)));
}

void TrafficChart::askSaveCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart data as CSV"), suggestedChartFile(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv()) >= 0 && file.commit())
        Q_EMIT message(tr("Chart data saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT message(
            tr("The chart data could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void TrafficChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolour();
}

void TrafficChart::recolour()
{
    // The chart's own themes are light or dark by choice; the window's palette decides here.
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.base());
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_chart->setTitleBrush(p.text());
    const QColor grid = p.color(QPalette::Mid);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_countAxis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (const auto &[state, area] : std::as_const(m_series)) {
        const QColor hue = ChipStyle::stateHue(state, p);
        QColor fill = hue;
        fill.setAlphaF(0.75f);
        area->setBrush(fill);
        area->setPen(QPen(hue, 1));
    }
    QPen sentPen(ChipStyle::stateHue(MessageState::Sent, p), 2, Qt::DashLine);
    m_sentLine->setPen(sentPen);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_emptyLabel->font();
    font.setPointSizeF(QWidget::font().pointSizeF() * 1.1);
    m_emptyLabel->setFont(font);
}

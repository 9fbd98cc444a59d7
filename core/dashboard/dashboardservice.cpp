// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dashboardservice.h"

#include "campaign/campaign.h"
#include "carriers/carrier.h"
#include "common/money.h"
#include "csv/csvwriter.h"
#include "log/attentioncounts.h"
#include "settings/settings.h"
#include "store/campaignrepository.h"
#include "store/carrierhealthrepository.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/trafficrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace {

/// A read transaction: every read of one snapshot sees the same state of the store, so the
/// campaign counts agree with the event id they were taken at.
class DashboardReadSnapshot final
{
public:
    explicit DashboardReadSnapshot(const Database &db)
        : m_query(db.connection())
    {
        m_started = m_query.exec(db.dialect().beginSnapshot());
    }
    ~DashboardReadSnapshot()
    {
        if (m_started)
            m_query.exec(QStringLiteral("COMMIT"));
    }
    Q_DISABLE_COPY_MOVE(DashboardReadSnapshot)

    bool started() const { return m_started; }
    Error error() const
    {
        return sql::failure(m_query.lastError(),
                            QCoreApplication::translate("DashboardService", "The store could not be read: %1")
                                .arg(m_query.lastError().text()));
    }

private:
    QSqlQuery m_query;
    bool m_started = false;
};

/// Delivered and not delivered out of the final outcomes; nullopt when there were none.
void dashboardRates(const QHash<QString, TrafficSums> &byState, std::optional<double> &delivery,
                    std::optional<double> &failure, qint64 &finals)
{
    const qint64 delivered = byState.value(QStringLiteral("delivered")).messages;
    const qint64 failed =
        byState.value(QStringLiteral("undelivered")).messages + byState.value(QStringLiteral("failed")).messages;
    finals = delivered + failed;
    if (finals == 0)
        return;
    delivery = double(delivered) / double(finals);
    failure = double(failed) / double(finals);
}

qint64 dashboardEstimated(const QHash<QString, TrafficSums> &byState)
{
    return byState.value(QStringLiteral("sent")).costMicros;
}

qint64 dashboardReported(const QHash<QString, TrafficSums> &byState)
{
    qint64 sum = 0;
    for (const TrafficSums &sums : byState)
        sum += sums.priceMicros;
    return sum;
}

QString dashboardRate(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate, 'f', 4) : QString();
}

QByteArray dashboardCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriterOptions options;
    options.lineEnding = CsvWriterOptions::LineEnding::Lf;
    options.utf8Bom = false;
    {
        CsvWriter writer(&buffer, options);
        (void)writer.writeRow(header);
        for (const QStringList &row : rows)
            (void)writer.writeRow(row);
        (void)writer.flush();
    }
    return bytes;
}

} // namespace

DashboardService::DashboardService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{ }

qint64 DashboardService::bucketMsFor(DashboardRange range)
{
    switch (range) {
    case DashboardRange::LastHour:
        return TrafficRepository::minuteMs;
    case DashboardRange::LastDay:
        return 15 * TrafficRepository::minuteMs;
    case DashboardRange::LastWeek:
        return TrafficRepository::hourMs;
    }
    return TrafficRepository::minuteMs;
}

int DashboardService::bucketCountFor(DashboardRange range)
{
    switch (range) {
    case DashboardRange::LastHour:
        return 60;
    case DashboardRange::LastDay:
        return 96;
    case DashboardRange::LastWeek:
        return 168;
    }
    return 60;
}

Result<DashboardSnapshot> DashboardService::snapshot(DashboardRange range)
{
    const qint64 now = m_clock.nowMs();
    DashboardSnapshot snapshot;
    snapshot.takenAt = now;
    snapshot.range = range;
    snapshot.bucketMs = bucketMsFor(range);

    const DashboardReadSnapshot read(m_db);
    if (!read.started())
        return read.error();
    TrafficRepository traffic(m_db);

    auto any = traffic.anyMessage();
    if (!any)
        return any.error();
    snapshot.storeEmpty = !*any;

    // Every bucket of the range, zeros included; the newest holds the present.
    const qint64 width = snapshot.bucketMs;
    const int count = bucketCountFor(range);
    const qint64 end = now - now % width + width;
    const qint64 start = end - count * width;
    QMap<QString, qint64> zeros;
    for (const QString &state : TrafficRepository::countedStates())
        zeros.insert(state, 0);
    snapshot.traffic.reserve(count);
    for (int i = 0; i < count; ++i)
        snapshot.traffic.append({start + i * width, zeros});
    auto counts = traffic.buckets(start, end, width);
    if (!counts)
        return counts.error();
    for (const TrafficCount &c : std::as_const(*counts)) {
        const qint64 index = (c.bucketStart - start) / width;
        if (index >= 0 && index < count)
            snapshot.traffic[index].byState[c.state] += c.messages;
    }

    // Today, the week (today and the six days before) and the month, in the local calendar.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, m_zone);
    const QDate today = local.date();
    const qint64 midnight = QDateTime(today, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const qint64 weekStart = QDateTime(today.addDays(-6), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const qint64 monthStart = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    auto todays = traffic.totals(midnight, now + 1);
    if (!todays)
        return todays.error();
    auto weeks = traffic.totals(weekStart, now + 1);
    if (!weeks)
        return weeks.error();
    auto months = traffic.totals(monthStart, now + 1);
    if (!months)
        return months.error();
    auto carriers = CarrierRepository(m_db).list();
    if (!carriers)
        return carriers.error();
    auto currency = Settings::readCurrency(m_db);
    if (!currency)
        return currency.error();
    for (const Carrier &carrier : std::as_const(*carriers)) {
        CarrierFigures f;
        f.carrierId = carrier.id;
        f.name = carrier.name;
        f.currency = *currency;
        const auto day = todays->value(carrier.id);
        const auto week = weeks->value(carrier.id);
        const auto month = months->value(carrier.id);
        dashboardRates(day, f.deliveryRateToday, f.failureRateToday, f.finalToday);
        dashboardRates(week, f.deliveryRateWeek, f.failureRateWeek, f.finalWeek);
        f.estimatedCostTodayMicros = dashboardEstimated(day);
        f.estimatedCostMonthMicros = dashboardEstimated(month);
        f.reportedPriceTodayMicros = dashboardReported(day);
        f.reportedPriceMonthMicros = dashboardReported(month);
        snapshot.carriers.append(f);
    }

    if (auto campaigns = readCampaigns(snapshot); !campaigns)
        return campaigns.error();

    auto attention = AttentionCounts::read(m_db, midnight);
    if (!attention)
        return attention.error();
    snapshot.attention.unknownOutcomes = attention->unknown;
    snapshot.attention.failedToday = attention->notDeliveredSince();
    auto health = CarrierHealthRepository(m_db).all();
    if (!health)
        return health.error();
    for (const Carrier &carrier : std::as_const(*carriers)) {
        if (health->value(carrier.id).state == QLatin1String("breaker open"))
            snapshot.attention.openBreakers.append(carrier.name);
    }
    return snapshot;
}

// Each running campaign's finished messages: counted in full the first time it is seen (a
// range of the (campaign, state) index), then followed by the events written since the last
// snapshot (a range of their key), so a million-message campaign costs what changed per refresh.
Status DashboardService::readCampaigns(DashboardSnapshot &snapshot)
{
    const qint64 now = snapshot.takenAt;
    TrafficRepository traffic(m_db);
    auto running = CampaignRepository(m_db).inState(CampaignState::Running);
    if (!running)
        return running.error();
    auto last = traffic.lastEventId();
    if (!last)
        return last.error();
    bool countAll = m_lastEventId < 0 || *last < m_lastEventId;
    QHash<qint64, qint64> changes;
    if (!countAll && *last > m_lastEventId) {
        auto between = traffic.eventsBetween(m_lastEventId, *last);
        if (!between)
            return between.error();
        countAll = *between > maxEventsToAdd;
        if (!countAll) {
            auto changed = traffic.finishedChanges(m_lastEventId, *last);
            if (!changed)
                return changed.error();
            changes = *changed;
        }
    }

    QMap<qint64, QPair<qint64, qint64>> done;
    for (const Campaign &c : std::as_const(*running)) {
        const auto known = m_previousDone.constFind(c.id);
        qint64 finished = 0;
        if (countAll || known == m_previousDone.cend()) {
            auto counted = traffic.finishedInCampaign(c.id);
            if (!counted)
                return counted.error();
            finished = *counted;
        } else {
            finished = known->second + changes.value(c.id);
        }
        done.insert(c.id, {now, finished});

        QList<QPair<qint64, qint64>> &samples = m_rateSamples[c.id];
        samples.append({now, finished});
        while (samples.size() > 1 && samples.at(1).first <= now - rateWindowMs)
            samples.removeFirst();
        RunningCampaign r;
        r.id = c.id;
        r.name = c.name;
        r.total = c.accepted;
        r.done = finished;
        const auto &oldest = samples.constFirst();
        if (now > oldest.first)
            r.perMinute = std::max(0.0, double(finished - oldest.second) * 60'000.0 / double(now - oldest.first));
        if (r.perMinute > 0)
            r.secondsLeft = qint64(std::ceil(double(std::max<qint64>(0, r.total - r.done)) * 60.0 / r.perMinute));
        snapshot.campaigns.append(r);
    }
    m_rateSamples.removeIf([&done](const auto &entry) { return !done.contains(entry.key()); });
    m_previousDone = done;
    m_lastEventId = *last;
    return {};
}

QByteArray DashboardService::trafficCsv(const DashboardSnapshot &snapshot)
{
    QList<QStringList> rows;
    for (const TrafficBucket &bucket : snapshot.traffic) {
        const QString start = QDateTime::fromMSecsSinceEpoch(bucket.start, Qt::UTC).toString(Qt::ISODate);
        for (const QString &state : TrafficRepository::countedStates())
            rows.append({start, state, QString::number(bucket.byState.value(state))});
    }
    return dashboardCsv({QStringLiteral("bucket_start"), QStringLiteral("state"), QStringLiteral("messages")}, rows);
}

QByteArray DashboardService::carriersCsv(const DashboardSnapshot &snapshot)
{
    QList<QStringList> rows;
    for (const CarrierFigures &f : snapshot.carriers)
        rows.append({f.name, dashboardRate(f.deliveryRateToday), dashboardRate(f.failureRateToday),
                     dashboardRate(f.deliveryRateWeek), dashboardRate(f.failureRateWeek),
                     money::format(f.estimatedCostTodayMicros, 6), money::format(f.estimatedCostMonthMicros, 6),
                     money::format(f.reportedPriceTodayMicros, 6), money::format(f.reportedPriceMonthMicros, 6),
                     f.currency});
    return dashboardCsv({QStringLiteral("carrier"), QStringLiteral("delivery_rate_today"),
                         QStringLiteral("failure_rate_today"), QStringLiteral("delivery_rate_week"),
                         QStringLiteral("failure_rate_week"), QStringLiteral("estimated_cost_today"),
                         QStringLiteral("estimated_cost_month"), QStringLiteral("reported_price_today"),
                         QStringLiteral("reported_price_month"), QStringLiteral("currency")},
                        rows);
}

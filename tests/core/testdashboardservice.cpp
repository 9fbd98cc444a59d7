// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// DashboardService and the traffic counters under it: the triggers count every transition the
// real writers make (MessageRepository::insert, apply, moveAll), buckets are complete, rates and
// costs land on the right carrier and day (local midnight, in a zone that is not whole hours
// from UTC), running campaigns get a rate and a time left, the CSV is exact, an older store is
// backfilled by migration 10, and no statement scans a table.
#include "dashboard/dashboardservice.h"
#include "messagetesting.h"
#include "settings/settings.h"
#include "store/carrierhealthrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/trafficrepository.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QRegularExpression>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QTimeZone dashboardTestZone(5 * 3600 + 30 * 60); // UTC+05:30: midnight is not on a UTC hour

/// 2026-03-10 12:00:30 UTC (17:30:30 in the test zone).
QDateTime dashboardTestNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0, 30), QTimeZone::utc());
}

qint64 utcMs(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DashboardService> m_service;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;

    Database &db() { return m_session->database(); }

    /// A queued message through MessageRepository::insert (its first event is not counted).
    qint64 add(qint64 carrier, int segments, qint64 costMicros, qint64 campaign = 0)
    {
        Message m =
            messagetesting::make(QStringLiteral("+447911123456"), carrier, MessageState::Queued, m_clock.nowMs());
        m.segments = segments;
        m.costMicros = costMicros;
        m.campaignId = campaign;
        m.updatedAt = m.createdAt;
        return messagetesting::insert(db(), m).id;
    }

    /// Moves a message as the dispatcher does (MessageRepository::apply), at `at`.
    void move(qint64 id, MessageState to, qint64 at, const QString &price = QString(), qint64 carrier = 0)
    {
        MessageRepository repo(db());
        const Message before = repo.find(id).value().value();
        MessageTransition t {before, before.state, 200, QStringLiteral("test")};
        t.after.state = to;
        t.after.updatedAt = at;
        if (!price.isNull())
            t.after.price = price;
        if (carrier != 0)
            t.after.carrierId = carrier;
        auto applied = repo.apply({t});
        QVERIFY(applied);
        QVERIFY(applied->isEmpty());
    }

    /// queued → submitting → sent (→ `outcome`), all at `at`.
    void send(qint64 id, qint64 at, std::optional<MessageState> outcome = std::nullopt,
              const QString &price = QString())
    {
        move(id, MessageState::Submitting, at);
        move(id, MessageState::Sent, at);
        if (outcome)
            move(id, *outcome, at, price);
    }

    DashboardSnapshot take(DashboardRange range = DashboardRange::LastHour)
    {
        auto snapshot = m_service->snapshot(range);
        if (!snapshot)
            qFatal("snapshot failed: %s", qPrintable(snapshot.errorMessage()));
        return *snapshot;
    }

    static const CarrierFigures &figures(const DashboardSnapshot &s, const QString &name)
    {
        for (const CarrierFigures &f : s.carriers) {
            if (f.name == name)
                return f;
        }
        qFatal("no carrier %s", qPrintable(name));
    }

    /// traffic_minutes and traffic_hours as text rows, for comparisons.
    QStringList tableRows(const QString &table)
    {
        const QString key = table == QLatin1String("traffic_hours") ? QStringLiteral("hour") : QStringLiteral("minute");
        auto q = sql::run(db().connection(),
                          QStringLiteral("SELECT %1, carrier_id, state, messages, segments, "
                                         "cost_micros, price_micros FROM %2 ORDER BY 1, 2, 3")
                              .arg(key, table));
        QStringList rows;
        while (q && q->next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields.append(q->value(i).toString());
            rows.append(fields.join(QLatin1Char(',')));
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(dashboardTestNow());
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database, &m_clock);
        QVERIFY(m_session);
        m_alpha = messagetesting::addCarrier(*m_session, QStringLiteral("Alpha"), 1);
        m_beta = messagetesting::addCarrier(*m_session, QStringLiteral("Beta"), 2);
        m_service = std::make_unique<DashboardService>(db(), m_clock);
        m_service->setTimeZone(dashboardTestZone);
    }

    void cleanup()
    {
        m_service.reset();
        m_session.reset();
        m_store.reset();
    }

    void emptyStoreHasEveryBucketAtZero_data()
    {
        QTest::addColumn<DashboardRange>("range");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<qint64>("width");
        QTest::newRow("hour") << DashboardRange::LastHour << 60 << qint64(60'000);
        QTest::newRow("day") << DashboardRange::LastDay << 96 << qint64(900'000);
        QTest::newRow("week") << DashboardRange::LastWeek << 168 << qint64(3'600'000);
    }

    void emptyStoreHasEveryBucketAtZero()
    {
        QFETCH(DashboardRange, range);
        QFETCH(int, buckets);
        QFETCH(qint64, width);
        const DashboardSnapshot s = take(range);
        QVERIFY(s.storeEmpty);
        QCOMPARE(s.takenAt, m_clock.nowMs());
        QCOMPARE(s.bucketMs, width);
        QCOMPARE(s.traffic.size(), buckets);
        QStringList states = TrafficRepository::countedStates();
        states.sort(); // QMap's order
        for (int i = 0; i < buckets; ++i) {
            QCOMPARE(s.traffic.at(i).start % width, 0);
            if (i > 0)
                QCOMPARE(s.traffic.at(i).start - s.traffic.at(i - 1).start, width);
            QCOMPARE(s.traffic.at(i).byState.keys(), states);
            for (qint64 n : s.traffic.at(i).byState)
                QCOMPARE(n, 0);
        }
        // The newest bucket holds the present.
        QVERIFY(s.traffic.constLast().start <= m_clock.nowMs());
        QVERIFY(m_clock.nowMs() < s.traffic.constLast().start + width);
        QCOMPARE(s.carriers.size(), 2);
        QCOMPARE(s.carriers.at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(s.carriers.at(0).currency, QStringLiteral("EUR"));
        QVERIFY(!s.carriers.at(0).deliveryRateToday);
        QVERIFY(!s.carriers.at(0).failureRateWeek);
        QCOMPARE(s.carriers.at(0).estimatedCostMonthMicros, 0);
        QVERIFY(s.campaigns.isEmpty());
        QCOMPARE(s.attention.unknownOutcomes, 0);
        QCOMPARE(s.attention.failedToday, 0);
        QVERIFY(s.attention.openBreakers.isEmpty());
    }

    void transitionsAreCountedInTheirMinuteCarrierAndState()
    {
        const qint64 now = m_clock.nowMs();
        const qint64 a = add(m_alpha, 2, 40'000);
        const qint64 b = add(m_alpha, 1, 20'000);
        const qint64 c = add(m_beta, 3, 90'000);
        send(a, now - 5 * 60'000, MessageState::Delivered);
        send(b, now - 5 * 60'000, MessageState::Undelivered);
        send(c, now, MessageState::Failed);
        const DashboardSnapshot s = take();
        QVERIFY(!s.storeEmpty);
        const TrafficBucket &fiveAgo = s.traffic.at(59 - 5);
        QCOMPARE(fiveAgo.byState.value(QStringLiteral("sent")), 2);
        QCOMPARE(fiveAgo.byState.value(QStringLiteral("delivered")), 1);
        QCOMPARE(fiveAgo.byState.value(QStringLiteral("undelivered")), 1);
        QCOMPARE(fiveAgo.byState.value(QStringLiteral("failed")), 0);
        const TrafficBucket &last = s.traffic.constLast();
        QCOMPARE(last.byState.value(QStringLiteral("sent")), 1);
        QCOMPARE(last.byState.value(QStringLiteral("failed")), 1);
        QVERIFY(!last.byState.contains(QStringLiteral("queued")));
        QVERIFY(!last.byState.contains(QStringLiteral("submitting")));
        qint64 total = 0;
        for (const TrafficBucket &bucket : s.traffic) {
            for (qint64 n : bucket.byState)
                total += n;
        }
        QCOMPARE(total, 6);

        // The counters agree with the events, counted in full (the oracle).
        auto oracle = sql::run(db().connection(),
                               QStringLiteral("SELECT e.at - e.at % 60000, COALESCE(m.carrier_id, 0), e.to_state, "
                                              "COUNT(*), SUM(m.segments), SUM(m.cost_micros), 0 FROM message_events e "
                                              "JOIN messages m ON m.id = e.message_id WHERE e.to_state IN ('sent', "
                                              "'delivered', 'undelivered', 'failed', 'unknown', 'rejected') "
                                              "AND e.from_state <> e.to_state GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
        QVERIFY(oracle);
        QStringList expected;
        while (oracle->next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields.append(oracle->value(i).toString());
            expected.append(fields.join(QLatin1Char(',')));
        }
        QCOMPARE(tableRows(QStringLiteral("traffic_minutes")), expected);
    }

    void everyCountedStateAndNoOther()
    {
        // What the trigger counts is what countedStates() says, through every writer.
        const qint64 now = m_clock.nowMs();
        const qint64 id = add(m_alpha, 1, 0);
        move(id, MessageState::Submitting, now);
        move(id, MessageState::Unknown, now);
        move(id, MessageState::Sent, now);
        move(id, MessageState::Failed, now);
        move(id, MessageState::Queued, now); // "Retry failed"
        move(id, MessageState::Cancelled, now);
        send(add(m_alpha, 1, 0), now, MessageState::Delivered);
        send(add(m_alpha, 1, 0), now, MessageState::Undelivered);
        Message rejected = messagetesting::make(QStringLiteral("+447911123457"), 0, MessageState::Rejected, now);
        messagetesting::insert(db(), rejected);
        const qint64 campaign = messagetesting::addCampaign(db(), QStringLiteral("Bulk"));
        for (int i = 0; i < 3; ++i)
            add(m_beta, 1, 0, campaign);
        QCOMPARE(MessageRepository(db())
                     .moveAll(MessageState::Queued, MessageState::Cancelled, campaign, now, QStringLiteral("cancel"))
                     .value(),
                 3);
        auto states = sql::run(db().connection(), QStringLiteral("SELECT DISTINCT state FROM traffic_minutes"));
        QVERIFY(states);
        QStringList seen;
        while (states->next())
            seen.append(states->value(0).toString());
        seen.sort();
        QStringList expected = TrafficRepository::countedStates();
        expected.sort();
        QCOMPARE(seen, expected);
        // The hours hold the same sums as the minutes.
        auto sums = sql::run(db().connection(),
                             QStringLiteral("SELECT (SELECT SUM(messages) FROM traffic_minutes), "
                                            "(SELECT SUM(messages) FROM traffic_hours)"));
        QVERIFY(sums && sums->next());
        QCOMPARE(sums->value(0).toLongLong(), 8);
        QCOMPARE(sums->value(1).toLongLong(), 8);
    }

    void carrierGetsTheRouteItWasSentThrough()
    {
        // A failover changes the carrier in the same UPDATE that precedes the event.
        const qint64 id = add(m_alpha, 1, 10'000);
        move(id, MessageState::Submitting, m_clock.nowMs());
        move(id, MessageState::Sent, m_clock.nowMs(), QString(), m_beta);
        const DashboardSnapshot s = take();
        QCOMPARE(figures(s, QStringLiteral("Alpha")).estimatedCostTodayMicros, 0);
        QCOMPARE(figures(s, QStringLiteral("Beta")).estimatedCostTodayMicros, 10'000);
    }

    void ratesAndCostsPerCarrier()
    {
        const qint64 now = m_clock.nowMs();
        const qint64 a1 = add(m_alpha, 2, 50'000);
        const qint64 a2 = add(m_alpha, 1, 25'000);
        const qint64 a3 = add(m_alpha, 1, 25'000);
        const qint64 a4 = add(m_alpha, 1, 25'000);
        const qint64 b1 = add(m_beta, 1, 30'000);
        send(a1, now, MessageState::Delivered, QStringLiteral("-0.0075"));
        send(a2, now, MessageState::Delivered, QStringLiteral("-0.00375"));
        send(a3, now, MessageState::Undelivered);
        send(a4, now); // sent, no outcome yet
        send(b1, now, MessageState::Failed);
        // A corrected price counts the difference, not twice.
        move(a1, MessageState::Delivered, now, QStringLiteral("-0.0080"));

        const DashboardSnapshot s = take();
        const CarrierFigures &alpha = figures(s, QStringLiteral("Alpha"));
        QCOMPARE(alpha.finalToday, 3);
        QCOMPARE(*alpha.deliveryRateToday, 2.0 / 3.0);
        QCOMPARE(*alpha.failureRateToday, 1.0 / 3.0);
        QCOMPARE(*alpha.deliveryRateWeek, 2.0 / 3.0);
        QCOMPARE(alpha.estimatedCostTodayMicros, 125'000);
        QCOMPARE(alpha.estimatedCostMonthMicros, 125'000);
        QCOMPARE(alpha.reportedPriceTodayMicros, 8'000 + 3'750);
        QCOMPARE(alpha.reportedPriceMonthMicros, 11'750);
        const CarrierFigures &beta = figures(s, QStringLiteral("Beta"));
        QCOMPARE(beta.finalToday, 1);
        QCOMPARE(*beta.deliveryRateToday, 0.0);
        QCOMPARE(*beta.failureRateToday, 1.0);
        QCOMPARE(beta.estimatedCostTodayMicros, 30'000);
        QCOMPARE(beta.reportedPriceTodayMicros, 0);

        QVERIFY(m_session->settings().setCurrency(QStringLiteral("usd")));
        QCOMPARE(take().carriers.at(0).currency, QStringLiteral("USD"));
    }

    void todayWeekAndMonthFollowTheLocalCalendar()
    {
        // In UTC+05:30, today began 2026-03-09 18:30 UTC, the week 2026-03-03 18:30 UTC and the
        // month 2026-02-28 18:30 UTC. One delivered message (cost 1, 10, 100, …) on each side.
        const QList<std::pair<qint64, qint64>> at {
            {utcMs(3, 9, 18, 31), 1}, // today, 00:01 local
            {utcMs(3, 9, 18, 29), 10}, // yesterday 23:59 local: week, not today
            {utcMs(3, 3, 18, 31), 100}, // first minute of the week
            {utcMs(3, 3, 18, 29), 1'000}, // just before the week, in the month
            {utcMs(2, 28, 18, 30), 10'000}, // the month's first minute
            {utcMs(2, 28, 18, 29), 100'000}, // February in the local calendar
            {utcMs(3, 10, 12, 0), 1'000'000}, // this minute
        };
        for (const auto &[when, cost] : at) {
            const qint64 id = add(m_alpha, 1, cost);
            send(id, when, MessageState::Delivered);
        }
        const DashboardSnapshot s = take();
        const CarrierFigures &alpha = figures(s, QStringLiteral("Alpha"));
        QCOMPARE(alpha.estimatedCostTodayMicros, 1'000'001);
        QCOMPARE(alpha.finalToday, 2);
        QCOMPARE(alpha.finalWeek, 4);
        QCOMPARE(alpha.estimatedCostMonthMicros, 1'011'111);
        // Yesterday's failure is in the week only.
        const qint64 failed = add(m_beta, 1, 0);
        send(failed, utcMs(3, 9, 18, 29), MessageState::Failed);
        const DashboardSnapshot again = take();
        QVERIFY(!figures(again, QStringLiteral("Beta")).failureRateToday);
        QCOMPARE(*figures(again, QStringLiteral("Beta")).failureRateWeek, 1.0);
        QCOMPARE(again.attention.failedToday, 0);
    }

    void runningCampaignRateAndTimeLeft()
    {
        const qint64 campaign = messagetesting::addCampaign(db(), QStringLiteral("Spring"));
        QVERIFY(sql::run(db().connection(), QStringLiteral("UPDATE campaigns SET accepted = 10 WHERE id = :id"),
                         {{"id", campaign}}));
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i)
            ids.append(add(m_alpha, 1, 0, campaign));
        const DashboardSnapshot first = take();
        QCOMPARE(first.campaigns.size(), 1);
        QCOMPARE(first.campaigns.at(0).name, QStringLiteral("Spring"));
        QCOMPARE(first.campaigns.at(0).total, 10);
        QCOMPARE(first.campaigns.at(0).done, 0);
        QCOMPARE(first.campaigns.at(0).perMinute, 0.0);
        QVERIFY(!first.campaigns.at(0).secondsLeft);

        m_clock.advance(30s);
        for (int i = 0; i < 3; ++i)
            send(ids.at(i), m_clock.nowMs(), MessageState::Delivered);
        send(ids.at(3), m_clock.nowMs()); // sent: not done yet
        const DashboardSnapshot second = take();
        QCOMPARE(second.campaigns.at(0).done, 3);
        QCOMPARE(second.campaigns.at(0).perMinute, 6.0);
        QCOMPARE(second.campaigns.at(0).secondsLeft, std::optional<qint64>(70));

        // "Retry failed" takes a message out of the done ones again.
        m_clock.advance(30s);
        send(ids.at(4), m_clock.nowMs(), MessageState::Failed);
        move(ids.at(4), MessageState::Queued, m_clock.nowMs());
        send(ids.at(5), m_clock.nowMs(), MessageState::Delivered);
        const DashboardSnapshot third = take();
        QCOMPARE(third.campaigns.at(0).done, 4);
        QCOMPARE(third.campaigns.at(0).perMinute, 4.0); // 4 in the minute since the first snapshot
        QCOMPARE(third.campaigns.at(0).secondsLeft, std::optional<qint64>(90));

        // Followed by events, the count equals a full one.
        DashboardService fresh(db(), m_clock);
        QCOMPARE(fresh.snapshot(DashboardRange::LastHour)->campaigns.at(0).done, 4);

        // A campaign that stops running leaves the list.
        QVERIFY(sql::run(db().connection(), QStringLiteral("UPDATE campaigns SET state = 'paused'")));
        QVERIFY(take().campaigns.isEmpty());
    }

    void attentionItems()
    {
        const qint64 now = m_clock.nowMs();
        const qint64 unknown = add(m_alpha, 1, 0);
        move(unknown, MessageState::Submitting, now);
        move(unknown, MessageState::Unknown, now);
        send(add(m_alpha, 1, 0), now, MessageState::Failed);
        send(add(m_alpha, 1, 0), now, MessageState::Undelivered);
        send(add(m_alpha, 1, 0), utcMs(3, 9, 18, 0), MessageState::Failed); // yesterday, local
        CarrierHealth open;
        open.state = QStringLiteral("breaker open");
        QVERIFY(CarrierHealthRepository(db()).save(m_beta, open));
        CarrierHealth ok;
        ok.state = QStringLiteral("ok");
        QVERIFY(CarrierHealthRepository(db()).save(m_alpha, ok));
        const DashboardSnapshot s = take();
        QCOMPARE(s.attention.unknownOutcomes, 1);
        QCOMPARE(s.attention.failedToday, 2);
        QCOMPARE(s.attention.openBreakers, QStringList {QStringLiteral("Beta")});
    }

    void csvIsExact()
    {
        DashboardSnapshot s;
        s.bucketMs = 60'000;
        TrafficBucket bucket;
        bucket.start = utcMs(3, 10, 11, 59);
        for (const QString &state : TrafficRepository::countedStates())
            bucket.byState.insert(state, 0);
        bucket.byState[QStringLiteral("sent")] = 12;
        bucket.byState[QStringLiteral("delivered")] = 7;
        s.traffic.append(bucket);
        QCOMPARE(DashboardService::trafficCsv(s),
                 QByteArray("bucket_start,state,messages\n"
                            "2026-03-10T11:59:00Z,sent,12\n"
                            "2026-03-10T11:59:00Z,delivered,7\n"
                            "2026-03-10T11:59:00Z,undelivered,0\n"
                            "2026-03-10T11:59:00Z,failed,0\n"
                            "2026-03-10T11:59:00Z,unknown,0\n"
                            "2026-03-10T11:59:00Z,rejected,0\n"));

        CarrierFigures f;
        f.name = QStringLiteral("Alpha, Lisbon");
        f.deliveryRateToday = 2.0 / 3.0;
        f.failureRateToday = 1.0 / 3.0;
        f.estimatedCostTodayMicros = 1'234'567;
        f.estimatedCostMonthMicros = 98'765'432'100;
        f.reportedPriceTodayMicros = 7'500;
        f.currency = QStringLiteral("EUR");
        CarrierFigures g;
        g.name = QStringLiteral("=Beta");
        s.carriers = {f, g};
        QCOMPARE(DashboardService::carriersCsv(s),
                 QByteArray("carrier,delivery_rate_today,failure_rate_today,delivery_rate_week,failure_rate_week,"
                            "estimated_cost_today,estimated_cost_month,reported_price_today,reported_price_month,"
                            "currency\n"
                            "\"Alpha, Lisbon\",0.6667,0.3333,,,1.234567,98765.432100,0.007500,0.000000,EUR\n"
                            "'=Beta,,,,,0.000000,0.000000,0.000000,0.000000,\n"));
    }

    void migrationBackfillsAnOlderStore()
    {
        // Traffic written with the triggers is what the backfill must reproduce from the events.
        const qint64 now = m_clock.nowMs();
        send(add(m_alpha, 2, 50'000), now - 3 * 3'600'000, MessageState::Delivered, QStringLiteral("-0.0075"));
        send(add(m_alpha, 1, 25'000), now - 61'000, MessageState::Undelivered);
        send(add(m_beta, 1, 30'000), now, MessageState::Failed);
        const QStringList minutes = tableRows(QStringLiteral("traffic_minutes"));
        const QStringList hours = tableRows(QStringLiteral("traffic_hours"));
        QCOMPARE(minutes.size(), 6);

        // Make it a store at migration 9, with its messages and events, and open it again:
        // undo migration 14 (numbers' index), 13 (opt-out imports; on SQLite its rebuilt table may
        // stay, the migration copies the columns it names), 12 (campaign events), 11 (team
        // mode), then 10.
        const bool postgres = testbackend::usesPostgres();
        QStringList undo {QStringLiteral("DROP INDEX messages_to_submitted"),
                          QStringLiteral("CREATE INDEX messages_to_created ON messages(to_number, created_at)"),
                          QStringLiteral("DROP TABLE optout_imports"),
                          QStringLiteral("DROP TABLE campaign_events"),
                          QStringLiteral("DROP TABLE dispatchers"),
                          QStringLiteral("DROP TABLE carrier_send_state"),
                          QStringLiteral("ALTER TABLE messages DROP COLUMN claimed_by")};
        if (postgres)
            undo << QStringLiteral("ALTER TABLE optouts DROP COLUMN import_id")
                 << QStringLiteral("DROP FUNCTION smsrouter_notify_change() CASCADE")
                 << QStringLiteral("DROP FUNCTION traffic_count_event() CASCADE")
                 << QStringLiteral("DROP FUNCTION traffic_count_price() CASCADE");
        else
            undo << QStringLiteral("DROP TRIGGER traffic_count_event")
                 << QStringLiteral("DROP TRIGGER traffic_count_price");
        undo << QStringLiteral("DROP TABLE traffic_minutes") << QStringLiteral("DROP TABLE traffic_hours")
             << QStringLiteral("DELETE FROM schema_version WHERE version >= 10");
        for (const QString &statement : std::as_const(undo)) {
            QSqlQuery q(db().connection());
            QVERIFY2(q.exec(statement), qPrintable(statement + QLatin1String(": ") + q.lastError().text()));
        }
        m_service.reset();
        m_session.reset();
        auto reopened = Database::open(m_store->path());
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE((*reopened)->schemaVersion(), migrations::latestVersion());
        m_session = m_store->openSession(SecretBackend::Database, &m_clock);
        QCOMPARE(tableRows(QStringLiteral("traffic_minutes")), minutes);
        QCOMPARE(tableRows(QStringLiteral("traffic_hours")), hours);
        // And the triggers are back.
        send(add(m_beta, 1, 0), now, MessageState::Delivered);
        QCOMPARE(tableRows(QStringLiteral("traffic_minutes")).size(), 7);
    }

    void noStatementScansATable()
    {
        if (testbackend::usesPostgres())
            QSKIP("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans by table statistics");
        auto plans = TrafficRepository(db()).queryPlans();
        QVERIFY(plans);
        QVERIFY(!plans->isEmpty());
        static const QRegularExpression scan(
            QStringLiteral("\\bSCAN (messages|message_events|traffic_minutes|traffic_hours|m|e)\\b"));
        for (const QString &line : std::as_const(*plans))
            QVERIFY2(!scan.match(line).hasMatch(), qPrintable(line));
        QVERIFY(plans->join(QLatin1Char('\n')).contains(QStringLiteral("USING PRIMARY KEY (minute>? AND minute<?)")));
    }
};

SMSROUTER_TEST(TestDashboardService)
#include "testdashboardservice.moc"

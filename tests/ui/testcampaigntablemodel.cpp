// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignTableModel: rows follow snapshots in place (QAbstractItemModelTester watching), the
// counters, progress, cost and times read as the ui-guide says, and the time left comes from
// the recent rate only.
#include "displaytext.h"
#include "models/campaigntablemodel.h"
#include "testprogram.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <limits>

using namespace std::chrono_literals;

namespace {

Campaign campaign(qint64 id, const QString &name, CampaignState state, qint64 createdAt)
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.sender = QStringLiteral("Shop");
    c.bodyTemplate = QStringLiteral("Hi {name}");
    c.state = state;
    c.accepted = 1000;
    c.createdAt = createdAt;
    c.estimatedCostMicros = 12'500'000;
    c.segmentsTotal = 1000;
    return c;
}

} // namespace

class TestCampaignTableModel : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    CampaignSnapshot snapshot(const CampaignList &campaigns, const QHash<qint64, StateCounts> &counts)
    {
        CampaignSnapshot s;
        s.campaigns = campaigns;
        s.counts = counts;
        s.takenAt = m_clock.nowMs();
        return s;
    }

private Q_SLOTS:
    void rowsFollowSnapshotsInPlace()
    {
        CampaignTableModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 t = m_clock.nowMs();
        const Campaign a = campaign(1, QStringLiteral("Alpha"), CampaignState::Draft, t - 5000);
        const Campaign b = campaign(2, QStringLiteral("Beta"), CampaignState::Running, t - 1000);
        model.setSnapshot(
            snapshot({b, a}, {{1, {{MessageState::Pending, 1000}}}, {2, {{MessageState::Queued, 1000}}}}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(2), 0);
        QCOMPARE(model.rowOf(1), 1);

        // A new campaign arrives on top; the others update in place (no reset).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const Campaign c = campaign(3, QStringLiteral("Gamma"), CampaignState::Importing, t);
        model.setSnapshot(snapshot({c, b, a},
                                   {{1, {{MessageState::Pending, 1000}}},
                                    {2, {{MessageState::Queued, 400}, {MessageState::Delivered, 600}}},
                                    {3, {{MessageState::Pending, 250}}}}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(3), 0);
        QCOMPARE(model.countsAt(model.rowOf(2)).value(MessageState::Delivered), 600);

        // The import is cancelled: its row goes; a reused id with another creation time is another campaign.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        Campaign reused = campaign(3, QStringLiteral("Delta"), CampaignState::Draft, t + 10);
        model.setSnapshot(snapshot({reused, b, a}, {}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.campaignAt(0).name, QStringLiteral("Delta"));

        // An order the rows do not have (never from the store) still ends right, by a reset.
        model.setSnapshot(snapshot({a, reused, b}, {}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.campaignAt(0).name, QStringLiteral("Alpha"));
        model.setSnapshot(snapshot({}, {}));
        QCOMPARE(model.rowCount(), 0);
    }

    void columnsRead()
    {
        CampaignTableModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCurrency(QStringLiteral("EUR"));
        const qint64 t = m_clock.nowMs();
        Campaign c = campaign(7, QStringLiteral("Spring"), CampaignState::Running, t - 90'000);
        c.startedAt = t - 30'000;
        const StateCounts counts {{MessageState::Pending, 100},   {MessageState::Queued, 1200},
                                  {MessageState::Submitting, 5},  {MessageState::Unknown, 2},
                                  {MessageState::Sent, 300},      {MessageState::Delivered, 2000},
                                  {MessageState::Undelivered, 7}, {MessageState::Failed, 3},
                                  {MessageState::Rejected, 1},    {MessageState::Cancelled, 0}};
        model.setSnapshot(snapshot({c}, {{7, counts}}));
        auto text = [&](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(text(CampaignTableModel::Name), QStringLiteral("Spring"));
        QCOMPARE(text(CampaignTableModel::State), QStringLiteral("running"));
        QCOMPARE(model.index(0, CampaignTableModel::State).data(CampaignTableModel::StateRole).toInt(),
                 int(CampaignState::Running));
        QCOMPARE(text(CampaignTableModel::Waiting), QStringLiteral("1,300"));
        QCOMPARE(text(CampaignTableModel::Sending), QStringLiteral("7"));
        QCOMPARE(text(CampaignTableModel::Sent), QStringLiteral("300"));
        QCOMPARE(text(CampaignTableModel::Delivered), QStringLiteral("2,000"));
        QCOMPARE(text(CampaignTableModel::NotDelivered), QStringLiteral("10")); // failed + undelivered
        QCOMPARE(model.index(0, CampaignTableModel::NotDelivered).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("3 failed, 7 undelivered; 1 more rejected before sending"));
        QCOMPARE(text(CampaignTableModel::Cost), QStringLiteral("12.5000 EUR"));
        QCOMPARE(text(CampaignTableModel::Created), QStringLiteral("1 min ago"));
        QCOMPARE(text(CampaignTableModel::Started), QStringLiteral("30 s ago"));
        QVERIFY(text(CampaignTableModel::Finished).isEmpty());
        QVERIFY(!model.index(0, CampaignTableModel::Created).data(Qt::ToolTipRole).toString().isEmpty());
        // Done: sent, delivered, undelivered, failed, rejected = 2,311 of 3,618.
        QCOMPARE(CampaignTableModel::doneCount(counts), 2311);
        QCOMPARE(CampaignTableModel::totalCount(counts), 3618);
        QCOMPARE(CampaignTableModel::openCount(counts), 1307);
        QCOMPARE(text(CampaignTableModel::Progress), QStringLiteral("63 %"));
        QCOMPARE(model.index(0, CampaignTableModel::Progress).data(CampaignTableModel::FractionRole).toDouble(),
                 2311.0 / 3618.0);
        const QString progressTip = model.index(0, CampaignTableModel::Progress).data(Qt::ToolTipRole).toString();
        QVERIFY2(progressTip.contains(QStringLiteral("2,311 of 3,618")), qPrintable(progressTip));
        QVERIFY2(progressTip.contains(QStringLiteral("2 unknown")), qPrintable(progressTip));
        // Unknown outcomes need a person: the Sending count is bold.
        QVERIFY(model.index(0, CampaignTableModel::Sending).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(0, CampaignTableModel::Sent).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        // No rate yet: no time left.
        QCOMPARE(text(CampaignTableModel::TimeLeft), QStringLiteral("—"));

        // Sort values are raw numbers.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CampaignTableModel::SortRole);
        QCOMPARE(model.index(0, CampaignTableModel::Waiting).data(CampaignTableModel::SortRole).toLongLong(), 1300);
        QCOMPARE(model.index(0, CampaignTableModel::Cost).data(CampaignTableModel::SortRole).toLongLong(), 12'500'000);
    }

    void scheduledShowsWhenItStarts()
    {
        CampaignTableModel model(m_clock);
        Campaign c = campaign(1, QStringLiteral("Later"), CampaignState::Scheduled, m_clock.nowMs());
        c.scheduledAt = m_clock.nowMs() + 30 * 60'000;
        model.setSnapshot(snapshot({c}, {{1, {{MessageState::Pending, 10}}}}));
        QCOMPARE(model.index(0, CampaignTableModel::Started).data().toString(), QStringLiteral("in 30 min"));
        QVERIFY(model.index(0, CampaignTableModel::Started)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Starts at ")));
        QCOMPARE(model.index(0, CampaignTableModel::Progress).data().toString(), QStringLiteral("0 %"));
    }

    void cancelledMessagesAreNotProgress()
    {
        CampaignTableModel model(m_clock);
        const Campaign c = campaign(1, QStringLiteral("Wrong date"), CampaignState::Cancelled, m_clock.nowMs());
        model.setSnapshot(snapshot({c}, {{1, {{MessageState::Delivered, 1}, {MessageState::Cancelled, 99}}}}));
        QCOMPARE(model.index(0, CampaignTableModel::Progress).data().toString(), QStringLiteral("1 %"));
        QCOMPARE(model.index(0, CampaignTableModel::Progress).data(CampaignTableModel::FractionRole).toDouble(), 0.01);
    }

    void timeLeftFromTheRecentRate()
    {
        CampaignTableModel model(m_clock);
        Campaign c = campaign(1, QStringLiteral("Live"), CampaignState::Running, m_clock.nowMs());
        auto at = [&](qint64 done, qint64 open) {
            model.setSnapshot(snapshot({c}, {{1, {{MessageState::Delivered, done}, {MessageState::Queued, open}}}}));
        };
        at(0, 1000);
        m_clock.advance(2s);
        at(20, 980);
        QVERIFY(!model.rate(0)); // two seconds are not enough to judge
        m_clock.advance(8s);
        at(100, 900); // 100 messages in 10 s
        QCOMPARE(*model.rate(0), 10.0);
        QCOMPARE(model.timeLeft(0)->count(), 90);
        QCOMPARE(model.index(0, CampaignTableModel::TimeLeft).data().toString(), QStringLiteral("2 min"));

        // Only the last minute counts: after a fast start the rate slows down to the recent one.
        for (int i = 0; i < 12; ++i) {
            m_clock.advance(10s);
            at(100 + (i + 1) * 10, 900 - (i + 1) * 10); // now 1 message a second
        }
        QVERIFY(qAbs(*model.rate(0) - 1.0) < 0.01);
        QCOMPARE(model.timeLeft(0)->count(), 780);

        // No progress in the window: no estimate rather than a wrong one.
        for (int i = 0; i < 7; ++i) {
            m_clock.advance(10s);
            at(220, 780);
        }
        QVERIFY(!model.rate(0));
        QCOMPARE(model.index(0, CampaignTableModel::TimeLeft).data().toString(), QStringLiteral("—"));

        // A paused campaign has no time left, and its pause is forgotten when it resumes.
        c.state = CampaignState::Paused;
        at(220, 780);
        QVERIFY(model.index(0, CampaignTableModel::TimeLeft).data().toString().isEmpty());
        QVERIFY(!model.rate(0));
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("just now") << qint64(-400) << "0 s ago";
        QTest::newRow("seconds") << qint64(-59'000) << "59 s ago";
        QTest::newRow("minutes") << qint64(-125'000) << "2 min ago";
        QTest::newRow("hours") << qint64(-5 * 3600'000) << "5 h ago";
        QTest::newRow("soon") << qint64(90'000) << "in 2 min";
        QTest::newRow("not set") << std::numeric_limits<qint64>::min() << "";
    }

    void relativeTimes()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(QString, text);
        const qint64 now = m_clock.nowMs();
        const qint64 at = offsetMs == std::numeric_limits<qint64>::min() ? 0 : now + offsetMs;
        QCOMPARE(displaytext::relativeTime(at, now), text);
    }

    void laterTimesReadAsTimesOfDay()
    {
        // Computed in local time, as the operator reads it.
        const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
        const QDateTime later = QDateTime(QDate(2026, 3, 2), QTime(15, 30));
        const QDateTime tomorrow = QDateTime(QDate(2026, 3, 3), QTime(9, 0));
        const QDateTime nextWeek = QDateTime(QDate(2026, 3, 9), QTime(9, 0));
        const qint64 n = now.toMSecsSinceEpoch();
        QCOMPARE(displaytext::relativeTime(later.toMSecsSinceEpoch(), n), QStringLiteral("today 15:30"));
        QCOMPARE(displaytext::relativeTime(tomorrow.toMSecsSinceEpoch(), n), QStringLiteral("tomorrow 09:00"));
        QCOMPARE(displaytext::relativeTime(nextWeek.toMSecsSinceEpoch(), n), QStringLiteral("2026-03-09 09:00"));
        QCOMPARE(displaytext::relativeTime(n - 3 * 86'400'000LL, n), QStringLiteral("2026-02-27 10:00"));
        QCOMPARE(displaytext::duration(std::chrono::seconds(7200)), QStringLiteral("2 h"));
        QCOMPARE(displaytext::duration(std::chrono::seconds(7300)), QStringLiteral("2 h 2 min"));
        QCOMPARE(displaytext::duration(std::chrono::seconds(200'000)), QStringLiteral("2 d 8 h"));
        QCOMPARE(displaytext::count(1234567), QStringLiteral("1,234,567"));
    }

    void tickRefreshesTimes()
    {
        CampaignTableModel model(m_clock);
        model.setSnapshot(snapshot({campaign(1, QStringLiteral("A"), CampaignState::Draft, m_clock.nowMs())}, {}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_clock.advance(65s);
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, CampaignTableModel::Created).data().toString(), QStringLiteral("1 min ago"));
    }
};

SMSROUTER_GUI_TEST(TestCampaignTableModel)
#include "testcampaigntablemodel.moc"

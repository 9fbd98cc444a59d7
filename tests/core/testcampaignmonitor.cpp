// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignMonitor: snapshots, details and lifecycle actions run on its worker thread and come
// back as signals; refreshes asked for in a burst are merged.
#include "campaign/campaignmonitor.h"
#include "campaign/campaignservice.h"
#include "campaigntesting.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QTest>

class TestCampaignMonitor : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    qint64 m_id = 0;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database, &m_clock);
        QVERIFY(CampaignTesting::setUpRouting(*m_session));
        const QString path = m_store->filePath(QStringLiteral("list.csv"));
        QVERIFY(CampaignTesting::writeList(path, 40, 0, 2));
        m_id = CampaignTesting::import(*m_session, path);
        QVERIFY(m_id > 0);
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void snapshotsComeFromTheWorker()
    {
        CampaignMonitor monitor(m_store->path(), m_clock);
        QSignalSpy ready(&monitor, &CampaignMonitor::snapshotReady);
        monitor.refresh();
        QVERIFY(monitor.isRefreshing());
        QVERIFY(ready.wait(10000));
        const auto snapshot = ready.first().first().value<CampaignSnapshot>();
        QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
        QCOMPARE(snapshot.campaigns.size(), 1);
        QCOMPARE(snapshot.counts.value(m_id).value(MessageState::Pending), 40);
        QCOMPARE(snapshot.takenAt, m_clock.nowMs());
    }

    void aBurstOfRefreshesIsMerged()
    {
        CampaignMonitor monitor(m_store->path(), m_clock);
        QSignalSpy ready(&monitor, &CampaignMonitor::snapshotReady);
        for (int i = 0; i < 20; ++i)
            monitor.refresh();
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isRefreshing(), 10000);
        // The first read, and at most one more for everything asked while it ran.
        QVERIFY2(ready.size() <= 2, qPrintable(QString::number(ready.size())));
    }

    void detailsHaveCostsAndRejects()
    {
        CampaignMonitor monitor(m_store->path(), m_clock);
        QSignalSpy ready(&monitor, &CampaignMonitor::detailsReady);
        monitor.requestDetails(m_id);
        QVERIFY(ready.wait(10000));
        const auto details = ready.first().first().value<CampaignDetails>();
        QVERIFY2(details.error.isEmpty(), qPrintable(details.error));
        QCOMPARE(details.campaignId, m_id);
        QCOMPARE(details.costs.size(), 1);
        QCOMPARE(details.costs.first().carrierName, QStringLiteral("PT Mobile"));
        QCOMPARE(details.costs.first().costMicros, 40 * 12'500);
        QCOMPARE(details.rejects.value(QStringLiteral("invalid_number")), 2);
    }

    void actionsRunOnTheWorker()
    {
        CampaignMonitor monitor(m_store->path(), m_clock);
        QSignalSpy started(&monitor, &CampaignMonitor::actionStarted);
        QSignalSpy finished(&monitor, &CampaignMonitor::actionFinished);
        QSignalSpy snapshots(&monitor, &CampaignMonitor::snapshotReady);

        monitor.pause(m_id); // a draft cannot be paused
        QVERIFY(monitor.isBusy(m_id));
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(10000));
        auto refused = finished.takeFirst().first().value<CampaignAction>();
        QVERIFY(!refused.ok);
        QVERIFY(!refused.message.isEmpty());
        QVERIFY(!monitor.isBusy(m_id));

        monitor.start(m_id);
        QVERIFY(finished.wait(10000));
        auto start = finished.takeFirst().first().value<CampaignAction>();
        QVERIFY2(start.ok, qPrintable(start.message));
        QCOMPARE(start.kind, CampaignAction::Kind::Start);
        QCOMPARE(start.campaign.state, CampaignState::Running);
        QCOMPARE(m_session->campaigns().counts(m_id)->value(MessageState::Queued), 40);
        // A refresh follows every action.
        QTRY_VERIFY_WITH_TIMEOUT(
            !snapshots.isEmpty()
                && snapshots.last().first().value<CampaignSnapshot>().counts.value(m_id).value(MessageState::Queued)
                    == 40,
            10000);

        monitor.cancel(m_id);
        QVERIFY(finished.wait(10000));
        auto cancel = finished.takeFirst().first().value<CampaignAction>();
        QVERIFY(cancel.ok);
        QVERIFY2(cancel.message.contains(QStringLiteral("40")), qPrintable(cancel.message));
        QCOMPARE(m_session->campaigns().find(m_id)->state, CampaignState::Cancelled);
    }

    void scheduleStoresTheTime()
    {
        CampaignMonitor monitor(m_store->path(), m_clock);
        QSignalSpy finished(&monitor, &CampaignMonitor::actionFinished);
        const QDateTime at = m_clock.now().addSecs(3600);
        monitor.schedule(m_id, at);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<CampaignAction>().ok);
        const Campaign campaign = m_session->campaigns().find(m_id).value();
        QCOMPARE(campaign.state, CampaignState::Scheduled);
        QCOMPARE(campaign.scheduledAt, at.toMSecsSinceEpoch());
    }
};

SMSROUTER_TEST(TestCampaignMonitor)
#include "testcampaignmonitor.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Dashboard page: reads on its own worker only while shown (at most one at a time), switches
// its range, draws empty axes with a sentence for an empty store, opens the Delivery log
// filtered from its "needs attention" links, and is the first page once a carrier exists.
#include "mainwindow.h"
#include "messagetesting.h"
#include "models/dashboardcarriermodel.h"
#include "pages/dashboardpage.h"
#include "pages/deliverylogpage.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/messagelogfilterbar.h"
#include "widgets/trafficchart.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
namespace dmt = messagetesting;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWatcher> m_watcher;

    /// Lets the store watcher see what was just written (its changed() comes on this thread).
    void storeChanged()
    {
        QSignalSpy changed(m_watcher.get(), &StoreWatcher::changed);
        m_watcher->check();
        QVERIFY(changed.wait(5000));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        m_watcher = std::make_unique<StoreWatcher>(m_session->storePath(), 20ms);
    }

    void cleanup()
    {
        m_watcher.reset();
        m_session.reset();
        m_store.reset();
    }

    void emptyStoreDrawsAxesWithASentence()
    {
        DashboardPage page(*m_session, *m_watcher);
        QSignalSpy shown(&page, &DashboardPage::snapshotShown);
        page.show();
        QVERIFY(shown.wait(10000));
        QVERIFY(page.snapshot().storeEmpty);
        QVERIFY2(page.chart()->emptySentence().startsWith(QStringLiteral("No messages yet.")),
                 qPrintable(page.chart()->emptySentence()));
        QCOMPARE(page.chart()->chart()->axes().size(), 2); // the axes are drawn, not a blank box
        QVERIFY(page.chart()->chart()->axes(Qt::Vertical).constFirst()->isVisible());
        // Copy data puts the CSV on the clipboard.
        page.chart()->copyData();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("bucket_start,state,messages")));
        QVERIFY(!page.chart()->picture().isNull());
        QCOMPARE(page.attentionText(),
                 QStringLiteral("Nothing needs you now: no unknown outcome, no failure today, every breaker closed."));
    }

    void readsOnlyWhileShownAndOneAtATime()
    {
        DashboardPage page(*m_session, *m_watcher);
        page.setMinimumInterval(0ms);
        dmt::insert(m_session->database(), dmt::make(QStringLiteral("+447911000001")));
        storeChanged();
        QCoreApplication::processEvents();
        QCOMPARE(page.readsStarted(), 0); // hidden: nothing read

        QSignalSpy shown(&page, &DashboardPage::snapshotShown);
        page.show();
        QTRY_COMPARE(page.readsStarted(), 1);
        // Asked again and again while a read is under way: no second read in flight.
        for (int i = 0; i < 10; ++i)
            page.refresh();
        QVERIFY(page.isReading() || page.readsStarted() <= 2);
        QTRY_VERIFY(!page.isReading() && page.worker().unanswered() == 0);
        QVERIFY(page.readsStarted() <= 2);
        QVERIFY(!page.snapshot().storeEmpty);

        // A change while shown is read; at most once a second by default.
        page.setMinimumInterval(1000ms);
        const int before = page.readsStarted();
        dmt::insert(m_session->database(), dmt::make(QStringLiteral("+447911000002")));
        storeChanged();
        page.refresh();
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(page.readsStarted(), before + 1, 5000);
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.readsStarted(), before + 1);

        // Hidden again: changes are not read.
        page.hide();
        const int hidden = page.readsStarted();
        dmt::insert(m_session->database(), dmt::make(QStringLiteral("+447911000003")));
        storeChanged();
        page.refresh();
        QCoreApplication::processEvents(); // a hidden page schedules nothing to wait for
        QCOMPARE(page.readsStarted(), hidden);
        page.show(); // and caught up when shown
        QTRY_VERIFY(page.readsStarted() > hidden);
    }

    void rangeSwitch()
    {
        DashboardPage page(*m_session, *m_watcher);
        page.setMinimumInterval(0ms);
        QSignalSpy shown(&page, &DashboardPage::snapshotShown);
        page.show();
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.snapshot().range, DashboardRange::LastHour);
        QCOMPARE(page.snapshot().bucketMs, qint64(60'000));
        QCOMPARE(page.snapshot().traffic.size(), qsizetype(60));
        page.rangeButton(DashboardRange::LastWeek)->click();
        QCOMPARE(page.range(), DashboardRange::LastWeek);
        QTRY_COMPARE(page.snapshot().range, DashboardRange::LastWeek);
        QVERIFY(page.snapshot().bucketMs >= 3'600'000);
        QVERIFY(page.rangeButton(DashboardRange::LastWeek)->isChecked());
        QVERIFY(!page.rangeButton(DashboardRange::LastHour)->isChecked());
        page.setRange(DashboardRange::LastDay);
        QTRY_COMPARE(page.snapshot().range, DashboardRange::LastDay);
        QVERIFY(page.rangeButton(DashboardRange::LastDay)->isChecked());
    }

    void attentionLinksOpenTheFilteredLog()
    {
        const qint64 carrier = dmt::addCarrier(*m_session, QStringLiteral("EE UK"), 1);
        dmt::insert(m_session->database(), dmt::make(QStringLiteral("+447911000001"), carrier, MessageState::Unknown));
        MainWindow window(*m_session);
        window.show();
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        QCOMPARE(window.currentPage(), dashboard); // a carrier exists: the Dashboard comes first
        QAbstractItemModelTester tester(dashboard->carrierModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->attentionText().contains(QStringLiteral("with an unknown outcome")), 10000);
        QTRY_COMPARE(dashboard->carrierModel()->rowCount(), 1);
        QCOMPARE(window.currentPage(), dashboard); // still, once the worker answered

        auto *log = qobject_cast<DeliveryLogPage *>(window.page(QStringLiteral("log")));
        dashboard->openAttention(QStringLiteral("unknown"));
        QCOMPARE(window.currentPage(), log);
        QCOMPARE(log->filterBar()->statesText(), QStringLiteral("unknown"));
        QCOMPARE(log->filterBar()->filter().createdFrom, qint64(0));

        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        dashboard->openAttention(QStringLiteral("failed"));
        QCOMPARE(window.currentPage(), log);
        QCOMPARE(log->filterBar()->statesText(), QStringLiteral("undelivered, failed"));
        QVERIFY(log->filterBar()->filter().createdFrom > 0); // since midnight

        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_COMPARE(window.storeWorker().unanswered(), 0); // the log's carrier list
        dashboard->openAttention(QStringLiteral("breaker:%1").arg(carrier));
        QCOMPARE(log->filterBar()->filter().carrierId, carrier);
        QVERIFY(log->filterBar()->filter().states.isEmpty());
    }

    void carriersFirstWithoutACarrier()
    {
        MainWindow window(*m_session);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("dashboard"));
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("carriers"));
        // A page chosen before the answer (--page) stays.
        MainWindow chosen(*m_session);
        QVERIFY(chosen.showPage(QStringLiteral("settings")));
        QTRY_COMPARE(chosen.storeWorker().unanswered(), 0);
        QCOMPARE(chosen.currentPage()->pageId(), QStringLiteral("settings"));
    }
};

SMSROUTER_GUI_TEST(TestDashboardPage)
#include "testdashboardpage.moc"

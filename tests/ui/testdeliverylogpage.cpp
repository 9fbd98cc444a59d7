// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Delivery log page: empty and no-match states, filters (debounced), the detail timeline kept
// live, hand actions (retry, requeue, mark as sent) with their questions, export of every matching
// row with neutralised cells, the attention link, the carrier panel, and rows kept in place while
// the operator reads further down.
#include "dispatch/dispatcher.h"
#include "dispatch/dispatchstatus.h"
#include "dispatch/pendingwork.h"
#include "mainwindow.h"
#include "messagetesting.h"
#include "models/messagelogmodel.h"
#include "pages/deliverylogpage.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/carrierhealthpanel.h"
#include "widgets/emptystate.h"
#include "widgets/messagedetailpane.h"
#include "widgets/messagelogfilterbar.h"
#include "widgets/regionquestion.h"
#include "widgets/sendingstatus.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

namespace mt = messagetesting;

namespace {

/// Runs `answer` on the next modal dialog, as a person would.
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            answer(dialog);
    });
}

void clickMessageBoxButton(QWidget *dialog, const QString &text)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    QVERIFY(box);
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            button->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
}

QList<qint64> shownIds(const DeliveryLogPage &page)
{
    QList<qint64> ids;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        ids.append(page.model()->messageAt(row).id);
    return ids;
}

} // namespace

class TestDeliveryLogPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWatcher> m_watcher;
    std::unique_ptr<StoreWorker> m_worker;

    Database &db() { return m_session->database(); }

    std::unique_ptr<DeliveryLogPage> makePage()
    {
        auto page = std::make_unique<DeliveryLogPage>(*m_session, *m_worker, nullptr, *m_watcher);
        QSignalSpy loaded(page->model(), &MessageLogModel::loaded);
        if (!loaded.wait(30'000))
            qFatal("the log did not load");
        return page;
    }

    /// Applies the filter bar now and waits for its first page.
    static bool applyFilters(DeliveryLogPage &page)
    {
        QSignalSpy loaded(page.model(), &MessageLogModel::loaded);
        page.filterBar()->applyNow();
        return loaded.wait(30'000);
    }

    static bool refreshed(DeliveryLogPage &page)
    {
        QSignalSpy spy(page.model(), &MessageLogModel::refreshed);
        page.model()->refreshNow();
        return spy.wait(30'000);
    }

    /// This test's store, with status reports often enough to follow in a test.
    DispatchOptions dispatchOptions() const
    {
        DispatchOptions options;
        options.storePath = m_store->path();
        options.statusInterval = std::chrono::milliseconds(20);
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        m_watcher = std::make_unique<StoreWatcher>(db().path());
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
    }

    void cleanup()
    {
        m_worker.reset();
        m_watcher.reset();
        m_session.reset();
        m_store.reset();
    }

    void emptyStoreShowsTheFirstStep()
    {
        auto page = makePage();
        QCOMPARE(page->bodyState(), QStringLiteral("empty"));
        QSignalSpy navigate(page.get(), &DeliveryLogPage::showPageRequested);
        page->setEmptyAction(QStringLiteral("Start a campaign"), QStringLiteral("campaigns"));
        auto *button = page->findChild<EmptyState *>(QStringLiteral("emptyLog"))->button();
        QCOMPARE(button->text(), QStringLiteral("Start a campaign"));
        button->click();
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().first().toString(), QStringLiteral("campaigns"));

        mt::insert(db(), mt::make(QStringLiteral("+447911123456")));
        QVERIFY(refreshed(*page));
        QCOMPARE(page->bodyState(), QStringLiteral("table"));
    }

    void filtersNarrowTheTable()
    {
        const qint64 uk = mt::addCarrier(*m_session, QStringLiteral("EE UK"), 1);
        const qint64 pt = mt::addCarrier(*m_session, QStringLiteral("Vodafone PT"), 2);
        const qint64 campaign = mt::addCampaign(db(), QStringLiteral("Spring"));
        const qint64 day = QDateTime(QDate(2026, 3, 1), QTime(9, 0)).toMSecsSinceEpoch();
        constexpr qint64 hour = 3'600'000;
        Message a = mt::make(QStringLiteral("+447911000001"), uk, MessageState::Delivered, day);
        Message b = mt::make(QStringLiteral("+351912000002"), pt, MessageState::Failed, day + hour);
        Message c = mt::make(QStringLiteral("+447911000003"), uk, MessageState::Unknown, day + 2 * hour);
        c.campaignId = campaign;
        for (Message *m : {&a, &b, &c})
            *m = mt::insert(db(), *m);
        auto page = makePage();
        page->activate(); // reads the carriers for the filter box
        QCOMPARE(shownIds(*page), (QList<qint64> {c.id, b.id, a.id}));
        MessageLogFilterBar *bar = page->filterBar();

        bar->setStates({MessageState::Failed, MessageState::Unknown});
        QVERIFY(applyFilters(*page));
        QCOMPARE(shownIds(*page), (QList<qint64> {c.id, b.id}));
        // The carriers reach the filter box from the store on a worker thread: on a busy machine
        // they may not be listed yet, and picking one then picks "any".
        QTRY_VERIFY((bar->setCarrier(uk), bar->filter().carrierId == uk));
        QVERIFY(applyFilters(*page));
        QCOMPARE(shownIds(*page), QList<qint64> {c.id});
        bar->clear();
        bar->setCampaign(campaign);
        QVERIFY(applyFilters(*page));
        QCOMPARE(shownIds(*page), QList<qint64> {c.id});
        bar->clear();
        bar->setNumber(QStringLiteral("912 000"));
        QVERIFY(applyFilters(*page));
        QCOMPARE(shownIds(*page), QList<qint64> {b.id});
        bar->clear();
        bar->setTimeRange(day + hour / 2, day + 2 * hour);
        QVERIFY(applyFilters(*page));
        QCOMPARE(shownIds(*page), QList<qint64> {b.id});

        // Typing is debounced into one reload.
        bar->clear();
        bar->applyNow();
        QSignalSpy filterChanged(bar, &MessageLogFilterBar::filterChanged);
        page->show();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->focusFilter(); // Ctrl+F
        QCOMPARE(QApplication::focusWidget(), bar->numberBox());
        QTest::keyClicks(bar->numberBox(), QStringLiteral("7911"));
        QCOMPARE(filterChanged.size(), 0);
        QVERIFY(filterChanged.wait(2000));
        QCOMPARE(filterChanged.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(*page), (QList<qint64> {c.id, a.id}), 30'000);
    }

    void noMatchOffersToClearTheFilters()
    {
        mt::insertMany(db(), 3);
        auto page = makePage();
        page->filterBar()->setNumber(QStringLiteral("999999"));
        QVERIFY(applyFilters(*page));
        QCOMPARE(page->bodyState(), QStringLiteral("no match"));
        QSignalSpy loaded(page->model(), &MessageLogModel::loaded);
        page->findChild<EmptyState *>(QStringLiteral("noMatch"))->button()->click();
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(page->bodyState(), QStringLiteral("table"));
        QCOMPARE(page->model()->rowCount(), 3);
    }

    // Our estimate and the carrier's reported price are two figures in two currencies, labelled
    // so that nobody adds them up.
    void estimateAndCarrierPriceAreLabelledApart()
    {
        MessageDetailPane pane;
        Message m = mt::make(QStringLiteral("+447911123456"), 0);
        m.id = 9;
        m.costMicros = 35'000;
        pane.showMessage(m, QString(), QStringLiteral("EUR"), {});
        QCOMPARE(pane.fieldText(QStringLiteral("Our estimate")), QStringLiteral("0.0350 EUR (from the routing rule)"));
        QCOMPARE(pane.fieldText(QStringLiteral("Carrier price")), QStringLiteral("— (not reported yet)"));
        m.price = QStringLiteral("0");
        m.priceUnit = QStringLiteral("USD");
        pane.showMessage(m, QString(), QStringLiteral("EUR"), {});
        QCOMPARE(pane.fieldText(QStringLiteral("Carrier price")), QStringLiteral("0 USD (reported by Restcomm)"));
        QVERIFY(pane.fieldText(QStringLiteral("Cost")).isEmpty()); // no field may invite adding them
        QVERIFY(pane.fieldText(QStringLiteral("Price")).isEmpty());
    }

    void detailShowsTheTimelineLive()
    {
        const qint64 uk = mt::addCarrier(*m_session, QStringLiteral("EE UK"), 1);
        const Message m = mt::insert(db(), mt::make(QStringLiteral("+447911123456"), uk));
        mt::move(db(), m.id, MessageState::Submitting, QStringLiteral("Claimed for sending via EE UK"));
        mt::move(db(), m.id, MessageState::Failed, QStringLiteral("Restcomm refused it: To is not a number"), 400);
        auto page = makePage();
        page->activate();
        page->selectMessage(m.id);
        MessageDetailPane *detail = page->detail();
        QCOMPARE(detail->messageId(), m.id);
        QCOMPARE(detail->fieldText(QStringLiteral("State")), QStringLiteral("failed"));
        QTRY_COMPARE(detail->fieldText(QStringLiteral("Carrier")), QStringLiteral("EE UK")); // names from the worker
        QCOMPARE(detail->fieldText(QStringLiteral("Last error")),
                 QStringLiteral("Restcomm refused it: To is not a number"));
        QTreeWidget *timeline = detail->timeline();
        QTRY_COMPARE(timeline->topLevelItemCount(), 3); // read by the worker
        QCOMPARE(timeline->topLevelItem(2)->text(1), QStringLiteral("failed"));
        QCOMPARE(timeline->topLevelItem(2)->toolTip(1), QStringLiteral("from submitting"));
        QCOMPARE(timeline->topLevelItem(2)->text(2), QStringLiteral("400"));
        QCOMPARE(timeline->topLevelItem(2)->text(3), QStringLiteral("Restcomm refused it: To is not a number"));
        QCOMPARE(timeline->topLevelItem(0)->toolTip(1), QStringLiteral("created"));

        // Someone else (the dispatcher, another process) moves it: the pane follows.
        mt::move(db(), m.id, MessageState::Queued, QStringLiteral("Retried by hand"));
        QVERIFY(refreshed(*page));
        QCOMPARE(detail->fieldText(QStringLiteral("State")), QStringLiteral("queued"));
        QTRY_COMPARE(timeline->topLevelItemCount(), 4);
    }

    void retriesSelectedFailedMessages()
    {
        const Message failed = mt::insert(db(), mt::make(QStringLiteral("+447911000001"), 0, MessageState::Failed));
        const Message delivered =
            mt::insert(db(), mt::make(QStringLiteral("+447911000002"), 0, MessageState::Delivered));
        auto page = makePage();
        page->selectMessage(delivered.id);
        QPushButton *retryButton = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Retry failed"))
                retryButton = b;
        }
        QVERIFY(retryButton);
        QVERIFY(!retryButton->isEnabled());
        page->table()->selectAll();
        QVERIFY(retryButton->isEnabled());
        QSignalSpy refreshed(page->model(), &MessageLogModel::refreshed);
        retryButton->click();
        QVERIFY(!retryButton->isEnabled()); // one hand action at a time
        QTRY_COMPARE(page->noticeText(), QStringLiteral("1 message queued again."));
        MessageRepository repo(db());
        QCOMPARE((*repo.find(failed.id))->state, MessageState::Queued);
        QCOMPARE((*repo.find(delivered.id))->state, MessageState::Delivered);
        QVERIFY(repo.events(failed.id)->constLast().detail.startsWith(QStringLiteral("Retried by hand")));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 30'000); // the action asks the log to refresh
        QCOMPARE(page->model()->messageAt(page->model()->rowOf(failed.id)).state, MessageState::Queued);
    }

    void requeueAsksFirst()
    {
        const Message unknown = mt::insert(db(), mt::make(QStringLiteral("+447911000001"), 0, MessageState::Unknown));
        auto page = makePage();
        page->selectMessage(unknown.id);
        answerNextDialog([](QWidget *dialog) { clickMessageBoxButton(dialog, QStringLiteral("Cancel")); });
        page->requeueSelected();
        MessageRepository repo(db());
        QCOMPARE((*repo.find(unknown.id))->state, MessageState::Unknown);
        answerNextDialog([](QWidget *dialog) { clickMessageBoxButton(dialog, QStringLiteral("Queue again")); });
        page->requeueSelected();
        QTRY_COMPARE(page->noticeText(), QStringLiteral("1 message queued again."));
        QCOMPARE((*repo.find(unknown.id))->state, MessageState::Queued);
    }

    void marksAnUnknownMessageSent()
    {
        const Message unknown = mt::insert(db(), mt::make(QStringLiteral("+447911000001"), 0, MessageState::Unknown));
        auto page = makePage();
        page->selectMessage(unknown.id);
        answerNextDialog([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral(" SM0123456789abcdef0123456789abcdef "));
            input->accept();
        });
        page->markSelectedSent();
        QTRY_COMPARE(page->noticeText(), QStringLiteral("Message #%1 marked as sent.").arg(unknown.id));
        const Message after = **MessageRepository(db()).find(unknown.id);
        QCOMPARE(after.state, MessageState::Sent);
        QCOMPARE(after.providerSid, QStringLiteral("SM0123456789abcdef0123456789abcdef"));
    }

    void exportsEveryMatchingRowNeutralised()
    {
        const qint64 uk = mt::addCarrier(*m_session, QStringLiteral("EE UK"), 1);
        mt::insertMany(db(), 1200, 0, uk, MessageState::Delivered); // more than the page has loaded
        Message evil = mt::make(QStringLiteral("+447911999999"), uk, MessageState::Delivered);
        evil.body = QStringLiteral("=HYPERLINK(\"http://evil\",\"win\")");
        mt::insert(db(), evil);
        Message minus = mt::make(QStringLiteral("+447911999998"), uk, MessageState::Delivered);
        minus.body = QStringLiteral("-2+3+cmd|' /C calc'!A0");
        minus.from = QStringLiteral("@Router");
        mt::insert(db(), minus);
        mt::insert(db(), mt::make(QStringLiteral("+351912000000"), 0, MessageState::Failed)); // filtered out
        auto page = makePage();
        page->filterBar()->setStates({MessageState::Delivered});
        QVERIFY(applyFilters(*page));
        QCOMPARE(page->model()->rowCount(), 500);

        const QString path = m_store->filePath(QStringLiteral("log.csv"));
        QSignalSpy finished(page.get(), &DeliveryLogPage::exportFinished);
        page->exportTo(path);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(1202));
        QCOMPARE(finished.first().at(2).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1203);
        QVERIFY(lines.first().endsWith(QStringLiteral("id,campaign_id,to,from,body,encoding,segments,carrier,state,"
                                                      "provider_sid,provider_status,attempts,error,price,created_at,"
                                                      "updated_at")));
        QVERIFY(!text.contains(QStringLiteral("+351912000000")));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",+447911999998,'@Router,'-2+3+cmd|' /C calc'!A0,")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"win\"\")\",")),
                 qPrintable(lines.at(2)));
        QVERIFY(lines.at(3).contains(QStringLiteral(",+447911101199,Router,hello,GSM-7,1,EE UK,delivered,")));
        QVERIFY(page->noticeText().startsWith(QStringLiteral("Exported 1,202 messages to ")));
    }

    void attentionLinkShowsUnknownAndFailed()
    {
        mt::insert(db(), mt::make(QStringLiteral("+447911000001"), 0, MessageState::Delivered));
        const Message failed = mt::insert(db(), mt::make(QStringLiteral("+447911000002"), 0, MessageState::Failed));
        const Message unknown = mt::insert(db(), mt::make(QStringLiteral("+447911000003"), 0, MessageState::Unknown));
        MainWindow window(*m_session);
        auto *page = qobject_cast<DeliveryLogPage *>(window.page(QStringLiteral("log")));
        QVERIFY(page);
        QSignalSpy loaded(page->model(), &MessageLogModel::loaded);
        Q_EMIT window.sendingStatus()->attentionRequested();
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(page->filterBar()->statesText(), QStringLiteral("undelivered, failed, unknown"));
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(shownIds(*page), (QList<qint64> {unknown.id, failed.id}));
    }

    void closingTheWindowStopsTheDispatcherFirst()
    {
        // The window does not vanish under a running dispatcher: it asks it to stop, says so in
        // the status bar, and closes once the dispatcher has written what it had and let go.
        Dispatcher dispatcher(m_session->carriers(), m_session->keychain(), dispatchOptions(), QStringLiteral("test"));
        MainWindow window(*m_session, &dispatcher);
        window.show();
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher.isRunning(), 30'000);
        QSignalSpy stopped(&dispatcher, &Dispatcher::stopped);
        QVERIFY(!window.close()); // not yet: what is waiting is looked up, then the dispatcher finishes
        QVERIFY(window.isVisible());
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Closing"))
                                      || window.statusBar()->currentMessage().startsWith(QStringLiteral("Finishing"))
                                      || !window.isVisible(),
                                  qPrintable(window.statusBar()->currentMessage()), 30'000);
        QVERIFY(!window.quitQuestion()); // nothing was waiting: no question
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30'000);
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!dispatcher.isRunning());
    }

    // Quitting while messages wait asks first, says what continues at the next start, and
    // "Keep sending" keeps the window and the dispatcher.
    void quittingWhileMessagesWaitAsksFirst()
    {
        mt::insert(db(), mt::make(QStringLiteral("+447911123456"), 0)); // queued; no carrier takes it
        Dispatcher dispatcher(m_session->carriers(), m_session->keychain(), dispatchOptions(), QStringLiteral("test"));
        MainWindow window(*m_session, &dispatcher);
        window.show();
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher.isRunning(), 30'000);
        QVERIFY(!window.close());
        QTRY_VERIFY_WITH_TIMEOUT(window.quitQuestion(), 30'000);
        const QString text = window.quitQuestion()->text();
        QVERIFY2(text.contains(QStringLiteral("1 message is still waiting to be sent")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sent when SMS Router starts again")), qPrintable(text));
        window.quitQuestion()->escapeButton()->click(); // Keep sending
        QTRY_VERIFY(!window.quitQuestion());
        QVERIFY(window.isVisible());
        QVERIFY(dispatcher.isRunning());

        QVERIFY(!window.close());
        QTRY_VERIFY_WITH_TIMEOUT(window.quitQuestion(), 30'000);
        QAbstractButton *quit = nullptr;
        for (QAbstractButton *button : window.quitQuestion()->buttons()) {
            if (button->text() == QStringLiteral("Quit"))
                quit = button;
        }
        QVERIFY(quit);
        quit->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30'000);
        QVERIFY(!dispatcher.isRunning());
        QCOMPARE(MessageRepository(db()).countInStates({MessageState::Queued}).value(), qint64(1)); // kept for later
    }

    // A store with no default region asks once, in the window (not a modal dialog); the answer
    // is the store's default region and the question goes.
    void aStoreWithoutARegionAsksOnce()
    {
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("ZZ")));
        {
            MainWindow window(*m_session);
            QVERIFY(window.regionQuestion()->isVisibleTo(&window));
            QComboBox *regions = window.regionQuestion()->regions();
            QVERIFY(!window.regionQuestion()->useButton()->isEnabled());
            regions->setCurrentIndex(regions->findData(QStringLiteral("PT")));
            window.regionQuestion()->useButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!window.regionQuestion()->isVisibleTo(&window), 10000);
        }
        QCOMPARE(m_session->settings().defaultRegion(), QStringLiteral("PT")); // followed from the worker
        MainWindow again(*m_session);
        QVERIFY(!again.regionQuestion()->isVisibleTo(&again));
    }

    // The frame's words: the title names the store once (the desktop adds "— SMS Router"), the
    // View menu shows Ctrl+1…, the empty Opt-outs page's second action looks like a link.
    void titleMenusAndLinks()
    {
        MainWindow window(*m_session);
        QCOMPARE(window.windowTitle(), QFileInfo(m_store->path()).fileName());
        window.setDemoMode(QStringLiteral("demo"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Demo"));

        // Help → About names every version and where things are kept.
        const QString about = window.aboutText();
        for (const QString &part : {QStringLiteral("SMS Router " SMSROUTER_VERSION), QStringLiteral("Qt "),
                                    QStringLiteral("libphonenumber 8."), QStringLiteral("SQLite 3."), m_store->path(),
                                    QStringLiteral("Tokens kept in")})
            QVERIFY2(about.contains(part), qPrintable(about));

        QMenu *view = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&View"))
                view = menu->menu();
        }
        QVERIFY(view);
        const QList<QAction *> pages = view->actions();
        QVERIFY(pages.size() >= 7);
        for (int i = 0; i < pages.size(); ++i)
            QCOMPARE(pages.at(i)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));

        QVERIFY(window.showPage(QStringLiteral("optouts")));
        QPushButton *import = nullptr;
        for (QPushButton *button : window.page(QStringLiteral("optouts"))->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Import a list…"))
                import = button;
        }
        QVERIFY(import);
        QVERIFY(import->font().underline());
        QCOMPARE(import->palette().color(QPalette::ButtonText), import->palette().color(QPalette::Link));
        QCOMPARE(import->cursor().shape(), Qt::PointingHandCursor);
    }

    void quitQuestionNamesTheCampaigns()
    {
        PendingWork work;
        work.runningCampaigns = {QStringLiteral("Spring sale")};
        work.waitingMessages = 1'200;
        QCOMPARE(MainWindow::quitQuestionText(work),
                 QStringLiteral("Campaign “Spring sale” is running. 1,200 messages are still waiting to be sent. If "
                                "you quit, sending stops; the waiting messages are sent when SMS Router starts again "
                                "(or by smsrouter-cli dispatch). Nothing is lost."));
    }

    void pauseButtonPausesAndResumesSending()
    {
        Dispatcher dispatcher(m_session->carriers(), m_session->keychain(), dispatchOptions(), QStringLiteral("test"));
        DeliveryLogPage page(*m_session, *m_worker, &dispatcher, *m_watcher);
        QPushButton *pause = page.pauseButton();
        QVERIFY(pause->isEnabled());
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher.isRunning(), 30'000);
        pause->click();
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher.isPaused(), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(pause->text(), QStringLiteral("Resume sending"), 30'000);
        QVERIFY(pause->isChecked());
        pause->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dispatcher.isPaused(), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(pause->text(), QStringLiteral("Pause sending"), 30'000);
        QVERIFY(dispatcher.stopAndWait(10'000));
    }

    void carrierPanelShowsHealthRateAndInFlight()
    {
        CarrierHealthPanel panel;
        DispatchStatus status;
        status.running = true;
        status.inFlight = 4;
        status.carriers = {{7, QStringLiteral("EE UK"), QStringLiteral("ok"), QString(), 30, 28.4, 3, 12},
                           {9, QStringLiteral("Vodafone PT"), QStringLiteral("breaker open"),
                            QStringLiteral("HTTP 401 three times"), 20, 0, 1, 10}};
        panel.showStatus(status);
        QCOMPARE(panel.carrierCount(), 2);
        QCOMPARE(panel.healthText(0), QStringLiteral("ok"));
        QCOMPARE(panel.rowText(0), QStringLiteral("28 of 30 msg/s\n3 of 12 in flight"));
        QCOMPARE(panel.healthText(1), QStringLiteral("breaker open"));
        QSignalSpy pause(&panel, &CarrierHealthPanel::carrierPauseRequested);
        QToolButton *button = panel.pauseButton(1);
        QCOMPARE(button->text(), QStringLiteral("Pause"));
        button->click();
        QCOMPARE(pause.size(), 1);
        QCOMPARE(pause.first().at(0).toLongLong(), 9);
        QCOMPARE(pause.first().at(1).toBool(), true);
        status.carriers[1].health = QStringLiteral("paused");
        panel.showStatus(status); // same carriers: updated in place
        QCOMPARE(panel.pauseButton(1), button);
        QCOMPARE(button->text(), QStringLiteral("Resume"));
    }

    void rowsStayInPlaceWhileReadingFurtherDown()
    {
        mt::insertMany(db(), 300);
        auto page = makePage();
        page->resize(1000, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QTableView *table = page->table();
        table->verticalScrollBar()->setValue(100);
        const qint64 topId = table->indexAt(QPoint(2, 2)).data(MessageLogModel::IdRole).toLongLong();
        QCOMPARE(topId, 200);
        mt::insertMany(db(), 7, 1000);
        QVERIFY(refreshed(*page));
        QCOMPARE(page->model()->rowCount(), 307);
        QCOMPARE(table->indexAt(QPoint(2, 2)).data(MessageLogModel::IdRole).toLongLong(), topId);

        // At the top, new rows show at once.
        table->verticalScrollBar()->setValue(0);
        mt::insertMany(db(), 2, 2000);
        QVERIFY(refreshed(*page));
        QCOMPARE(table->indexAt(QPoint(2, 2)).data(MessageLogModel::IdRole).toLongLong(), 309);
    }
};

SMSROUTER_GUI_TEST(TestDeliveryLogPage)
#include "testdeliverylogpage.moc"

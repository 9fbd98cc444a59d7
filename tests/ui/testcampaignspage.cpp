// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Campaigns page: the empty state and its way out, live rows from the monitor, actions
// enabled per state and carried out on the worker, the cancel question, rejects exported, and
// the wizard opened from --page-arg.
#include "campaign/campaignimportjob.h"
#include "campaign/campaignmonitor.h"
#include "campaign/campaignservice.h"
#include "campaigntesting.h"
#include "models/campaigntablemodel.h"
#include "pages/campaignspage.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "store/database.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/campaigndetailpane.h"
#include "widgets/emptystate.h"
#include "widgets/scheduledialog.h"
#include "widgets/sendingstatus.h"
#include "wizards/campaignimportwizard.h"
#include "wizards/importmessagepage.h"

#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

class TestCampaignsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWatcher> m_watcher;
    std::unique_ptr<StoreWorker> m_worker;

    qint64 importList(int rows, int invalid = 0, const QString &name = QStringLiteral("Spring sale"))
    {
        const QString path = m_store->filePath(name + QStringLiteral(".csv"));
        if (!CampaignTesting::writeList(path, rows, 0, invalid))
            return 0;
        return CampaignTesting::import(*m_session, path, name);
    }

    /// Runs an action through the page and waits for the row to show its outcome.
    static bool act(CampaignsPage &page, CampaignAction::Kind kind, qint64 id, const QDateTime &at = {})
    {
        QSignalSpy finished(page.monitor(), &CampaignMonitor::actionFinished);
        page.run(kind, id, at);
        if (!finished.wait(10000))
            return false;
        QSignalSpy snapshot(page.monitor(), &CampaignMonitor::snapshotReady);
        return snapshot.wait(10000); // the refresh that follows every action
    }

    CampaignState stateShown(const CampaignsPage &page, qint64 id) const
    {
        return page.model()->campaignAt(page.model()->rowOf(id)).state;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        QVERIFY(CampaignTesting::setUpRouting(*m_session));
        m_watcher = std::make_unique<StoreWatcher>(m_session->storePath());
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
    }

    void cleanup()
    {
        m_worker.reset();
        m_watcher.reset();
        m_session.reset();
        m_store.reset();
    }

    void emptyStateLeadsToTheWizard()
    {
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        QSignalSpy snapshot(page.monitor(), &CampaignMonitor::snapshotReady);
        QVERIFY(snapshot.wait(10000));
        QVERIFY(page.showsEmptyState());
        QVERIFY(page.emptyState()->sentence().startsWith(QStringLiteral("No campaigns yet")));
        QCOMPARE(page.emptyState()->button()->text(), QStringLiteral("Import recipients…"));
        page.emptyState()->button()->click();
        QVERIFY(page.wizard());
        QCOMPARE(page.wizard()->currentId(), int(CampaignImportWizard::FilePage));
        page.wizard()->close(true);
        QTRY_VERIFY(!page.wizard()); // deleted on close
    }

    void rowsAreLiveAndActionsFollowTheState()
    {
        const qint64 id = importList(30, 2);
        QVERIFY(id > 0);
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        QSignalSpy snapshot(page.monitor(), &CampaignMonitor::snapshotReady);
        QVERIFY(snapshot.wait(10000));
        QVERIFY(!page.showsEmptyState());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.selectedId(), id); // opens on the newest campaign
        CampaignDetailPane *detail = page.detail();
        QCOMPARE(detail->countText(MessageState::Pending), QStringLiteral("30"));
        QVERIFY(detail->startButton()->isEnabled());
        QVERIFY(detail->scheduleButton()->isEnabled());
        QVERIFY(!detail->pauseButton()->isEnabled());
        QVERIFY(detail->cancelButton()->isEnabled());
        // Cost per carrier and rejects arrive from the worker.
        QTRY_COMPARE_WITH_TIMEOUT(detail->costs()->topLevelItemCount(), 1, 10000);
        QCOMPARE(detail->costs()->topLevelItem(0)->text(0), QStringLiteral("PT Mobile"));
        QCOMPARE(detail->rejects()->topLevelItem(0)->text(1), QStringLiteral("2"));
        QVERIFY(detail->exportButton()->isEnabled());

        QVERIFY(act(page, CampaignAction::Kind::Start, id));
        QCOMPARE(stateShown(page, id), CampaignState::Running);
        QCOMPARE(m_session->campaigns().counts(id)->value(MessageState::Queued), 30);
        QCOMPARE(detail->countText(MessageState::Queued), QStringLiteral("30"));
        QVERIFY(!detail->startButton()->isEnabled());
        QVERIFY(detail->pauseButton()->isEnabled());
        QVERIFY(page.statusText().startsWith(QStringLiteral("Started campaign")));

        QVERIFY(act(page, CampaignAction::Kind::Pause, id));
        QCOMPARE(stateShown(page, id), CampaignState::Paused);
        QVERIFY(detail->resumeButton()->isEnabled());
        QVERIFY(detail->resumeButton()->isVisibleTo(detail));
        QVERIFY(!detail->pauseButton()->isVisibleTo(detail));

        QVERIFY(act(page, CampaignAction::Kind::Resume, id));
        QCOMPARE(stateShown(page, id), CampaignState::Running);

        const QString question = page.cancelQuestion(id);
        QVERIFY2(question.contains(QStringLiteral("30 waiting messages will not be sent")), qPrintable(question));
        QVERIFY(act(page, CampaignAction::Kind::Cancel, id));
        QCOMPARE(stateShown(page, id), CampaignState::Cancelled);
        QVERIFY2(page.statusText().contains(QStringLiteral("30")), qPrintable(page.statusText()));
        for (QPushButton *button : {detail->startButton(), detail->scheduleButton(), detail->pauseButton(),
                                    detail->resumeButton(), detail->cancelButton()})
            QVERIFY(!button->isEnabled());

        // A refused action says why, and changes nothing.
        QVERIFY(act(page, CampaignAction::Kind::Start, id));
        QVERIFY(!page.errorText().isEmpty());
        QCOMPARE(stateShown(page, id), CampaignState::Cancelled);
    }

    // Start spends money: it asks once, with the recipients, segments, cost and carriers, and
    // only "Start sending" starts. Cancel leaves the draft as it was.
    void startAsksWithTheCostFirst()
    {
        const qint64 id = importList(1200);
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        QSignalSpy snapshot(page.monitor(), &CampaignMonitor::snapshotReady);
        QVERIFY(snapshot.wait(10000));
        QCOMPARE(page.selectedId(), id);
        page.detail()->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.startQuestion(), 10000);
        QCOMPARE(page.startQuestion()->text(),
                 QStringLiteral("Send 1,200 messages, 1,200 segments, about 15.00 EUR, through 1 carrier?"));
        page.startQuestion()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.startQuestion());
        QCOMPARE(m_session->campaigns().find(id)->state, CampaignState::Draft);

        page.detail()->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.startQuestion(), 10000);
        QSignalSpy finished(page.monitor(), &CampaignMonitor::actionFinished);
        page.startQuestion()->defaultButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_session->campaigns().find(id)->state, CampaignState::Running);
    }

    void startQuestionNamesTheCarriersAndTheTime()
    {
        const CarrierCostList costs {{1, QStringLiteral("A"), 600, 900, 30'000'000},
                                     {2, QStringLiteral("B"), 380, 345, 13'400'000},
                                     {3, QStringLiteral("C"), 1, 1, 0}};
        QCOMPARE(CampaignsPage::startQuestionText(costs, QStringLiteral("EUR"), {}),
                 QStringLiteral("Send 981 messages, 1,246 segments, about 43.40 EUR, through 3 carriers?"));
        const QDateTime at(QDate(2031, 5, 4), QTime(9, 30));
        QVERIFY(
            CampaignsPage::startQuestionText(costs.mid(2), QStringLiteral("EUR"), at)
                .startsWith(QStringLiteral("Send 1 message, 1 segment, about 0.00 EUR, through 1 carrier, starting ")));
    }

    // One vocabulary: the table's "Not delivered", the detail pane's and the status bar's "not
    // delivered today" are the same figure (failed + undelivered) on one store.
    void notDeliveredAgreesEverywhere()
    {
        const qint64 id = importList(30);
        QVERIFY(m_session->campaigns().start(id));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery q(m_session->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET state = 'failed', updated_at = %1 WHERE id IN "
                                      "(SELECT id FROM messages ORDER BY id LIMIT 3)")
                           .arg(now)));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE messages SET state = 'undelivered', updated_at = %1 WHERE id IN "
                                  "(SELECT id FROM messages WHERE state IN ('pending', 'queued') ORDER BY id LIMIT 21)")
                       .arg(now)));
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        SendingStatus status(*m_worker, nullptr, *m_watcher);
        QSignalSpy snapshot(page.monitor(), &CampaignMonitor::snapshotReady);
        QVERIFY(snapshot.wait(10000));
        const int row = page.model()->rowOf(id);
        QCOMPARE(page.model()->index(row, CampaignTableModel::NotDelivered).data().toString(), QStringLiteral("24"));
        QCOMPARE(page.model()->index(row, CampaignTableModel::NotDelivered).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("3 failed, 21 undelivered"));
        QCOMPARE(page.model()->headerData(CampaignTableModel::NotDelivered, Qt::Horizontal).toString(),
                 QStringLiteral("Not delivered"));
        QTRY_COMPARE(page.detail()->notDeliveredText(), QStringLiteral("24"));
        QCOMPARE(page.detail()->countText(MessageState::Failed), QStringLiteral("3"));
        QCOMPARE(page.detail()->countText(MessageState::Undelivered), QStringLiteral("21"));
        QTRY_VERIFY2(status.attentionText().contains(QStringLiteral("0 unknown, 24 not delivered today")),
                     qPrintable(status.attentionText()));
    }

    void scheduleShowsTheStartTime()
    {
        const qint64 id = importList(5);
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        QSignalSpy snapshot(page.monitor(), &CampaignMonitor::snapshotReady);
        QVERIFY(snapshot.wait(10000));
        const QDateTime at = QDateTime::currentDateTime().addSecs(2 * 3600 + 10);
        QVERIFY(act(page, CampaignAction::Kind::Schedule, id, at));
        QCOMPARE(stateShown(page, id), CampaignState::Scheduled);
        QCOMPARE(m_session->campaigns().find(id)->scheduledAt, at.toMSecsSinceEpoch());
        const int row = page.model()->rowOf(id);
        const QDateTime local = at.toLocalTime();
        const QString expected = local.date() == QDate::currentDate()
            ? QStringLiteral("today %1").arg(local.toString(QStringLiteral("HH:mm")))
            : QStringLiteral("tomorrow %1").arg(local.toString(QStringLiteral("HH:mm")));
        QCOMPARE(page.model()->index(row, CampaignTableModel::Started).data().toString(), expected);
        QCOMPARE(page.detail()->startButton()->text(), QStringLiteral("Start now"));
        QCOMPARE(page.detail()->scheduleButton()->text(), QStringLiteral("Reschedule…"));
    }

    void changesElsewhereShowUp()
    {
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        QSignalSpy snapshot(page.monitor(), &CampaignMonitor::snapshotReady);
        QVERIFY(snapshot.wait(10000));
        QCOMPARE(page.model()->rowCount(), 0);
        // Another connection imports (as smsrouter-cli would): the store watcher sees the write.
        const QString path = m_store->filePath(QStringLiteral("other.csv"));
        QVERIFY(CampaignTesting::writeList(path, 3));
        CampaignImportJob job(m_store->path(), m_session->campaigns().importContext());
        QSignalSpy imported(&job, &CampaignImportJob::finished);
        CampaignImportRequest request;
        request.filePath = path;
        request.name = QStringLiteral("First");
        request.sender = QStringLiteral("Shop");
        request.bodyTemplate = QStringLiteral("Hi");
        job.start(request);
        QVERIFY(imported.wait(10000));
        const qint64 first = job.result()->campaignId;
        m_watcher->check();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
        QVERIFY(!page.showsEmptyState());
        QVERIFY(m_session->campaigns().start(first)); // CampaignService::changed
        QTRY_COMPARE_WITH_TIMEOUT(stateShown(page, first), CampaignState::Running, 10000);
    }

    void exportRejects()
    {
        const qint64 id = importList(4, 3);
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        const QString path = m_store->filePath(QStringLiteral("rejects.csv"));
        QSignalSpy exported(&page, &CampaignsPage::rejectsExported);
        page.exportRejects(id, path); // off the GUI thread
        QVERIFY(exported.wait(30'000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count('\n'), 4);
        QVERIFY(csv.contains("invalid_number"));
        QVERIFY2(page.statusText().contains(QStringLiteral("3 rejected rows")), qPrintable(page.statusText()));

        page.exportRejects(id, m_store->filePath(QStringLiteral("no/such/dir/x.csv")));
        QVERIFY(exported.wait(30'000));
        QVERIFY(!exported.at(1).at(1).toString().isEmpty());
        QVERIFY(!page.errorText().isEmpty());
    }

    void closingTheWizardDuringAnImportKeepsNothing()
    {
        const QString path = m_store->filePath(QStringLiteral("big.csv"));
        QVERIFY(CampaignTesting::writeList(path, 200000));
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        page.setPageArgument(QStringLiteral("wizard:") + path + QStringLiteral("|Hi {name}|Shop"));
        QPointer<CampaignImportWizard> wizard = page.wizard();
        QVERIFY(wizard && wizard->messagePage()->isComplete());
        QTRY_VERIFY(wizard->hasContext());
        wizard->next();
        QVERIFY(wizard->job() && wizard->job()->isRunning());
        QPointer<CampaignImportJob> job = wizard->job();
        wizard->close(true);
        QTRY_VERIFY(!wizard); // gone at once; the job finishes under the page
        QTRY_VERIFY_WITH_TIMEOUT(!job, 60000);
        QCOMPARE(m_session->campaigns().list()->size(), 0);
    }

    void scheduleDialogWantsAFutureTime()
    {
        ScheduleDialog dialog(QStringLiteral("Spring"), {});
        QVERIFY(dialog.dateTime() > QDateTime::currentDateTime());
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.setDateTime(QDateTime::currentDateTime().addSecs(-3600));
        QVERIFY(!dialog.okButton()->isEnabled());
        const QDateTime later = QDateTime::currentDateTime().addDays(2);
        dialog.setDateTime(later);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 later.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }

    void pageArgumentOpensTheWizard()
    {
        CampaignsPage page(*m_session, *m_worker, nullptr, *m_watcher);
        page.setPageArgument(
            QStringLiteral("wizard:" SMSROUTER_TEST_DATA "/csv/excel-semicolon-1252.csv|Olá {Nome}|Loja"));
        QVERIFY(page.wizard());
        QCOMPARE(page.wizard()->currentId(), int(CampaignImportWizard::MessagePage));
        QVERIFY(page.wizard()->messagePage()->isComplete());
        page.wizard()->close(true);
    }
};

SMSROUTER_GUI_TEST(TestCampaignsPage)
#include "testcampaignspage.moc"

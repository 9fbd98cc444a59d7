// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Inbox page: replies read on the worker, filtered by carrier, text and unread; the selected
// reply is marked read and its conversation shown; the navigation says how many are unread and
// follows new replies from another connection; an empty store says how replies arrive.
#include "inbox/inboxservice.h"
#include "mainwindow.h"
#include "messagetesting.h"
#include "models/inboxtablemodel.h"
#include "pages/inboxpage.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "store/database.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/filterbox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace std::chrono_literals;
namespace imt = messagetesting;

namespace {

/// A reply as the dispatcher's fetch stores it (written here directly: the page only reads).
qint64 storeReply(Database &db, int n, std::optional<qint64> carrierId, const QString &from, const QString &body,
                  qint64 receivedAt, const QString &stopWord = {})
{
    auto id = sql::scalar(db.connection(),
                          QStringLiteral("INSERT INTO inbound_messages (provider_sid, carrier_id, from_number, "
                                         "to_number, body, received_at, fetched_at, stop_word) VALUES (:sid, "
                                         ":carrier, :from, 'SMSRouter', :body, :at, :at, :stop) RETURNING id"),
                          {{"sid", QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0'))},
                           {"carrier", carrierId ? QVariant(*carrierId) : QVariant()},
                           {"from", from},
                           {"body", body},
                           {"at", receivedAt},
                           {"stop", stopWord.isEmpty() ? QVariant() : QVariant(stopWord)}});
    if (!id)
        qFatal("could not store a test reply: %s", qPrintable(id.errorMessage()));
    return id->toLongLong();
}

} // namespace

class TestInboxPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWatcher> m_watcher;
    std::unique_ptr<StoreWorker> m_worker;
    qint64 m_carrier = 0;
    qint64 m_other = 0;

    Database &db() { return m_session->database(); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        m_watcher = std::make_unique<StoreWatcher>(m_session->storePath(), 20ms);
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
        m_carrier = imt::addCarrier(*m_session, QStringLiteral("EE UK"), 1);
        m_other = imt::addCarrier(*m_session, QStringLiteral("MEO"), 2);
    }

    void cleanup()
    {
        m_worker.reset();
        m_watcher.reset();
        m_session.reset();
        m_store.reset();
    }

    void emptyInboxSaysHowRepliesArrive()
    {
        InboxPage page(*m_session, *m_worker, nullptr, *m_watcher);
        page.show();
        QTRY_COMPARE(m_worker->unanswered(), 0);
        QCOMPARE(page.bodyState(), QStringLiteral("empty"));
        QVERIFY(!page.fetchButton()->isEnabled()); // no dispatcher in this window
        QCOMPARE(page.navigationText(), QStringLiteral("Inbox"));
    }

    void filtersAndMarksRead()
    {
        const qint64 now = m_session->clock().nowMs();
        imt::insert(db(), imt::make(QStringLiteral("+447911000001"), m_carrier, MessageState::Delivered, now - 60'000));
        const qint64 stop = storeReply(db(), 1, m_carrier, QStringLiteral("+447911000001"), QStringLiteral("STOP"),
                                       now - 30'000, QStringLiteral("STOP"));
        storeReply(db(), 2, m_other, QStringLiteral("+351912000002"), QStringLiteral("Obrigado"), now - 20'000);
        storeReply(db(), 3, m_carrier, QStringLiteral("+447911000003"), QStringLiteral("Who is this?"), now - 10'000);
        InboxPage page(*m_session, *m_worker, nullptr, *m_watcher);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy navigation(&page, &Page::navigationTextChanged);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.bodyState(), QStringLiteral("table"));
        QCOMPARE(page.unreadCount(), 3);
        QCOMPARE(page.navigationText(), QStringLiteral("Inbox (3)"));
        QVERIFY(!navigation.isEmpty());
        QCOMPARE(page.model()->messageAt(page.model()->rowOf(stop)).stopWord, QStringLiteral("STOP"));

        // Text (debounced), carrier, unread only: each read again by the worker.
        page.filterBox()->setText(QStringLiteral("obrigado"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->messageAt(0).from, QStringLiteral("+351912000002"));
        page.filterBox()->setText(QStringLiteral("nothing like this"));
        QTRY_COMPARE(page.bodyState(), QStringLiteral("no match"));
        page.filterBox()->clear();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QTRY_VERIFY(page.carrierBox()->findData(m_other) > 0); // the carriers read on the worker
        page.carrierBox()->setCurrentIndex(page.carrierBox()->findData(m_carrier));
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.filter().carrierId, m_carrier);
        page.carrierBox()->setCurrentIndex(0);
        QTRY_COMPARE(page.model()->rowCount(), 3);

        // Selecting a reply marks it read (here at once, in the store on the worker) and shows
        // the conversation with that number: what was sent, then the answer.
        QSignalSpy conversation(&page, &InboxPage::conversationShown);
        page.selectReply(stop);
        QCOMPARE(page.unreadCount(), 2);
        QCOMPARE(page.navigationText(), QStringLiteral("Inbox (2)"));
        QVERIFY(conversation.wait(10000));
        const QString text = page.conversationText();
        // The message sent first, then the reply.
        QVERIFY2(text.indexOf(QStringLiteral("hello")) >= 0, qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("hello")) < text.indexOf(QStringLiteral("STOP")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("put on the opt-out list")), qPrintable(text));
        QTRY_COMPARE(m_session->inbox().unreadCount().value(), qint64(2));
        page.unreadOnlyBox()->setChecked(true);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->rowOf(stop), -1);
    }

    // `--page-arg NUMBER` (the screenshots): once the list is read, the newest reply from that
    // number is selected and its conversation shown.
    void pageArgumentSelectsTheNewestReplyFromTheNumber()
    {
        const qint64 now = m_session->clock().nowMs();
        storeReply(db(), 1, m_carrier, QStringLiteral("+447911000001"), QStringLiteral("first"), now - 30'000);
        const qint64 newest =
            storeReply(db(), 2, m_carrier, QStringLiteral("+447911000001"), QStringLiteral("second"), now - 20'000);
        storeReply(db(), 3, m_other, QStringLiteral("+351912000002"), QStringLiteral("other"), now - 10'000);
        InboxPage page(*m_session, *m_worker, nullptr, *m_watcher);
        QSignalSpy conversation(&page, &InboxPage::conversationShown);
        page.setPageArgument(QStringLiteral(" +447911000001 "));
        page.show();
        QVERIFY(conversation.wait(10000));
        QCOMPARE(page.unreadCount(), 2);
        const QModelIndex current = page.proxy()->mapToSource(page.table()->selectionModel()->currentIndex());
        QVERIFY(current.isValid());
        QCOMPARE(page.model()->messageAt(current.row()).id, newest);
    }

    void unreadCountFollowsTheStoreInTheNavigation()
    {
        MainWindow window(*m_session);
        // Shown, as an operator has it: a page of a window never shown is never visible, so it
        // would read its list only if its first read happened to come after the reply.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>();
        QVERIFY(navigation);
        QVERIFY(!navigation->findItems(QStringLiteral("Inbox"), Qt::MatchExactly).isEmpty());
        // A reply stored by another connection (the dispatcher's fetch) shows while the Inbox is hidden.
        storeReply(db(), 1, m_carrier, QStringLiteral("+447911000001"), QStringLiteral("Yes"),
                   m_session->clock().nowMs());
        QTRY_VERIFY_WITH_TIMEOUT(!navigation->findItems(QStringLiteral("Inbox (1)"), Qt::MatchExactly).isEmpty(),
                                 10000);
        auto *inbox = qobject_cast<InboxPage *>(window.page(QStringLiteral("inbox")));
        QVERIFY(window.showPage(QStringLiteral("inbox")));
        QTRY_COMPARE(inbox->model()->rowCount(), 1);
        inbox->selectReply(inbox->model()->messageAt(0).id);
        QTRY_VERIFY(!navigation->findItems(QStringLiteral("Inbox"), Qt::MatchExactly).isEmpty());
    }

    void exportsTheFilteredReplies()
    {
        storeReply(db(), 1, m_carrier, QStringLiteral("+447911000001"), QStringLiteral("Yes"),
                   m_session->clock().nowMs());
        InboxPage page(*m_session, *m_worker, nullptr, *m_watcher);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QSignalSpy done(&page, &InboxPage::exportFinished);
        const QString path = m_store->filePath(QStringLiteral("replies.csv"));
        page.exportTo(path);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toLongLong(), 1);
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Exported 1 ")), qPrintable(page.statusText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray csv = file.readAll();
        if (csv.startsWith("\xEF\xBB\xBF")) // the BOM Excel needs to read UTF-8
            csv.remove(0, 3);
        QVERIFY2(csv.startsWith("sid,carrier,from,to,body,received_at,campaign_id,stop"), csv.constData());
    }
};

SMSROUTER_GUI_TEST(TestInboxPage)
#include "testinboxpage.moc"

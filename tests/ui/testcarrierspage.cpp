// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Carriers page: model contract, first-step empty state, inline validation, add/edit/delete.
#include "carriers/carrierservice.h"
#include "dispatch/dispatcher.h"
#include "mainwindow.h"
#include "models/carriertablemodel.h"
#include "pages/carrierspage.h"
#include "session/storeworker.h"
#include "simprocess.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/carriereditor.h"
#include "workertesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

template<typename T>
T *findByPlaceholder(QWidget *root, const QString &placeholderStart)
{
    for (T *widget : root->findChildren<T *>()) {
        if (widget->placeholderText().startsWith(placeholderStart))
            return widget;
    }
    return nullptr;
}

QPushButton *findButton(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

/// Answers the next modal message box with `button`, as a person would.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

} // namespace

class TestCarriersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheModelTester()
    {
        TempStore store;
        auto session = store.openSession();
        CarrierTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        Carrier a;
        a.name = QStringLiteral("A");
        a.accountSid = testAccountSid(1);
        a.id = 1;
        Carrier b = a;
        b.name = QStringLiteral("B");
        b.id = 2;
        b.enabled = false;
        b.secretRef = QStringLiteral("database:x");
        model.setCarriers({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CarrierTableModel::ColumnCount));
        QCOMPARE(model.index(1, CarrierTableModel::Enabled).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(model.index(1, CarrierTableModel::TokenKeptIn).data().toString(), QStringLiteral("database"));
        QCOMPARE(model.index(0, CarrierTableModel::TokenKeptIn).data().toString(), QStringLiteral("missing"));
        QCOMPARE(model.index(0, CarrierTableModel::Rate).data(CarrierTableModel::SortRole).toDouble(), 10.0);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(3), -1);
        model.setCarriers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyStoreShowsTheFirstStep()
    {
        TempStore store;
        auto session = store.openSession();
        StoreWorker worker(session->optionsForAnotherThread());
        CarriersPage page(worker, session->settings());
        page.show();
        QVERIFY(QSignalSpy(&page, &CarriersPage::listShown).wait(10000));
        QPushButton *first = findButton(&page, QStringLiteral("Add your first carrier"));
        QVERIFY(first);
        QVERIFY(first->isVisible());
        QVERIFY(!page.table()->isVisible());
        first->click();
        QVERIFY(page.editor()->isVisible());
        QVERIFY(page.editor()->isNew());
    }

    void formValidatesAsYouTypeAndSaves()
    {
        TempStore store;
        auto session = store.openSession();
        StoreWorker worker(session->optionsForAnotherThread());
        CarriersPage page(worker, session->settings());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.startAdding();

        CarrierEditor *editor = page.editor();
        QPushButton *save = findButton(editor, QStringLiteral("Save"));
        QVERIFY(save);
        QVERIFY(!save->isEnabled());

        auto *name = findByPlaceholder<QLineEdit>(editor, QStringLiteral("e.g."));
        auto *sid = findByPlaceholder<QLineEdit>(editor, QStringLiteral("AC followed"));
        auto *token = findByPlaceholder<QLineEdit>(editor, QStringLiteral("Paste the Auth Token"));
        QVERIFY(name && sid && token);
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        QTest::keyClicks(name, QStringLiteral("Carrier UK"));
        QTest::keyClicks(sid, QStringLiteral("AC12"));
        QTest::keyClicks(token, QStringLiteral("tok-1"));
        QVERIFY(!save->isEnabled());
        bool sidProblemShown = false;
        for (QLabel *label : editor->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("32 hexadecimal digits")))
                sidProblemShown = true;
        }
        QVERIFY(sidProblemShown);

        sid->clear();
        QTest::keyClicks(sid, testAccountSid(5));
        QVERIFY(save->isEnabled());
        QSignalSpy saved(editor, &CarrierEditor::saved);
        QTest::keyClick(token, Qt::Key_Return); // Enter saves, on the store worker
        QVERIFY(!save->isEnabled()); // no second save while the first is on its way
        QVERIFY(saved.wait(10000));

        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->carrierAt(0).name, QStringLiteral("Carrier UK"));
        QCOMPARE(store.keychain().entries().size(), 1);
        QVERIFY(token->text().isEmpty()); // never shown back
        QVERIFY(token->placeholderText().contains(QStringLiteral("stored in the keychain")));
        QVERIFY(!editor->isNew());
    }

    // Without a keychain, saving a token says so in plain words (no system text, the real
    // setting's name), offers to keep tokens in the database after a warning, and the message
    // goes once the cause is gone; Save then works.
    void noKeychainOffersTheDatabase()
    {
        TempStore store;
        store.keychain().setAvailable(false);
        auto session = store.openSession(); // the store's own choice, which the window may change
        QVERIFY(session->settings().setSecretBackend(SecretBackend::Keychain));
        StoreWorker worker(session->optionsForAnotherThread());
        CarriersPage page(worker, session->settings());
        page.show();
        page.startAdding();
        CarrierEditor *editor = page.editor();
        QTest::keyClicks(findByPlaceholder<QLineEdit>(editor, QStringLiteral("e.g.")), QStringLiteral("UK"));
        QTest::keyClicks(findByPlaceholder<QLineEdit>(editor, QStringLiteral("AC followed")), testAccountSid(5));
        QTest::keyClicks(findByPlaceholder<QLineEdit>(editor, QStringLiteral("Paste the Auth Token")),
                         QStringLiteral("tok-1"));
        QSignalSpy failed(editor, &CarrierEditor::saveFailed);
        QSignalSpy saved(editor, &CarrierEditor::saved);
        findButton(editor, QStringLiteral("Save"))->click();
        QVERIFY(failed.wait(10000));
        const QString problem = editor->formProblem();
        QVERIFY2(problem.startsWith(QStringLiteral("The system keychain is not available")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Settings → Keep tokens in")), qPrintable(problem));
        QVERIFY2(!problem.contains(QStringLiteral("Secret Service")),
                 qPrintable(problem)); // the system's words stay in the log
        QVERIFY(editor->useDatabaseButton()->isVisibleTo(editor));

        editor->useDatabaseButton()->click();
        QVERIFY(editor->useDatabaseQuestion());
        QVERIFY(editor->useDatabaseQuestion()->text().contains(QStringLiteral("unencrypted")));
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *button : editor->useDatabaseQuestion()->buttons()) {
            if (button->text() == QStringLiteral("Keep tokens in the database"))
                yes = button;
        }
        QVERIFY(yes);
        yes->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->useDatabaseButton()->isVisibleTo(editor), 10000);
        QVERIFY(editor->formProblem().isEmpty());

        QVERIFY(findButton(editor, QStringLiteral("Save"))->isEnabled());
        findButton(editor, QStringLiteral("Save"))->click();
        QVERIFY2(saved.wait(10000), qPrintable(editor->formProblem()));
        QCOMPARE(session->carriers().list()->size(), 1);
        QVERIFY(store.keychain().entries().isEmpty());
    }

    void aCarrierSavedInTheWindowReachesItsDispatcher()
    {
        // Carriers are saved by the window's store worker: the window's dispatcher must read
        // them again, or a new carrier's messages would never be sent.
        TempStore store;
        auto session = store.openSession();
        DispatchOptions options;
        options.storePath = store.path();
        options.statusInterval = std::chrono::milliseconds(20);
        Dispatcher dispatcher(session->carriers(), session->keychain(), options, QStringLiteral("test"));
        MainWindow window(*session, &dispatcher);
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher.isRunning(), 30'000);
        const auto knows = [&dispatcher](const QString &name) {
            const QList<CarrierDispatchStatus> carriers = dispatcher.status().carriers;
            return std::any_of(carriers.cbegin(), carriers.cend(),
                               [&name](const CarrierDispatchStatus &c) { return c.name == name; });
        };
        QVERIFY(!knows(QStringLiteral("New")));
        Carrier c;
        c.name = QStringLiteral("New");
        c.accountSid = testAccountSid(4);
        QVERIFY(onWorker(window.storeWorker(), [c](Session &s) { return s.carriers().add(c, "t"); }));
        QTRY_VERIFY_WITH_TIMEOUT(knows(QStringLiteral("New")), 30'000);
        QVERIFY(dispatcher.stopAndWait(30'000));
    }

    void toggleAndDeleteWithConfirmation()
    {
        TempStore store;
        auto session = store.openSession();
        Carrier c;
        c.name = QStringLiteral("PT");
        c.accountSid = testAccountSid(9);
        QVERIFY(session->carriers().add(c, "t"));
        StoreWorker worker(session->optionsForAnotherThread());
        CarriersPage page(worker, session->settings());
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.table()->selectionModel()->hasSelection());

        QPushButton *disable = findButton(&page, QStringLiteral("Disable"));
        QVERIFY(disable && disable->isEnabled());
        disable->click();
        QTRY_VERIFY(!session->carriers().find(QStringLiteral("PT"))->enabled);
        QTRY_VERIFY(findButton(&page, QStringLiteral("Enable")));

        QPushButton *remove = findButton(&page, QStringLiteral("Delete…"));
        QSignalSpy removed(&page, &CarriersPage::removeFinished);
        answerNextMessageBox(QMessageBox::Cancel);
        remove->click();
        QCOMPARE(removed.count(), 0); // nothing asked of the store
        QCOMPARE(session->carriers().list()->size(), 1);

        answerNextMessageBox(QMessageBox::Yes);
        remove->click();
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.constFirst().constFirst().toString(), QString());
        QCOMPARE(session->carriers().list()->size(), 0);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QTRY_VERIFY(findButton(&page, QStringLiteral("Add your first carrier"))->isVisible());
    }

    void testConnectionAsksRestcomm()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TempStore store;
        auto session = store.openSession();
        const SimAccountInfo account = SimProcess::account(QStringLiteral("carrier1"));
        Carrier good;
        good.name = QStringLiteral("Good");
        good.baseUrl = sim.baseUrl().toString();
        good.accountSid = account.sid;
        QVERIFY(session->carriers().add(good, account.token.toLatin1()));
        Carrier bad = good;
        bad.name = QStringLiteral("Bad");
        auto badAdded = session->carriers().add(bad, "wrong");
        QVERIFY(badAdded);

        StoreWorker worker(session->optionsForAnotherThread());
        CarriersPage page(worker, session->settings());
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QPushButton *test = findButton(&page, QStringLiteral("Test connection"));
        QVERIFY(test && test->isEnabled());
        auto labelContaining = [&page](const QString &text) {
            for (QLabel *label : page.findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(text))
                    return true;
            }
            return false;
        };
        test->click(); // the first row: Bad (sorted by name)
        QTRY_VERIFY_WITH_TIMEOUT(labelContaining(QStringLiteral("HTTP 401")), 10'000);
        QVERIFY(labelContaining(QStringLiteral("Check the Account SID and token of carrier “Bad”")));

        page.table()->setCurrentIndex(page.table()->model()->index(1, 0));
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(labelContaining(QStringLiteral("is active")), 10'000);
    }

    void escapeCancelsAnEdit()
    {
        TempStore store;
        auto session = store.openSession();
        StoreWorker worker(session->optionsForAnotherThread());
        CarriersPage page(worker, session->settings());
        page.show();
        page.startAdding();
        QSignalSpy cancelled(page.editor(), &CarrierEditor::cancelled);
        auto *name = findByPlaceholder<QLineEdit>(page.editor(), QStringLiteral("e.g."));
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
    }
};

SMSROUTER_GUI_TEST(TestCarriersPage)
#include "testcarrierspage.moc"

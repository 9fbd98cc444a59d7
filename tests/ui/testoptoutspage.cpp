// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Opt-outs page: add (national numbers in the default region), import with a report of the
// lines that could not be read, filter, remove; an empty store shows the way to the first one.
#include "models/optouttablemodel.h"
#include "optouts/optoutimportjob.h"
#include "optouts/optoutservice.h"
#include "pages/optoutspage.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/emptystate.h"
#include "widgets/filterbox.h"
#include "widgets/optoutdialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

class TestOptOutsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWatcher> m_watcher;
    std::unique_ptr<StoreWorker> m_worker;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("PT")));
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

    void addThroughTheDialog()
    {
        OptOutsPage page(*m_session, *m_worker, *m_watcher);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showsEmptyState());
        OptOutDialog dialog(*m_worker, m_session->settings());
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.setNumber(QStringLiteral("12"));
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
        dialog.setNumber(QStringLiteral("912 345 678")); // national: read in the default region
        QCOMPARE(dialog.normalised(), QStringLiteral("+351912345678"));
        QVERIFY(dialog.addButton()->isEnabled());
        dialog.setReason(QStringLiteral("Replied STOP"));
        dialog.accept(); // the worker adds it; the dialog closes when the store has it
        QVERIFY(!dialog.addButton()->isEnabled()); // no second Add while the first is on its way
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.outcome().contains(QStringLiteral("+351912345678")));
        QVERIFY(m_session->optouts().contains(QStringLiteral("+351912345678")).value());
        // The page follows the worker's change.
        QTRY_VERIFY(!page.showsEmptyState());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->optOutAt(0).reason, QStringLiteral("Replied STOP"));

        OptOutDialog again(*m_worker, m_session->settings());
        again.setNumber(QStringLiteral("00351 912 345 678"));
        again.accept();
        QTRY_COMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY2(again.outcome().contains(QStringLiteral("already")), qPrintable(again.outcome()));
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void importReportsBadLines()
    {
        OptOutsPage page(*m_session, *m_worker, *m_watcher);
        const QString path = m_store->filePath(QStringLiteral("stop.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone,reason\n+351912000001,STOP\n912000002,asked by phone\nnot a number,x\n+351912000001,twice\n");
        file.close();
        QSignalSpy done(&page, &OptOutsPage::importFinished);
        page.startImport(path);
        QVERIFY(page.importJob() && page.importJob()->isRunning());
        QVERIFY(done.wait(30000));
        QVERIFY(done.at(0).at(1).toBool());
        const QString summary = done.at(0).at(0).toString();
        QCOMPARE(summary,
                 QStringLiteral("Read 4 rows from stop.csv: 2 added, 1 already opted out; 1 line could not be "
                                "read as a number."));
        QCOMPARE(page.statusText(), summary);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        auto report = m_session->optouts().importFile(path);
        QVERIFY(report);
        const QString problems = OptOutsPage::problems(*report);
        QVERIFY2(problems.startsWith(QStringLiteral("line 4: “not a number”")), qPrintable(problems));
        page.startImport(m_store->filePath(QStringLiteral("missing.csv")));
        QVERIFY(done.wait(30000));
        QVERIFY(!done.at(1).at(1).toBool());
        QVERIFY(!done.at(1).at(0).toString().isEmpty());
        QCOMPARE(page.model()->rowCount(), 2);
    }

    void filterAndRemove()
    {
        for (const char *number : {"+351912000001", "+351912000002", "+447400123456"})
            QVERIFY(m_session->optouts().add(QString::fromLatin1(number), QStringLiteral("r")));
        OptOutsPage page(*m_session, *m_worker, *m_watcher);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page.proxy()->rowCount(), 3); // read by the worker
        page.filterBox()->setText(QStringLiteral("+44"));
        QTRY_COMPARE(page.proxy()->rowCount(), 1); // after the filter box's pause
        page.filterBox()->clear();
        QTRY_COMPARE(page.proxy()->rowCount(), 3);

        page.selectNumber(QStringLiteral("+351912000001"));
        page.selectNumber(QStringLiteral("+351912000002"));
        QCOMPARE(page.selectedNumbers().size(), 2);
        QCOMPARE(page.removeQuestion(page.selectedNumbers()),
                 QStringLiteral("Remove 2 numbers from the opt-outs? They can receive messages again."));
        QSignalSpy removed(&page, &OptOutsPage::removeFinished);
        page.removeNumbers(page.selectedNumbers());
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(0).at(0).toString(), QString());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(!m_session->optouts().contains(QStringLiteral("+351912000001")).value());
        QCOMPARE(page.statusText(), QStringLiteral("Removed 2 numbers from the opt-outs."));
        page.removeNumbers({QStringLiteral("+351912000001")});
        QVERIFY(removed.wait(10000));
        QVERIFY(!removed.at(1).at(0).toString().isEmpty()); // not there any more
        page.removeNumbers({QStringLiteral("+447400123456")});
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(2).at(0).toString(), QString());
        QTRY_VERIFY(page.showsEmptyState());
    }

    void cancelImportKeepsNothing()
    {
        QVERIFY(m_session->optouts().add(QStringLiteral("+351936000001"), QStringLiteral("earlier")));
        const QString path = m_store->filePath(QStringLiteral("stop.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone\n");
        for (int i = 0; i < 1000000; ++i)
            file.write(QStringLiteral("91%1\n").arg((i * 7919) % 1000000, 7, 10, QLatin1Char('0')).toLatin1());
        file.close();
        OptOutsPage page(*m_session, *m_worker, *m_watcher);
        QSignalSpy done(&page, &OptOutsPage::importFinished);
        page.startImport(path);
        QVERIFY(page.importJob() && page.importJob()->isRunning());
        // Cancelled once the import has committed a slice (the second half of the progress is
        // writing, reported after each slice): its numbers are in the store already.
        auto *progress = page.findChild<QProgressDialog *>();
        QVERIFY(progress);
        bool wasWriting = false;
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel import"));
        connect(page.importJob(), &OptOutImportJob::progressed, progress, [&](qint64 doneBytes, qint64 total) {
            if (doneBytes > total / 2 && !wasWriting) {
                wasWriting = true;
                cancel->click();
            }
        });
        QVERIFY(done.wait(120000));
        QVERIFY(wasWriting);
        QVERIFY(!done.at(0).at(1).toBool());
        QVERIFY2(done.at(0).at(0).toString().contains(QStringLiteral("nothing was imported")),
                 qPrintable(done.at(0).at(0).toString()));
        const OptOutList left = m_session->optouts().list().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().reason, QStringLiteral("earlier"));
    }
};

SMSROUTER_GUI_TEST(TestOptOutsPage)
#include "testoptoutspage.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// File → Move store to server…: the address checked as typed, the copy off the window's thread
// with progress, the report (its model under QAbstractItemModelTester), "Open the new store",
// a refused target and a cancel that both lead back to the address with the reason. PostgreSQL
// only (SMSROUTER_POSTGRES_ONLY_SUITES).
#include "fakecredentialstore.h"
#include "messagetesting.h"
#include "models/storecopyreportmodel.h"
#include "session/session.h"
#include "store/database.h"
#include "store/storecopier.h"
#include "testbackend.h"
#include "testprogram.h"
#include "widgets/movestoredialog.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QPushButton *buttonNamed(QDialog &dialog, const QString &text)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

/// Saves a picture of the dialog to tests/layouts/ in the build tree, for a person to look at.
void grabTo(QDialog &dialog, const QString &name)
{
    const QString dir = QStringLiteral(SMSROUTER_TEST_BUILD_DIR "/layouts");
    QDir().mkpath(dir);
    dialog.show();
    dialog.grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

qint64 messagesIn(const QString &store)
{
    auto db = Database::open(store, Database::OpenMode::ExistingOnly);
    if (!db)
        return -1;
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM messages"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestMoveStoreDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    FakeCredentialStore m_keychain;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_source = m_dir->filePath(QStringLiteral("desk.sqlite"));
        SessionOptions options;
        options.storePath = m_source;
        options.keychain = &m_keychain;
        options.userSettingsFile = m_dir->filePath(QStringLiteral("user.ini"));
        auto session = Session::open(options);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        const qint64 uk = messagetesting::addCarrier(**session, QStringLiteral("UK"), 1);
        messagetesting::insertMany((*session)->database(), 30, 0, uk);
    }
    void cleanup() { m_dir.reset(); }

    void checksTheAddress()
    {
        MoveStoreDialog dialog(m_source);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        QPushButton *copy = buttonNamed(dialog, QStringLiteral("Copy"));
        QVERIFY(url && copy);
        QVERIFY(!copy->isEnabled());
        QCOMPARE(dialog.problem(), QString());
        QTest::keyClicks(url, m_dir->filePath(QStringLiteral("other.sqlite")));
        QVERIFY(!copy->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("not a file")), qPrintable(dialog.problem()));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("postgresql://ops:pw@db/smsrouter"));
        QVERIFY(!copy->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("PGPASSWORD")), qPrintable(dialog.problem()));
        grabTo(dialog, QStringLiteral("move-store-address"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("postgresql://ops@db:5432/smsrouter"));
        QVERIFY(copy->isEnabled());
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(dialog.step(), MoveStoreDialog::Step::Target);
    }

    void copiesShowsTheReportAndOffersTheNewStore()
    {
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        MoveStoreDialog dialog(m_source);
        QAbstractItemModelTester tester(dialog.reportModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy started(&dialog, &MoveStoreDialog::copyStarted);
        QSignalSpy ended(&dialog, &MoveStoreDialog::copyEnded);
        QSignalSpy openRequested(&dialog, &MoveStoreDialog::openStoreRequested);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("url")), target);
        QTest::mouseClick(buttonNamed(dialog, QStringLiteral("Copy")), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QCOMPARE(dialog.step(), MoveStoreDialog::Step::Copying);
        QVERIFY(ended.wait(60'000));
        QCOMPARE(ended.first().first().toBool(), true);
        QCOMPARE(dialog.step(), MoveStoreDialog::Step::Report);

        StoreCopyReportModel *model = dialog.reportModel();
        QCOMPARE(model->rowCount(), int(StoreCopier::knownTables().size() - 1)); // all but schema_version
        bool sawMessages = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, StoreCopyReportModel::Match).data().toString(), QStringLiteral("yes"));
            if (model->index(row, StoreCopyReportModel::Table).data().toString() == QLatin1String("messages")) {
                sawMessages = true;
                QCOMPARE(model->index(row, StoreCopyReportModel::TargetRows)
                             .data(StoreCopyReportModel::SortRole)
                             .toLongLong(),
                         qint64(30));
            }
        }
        QVERIFY(sawMessages);
        grabTo(dialog, QStringLiteral("move-store-report"));
        QCOMPARE(messagesIn(target), qint64(30));

        QTest::mouseClick(buttonNamed(dialog, QStringLiteral("Open the new store")), Qt::LeftButton);
        QCOMPARE(openRequested.count(), 1);
        QCOMPARE(openRequested.first().first().toString(), target);
        testbackend::dropStore(target);
    }

    void aRefusedTargetLeadsBackWithTheReason()
    {
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        QVERIFY(StoreCopier(m_source, target).run());
        MoveStoreDialog dialog(m_source);
        QSignalSpy ended(&dialog, &MoveStoreDialog::copyEnded);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("url")), target);
        dialog.startCopy();
        QVERIFY(ended.wait(60'000));
        QCOMPARE(ended.first().first().toBool(), false);
        QCOMPARE(dialog.step(), MoveStoreDialog::Step::Target);
        QVERIFY2(dialog.problem().contains(QStringLiteral("already holds")), qPrintable(dialog.problem()));
        QVERIFY(buttonNamed(dialog, QStringLiteral("Copy"))->isEnabled());
        QCOMPARE(dialog.reportModel()->rowCount(), 0);
        testbackend::dropStore(target);
    }

    void cancelLeavesTheServerEmpty()
    {
        const QString target = testbackend::freshStore(m_dir->filePath(QStringLiteral("unused")));
        MoveStoreDialog dialog(m_source);
        QSignalSpy ended(&dialog, &MoveStoreDialog::copyEnded);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("url")), target);
        dialog.startCopy();
        dialog.cancelCopy(); // before its first batch: the copy stops at its first look
        QVERIFY(ended.wait(60'000));
        QCOMPARE(ended.first().first().toBool(), false);
        QCOMPARE(dialog.step(), MoveStoreDialog::Step::Target);
        QVERIFY2(dialog.problem().contains(QStringLiteral("cancelled")), qPrintable(dialog.problem()));
        QCOMPARE(messagesIn(target), qint64(0));
        testbackend::dropStore(target);
    }
};

SMSROUTER_GUI_TEST(TestMoveStoreDialog)
#include "testmovestoredialog.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// File → Open store…: the text is checked as it is typed (files, postgresql:// URLs, what is
// refused and why), Open is enabled only for a usable store, and a store file opens off the
// window's thread before the dialog closes.
#include "mainwindow.h"
#include "session/session.h"
#include "session/storechoice.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/openstoredialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QPushButton *openButton(OpenStoreDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
}

} // namespace

class TestOpenStoreDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksAsYouType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("a file") << QStringLiteral("/tmp/team.sqlite") << true << QString();
        QTest::newRow("a server") << QStringLiteral("postgresql://ops@db.example.com:5432/smsrouter") << true
                                  << QString();
        QTest::newRow("postgres scheme") << QStringLiteral("postgres://ops@db/smsrouter?sslmode=require") << true
                                         << QString();
        QTest::newRow("a folder") << QDir::tempPath() << false << QStringLiteral("is a folder");
        QTest::newRow("another scheme") << QStringLiteral("mysql://ops@db/smsrouter") << false
                                        << QStringLiteral("not a store SMS Router can use");
        QTest::newRow("a password") << QStringLiteral("postgresql://ops:hunter2@db/smsrouter") << false
                                    << QStringLiteral("PGPASSWORD");
        QTest::newRow("no database") << QStringLiteral("postgresql://ops@db:5432/") << false
                                     << QStringLiteral("names no database");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://ops@db/s?sslmod=require") << false
                                        << QStringLiteral("sslmod");
    }

    void checksAsYouType()
    {
        QFETCH(QString, text);
        QFETCH(bool, usable);
        QFETCH(QString, problem);
        OpenStoreDialog dialog(QStringLiteral("/tmp/start.sqlite"));
        auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("location"));
        QVERIFY(location);
        QCOMPARE(location->text(), QStringLiteral("/tmp/start.sqlite"));
        location->clear();
        QTest::keyClicks(location, text);
        QCOMPARE(openButton(dialog)->isEnabled(), usable);
        if (problem.isEmpty())
            QCOMPARE(dialog.problem(), QString());
        else
            QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
        QVERIFY(!dialog.problem().contains(QStringLiteral("hunter2"))); // never shown back
        QVERIFY(!dialog.passwordShown());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
    }

    void opensAFileBeforeClosing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("team.sqlite"));
        OpenStoreDialog dialog {QString()};
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("location")), file);
        QVERIFY(openButton(dialog)->isEnabled());
        QTest::mouseClick(openButton(dialog), Qt::LeftButton);
        // Opened on a pool thread: the dialog waits for it, and Open is not pressed twice.
        QVERIFY(dialog.isOpening() || accepted.count() == 1);
        QVERIFY(!openButton(dialog)->isEnabled() || accepted.count() == 1);
        QVERIFY(accepted.count() == 1 || accepted.wait(30'000));
        QCOMPARE(dialog.chosenStore(), file);
        QVERIFY(QFile::exists(file)); // a new store, as --db makes one
    }

    void aStoreThatCannotOpenSaysWhy()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile notes(file);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a database at all, just some text that is long enough");
        notes.close();
        OpenStoreDialog dialog {QString()};
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("location")), file);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isOpening(), 30'000);
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(dialog.problem().contains(QStringLiteral("not a SQLite database")), qPrintable(dialog.problem()));
        QVERIFY(openButton(dialog)->isEnabled()); // another try, or another store
        const QString pictures = QStringLiteral(SMSROUTER_TEST_BUILD_DIR "/layouts");
        QDir().mkpath(pictures);
        dialog.show();
        dialog.grab().save(pictures + QStringLiteral("/open-store-refused.png"));
        QCOMPARE(dialog.chosenStore(), QString());
    }

    void theWindowMakesWayForTheChosenStore()
    {
        TempStore store;
        auto session = store.openSession();
        MainWindow window(*session);
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("smsrouter.sqlite"));
        QAction *move = nullptr, *open = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                if (action->text() == QStringLiteral("&Move store to server…"))
                    move = action;
                else if (action->text() == QStringLiteral("&Open store…"))
                    open = action;
            }
        }
        QVERIFY(move && open);
        QVERIFY(move->isEnabled()); // a file moves to a server
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));

        // The window closes for the store it was given, and the next start opens it too.
        const QString other = QStringLiteral("postgresql://ops@db.example.com:5432/team");
        window.openStore(other);
        QVERIFY(!window.isVisible());
        QCOMPARE(window.nextStore(), other);
        QCOMPARE(Settings::savedStore(store.filePath(QStringLiteral("user.ini"))), other);
    }

    void titlesNameTheStoreWithoutAPassword()
    {
        QCOMPARE(StoreChoice::title(QStringLiteral("/home/ops/.local/share/smsrouter/smsrouter.sqlite")),
                 QStringLiteral("smsrouter.sqlite"));
        QCOMPARE(StoreChoice::title(QStringLiteral("postgresql://ops@db.example.com:5432/team?sslmode=require")),
                 QStringLiteral("team on db.example.com:5432"));
        QCOMPARE(StoreChoice::title(QStringLiteral("postgresql://ops@localhost/team")),
                 QStringLiteral("team on localhost"));
        QCOMPARE(StoreChoice::passwordTarget(QStringLiteral("postgresql://ops@db:6432/team")),
                 QStringLiteral("ops@db:6432"));
    }

    void theChoiceIsRememberedWithoutAPassword()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("user.ini"));
        QCOMPARE(Settings::savedStore(ini), QString());
        Settings::saveStore(QStringLiteral("postgresql://ops@db:5432/smsrouter"), ini);
        QCOMPARE(Settings::savedStore(ini), QStringLiteral("postgresql://ops@db:5432/smsrouter"));
        Settings::saveStore(QString(), ini);
        QCOMPARE(Settings::savedStore(ini), QString());
    }
};

SMSROUTER_GUI_TEST(TestOpenStoreDialog)
#include "testopenstoredialog.moc"

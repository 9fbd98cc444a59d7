// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter (GUI): composition root only. Opens the store named by --db / SMSROUTER_DB (else
// the one File → Open store… chose last, else the default one), builds the Session and shows
// the main window; again for each store File → Open store… opens.
#include "common/translations.h"
#include "demo/demosetup.h"
#include "dispatch/dispatcher.h"
#include "mainwindow.h"
#include "page.h"
#include "session/session.h"
#include "session/storechoice.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <utility>

using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    // --version answers without a display (package checks, scripts), as smsrouter-cli does.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("smsrouter %s\n", SMSROUTER_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smsrouter"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMS Router"));
    QApplication::setApplicationVersion(QStringLiteral(SMSROUTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.smsrouter.SmsRouter"));
    // Settings → Language, else the desktop's language; before any text is built.
    translations::install(app, Settings::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("smsrouter", "SMS Router: multitenant SMS termination through Restcomm."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"),
         QCoreApplication::translate("smsrouter", "Store file (else $SMSROUTER_DB, else the default store)."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("secret-store"),
                      QCoreApplication::translate(
                          "smsrouter", "Keep new tokens in: keychain or database (else $SMSROUTER_SECRET_STORE)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("page"),
                      QCoreApplication::translate("smsrouter", "Page to open first (carriers, settings, …)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("page-arg"),
         QCoreApplication::translate("smsrouter", "Open the first page on TEXT (the Rules page tests this number)."),
         QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate(
                          "smsrouter", "Save a picture of the window to FILE once it is shown, then quit (for docs)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("smsrouter",
                                                  "Try SMS Router without a Restcomm account: a separate demo "
                                                  "store with three carriers on a Restcomm simulator "
                                                  "started on this computer.")});
    parser.addOption({QStringLiteral("screenshot-delay"),
                      QCoreApplication::translate(
                          "smsrouter", "Seconds to wait before --screenshot (default 0.6), e.g. to catch sending."),
                      QStringLiteral("SECONDS")});
    parser.process(app);

    auto backend = Session::resolveSecretBackendOverride(parser.value(QStringLiteral("secret-store")));
    if (!backend) {
        QMessageBox::critical(nullptr, QStringLiteral("SMS Router"), backend.errorMessage());
        return 2;
    }
    SessionOptions options;
    // --db, else SMSROUTER_DB, else the store File → Open store… chose last, else the default one.
    options.storePath = Session::resolveStorePath(parser.value(QStringLiteral("db")), Settings::savedStore());
    options.secretBackendOverride = *backend;
    DemoSetup demo;
    const bool demoMode = parser.isSet(QStringLiteral("demo"));
    if (demoMode) {
        options.storePath =
            parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : DemoSetup::defaultStorePath();
        options.secretBackendOverride = SecretBackend::Database;
        if (auto started = demo.start(options.storePath); !started) {
            QMessageBox::critical(nullptr, QStringLiteral("SMS Router"),
                                  QCoreApplication::translate("smsrouter", "The demo could not be set up.\n\n%1")
                                      .arg(started.errorMessage()));
            return 1;
        }
    }

    // One round per store: File → Open store… (or Move store to server…) closes the window, and
    // the next round opens the store it chose, in this process (a password given stays in memory).
    bool firstRound = true;
    int exitCode = 0;
    QString previousStore; ///< the store the window left for another, to go back to if that fails
    while (true) {
        auto session = Session::open(options);
        // A server that wants a password asks here; the password stays in this process's memory
        // (Database::rememberPassword), never in settings, a log or argv.
        while (!session && StoreChoice::needsPassword(session.error())) {
            bool given = false;
            const QString password = QInputDialog::getText(
                nullptr, QStringLiteral("SMS Router"),
                QCoreApplication::translate("smsrouter", "Password for %1 (the store %2):")
                    .arg(StoreChoice::passwordTarget(options.storePath), StoreChoice::title(options.storePath)),
                QLineEdit::Password, QString(), &given);
            if (!given)
                break;
            StoreChoice::rememberPassword(options.storePath, password);
            session = Session::open(options);
        }
        if (!session && !previousStore.isEmpty()) {
            // The store chosen in the window did not open after all: back to the one before.
            QMessageBox::warning(nullptr, QStringLiteral("SMS Router"),
                                 QCoreApplication::translate("smsrouter",
                                                             "The store could not be opened.\n\n%1\n\nSMS Router "
                                                             "opens %2 again.")
                                     .arg(session.errorMessage(), StoreChoice::title(previousStore)));
            options.storePath = std::exchange(previousStore, QString());
            Settings::saveStore(options.storePath);
            continue;
        }
        if (!session) {
            QMessageBox::critical(nullptr, QStringLiteral("SMS Router"),
                                  QCoreApplication::translate("smsrouter", "The store could not be opened.\n\n%1")
                                      .arg(session.errorMessage()));
            return 1;
        }

        // The window sends through its own dispatcher thread. If another dispatcher (a headless
        // smsrouter-cli dispatch) holds the store, this one reports it and the window still works.
        DispatchOptions dispatchOptions;
        dispatchOptions.storePath = (*session)->database().path();
        dispatchOptions.retry.maxAttempts = (*session)->settings().maxAttempts();
        Dispatcher dispatcher((*session)->carriers(), (*session)->keychain(), dispatchOptions,
                              QStringLiteral("SMS Router window"));

        MainWindow window(**session, &dispatcher);
        if (demoMode)
            window.setDemoMode(
                QCoreApplication::translate("smsrouter",
                                            "Demo: a separate store with three carriers (Portugal, United Kingdom, "
                                            "Germany) on a Restcomm simulator at %1. Nothing leaves this computer. "
                                            "Send a message from Compose to a Portuguese, British or German number "
                                            "and watch it being delivered.")
                    .arg(demo.baseUrl().toString()));
        if (firstRound && parser.isSet(QStringLiteral("page")))
            window.showPage(parser.value(QStringLiteral("page")));
        if (firstRound && parser.isSet(QStringLiteral("page-arg")) && window.currentPage())
            window.currentPage()->setPageArgument(parser.value(QStringLiteral("page-arg")));
        window.show();
        dispatcher.start();

        if (firstRound && parser.isSet(QStringLiteral("screenshot"))) {
            const QString file = parser.value(QStringLiteral("screenshot"));
            bool ok = false;
            const double seconds = parser.value(QStringLiteral("screenshot-delay")).toDouble(&ok);
            const auto delay = ok && seconds > 0 ? std::chrono::milliseconds(qint64(seconds * 1000)) : 600ms;
            QTimer::singleShot(delay, &window, [&window, file] {
                // A dialog opened by --page-arg (the campaign wizard) is what the picture is of.
                QWidget *shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : &window;
                const bool saved = shown->grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        }
        exitCode = QApplication::exec();
        firstRound = false;
        if (window.nextStore().isEmpty() || demoMode)
            break;
        previousStore = (*session)->storePath();
        options.storePath = window.nextStore();
    }
    return exitCode;
}

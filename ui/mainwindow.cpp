// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "carriers/carrierservice.h"
#include "common/buildinfo.h"
#include "dispatch/dispatcher.h"
#include "dispatch/pendingwork.h"
#include "displaytext.h"
#include "importexportactions.h"
#include "page.h"
#include "pages/campaignspage.h"
#include "pages/carrierspage.h"
#include "pages/composepage.h"
#include "pages/dashboardpage.h"
#include "pages/deliverylogpage.h"
#include "pages/inboxpage.h"
#include "pages/optoutspage.h"
#include "pages/rulespage.h"
#include "pages/settingspage.h"
#include "session/session.h"
#include "session/storechoice.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/banner.h"
#include "widgets/movestoredialog.h"
#include "widgets/openstoredialog.h"
#include "widgets/regionquestion.h"
#include "widgets/sendingstatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Session &session, Dispatcher *dispatcher, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_dispatcher(dispatcher)
    , m_worker(new StoreWorker(session.optionsForAnotherThread(), this))
    , m_watcher(new StoreWatcher(session.storePath(), std::chrono::milliseconds(250), this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_secretBanner(new Banner(this))
    , m_storeLabel(new QLabel(this))
    , m_regionQuestion(new RegionQuestion(this))
{
    m_worker->setSettingsFollower(&m_session.settings());
    // Carriers change through the worker: the dispatcher reads them (and their tokens) again.
    if (m_dispatcher)
        connect(m_worker, &StoreWorker::carriersChanged, m_dispatcher, &Dispatcher::refreshCarriers);
    // The desktop adds the application's name ("… — SMS Router"); the title names the store.
    setWindowTitle(StoreChoice::title(m_session.storePath()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/smsrouter.svg")));

    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(1);
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);

    auto *dashboard = new DashboardPage(m_session, *m_watcher, this);
    addPage(dashboard);
    auto *carriers = new CarriersPage(*m_worker, m_session.settings(), this);
    connect(carriers, &CarriersPage::demoRequested, this, [this] {
        const bool started =
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    {QStringLiteral("--demo"), QStringLiteral("--page"), QStringLiteral("compose")});
        if (!started)
            QMessageBox::warning(this, tr("Demo"), tr("The demo window could not be started."));
    });
    addPage(carriers);
    addPage(new RulesPage(*m_worker, m_session.settings(), this));
    addPage(new ComposePage(*m_worker, m_session.settings(), m_dispatcher, *m_watcher, this));
    addPage(new CampaignsPage(m_session, *m_worker, m_dispatcher, *m_watcher, this));
    auto *log = new DeliveryLogPage(m_session, *m_worker, m_dispatcher, *m_watcher, this);
    addPage(log);
    addPage(new InboxPage(m_session, *m_worker, m_dispatcher, *m_watcher, this));
    addPage(new OptOutsPage(m_session, *m_worker, *m_watcher, this));
    addPage(new SettingsPage(m_session, *m_worker, this));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 8, 12, 8);
    rightLayout->addWidget(m_secretBanner);
    rightLayout->addWidget(m_regionQuestion);
    rightLayout->addWidget(m_pages, 1);
    // A store without a default region (a desktop whose locale names no country) asks once, here.
    auto updateRegionQuestion = [this] {
        const QString region = m_session.settings().defaultRegion();
        m_regionQuestion->setVisible(region.isEmpty() || region == QLatin1String("ZZ"));
    };
    updateRegionQuestion();
    connect(&m_session.settings(), &Settings::changed, m_regionQuestion, [updateRegionQuestion](const QString &key) {
        if (key == Settings::DefaultRegionKey)
            updateRegionQuestion();
    });
    connect(m_regionQuestion, &RegionQuestion::chosen, this, [this](const QString &region) {
        m_worker->run(
            this, [region](Session &session) { return session.settings().setDefaultRegion(region); },
            [this](const Status &stored) {
                if (stored)
                    m_regionQuestion->hide();
                else
                    statusBar()->showMessage(stored.errorMessage(), 8000);
            });
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    m_storeLabel->setText(tr("store: %1").arg(QDir::toNativeSeparators(m_session.storePath())));
    m_storeLabel->setToolTip(m_session.storePath());
    statusBar()->addWidget(m_storeLabel, 1);
    m_sendingStatus = new SendingStatus(*m_worker, m_dispatcher, *m_watcher, this);
    statusBar()->addPermanentWidget(m_sendingStatus);
    connect(m_sendingStatus, &SendingStatus::attentionRequested, this, [this, log] {
        log->showAttention();
        showPage(log->pageId());
    });
    // The empty log's button leads to where messages come from, on whichever page exists.
    if (page(QStringLiteral("compose")))
        log->setEmptyAction(tr("Compose a message"), QStringLiteral("compose"));
    else if (page(QStringLiteral("campaigns")))
        log->setEmptyAction(tr("Start a campaign"), QStringLiteral("campaigns"));
    else
        log->setEmptyAction(tr("Set up carriers"), QStringLiteral("carriers"));
    connect(log, &DeliveryLogPage::showPageRequested, this, &MainWindow::showPage);
    // The Dashboard's "needs attention" items open the log filtered to them.
    connect(dashboard, &DashboardPage::logRequested, this, [this, log](const MessageFilter &filter) {
        log->showFilter(filter);
        showPage(log->pageId());
    });
    connect(dashboard, &DashboardPage::showPageRequested, this, &MainWindow::showPage);

    createMenus();
    createSendingMenu();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_startPageChosen = true;
        m_pages->setCurrentIndex(row);
        if (Page *p = currentPage())
            p->activate();
    });
    connect(&m_session.settings(), &Settings::changed, this, [this](const QString &key) {
        if (key == Settings::SecretBackendKey)
            updateSecretBanner();
    });
    updateSecretBanner();
    m_navigation->setCurrentRow(0);
    // The Dashboard comes first once there is a carrier to watch; a store without one opens on
    // Carriers, where the first is set up. Asked on the worker, unless a page was chosen meanwhile
    // (--page, a click).
    m_startPageChosen = false;
    m_worker->run(
        this, [](Session &session) { return session.carriers().list(); },
        [this](const Result<CarrierList> &carriers) {
            if (!m_startPageChosen && carriers && carriers->isEmpty())
                showPage(QStringLiteral("carriers"));
        });

    resize(1200, 760);
    restoreGeometry(m_session.settings().windowGeometry());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    const int number = m_pages->count() + 1;
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->navigationText(), m_navigation);
    item->setSizeHint(QSize(0, 32));
    // "Inbox (3)": a page's count follows it into the navigation.
    connect(page, &Page::navigationTextChanged, this, [item, page] { item->setText(page->navigationText()); });
    if (number <= 9)
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(number)); // the View menu holds the shortcut
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openStore = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    openStore->setShortcut(QKeySequence::Open);
    QAction *moveStore = file->addAction(tr("&Move store to server…"), this, &MainWindow::moveStoreToServer);
    // A store already on a server is moved with the server's own tools (pg_dump).
    moveStore->setEnabled(!m_session.isServerStore());
    file->addSeparator();
    auto *importExport = new ImportExportActions(*m_worker, this);
    importExport->addTo(file);
    connect(importExport, &ImportExportActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Filter…"), this, [this] {
        if (Page *p = currentPage())
            p->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *p = qobject_cast<Page *>(m_pages->widget(i));
        QAction *show = view->addAction(p->icon(), p->title(), this, [this, i] { m_navigation->setCurrentRow(i); });
        if (i < 9) // Ctrl+1…Ctrl+9, shown beside each page in the menu
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SMS Router"), this, [this] {
        auto *about =
            new QMessageBox(QMessageBox::NoIcon, tr("About SMS Router"), aboutText(), QMessageBox::Close, this);
        about->setIconPixmap(windowIcon().pixmap(64, 64));
        about->setTextInteractionFlags(Qt::TextSelectableByMouse);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open(); // not exec(): the window goes on drawing and sending
    });
}

void MainWindow::createSendingMenu()
{
    QMenu *sending = menuBar()->addMenu(tr("&Sending"));
    QAction *pause = sending->addAction(tr("&Pause all sending"));
    pause->setCheckable(true);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pause->setEnabled(m_dispatcher != nullptr);
    if (m_dispatcher) {
        connect(pause, &QAction::toggled, m_dispatcher, &Dispatcher::setPaused);
        connect(m_dispatcher, &Dispatcher::statusChanged, pause, [pause](const DispatchStatus &status) {
            const QSignalBlocker blocker(pause);
            pause->setChecked(status.paused);
        });
    }
    // The Help menu stays last.
    const QList<QAction *> menus = menuBar()->actions();
    if (menus.size() >= 2)
        menuBar()->insertAction(menus.at(menus.size() - 2), menus.last());
}

void MainWindow::setDemoMode(const QString &description)
{
    if (!m_demoBanner) {
        m_demoBanner = new Banner(this);
        m_demoBanner->setIcon(QIcon(QStringLiteral(":/icons/smsrouter.svg")));
        m_secretBanner->parentWidget()->layout()->replaceWidget(m_secretBanner, m_demoBanner);
        m_secretBanner->hide();
    }
    m_demoBanner->setText(description);
    m_demoBanner->show();
    setWindowTitle(tr("Demo"));
}

void MainWindow::updateSecretBanner()
{
    if (m_demoBanner)
        return;
    const bool database = m_session.secretBackend() == SecretBackend::Database;
    m_secretBanner->setText(tr("Tokens are kept unencrypted in the store database: anyone who can read %1 can send "
                               "through your carriers. Choose the system keychain under Settings → Keep tokens in.")
                                .arg(QDir::toNativeSeparators(m_session.storePath())));
    m_secretBanner->setVisible(database);
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (qobject_cast<Page *>(m_pages->widget(i))->pageId() == pageId) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

Page *MainWindow::page(const QString &pageId) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *p = qobject_cast<Page *>(m_pages->widget(i));
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dispatcher && m_dispatcher->isRunning() && m_quitCheck != QuitCheck::Confirmed) {
        // Quitting stops this window's sending: first find out (on the worker) what would wait.
        event->ignore();
        if (m_quitCheck == QuitCheck::Reading || (m_quitQuestion && m_quitQuestion->isVisible()))
            return;
        m_quitCheck = QuitCheck::Reading;
        m_worker->run(
            this, [](Session &session) { return PendingWork::read(session.database()); },
            [this](const Result<PendingWork> &work) {
                m_quitCheck = QuitCheck::NotAsked;
                if (work && work->isEmpty()) {
                    m_quitCheck = QuitCheck::Confirmed;
                    close();
                    return;
                }
                // Unreadable (a busy store) is asked about as if work were waiting: never quit
                // silently on a guess.
                askBeforeQuitting(work ? *work : PendingWork {{}, -1});
            });
        return;
    }
    if (m_dispatcher && m_dispatcher->isRunning()) {
        // The window goes once the dispatcher has written what it has and let go of the store.
        // Answers that take longer than a moment are not waited for: their messages are looked
        // up at the next start, before anything is sent again.
        event->ignore();
        if (m_closing)
            return;
        m_closing = true;
        const int open = m_dispatcher->status().inFlight;
        statusBar()->showMessage(open > 0 ? tr("Finishing %n request(s)…", nullptr, open) : tr("Closing…"));
        centralWidget()->setEnabled(false);
        connect(m_dispatcher, &Dispatcher::stopped, this, &QWidget::close, Qt::QueuedConnection);
        m_dispatcher->stopWithin(std::chrono::seconds(2));
        return;
    }
    m_session.settings().setWindowGeometry(saveGeometry());
    event->accept();
}

void MainWindow::chooseStore()
{
    auto *dialog = new OpenStoreDialog(m_session.storePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openStore(dialog->chosenStore()); });
    dialog->open();
}

void MainWindow::moveStoreToServer()
{
    auto *dialog = new MoveStoreDialog(m_session.storePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // This window's dispatcher holds the store: it pauses while the copy reads it, so nothing
    // sent meanwhile is missing from the copy's snapshot and sent again from the server.
    const bool wasPaused = m_dispatcher && m_dispatcher->isPaused();
    connect(dialog, &MoveStoreDialog::copyStarted, this, [this] {
        if (m_dispatcher)
            m_dispatcher->setPaused(true);
    });
    connect(dialog, &MoveStoreDialog::copyEnded, this, [this, wasPaused](bool copied) {
        if (m_dispatcher && !copied)
            m_dispatcher->setPaused(wasPaused);
    });
    connect(dialog, &MoveStoreDialog::openStoreRequested, this, &MainWindow::openStore);
    connect(dialog, &QDialog::rejected, this, [this, wasPaused] {
        if (m_dispatcher)
            m_dispatcher->setPaused(wasPaused);
    });
    dialog->open();
}

void MainWindow::openStore(const QString &store)
{
    if (store.isEmpty() || store == m_session.storePath())
        return;
    // Remembered for the next start; the window closes (asking first when it is sending) and
    // the program opens the new store in its place (app/gui/main.cpp).
    m_session.settings().setSavedStore(store);
    m_nextStore = store;
    close();
}

QString MainWindow::aboutText() const
{
    const QString backend = m_session.secretBackend() == SecretBackend::Database
        ? tr("the store's database (unencrypted)")
        : tr("the system keychain");
    return tr("<b>SMS Router %1</b><p>Multitenant SMS termination through Restcomm: carriers, destination rules, "
              "campaigns and a live delivery log.</p>"
              "<p>Qt %2 · libphonenumber %3 · SQLite %4</p>"
              "<p>Store: %5<br>Tokens kept in %6</p>")
        .arg(buildinfo::version(), buildinfo::qtVersion(), buildinfo::phoneNumberVersion(), buildinfo::sqliteVersion(),
             QDir::toNativeSeparators(m_session.storePath()).toHtmlEscaped(), backend);
}

QString MainWindow::quitQuestionText(const PendingWork &work)
{
    QString text;
    if (work.runningCampaigns.size() == 1)
        text = tr("Campaign “%1” is running.").arg(work.runningCampaigns.constFirst());
    else if (!work.runningCampaigns.isEmpty())
        text = tr("%n campaigns are running.", nullptr, int(work.runningCampaigns.size()));
    if (work.waitingMessages > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("%Ln message(s) are still waiting to be sent.", nullptr, displaytext::plural(work.waitingMessages));
    else if (work.waitingMessages < 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("The store is busy, so what is still waiting to be sent could not be counted.");
    return text + QStringLiteral(" ")
        + tr("If you quit, sending stops; the waiting messages are sent when SMS Router starts again (or by "
             "smsrouter-cli dispatch). Nothing is lost.");
}

void MainWindow::askBeforeQuitting(const PendingWork &work)
{
    m_quitQuestion = new QMessageBox(QMessageBox::Question, tr("Quit while sending?"), quitQuestionText(work),
                                     QMessageBox::NoButton, this);
    QPushButton *quit = m_quitQuestion->addButton(tr("Quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = m_quitQuestion->addButton(tr("Keep sending"), QMessageBox::RejectRole);
    m_quitQuestion->setDefaultButton(keep);
    m_quitQuestion->setEscapeButton(keep);
    m_quitQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_quitQuestion, &QMessageBox::finished, this, [this, quit] {
        if (m_quitQuestion->clickedButton() != quit) {
            m_nextStore.clear(); // "Keep sending": the window stays on this store
            return;
        }
        m_quitCheck = QuitCheck::Confirmed;
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    m_quitQuestion->open();
}

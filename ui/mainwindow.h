// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class Banner;
class Dispatcher;
class Page;
class RegionQuestion;
struct PendingWork;
class SendingStatus;
class StoreWorker;
class StoreWatcher;
class QLabel;
class QListWidget;
class QStackedWidget;
class Session;

/// The frame: navigation list on the left (Ctrl+1…Ctrl+9), the current page on the right, a
/// warning banner when tokens are kept unencrypted, and a status bar that names the store.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `dispatcher` may be null (no sending from this window).
    explicit MainWindow(Session &session, Dispatcher *dispatcher = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the page with this id ("carriers", "settings", …); false if there is none.
    bool showPage(const QString &pageId);
    Page *page(const QString &pageId) const;
    Page *currentPage() const;
    StoreWatcher &storeWatcher() const { return *m_watcher; }
    /// Where pages send their reads and writes, so this window's thread never waits on the store.
    StoreWorker &storeWorker() const { return *m_worker; }
    /// Marks this window as the demo: a banner says where messages go, and the token warning
    /// (the demo's tokens are the simulator's published ones) is not shown.
    void setDemoMode(const QString &description);
    SendingStatus *sendingStatus() const { return m_sendingStatus; }
    /// Shown while the store has no default region.
    RegionQuestion *regionQuestion() const { return m_regionQuestion; }
    /// While this window's dispatcher sends, closing first asks what is still to be sent and,
    /// if anything is, whether to quit (non-blocking); this is that question, or null.
    QMessageBox *quitQuestion() const { return m_quitQuestion; }
    /// The question's text for this work ("A campaign is running…").
    static QString quitQuestionText(const PendingWork &work);
    /// Help → About: the version, those of Qt, libphonenumber and SQLite, the store and where
    /// tokens are kept.
    QString aboutText() const;
    /// The store to open once this window has closed (File → Open store…, or the new store
    /// after Move store to server…); empty when the window closed to quit.
    QString nextStore() const { return m_nextStore; }
    /// Remembers `store` for the next start and closes this window so the program opens it.
    void openStore(const QString &store);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void createMenus();
    void updateSecretBanner();
    void createSendingMenu();
    void askBeforeQuitting(const PendingWork &work);
    void chooseStore();
    void moveStoreToServer();

    Session &m_session;
    Dispatcher *m_dispatcher;
    StoreWorker *m_worker;
    StoreWatcher *m_watcher;
    SendingStatus *m_sendingStatus = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    Banner *m_secretBanner;
    Banner *m_demoBanner = nullptr;
    QLabel *m_storeLabel;
    RegionQuestion *m_regionQuestion;
    bool m_startPageChosen = false; ///< a page was shown after the first: the start page stays
    bool m_closing = false; ///< the dispatcher is finishing; the window closes when it has
    enum class QuitCheck { NotAsked, Reading, Confirmed };
    QuitCheck m_quitCheck = QuitCheck::NotAsked;
    QPointer<QMessageBox> m_quitQuestion;
    QString m_nextStore;
};

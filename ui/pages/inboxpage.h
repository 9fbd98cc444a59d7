// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dispatch/inboundfetcher.h"
#include "inbox/inboundmessage.h"
#include "page.h"

#include <QElapsedTimer>
#include <QTimer>

class Dispatcher;
class EmptyState;
class FieldError;
class FilterBox;
class InboxTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class Session;
class StoreWatcher;
class StoreWorker;

/// Inbox: the replies handsets sent, fetched from Restcomm by the dispatcher (once a minute per
/// carrier, or now with "Fetch replies now"). Live, filtered by carrier, campaign, text and
/// date; the selected reply's conversation (what was sent to that number and what it answered,
/// in time order) in a pane below; opened replies are marked read. A reply that asked to stop
/// shows a chip: its number is on the opt-out list already. The navigation shows the unread count.
class InboxPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    /// `dispatcher` may be null: "Fetch replies now" is then off. Reads and writes go through
    /// `worker`; the window's thread only draws.
    InboxPage(Session &session, StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher,
              QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("inbox"); }
    QString title() const override { return tr("Inbox"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/inbox.svg")); }
    QString navigationText() const override;
    void activate() override;
    void focusFilter() override;
    /// `--page-arg NUMBER`: selects the newest reply from that number once the list is read.
    void setPageArgument(const QString &argument) override;

    /// The filter the bar describes now (no limit).
    InboxFilter filter() const;
    /// Reads the list again (and the unread count), whatever its version.
    void reload();
    /// Reads the unread count, and the list when visible, if the inbox's version moved.
    void reloadIfChanged();
    /// Selects a reply (it is marked read and its conversation shown).
    void selectReply(qint64 id);
    /// Writes the replies the filter matches to `path` on the worker; exportFinished() follows.
    void exportTo(const QString &path);
    /// Asks the dispatcher to fetch replies from every enabled carrier now; the status line
    /// says what came (describeFetch()).
    void fetchNow();
    /// "2 new replies, 1 of them asking to stop. EE UK could not be read: …"
    static QString describeFetch(const InboundFetchReports &reports);

    qint64 unreadCount() const { return m_unread; }
    InboxTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FilterBox *filterBox() const { return m_text; }
    QComboBox *carrierBox() const { return m_carrier; }
    QComboBox *campaignBox() const { return m_campaign; }
    QComboBox *periodBox() const { return m_period; }
    QCheckBox *unreadOnlyBox() const { return m_unreadOnly; }
    QPushButton *fetchButton() const { return m_fetch; }
    /// The conversation pane as plain text (tests).
    QString conversationText() const;
    /// "table", "empty" (no reply at all) or "no match".
    QString bodyState() const;
    QString statusText() const;

Q_SIGNALS:
    /// A list read by the worker is on screen.
    void listShown();
    /// The conversation of the selected reply is on screen.
    void conversationShown();
    void exportFinished(qint64 rows, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void read(bool evenIfUnchanged);
    void fetched(const InboundFetchReports &reports);
    void showList(const QString &version, const InboundMessageList &list, qint64 unread);
    void setUnread(qint64 unread);
    void readChoices();
    void filterChanged();
    void showSelected();
    void showConversation(const QString &e164, const Conversation &conversation);
    void chooseExportFile();
    void updateBody();

    Session &m_session;
    StoreWorker &m_worker;
    Dispatcher *m_dispatcher;
    InboxTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_carrier;
    QComboBox *m_campaign;
    QComboBox *m_period;
    QCheckBox *m_unreadOnly;
    FilterBox *m_text;
    QTableView *m_table;
    QStackedWidget *m_body; ///< the empty state, or the filters with the list
    QStackedWidget *m_listStack; ///< the table, or "no match"
    EmptyState *m_empty;
    EmptyState *m_noMatch;
    QLabel *m_conversationTitle;
    QTextBrowser *m_conversation;
    QLabel *m_count;
    QLabel *m_status;
    FieldError *m_error;
    QPushButton *m_fetch;
    QPushButton *m_export;
    QTimer m_externalChange; ///< at most one look a second at what the store watcher saw
    QString m_version; ///< InboxService::version() of the list shown
    QString m_conversationNumber; ///< the number whose conversation is shown
    QString m_selectFrom; ///< the number whose newest reply the next list selects (--page-arg)
    qint64 m_unread = 0;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_listStale = true; ///< the list was not read since the filter or the store changed
    bool m_columnsSized = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "dispatch/dispatchstatus.h"
#include "messages/message.h"
#include "messages/messagefilter.h"
#include "page.h"

#include <QHash>

#include <functional>

class CarrierHealthPanel;
class Dispatcher;
class EmptyState;
class FieldError;
class ExportProgress;
class MessageDetailPane;
class MessageLogFilterBar;
class MessageLogModel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class Session;
class StoreWatcher;
class StoreWorker;

/// Delivery log: every message, newest first, live. Filters above the table, the selected
/// message's fields and timeline below it, each carrier's health on the right; retry, requeue
/// and mark-as-sent by hand; export of everything the filter matches to CSV.
///
/// Column headers do not sort: the log pages through the store by id (a million rows cannot be
/// sorted by loading them), and sorting only the loaded rows would show a misleading order.
/// The filters narrow it instead.
class DeliveryLogPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogPage)

public:
    /// `dispatcher` may be null: the page then shows the log without sending controls.
    /// Reads and hand actions go through `worker`; the window's thread only draws.
    DeliveryLogPage(Session &session, StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher,
                    QWidget *parent = nullptr);
    ~DeliveryLogPage() override;

    QString pageId() const override { return QStringLiteral("log"); }
    QString title() const override { return tr("Delivery log"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/log.svg")); }
    void activate() override;
    void focusFilter() override;

    /// Shows what needs a person: unknown and failed messages (the status bar's count).
    void showAttention();
    /// Shows the messages `filter` matches (its states, carrier, campaign, number, creation
    /// times): the Dashboard's "needs attention" links.
    void showFilter(const MessageFilter &filter);
    /// What the empty log's button says and which page it opens.
    void setEmptyAction(const QString &buttonText, const QString &pageId);

    QList<qint64> selectedIds() const;
    void selectMessage(qint64 id);
    void retrySelected();
    /// Asks first: a message Restcomm did accept would be sent (and billed) twice.
    void requeueSelected();
    /// Asks for the provider SID (optional).
    void markSelectedSent();
    /// Writes every message the current filter matches to `filePath`, with a progress dialog.
    void exportTo(const QString &filePath);

    MessageLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageLogFilterBar *filterBar() const { return m_filters; }
    MessageDetailPane *detail() const { return m_detail; }
    CarrierHealthPanel *carrierPanel() const { return m_carriers; }
    QPushButton *pauseButton() const { return m_pause; }
    /// The line under the actions that says what the last action did.
    QString noticeText() const;
    /// Which body shows: "table", "empty" (no message at all) or "no match".
    QString bodyState() const;

Q_SIGNALS:
    void showPageRequested(const QString &pageId);
    void exportFinished(const QString &filePath, qint64 rows, const QString &error);
    /// A retry, requeue or mark-as-sent was answered: `error` is empty when it was done.
    void actionFinished(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Runs a hand action on the worker; its count becomes the notice `describe` words.
    void runAction(std::function<Result<int>(Session &)> action, std::function<QString(int)> describe);
    void buildTable();
    void storeChanged();
    void reloadCarriers();
    void showSelected();
    void updateActions();
    void updateBody();
    void updateCount();
    void showDispatchStatus(const DispatchStatus &status);
    void actionDone(const QString &notice);
    void chooseExportFile();
    void exportEnded(qint64 rows, const QString &error, bool cancelled);
    void keepViewOnInsert(int first, int last);
    QList<qint64> selectedIn(const QList<MessageState> &states) const;

    Session &m_session;
    StoreWorker &m_worker;
    Dispatcher *m_dispatcher;
    QHash<qint64, QString> m_carrierNames; ///< as last read, for the model and exports
    bool m_actionRunning = false; ///< a retry, requeue or mark-as-sent waits for its answer
    MessageLogModel *m_model;
    MessageLogFilterBar *m_filters;
    QTableView *m_table;
    QStackedWidget *m_body;
    EmptyState *m_empty;
    EmptyState *m_noMatch;
    MessageDetailPane *m_detail;
    CarrierHealthPanel *m_carriers;
    QPushButton *m_pause;
    QPushButton *m_exportButton;
    QPushButton *m_retry;
    QPushButton *m_requeue;
    QPushButton *m_markSent;
    QLabel *m_count;
    QLabel *m_notice;
    FieldError *m_error;
    ExportProgress *m_export;
    QString m_emptyTarget;
    qint64 m_selectedBeforeReset = 0;
    bool m_staleWhileHidden = false;
};

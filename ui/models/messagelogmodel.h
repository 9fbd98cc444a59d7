// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "log/messagelogbatch.h"
#include "messages/message.h"
#include "messages/messagefilter.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QThread>
#include <QTimer>

class MessageLogWorker;

/// The delivery log's table: the messages a filter matches, newest first, over a store of any
/// size. Only the pages the view asked for are held (fetchMore reads the next older page);
/// every query runs on a worker thread with its own connection (MessageLogWorker), so the
/// GUI thread never waits on the store.
///
/// Live: storeChanged() (from StoreWatcher::changedTables and Dispatcher::messagesChanged) asks
/// for a refresh at most four times a second. A refresh prepends rows that arrived, updates
/// loaded rows that changed with one dataChanged per run of adjacent rows, and inserts rows
/// that now match the filter where they belong; it never resets the model, so the view keeps
/// its selection and scroll position. Only setFilter() resets.
///
/// Rows stay sorted by id (newest first); rowOf() is a binary search over them.
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogModel)

public:
    enum Column {
        Id,
        To,
        State,
        Carrier,
        Updated,
        Created,
        Attempts,
        Segments,
        Cost,
        Campaign,
        ProviderSid,
        Error,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; ///< MessageState as int, on the State column
    /// The shortest time between two refreshes (at most four a second).
    static constexpr std::chrono::milliseconds refreshInterval {250};

    explicit MessageLogModel(const QString &storePath, int pageSize = 500, const Clock &clock = SystemClock::instance(),
                             QObject *parent = nullptr);
    ~MessageLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Reads the newest page of `filter` (the current rows stay until it arrives).
    void setFilter(const MessageFilter &filter);
    const MessageFilter &filter() const { return m_filter; }
    /// True from setFilter() until its first page arrived.
    bool isLoading() const { return !m_ready; }
    /// True when rows older than the last one loaded match the filter.
    bool hasOlder() const { return m_hasOlder; }

    void setCarrierNames(const QHash<qint64, QString> &names);
    QString carrierName(qint64 carrierId) const { return m_carrierNames.value(carrierId); }
    void setCurrency(const QString &currency);

    const Message &messageAt(int row) const { return m_rows.at(row); }
    /// The row of the message with this id, or -1.
    int rowOf(qint64 id) const;

    /// "12 s ago", "4 min ago", "09:41:07" (today), "2026-03-02 17:20" — and the exact time
    /// for tooltips.
    static QString relativeTime(qint64 ms, qint64 nowMs);
    static QString exactTime(qint64 ms);

public Q_SLOTS:
    /// The store changed: refresh soon, at most four times a second.
    void storeChanged();
    /// Asks for a refresh now (the one after it still waits refreshInterval).
    void refreshNow();
    /// Drops loaded rows beyond the first `rows` (fetchMore reads them again), to keep memory
    /// flat in a log left open all day.
    void trimTo(int rows);

Q_SIGNALS:
    /// The first page of the filter arrived (the model was reset).
    void loaded();
    /// A refresh was applied: these loaded messages changed, `inserted` rows were added.
    void refreshed(const QList<qint64> &changedIds, int inserted);
    /// A refresh was asked of the worker (at most four a second).
    void refreshStarted();
    /// Reading the store failed; the reason is for a person.
    void loadFailed(const QString &message);

private:
    void applyBatch(const MessageLogBatch &batch);
    void applyRefresh(const MessageLogBatch &batch);
    /// Inserts messages (newest first) where they belong, in blocks of adjacent rows.
    int insertSorted(const MessageList &messages);
    void scheduleRefresh();
    void sendRefresh();
    QString displayText(const Message &m, int column) const;

    QThread m_thread;
    MessageLogWorker *m_worker;
    const Clock &m_clock;
    MessageList m_rows;
    MessageFilter m_filter;
    quint64 m_generation = 0;
    bool m_ready = false;
    bool m_hasOlder = false;
    bool m_olderPending = false;
    bool m_refreshInFlight = false;
    bool m_refreshWanted = false;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    QTimer m_clockTimer;
    QHash<qint64, QString> m_carrierNames;
    QString m_currency;
    QFont m_fixedFont;
};

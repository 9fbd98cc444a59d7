// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "inbox/inboundmessage.h"

#include <QAbstractTableModel>

/// The Inbox page's table: when a reply came (relative, the exact time in the tooltip), through
/// which carrier, from which number (E.164, monospace), to which sender ID, a STOP chip where it
/// asked to stop, its text and the campaign it answered. Unread replies are bold. Raw values
/// under SortRole for the proxy.
class InboxTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxTableModel)

public:
    enum Column { Received, Carrier, From, To, Stop, Text, Campaign, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    /// Set in the Stop column of a reply that asked to stop: StateChipDelegate draws its word
    /// ("STOP") as a chip (ChipStyle::forStopReply).
    static constexpr int StopChipRole = Qt::UserRole + 3;

    explicit InboxTableModel(const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows; rows that stay keep their place in views (no reset when only their
    /// contents changed).
    void setMessages(const InboundMessageList &messages);
    const InboundMessage &messageAt(int row) const { return m_rows.at(row); }
    /// The row of this reply, or -1.
    int rowOf(qint64 id) const;
    /// Marks a reply read here (the store is told separately), so it stops being bold at once.
    void setRead(qint64 id);
    /// Replies shown that nobody has opened.
    int unreadShown() const;

private:
    const Clock &m_clock;
    InboundMessageList m_rows;
};

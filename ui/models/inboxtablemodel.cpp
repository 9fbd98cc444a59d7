// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "inboxtablemodel.h"

#include "displaytext.h"

#include <QFont>
#include <QFontDatabase>

InboxTableModel::InboxTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

int InboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Carrier:
        return tr("Carrier");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Stop:
        return tr("Opt-out");
    case Text:
        return tr("Text");
    case Campaign:
        return tr("Campaign");
    default:
        return {};
    }
}

QVariant InboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const InboundMessage &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received:
            return displaytext::relativeTime(m.receivedAt, m_clock.nowMs());
        case Carrier:
            return m.carrierName.isEmpty() && m.carrierId ? tr("(removed)") : m.carrierName;
        case From:
            return m.from;
        case To:
            return m.to;
        case Stop:
            return m.stopWord; // drawn as a chip
        case Text:
            return QString(m.body).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Campaign:
            return m.campaignName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Received:
            return displaytext::exactTime(m.receivedAt);
        case Text:
            return m.body;
        case Stop:
            return m.isStop() ? tr("“%1”: this number was put on the opt-out list").arg(m.stopWord) : QVariant();
        case Campaign:
            return m.campaignId ? tr("Campaign #%1").arg(*m.campaignId) : QVariant();
        default:
            return {};
        }
    case Qt::FontRole: {
        if (index.column() != From && m.read)
            return {};
        QFont font = index.column() == From ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
        font.setBold(!m.read);
        return font;
    }
    case StopChipRole:
        return index.column() == Stop && m.isStop() ? QVariant(1) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Received:
            return m.receivedAt;
        case Carrier:
            return m.carrierName.toLower();
        case From:
            return m.from;
        case To:
            return m.to;
        case Stop:
            return m.stopWord;
        case Text:
            return m.body.toLower();
        case Campaign:
            return m.campaignName.toLower();
        default:
            return {};
        }
    case IdRole:
        return m.id;
    default:
        return {};
    }
}

void InboxTableModel::setMessages(const InboundMessageList &messages)
{
    bool sameRows = messages.size() == m_rows.size();
    for (int i = 0; sameRows && i < messages.size(); ++i)
        sameRows = messages.at(i).id == m_rows.at(i).id;
    // New replies come on top: inserted, so the selection and the scroll position stay.
    const qsizetype added = messages.size() - m_rows.size();
    if (!sameRows && added > 0 && !m_rows.isEmpty()) {
        bool onTop = true;
        for (qsizetype i = 0; onTop && i < m_rows.size(); ++i)
            onTop = messages.at(added + i).id == m_rows.at(i).id;
        if (onTop) {
            beginInsertRows({}, 0, int(added) - 1);
            m_rows = messages.mid(0, added) + m_rows;
            endInsertRows();
            setMessages(messages); // the rows below may have changed too (read, linked)
            return;
        }
    }
    if (!sameRows) {
        beginResetModel();
        m_rows = messages;
        endResetModel();
        return;
    }
    for (int i = 0; i < messages.size(); ++i) {
        if (messages.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = messages.at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int InboxTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void InboxTableModel::setRead(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_rows.at(row).read)
        return;
    m_rows[row].read = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole});
}

int InboxTableModel::unreadShown() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const InboundMessage &m) { return !m.read; }));
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagelogmodel.h"

#include "common/money.h"
#include "log/messagelogworker.h"

#include <QDateTime>
#include <QFontDatabase>

#include <algorithm>
#include <limits>

using namespace std::chrono_literals;

MessageLogModel::MessageLogModel(const QString &storePath, int pageSize, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(new MessageLogWorker(storePath, pageSize))
    , m_clock(clock)
    , m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_thread.setObjectName(QStringLiteral("delivery log"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MessageLogWorker::batchReady, this, &MessageLogModel::applyBatch);
    m_thread.start();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: five a second
    connect(&m_refreshTimer, &QTimer::timeout, this, &MessageLogModel::sendRefresh);
    // Relative times ("12 s ago") move on even when nothing changes.
    m_clockTimer.setInterval(5s);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        if (m_rows.isEmpty())
            return;
        for (int column : {Updated, Created})
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole});
    });
    m_clockTimer.start();
    m_sinceRefresh.start();
}

MessageLogModel::~MessageLogModel()
{
    m_thread.quit();
    m_thread.wait();
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageLogModel::relativeTime(qint64 ms, qint64 nowMs)
{
    if (ms == 0)
        return {};
    const qint64 ago = nowMs - ms;
    if (ago >= 0 && ago < 60'000)
        return tr("%1 s ago").arg(ago / 1000);
    if (ago >= 0 && ago < 3'600'000)
        return tr("%1 min ago").arg(ago / 60'000);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    if (local.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString MessageLogModel::exactTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
}

QString MessageLogModel::displayText(const Message &m, int column) const
{
    switch (Column(column)) {
    case Id:
        return QString::number(m.id);
    case To:
        return m.to;
    case State:
        return messageStateTitle(m.state);
    case Carrier:
        return m.carrierId == 0 ? tr("none")
                                : m_carrierNames.value(m.carrierId, QStringLiteral("#%1").arg(m.carrierId));
    case Updated:
        return relativeTime(m.updatedAt, m_clock.nowMs());
    case Created:
        return relativeTime(m.createdAt, m_clock.nowMs());
    case Attempts:
        return QString::number(m.attempts);
    case Segments:
        return QString::number(m.segments);
    case Cost:
        return money::displayWithUnit(m.costMicros, m_currency);
    case Campaign:
        return m.campaignId == 0 ? QString() : QStringLiteral("#%1").arg(m.campaignId);
    case ProviderSid:
        return m.providerSid;
    case Error:
        return m.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m, column);
    case IdRole:
        return m.id;
    case StateRole:
        return column == State ? QVariant(int(m.state)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Id || column == Attempts || column == Segments || column == Cost)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == To)
            return m_fixedFont;
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Updated:
            return exactTime(m.updatedAt);
        case Created:
            return exactTime(m.createdAt);
        case State:
            return m.providerStatus.isEmpty() ? m.lastError
                                              : tr("Restcomm status: %1").arg(m.providerStatus)
                    + (m.lastError.isEmpty() ? QString() : QString(QLatin1Char('\n') + m.lastError));
        case Campaign:
            return m.campaignId == 0 ? tr("A single send, not part of a campaign") : QString();
        case Cost:
            return tr("Estimated: %n segment(s) at the rule's price", nullptr, m.segments);
        case Error:
            return m.lastError;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Id || section == Attempts || section == Segments || section == Cost ? Qt::AlignRight
                                                                                                   : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case To:
        return tr("To");
    case State:
        return tr("State");
    case Carrier:
        return tr("Carrier");
    case Updated:
        return tr("Updated");
    case Created:
        return tr("Created");
    case Attempts:
        return tr("Attempts");
    case Segments:
        return tr("Segments");
    case Cost:
        return tr("Cost");
    case Campaign:
        return tr("Campaign");
    case ProviderSid:
        return tr("Provider SID");
    case Error:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

bool MessageLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_ready && m_hasOlder && !m_olderPending;
}

void MessageLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_olderPending = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation = m_generation] { worker->older(generation); }, Qt::QueuedConnection);
}

void MessageLogModel::setFilter(const MessageFilter &filter)
{
    m_filter = filter;
    ++m_generation;
    m_ready = false;
    m_olderPending = false;
    m_refreshInFlight = false;
    m_refreshWanted = false;
    m_refreshTimer.stop();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, filter, generation = m_generation] { worker->reset(filter, generation); },
        Qt::QueuedConnection);
}

void MessageLogModel::setCarrierNames(const QHash<qint64, QString> &names)
{
    if (names == m_carrierNames)
        return;
    m_carrierNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Carrier), index(rowCount() - 1, Carrier), {Qt::DisplayRole});
}

void MessageLogModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Cost), index(rowCount() - 1, Cost), {Qt::DisplayRole});
}

int MessageLogModel::rowOf(qint64 id) const
{
    // Rows are sorted by id, newest (largest) first.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Message &m, qint64 wanted) { return m.id > wanted; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

void MessageLogModel::storeChanged()
{
    m_refreshWanted = true;
    scheduleRefresh();
}

void MessageLogModel::refreshNow()
{
    m_refreshWanted = true;
    if (!m_ready || m_refreshInFlight)
        return; // sent when the answer in flight arrives
    m_refreshTimer.stop();
    sendRefresh();
}

void MessageLogModel::scheduleRefresh()
{
    if (!m_ready || m_refreshInFlight || m_refreshTimer.isActive() || !m_refreshWanted)
        return;
    const qint64 wait = std::max<qint64>(0, refreshInterval.count() - m_sinceRefresh.elapsed());
    m_refreshTimer.start(std::chrono::milliseconds(wait));
}

void MessageLogModel::sendRefresh()
{
    m_refreshWanted = false;
    m_refreshInFlight = true;
    m_sinceRefresh.restart();
    Q_EMIT refreshStarted();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation = m_generation] { worker->refresh(generation); },
        Qt::QueuedConnection);
}

void MessageLogModel::trimTo(int rows)
{
    if (!m_ready || m_olderPending || rows <= 0 || rows >= m_rows.size())
        return;
    beginRemoveRows({}, rows, int(m_rows.size()) - 1);
    m_rows.resize(rows);
    endRemoveRows();
    m_hasOlder = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, oldest = m_rows.constLast().id] {
            worker->trimmed(generation, oldest);
        },
        Qt::QueuedConnection);
}

void MessageLogModel::applyBatch(const MessageLogBatch &batch)
{
    if (batch.generation != m_generation)
        return; // an answer to an older filter
    if (!batch.error.isEmpty())
        Q_EMIT loadFailed(batch.error);
    switch (batch.kind) {
    case MessageLogBatch::Kind::Reset:
        beginResetModel();
        m_rows = batch.rows;
        m_hasOlder = batch.hasOlder;
        m_ready = batch.error.isEmpty();
        endResetModel();
        Q_EMIT loaded();
        scheduleRefresh();
        break;
    case MessageLogBatch::Kind::Older:
        m_olderPending = false;
        m_hasOlder = batch.hasOlder;
        insertSorted(batch.rows);
        break;
    case MessageLogBatch::Kind::Refresh:
        m_refreshInFlight = false;
        applyRefresh(batch);
        if (batch.moreWaiting)
            m_refreshWanted = true;
        scheduleRefresh();
        break;
    }
}

void MessageLogModel::applyRefresh(const MessageLogBatch &batch)
{
    QList<qint64> changedIds;
    QList<int> changedRows;
    MessageList toInsert = batch.rows;
    for (const Message &m : batch.changed) {
        const int row = rowOf(m.id);
        if (row < 0) {
            toInsert.append(m);
            continue;
        }
        if (m_rows.at(row) == m)
            continue;
        m_rows[row] = m;
        changedRows.append(row);
        changedIds.append(m.id);
    }
    // One dataChanged per run of adjacent rows.
    std::sort(changedRows.begin(), changedRows.end());
    for (qsizetype i = 0; i < changedRows.size();) {
        qsizetype j = i;
        while (j + 1 < changedRows.size() && changedRows.at(j + 1) == changedRows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changedRows.at(i), 0), index(changedRows.at(j), ColumnCount - 1));
        i = j + 1;
    }
    const int inserted = insertSorted(toInsert);
    if (!changedIds.isEmpty() || inserted > 0)
        Q_EMIT refreshed(changedIds, inserted);
}

int MessageLogModel::insertSorted(const MessageList &messages)
{
    MessageList incoming = messages;
    std::sort(incoming.begin(), incoming.end(), [](const Message &a, const Message &b) { return a.id > b.id; });
    int inserted = 0;
    qsizetype i = 0;
    while (i < incoming.size()) {
        if (rowOf(incoming.at(i).id) >= 0) { // already here (a page and a refresh may overlap)
            ++i;
            continue;
        }
        const qint64 id = incoming.at(i).id;
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                         [](const Message &m, qint64 wanted) { return m.id > wanted; });
        const int row = int(at - m_rows.cbegin());
        // The block: following messages that belong at the same place (before the next loaded row).
        const qint64 nextLoaded = row < m_rows.size() ? m_rows.at(row).id : std::numeric_limits<qint64>::min();
        qsizetype end = i + 1;
        while (end < incoming.size() && incoming.at(end).id > nextLoaded
               && incoming.at(end).id != incoming.at(end - 1).id)
            ++end;
        beginInsertRows({}, row, row + int(end - i) - 1);
        m_rows.insert(row, end - i, Message());
        for (qsizetype k = i; k < end; ++k)
            m_rows[row + (k - i)] = incoming.at(k);
        endInsertRows();
        inserted += int(end - i);
        i = end;
    }
    return inserted;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaigntablemodel.h"

#include "common/money.h"
#include "displaytext.h"

#include <QFont>

#include <limits>

using displaytext::count;

namespace {

qint64 sum(const StateCounts &counts, std::initializer_list<MessageState> states)
{
    qint64 total = 0;
    for (const MessageState state : states)
        total += counts.value(state);
    return total;
}

// Cancelled messages are not progress: a campaign cancelled before it sent anything shows 0 %.
const std::initializer_list<MessageState> doneStates = {MessageState::Sent, MessageState::Delivered,
                                                        MessageState::Undelivered, MessageState::Failed,
                                                        MessageState::Rejected};
const std::initializer_list<MessageState> notDeliveredStates = {MessageState::Failed, MessageState::Undelivered};
const std::initializer_list<MessageState> openStates = {MessageState::Pending, MessageState::Queued,
                                                        MessageState::Submitting, MessageState::Unknown};

} // namespace

CampaignTableModel::CampaignTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 CampaignTableModel::doneCount(const StateCounts &counts)
{
    return sum(counts, doneStates);
}

qint64 CampaignTableModel::openCount(const StateCounts &counts)
{
    return sum(counts, openStates);
}

qint64 CampaignTableModel::totalCount(const StateCounts &counts)
{
    qint64 total = 0;
    for (const qint64 n : counts)
        total += n;
    return total;
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case State:
            return tr("State");
        case Progress:
            return tr("Progress");
        case Waiting:
            return tr("Waiting");
        case Sending:
            return tr("Sending");
        case Sent:
            return tr("Sent");
        case Delivered:
            return tr("Delivered");
        case NotDelivered:
            return tr("Not delivered");
        case Cost:
            return tr("Est. cost");
        case Created:
            return tr("Created");
        case Started:
            return tr("Started");
        case Finished:
            return tr("Finished");
        case TimeLeft:
            return tr("Time left");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Waiting:
            return tr("Messages not released yet (pending) or waiting for the dispatcher (queued).");
        case Sending:
            return tr("Messages being submitted, or whose outcome is being reconciled (unknown).");
        case Sent:
            return tr("Accepted by Restcomm; delivery not known yet.");
        case NotDelivered:
            return tr("Failed (refused or given up) or undelivered (the handset was not reached).");
        case Cost:
            return tr("Segments × the cost per segment of each message's rule, cancelled messages left out.");
        case TimeLeft:
            return tr("For a running campaign: the time until every message is submitted, at the rate of the last "
                      "minute.");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section >= Waiting && section <= Cost)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if ((column >= Waiting && column <= Cost) || column == TimeLeft)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == Sending && row.counts.value(MessageState::Unknown) > 0) {
            QFont bold;
            bold.setBold(true); // unknown outcomes need a person
            return bold;
        }
        return {};
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.campaign.id;
    case StateRole:
        return column == State ? QVariant(int(row.campaign.state)) : QVariant();
    case FractionRole: {
        if (column != Progress || row.campaign.state == CampaignState::Importing)
            return {};
        const qint64 total = totalCount(row.counts);
        return total == 0 ? 0.0 : double(doneCount(row.counts)) / double(total);
    }
    default:
        return {};
    }
}

QVariant CampaignTableModel::display(const Row &row, int column) const
{
    const Campaign &c = row.campaign;
    const StateCounts &n = row.counts;
    const qint64 now = m_clock.nowMs();
    switch (column) {
    case Name:
        return c.name;
    case State:
        return campaignStateTitle(c.state);
    case Progress: {
        if (c.state == CampaignState::Importing)
            return tr("importing… %1").arg(count(c.accepted + c.rejected));
        const qint64 total = totalCount(n);
        return total == 0 ? tr("empty") : QStringLiteral("%1 %").arg(doneCount(n) * 100 / total);
    }
    case Waiting:
        return count(sum(n, {MessageState::Pending, MessageState::Queued}));
    case Sending:
        return count(sum(n, {MessageState::Submitting, MessageState::Unknown}));
    case Sent:
        return count(n.value(MessageState::Sent));
    case Delivered:
        return count(n.value(MessageState::Delivered));
    case NotDelivered:
        return count(sum(n, notDeliveredStates));
    case Cost:
        return m_currency.isEmpty() ? money::format(c.estimatedCostMicros)
                                    : money::displayWithUnit(c.estimatedCostMicros, m_currency);
    case Created:
        return displaytext::relativeTime(c.createdAt, now);
    case Started:
        if (c.state == CampaignState::Scheduled)
            return displaytext::relativeTime(c.scheduledAt, now);
        return displaytext::relativeTime(c.startedAt, now);
    case Finished:
        return displaytext::relativeTime(c.finishedAt, now);
    case TimeLeft: {
        if (c.state != CampaignState::Running)
            return {};
        const auto left = timeLeft(row);
        return left ? displaytext::duration(*left) : QStringLiteral("—");
    }
    default:
        return {};
    }
}

QVariant CampaignTableModel::sortValue(const Row &row, int column) const
{
    const Campaign &c = row.campaign;
    switch (column) {
    case Name:
        return c.name.toLower();
    case State:
        return int(c.state);
    case Progress: {
        const qint64 total = totalCount(row.counts);
        return total == 0 ? 0.0 : double(doneCount(row.counts)) / double(total);
    }
    case Waiting:
        return sum(row.counts, {MessageState::Pending, MessageState::Queued});
    case Sending:
        return sum(row.counts, {MessageState::Submitting, MessageState::Unknown});
    case Sent:
        return row.counts.value(MessageState::Sent);
    case Delivered:
        return row.counts.value(MessageState::Delivered);
    case NotDelivered:
        return sum(row.counts, notDeliveredStates);
    case Cost:
        return c.estimatedCostMicros;
    case Created:
        return c.createdAt;
    case Started:
        return c.state == CampaignState::Scheduled ? c.scheduledAt : c.startedAt;
    case Finished:
        return c.finishedAt;
    case TimeLeft: {
        const auto left = c.state == CampaignState::Running ? timeLeft(row) : std::nullopt;
        return left ? qint64(left->count()) : std::numeric_limits<qint64>::max();
    }
    default:
        return {};
    }
}

QString CampaignTableModel::toolTip(const Row &row, int column) const
{
    const Campaign &c = row.campaign;
    const StateCounts &n = row.counts;
    switch (column) {
    case Name:
        return tr("From %1: %2").arg(c.sender, c.bodyTemplate);
    case Progress: {
        if (c.state == CampaignState::Importing)
            return tr("Still importing: %Ln row(s) accepted so far.", nullptr, displaytext::plural(c.accepted));
        QStringList parts;
        for (int s = int(MessageState::Pending); s <= int(MessageState::Cancelled); ++s) {
            const auto state = MessageState(s);
            if (n.value(state) > 0)
                parts.append(QStringLiteral("%1 %2").arg(count(n.value(state)), messageStateTitle(state)));
        }
        return tr("%1 of %Ln message(s) sent or settled", nullptr, displaytext::plural(totalCount(n)))
                   .arg(count(doneCount(n)))
            + (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
    }
    case Waiting:
        return tr("%1 pending, %2 queued")
            .arg(count(n.value(MessageState::Pending)), count(n.value(MessageState::Queued)));
    case Sending:
        return tr("%1 submitting, %2 unknown (reconciled before anything is sent again)")
            .arg(count(n.value(MessageState::Submitting)), count(n.value(MessageState::Unknown)));
    case NotDelivered: {
        QString split = tr("%1 failed, %2 undelivered")
                            .arg(count(n.value(MessageState::Failed)), count(n.value(MessageState::Undelivered)));
        if (const qint64 rejected = n.value(MessageState::Rejected); rejected > 0)
            split += QStringLiteral("; ") + tr("%1 more rejected before sending").arg(count(rejected));
        return split;
    }
    case Cost:
        return tr("%Ln segment(s)", nullptr, displaytext::plural(c.segmentsTotal));
    case Created:
        return displaytext::exactTime(c.createdAt);
    case Started:
        if (c.state == CampaignState::Scheduled)
            return tr("Starts at %1").arg(displaytext::exactTime(c.scheduledAt));
        return displaytext::exactTime(c.startedAt);
    case Finished:
        return displaytext::exactTime(c.finishedAt);
    case TimeLeft: {
        if (c.state != CampaignState::Running)
            return {};
        const auto perSecond = rate(row);
        if (!perSecond)
            return tr("Not enough progress in the last minute to estimate.");
        return tr("%1 messages left at %2 messages/s (the last minute's rate).")
            .arg(count(openCount(n)))
            .arg(*perSecond, 0, 'f', 1);
    }
    default:
        return {};
    }
}

std::optional<double> CampaignTableModel::rate(const Row &row) const
{
    if (row.samples.size() < 2)
        return std::nullopt;
    const Sample &first = row.samples.constFirst();
    const Sample &last = row.samples.constLast();
    const qint64 span = last.at - first.at;
    if (span < std::chrono::milliseconds(minRateSpan).count() || last.done <= first.done)
        return std::nullopt;
    return double(last.done - first.done) * 1000.0 / double(span);
}

std::optional<std::chrono::seconds> CampaignTableModel::timeLeft(const Row &row) const
{
    const auto perSecond = rate(row);
    if (!perSecond)
        return std::nullopt;
    return std::chrono::seconds(qint64(double(openCount(row.counts)) / *perSecond + 0.5));
}

std::optional<double> CampaignTableModel::rate(int row) const
{
    return rate(m_rows.at(row));
}

std::optional<std::chrono::seconds> CampaignTableModel::timeLeft(int row) const
{
    return timeLeft(m_rows.at(row));
}

void CampaignTableModel::record(Row &row, qint64 at) const
{
    if (row.campaign.state != CampaignState::Running) {
        row.samples.clear(); // a pause is not slow progress
        return;
    }
    const Sample sample {at, doneCount(row.counts)};
    if (!row.samples.isEmpty() && row.samples.constLast().at >= at)
        row.samples.last() = sample;
    else
        row.samples.append(sample);
    // Keep one sample at or before the window's start, so the rate always spans the window.
    const qint64 windowStart = at - std::chrono::milliseconds(rateWindow).count();
    while (row.samples.size() > 2 && row.samples.at(1).at <= windowStart)
        row.samples.removeFirst();
}

void CampaignTableModel::setSnapshot(const CampaignSnapshot &snapshot)
{
    QHash<qint64, int> incoming;
    for (int i = 0; i < snapshot.campaigns.size(); ++i)
        incoming.insert(snapshot.campaigns.at(i).id, i);
    const qint64 at = snapshot.takenAt != 0 ? snapshot.takenAt : m_clock.nowMs();

    // Rows that went away (a cancelled import), from the bottom so indexes stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Row &existing = m_rows.at(row);
        const auto found = incoming.constFind(existing.campaign.id);
        // Ids are reused after a removed import: a different creation time is another campaign.
        if (found != incoming.cend() && snapshot.campaigns.at(*found).createdAt == existing.campaign.createdAt)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).campaign.id, i);
    // The snapshot keeps its order (newest first) and so do the rows: walk both together,
    // inserting new campaigns where they belong and updating the others in place. Should the
    // order ever differ, start over (keeping the progress samples).
    QList<qint64> kept;
    for (const Campaign &c : snapshot.campaigns) {
        if (m_rowOf.contains(c.id))
            kept.append(c.id);
    }
    bool sameOrder = kept.size() == m_rows.size();
    for (int i = 0; sameOrder && i < kept.size(); ++i)
        sameOrder = kept.at(i) == m_rows.at(i).campaign.id;
    if (!sameOrder) {
        QHash<qint64, QList<Sample>> samples;
        for (const Row &row : std::as_const(m_rows))
            samples.insert(row.campaign.id, row.samples);
        beginResetModel();
        m_rows.clear();
        for (const Campaign &campaign : snapshot.campaigns) {
            Row row;
            row.campaign = campaign;
            row.counts = snapshot.counts.value(campaign.id);
            row.samples = samples.value(campaign.id);
            record(row, at);
            m_rows.append(row);
        }
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).campaign.id, i);
        endResetModel();
        return;
    }
    for (int i = 0; i < snapshot.campaigns.size(); ++i) {
        const Campaign &campaign = snapshot.campaigns.at(i);
        if (i < m_rows.size() && m_rows.at(i).campaign.id == campaign.id) {
            Row &row = m_rows[i];
            row.campaign = campaign;
            row.counts = snapshot.counts.value(campaign.id);
            record(row, at);
            continue;
        }
        Row row;
        row.campaign = campaign;
        row.counts = snapshot.counts.value(campaign.id);
        record(row, at);
        beginInsertRows({}, i, i);
        m_rows.insert(i, row);
        endInsertRows();
    }
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).campaign.id, i);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void CampaignTableModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Cost), index(int(m_rows.size()) - 1, Cost));
}

void CampaignTableModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(int(m_rows.size()) - 1, TimeLeft));
}

int CampaignTableModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

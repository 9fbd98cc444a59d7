// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "inboxservice.h"

#include "csv/csvwriter.h"
#include "messages/messagetable.h"
#include "store/database.h"
#include "store/inboundrepository.h"

#include <QCoreApplication>
#include <QSaveFile>

InboxService::InboxService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{ }

Result<InboundMessageList> InboxService::list(const InboxFilter &filter) const
{
    return InboundRepository(m_db).list(filter);
}

Result<Conversation> InboxService::conversation(const QString &e164) const
{
    return InboundRepository(m_db).conversation(e164);
}

Result<qint64> InboxService::unreadCount() const
{
    return InboundRepository(m_db).unreadCount();
}

Result<qint64> InboxService::stopRepliesOfCampaign(qint64 campaignId) const
{
    return InboundRepository(m_db).stopRepliesOfCampaign(campaignId);
}

Status InboxService::markRead(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto marked = InboundRepository(m_db).markRead(ids, m_clock.nowMs()); !marked)
        return marked;
    return tx->commit();
}

Result<QString> InboxService::version() const
{
    return InboundRepository(m_db).version();
}

Result<qint64> InboxService::exportCsv(const InboxFilter &filter, const QString &path) const
{
    auto replies = list(filter);
    if (!replies)
        return replies.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(
            QCoreApplication::translate("InboxService", "Could not write %1: %2. Choose a folder you may write to.")
                .arg(path, file.errorString()));
    CsvWriter writer(&file);
    // Machine column names, as in `smsrouter-cli inbox list --json`: never translated.
    Status written = writer.writeRow({QStringLiteral("sid"), QStringLiteral("carrier"), QStringLiteral("from"),
                                      QStringLiteral("to"), QStringLiteral("body"), QStringLiteral("received_at"),
                                      QStringLiteral("campaign_id"), QStringLiteral("stop")});
    for (const InboundMessage &r : std::as_const(*replies)) {
        if (!written)
            break;
        written = writer.writeRow({r.sid, r.carrierName, r.from, r.to, r.body, messagetable::isoTime(r.receivedAt),
                                   r.campaignId ? QString::number(*r.campaignId) : QString(),
                                   r.isStop() ? QStringLiteral("true") : QStringLiteral("false")});
    }
    if (written)
        written = writer.flush();
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return Error::failed(
            QCoreApplication::translate("InboxService",
                                        "Could not finish writing %1: %2. Check the free disk space and export again.")
                .arg(path, file.errorString()));
    return qint64(replies->size());
}

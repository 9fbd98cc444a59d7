// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messageactions.h"

#include "campaign/messagetimeline.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QCoreApplication>

namespace {

/// Applies `change` to each message that is in one of `from`; returns how many changed.
template<typename Change>
Result<int> applyTo(Database &db, const QList<qint64> &ids, const QList<MessageState> &from, Change change)
{
    MessageRepository repo(db);
    QList<MessageTransition> transitions;
    for (qint64 id : ids) {
        auto found = repo.find(id);
        if (!found)
            return found.error();
        if (!found->has_value() || !from.contains((*found)->state))
            continue;
        MessageTransition t {**found, (*found)->state, 0, QString()};
        change(t);
        transitions.append(t);
    }
    auto conflicts = repo.apply(transitions);
    if (!conflicts)
        return conflicts.error();
    return int(transitions.size() - conflicts->size());
}

} // namespace

MessageActions::MessageActions(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<int> MessageActions::retry(const QList<qint64> &ids)
{
    const qint64 now = m_clock.nowMs();
    // Translated once, not per message.
    const QString detail = QCoreApplication::translate("MessageActions", "Retried by hand (it was %1: %2)");
    return applyTo(m_db, ids, {MessageState::Failed, MessageState::Undelivered}, [now, &detail](MessageTransition &t) {
        t.after.state = MessageState::Queued;
        t.after.attempts = 0;
        t.after.nextAttemptAt = now;
        t.after.finishedAt = 0;
        t.after.updatedAt = now;
        t.retiredSid = t.after.providerSid;
        t.after.providerSid.clear();
        t.after.providerStatus.clear();
        t.detail = detail.arg(messageStateName(t.from), t.after.lastError);
    });
}

Result<int> MessageActions::requeueUnknown(const QList<qint64> &ids)
{
    const qint64 now = m_clock.nowMs();
    const QString detail = QCoreApplication::translate(
        "MessageActions", "Queued again by hand: the operator found no record of it in Restcomm.");
    return applyTo(m_db, ids, {MessageState::Unknown}, [now, &detail](MessageTransition &t) {
        t.after.state = MessageState::Queued;
        t.after.nextAttemptAt = now;
        t.after.updatedAt = now;
        t.detail = detail;
    });
}

Result<int> MessageActions::markUnknownSent(qint64 id, const QString &providerSid)
{
    const qint64 now = m_clock.nowMs();
    return applyTo(m_db, {id}, {MessageState::Unknown}, [now, providerSid](MessageTransition &t) {
        t.after.state = MessageState::Sent;
        t.after.providerSid = providerSid.trimmed();
        t.after.nextAttemptAt = now;
        t.after.updatedAt = now;
        t.after.lastError.clear();
        t.detail = providerSid.trimmed().isEmpty()
            ? QCoreApplication::translate("MessageActions",
                                          "Marked as sent by hand: the operator found it in Restcomm.")
            : QCoreApplication::translate("MessageActions", "Marked as sent by hand: found in Restcomm as %1.")
                  .arg(providerSid.trimmed());
    });
}

Result<int> MessageActions::cancel(const QList<qint64> &ids)
{
    const qint64 now = m_clock.nowMs();
    const QString detail = QCoreApplication::translate("MessageActions", "Cancelled by hand.");
    return applyTo(m_db, ids, {MessageState::Pending, MessageState::Queued}, [now, &detail](MessageTransition &t) {
        t.after.state = MessageState::Cancelled;
        t.after.finishedAt = now;
        t.after.updatedAt = now;
        t.detail = detail;
    });
}

Result<QList<MessageEvent>> MessageActions::timeline(qint64 id) const
{
    return MessageTimeline::read(m_db, id);
}

#include "reconciler.h"

#include "common/clock.h"
#include "restcomm/restcommclient.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "transitionwriter.h"

namespace {
constexpr int perCarrierConcurrency = 4;
constexpr int maxPages = 5;
constexpr qint64 clockSkewMs = 10 * 60'000;
constexpr qint64 retryLookupMs = 15'000;
} // namespace

Reconciler::Reconciler(Database &db, RestcommClient &client, TransitionWriter &writer, const Clock &clock,
                       const DispatchOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_writer(writer)
    , m_clock(clock)
    , m_options(options)
{ }

qint64 Reconciler::resendDeadline(const Message &message) const
{
    return message.submittedAt + m_options.requestTimeout.count() + m_options.reconcileGrace.count();
}

std::optional<SmsRecord> Reconciler::match(const Message &message, const QList<SmsRecord> &candidates,
                                           const QSet<QString> &taken)
{
    std::optional<SmsRecord> best;
    for (const SmsRecord &r : candidates) {
        if (r.to != message.to || r.from != message.from || r.body != message.body || taken.contains(r.sid))
            continue;
        if (r.dateCreated.isValid() && r.dateCreated.toMSecsSinceEpoch() < message.submittedAt - clockSkewMs)
            continue;
        if (!best || (r.dateCreated.isValid() && r.dateCreated < best->dateCreated))
            best = r;
    }
    return best;
}

void Reconciler::tick()
{
    const qint64 now = m_clock.nowMs();
    MessageRepository repo(m_db);
    for (const CarrierRuntime &carrier : std::as_const(m_carriers)) {
        if (!carrier.unusableReason.isEmpty())
            continue;
        auto due = repo.dueInState(MessageState::Unknown, carrier.id, now, 50, m_options.campaignId);
        if (!due)
            continue;
        for (const Message &m : *due) {
            if (m_busy.size() >= perCarrierConcurrency * std::max<qsizetype>(1, m_carriers.size()))
                return;
            if (!m_busy.contains(m.id))
                lookUp(carrier, m, 0, {});
        }
    }
}

void Reconciler::lookUp(const CarrierRuntime &carrier, const Message &message, int page, QList<SmsRecord> seen)
{
    m_busy.insert(message.id);
    SmsListQuery query;
    query.to = message.to;
    query.startTime = QDateTime::fromMSecsSinceEpoch(message.submittedAt, Qt::UTC).date().addDays(-1);
    query.page = page;
    query.pageSize = 100;
    ++m_inFlight;
    m_client.listSms(carrier.endpoint, query, this,
                     [this, carrier, message, page, seen](const RestcommReply<SmsPage> &r) mutable {
                         --m_inFlight;
                         if (!r.ok()) {
                             settle(message, seen, true, r.error.message);
                             return;
                         }
                         seen += r.value->messages;
                         if (r.value->hasNextPage() && page + 1 < maxPages) {
                             lookUp(carrier, message, page + 1, std::move(seen));
                             return;
                         }
                         settle(message, seen, false, QString());
                     });
}

void Reconciler::settle(const Message &message, const QList<SmsRecord> &seen, bool lookupFailed, const QString &why)
{
    m_busy.remove(message.id);
    const qint64 now = m_clock.nowMs();
    MessageTransition t {message, MessageState::Unknown, 0, QString()};
    t.after.updatedAt = now;

    if (lookupFailed) {
        t.after.nextAttemptAt = now + retryLookupMs;
        t.detail = QString(); // bookkeeping: try the look-up again soon
        m_writer.add(t);
        Q_UNUSED(why);
        return;
    }
    // SIDs already given to other messages (written or waiting to be) cannot be this one.
    (void)m_writer.flush();
    QSet<QString> taken;
    MessageRepository repo(m_db);
    for (const SmsRecord &r : seen) {
        auto owned = repo.providerSidTaken(r.sid);
        if (owned && *owned)
            taken.insert(r.sid);
    }
    if (const auto found = match(message, seen, taken)) {
        t.after.state = MessageState::Sent;
        t.after.providerSid = found->sid;
        t.after.providerStatus = found->status;
        t.after.nextAttemptAt = now;
        t.after.lastError.clear();
        t.detail = QStringLiteral("Found in Restcomm as %1 (status %2): it was accepted, so it is not sent again.")
                       .arg(found->sid, found->status);
        m_writer.add(t);
        return;
    }
    const qint64 deadline = resendDeadline(message);
    if (now < deadline) {
        t.after.nextAttemptAt = deadline;
        t.detail = QString();
        m_writer.add(t);
        return;
    }
    t.after.state = MessageState::Queued;
    t.after.nextAttemptAt = now;
    t.detail = QStringLiteral("Restcomm has no record of it %1 s after the request ended, so it is queued to be sent "
                              "again.")
                   .arg((now - message.submittedAt) / 1000);
    m_writer.add(t);
}

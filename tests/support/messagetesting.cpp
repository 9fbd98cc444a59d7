// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagetesting.h"

#include "carriers/carrierservice.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"

namespace messagetesting {

Message make(const QString &to, qint64 carrierId, MessageState state, qint64 createdAt)
{
    Message m;
    m.to = to;
    m.region = QStringLiteral("GB");
    m.from = QStringLiteral("Router");
    m.body = QStringLiteral("hello");
    m.carrierId = carrierId;
    m.state = state;
    m.costMicros = 21'000;
    m.createdAt = createdAt;
    m.updatedAt = createdAt;
    m.nextAttemptAt = createdAt;
    // A message past `queued` has been handed to a carrier (the claim sets this).
    if (state != MessageState::Pending && state != MessageState::Queued && state != MessageState::Cancelled)
        m.submittedAt = createdAt;
    return m;
}

Message insert(Database &db, Message message)
{
    auto stored = MessageRepository(db).insert(std::move(message), QStringLiteral("created by a test"));
    if (!stored)
        qFatal("could not insert a test message: %s", qPrintable(stored.errorMessage()));
    return *stored;
}

MessageList insertMany(Database &db, int count, int offset, qint64 carrierId, MessageState state)
{
    MessageList list;
    auto tx = Transaction::begin(db);
    if (!tx)
        qFatal("could not begin a transaction: %s", qPrintable(tx.errorMessage()));
    for (int i = 0; i < count; ++i)
        list.append(insert(db,
                           make(QStringLiteral("+4479111%1").arg(offset + i, 5, 10, QLatin1Char('0')), carrierId, state,
                                1'767'268'800'000 + (offset + i) * 1000)));
    if (!tx->commit())
        qFatal("could not commit test messages");
    return list;
}

qint64 addCampaign(Database &db, const QString &name)
{
    auto id = sql::scalar(db.connection(),
                          QStringLiteral("INSERT INTO campaigns (name, sender, body_template, state, created_at) "
                                         "VALUES (:n, 'Router', 'hello', 'running', 0) RETURNING id"),
                          {{"n", name}});
    if (!id)
        qFatal("could not add a test campaign: %s", qPrintable(id.errorMessage()));
    return id->toLongLong();
}

qint64 addCarrier(Session &session, const QString &name, int sidNumber)
{
    Carrier c;
    c.name = name;
    c.accountSid = testAccountSid(sidNumber);
    auto added = session.carriers().add(c, "token");
    if (!added)
        qFatal("could not add a test carrier: %s", qPrintable(added.errorMessage()));
    return added->id;
}

void move(Database &db, qint64 id, MessageState to, const QString &detail, int httpStatus)
{
    MessageRepository repo(db);
    auto found = repo.find(id);
    if (!found || !found->has_value())
        qFatal("no test message %lld", id);
    MessageTransition t {**found, (*found)->state, httpStatus, detail};
    t.after.state = to;
    t.after.updatedAt += 1000;
    if (to == MessageState::Failed)
        t.after.lastError = detail;
    auto applied = repo.apply({t});
    if (!applied || !applied->isEmpty())
        qFatal("could not move test message %lld", id);
}

} // namespace messagetesting

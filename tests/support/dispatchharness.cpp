// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dispatchharness.h"

#include "carriers/carrierservice.h"
#include "dispatch/dispatcher.h"
#include "dispatch/sendservice.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

DispatchHarness::DispatchHarness(QStringList simArguments)
    : m_sim(std::move(simArguments))
{
    m_session = m_store.openSession(SecretBackend::Database);
}

DispatchHarness::~DispatchHarness() = default;

bool DispatchHarness::start()
{
    if (!m_sim.start()) {
        m_error = m_sim.errorString();
        return false;
    }
    return true;
}

Carrier DispatchHarness::addCarrier(const QString &name, const QString &simAccount, double rate, int maxInFlight,
                                    const QByteArray &tokenOverride)
{
    const SimAccountInfo account = SimProcess::account(simAccount);
    Carrier c;
    c.name = name;
    c.baseUrl = m_sim.baseUrl().toString();
    c.accountSid = account.sid;
    c.rateLimit = rate;
    c.maxInFlight = maxInFlight;
    auto added = m_session->carriers().add(c, tokenOverride.isEmpty() ? account.token.toLatin1() : tokenOverride);
    if (!added)
        qFatal("could not add carrier %s: %s", qPrintable(name), qPrintable(added.errorMessage()));
    return *added;
}

Rule DispatchHarness::addRule(Rule::Kind kind, const QString &value, qint64 carrierId, int priority,
                              const QString &cost)
{
    Rule r;
    r.kind = kind;
    r.value = value;
    r.carrierId = carrierId;
    r.priority = priority;
    r.costMicros = RuleValidator::parseCost(cost).value_or(0);
    auto added = m_session->rules().add(r);
    if (!added)
        qFatal("could not add rule: %s", qPrintable(added.errorMessage()));
    return *added;
}

QStringList DispatchHarness::numbers(int count, int offset)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("+4479111%1").arg(offset + i, 5, 10, QLatin1Char('0')));
    return list;
}

QList<qint64> DispatchHarness::send(const QStringList &numbers, const QString &body, const QString &from)
{
    SendRequest request;
    request.recipients = numbers;
    request.from = from;
    request.body = body;
    auto stored = m_session->sends().enqueue(request);
    if (!stored)
        qFatal("could not queue messages: %s", qPrintable(stored.errorMessage()));
    QList<qint64> ids;
    for (const Message &m : *stored)
        ids.append(m.id);
    return ids;
}

DispatchOptions DispatchHarness::options() const
{
    DispatchOptions o;
    o.storePath = m_store.path();
    o.requestTimeout = std::chrono::milliseconds(1500);
    // Short for tests, but not shorter than a starved simulator may take to get round to a
    // request the client gave up on: resending earlier than that is exactly the double send
    // the grace exists to prevent (seen with 300 ms on a machine loaded by two busy loops).
    o.reconcileGrace = std::chrono::milliseconds(3000);
    o.firstPollAfter = std::chrono::milliseconds(150);
    o.retry.baseDelay = std::chrono::milliseconds(100);
    o.retry.maxDelay = std::chrono::milliseconds(1000);
    o.seed = 7;
    return o;
}

std::unique_ptr<Dispatcher> DispatchHarness::makeDispatcher(const DispatchOptions &options, const QString &holder)
{
    return std::make_unique<Dispatcher>(m_session->carriers(), m_session->keychain(), options, holder);
}

bool DispatchHarness::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QDeadlineTimer deadline(timeoutMs);
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start(20);
    loop.exec();
    return done();
}

Message DispatchHarness::message(qint64 id)
{
    auto found = MessageRepository(m_session->database()).find(id);
    return found && found->has_value() ? **found : Message();
}

MessageList DispatchHarness::messages(const QList<qint64> &ids)
{
    MessageList list;
    for (qint64 id : ids)
        list.append(message(id));
    return list;
}

QList<MessageEvent> DispatchHarness::events(qint64 id)
{
    auto events = MessageRepository(m_session->database()).events(id);
    return events ? *events : QList<MessageEvent>();
}

int DispatchHarness::countIn(const QList<qint64> &ids, const QList<MessageState> &states)
{
    int count = 0;
    for (const Message &m : messages(ids))
        count += states.contains(m.state) ? 1 : 0;
    return count;
}

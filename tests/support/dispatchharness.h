// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "dispatch/dispatchoptions.h"
#include "messages/message.h"
#include "routing/rule.h"
#include "simprocess.h"
#include "tempstore.h"

#include <functional>
#include <memory>

class Dispatcher;

/// A store, a running restcomm-sim and carriers that point at it: what every dispatcher test
/// needs. Timings are shortened (request timeout, grace, polls) so tests finish in seconds;
/// waiting is always for a condition, bounded, never a sleep.
class DispatchHarness final
{
public:
    explicit DispatchHarness(QStringList simArguments = {});
    ~DispatchHarness();

    /// Starts the sim. False with a reason in error().
    bool start();
    QString error() const { return m_error; }

    Session &session() { return *m_session; }
    SimProcess &sim() { return m_sim; }
    TempStore &store() { return m_store; }

    /// A carrier for the sim account `simAccount` (see SimProcess::defaultAccounts()).
    Carrier addCarrier(const QString &name, const QString &simAccount, double rate = 1000.0, int maxInFlight = 20,
                       const QByteArray &tokenOverride = {});
    Rule addRule(Rule::Kind kind, const QString &value, qint64 carrierId, int priority = 1,
                 const QString &cost = QStringLiteral("0.01"));

    /// Queues one single send per number through SendService; returns the message ids.
    QList<qint64> send(const QStringList &numbers, const QString &body = QStringLiteral("hello"),
                       const QString &from = QStringLiteral("Router"));
    /// `count` distinct numbers (+4479111xxxxx).
    static QStringList numbers(int count, int offset = 0);

    DispatchOptions options() const;
    std::unique_ptr<Dispatcher> makeDispatcher(const DispatchOptions &options,
                                               const QString &holder = QStringLiteral("test"));

    /// Runs the event loop until `done()` or the timeout. Returns done().
    static bool waitFor(const std::function<bool()> &done, int timeoutMs);

    Message message(qint64 id);
    MessageList messages(const QList<qint64> &ids);
    QList<MessageEvent> events(qint64 id);
    int countIn(const QList<qint64> &ids, const QList<MessageState> &states);

private:
    TempStore m_store;
    SimProcess m_sim;
    std::unique_ptr<Session> m_session;
    QString m_error;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "routeexplanation.h"
#include "routeindex.h"
#include "rule.h"
#include "rulevalidator.h"

#include <QMutex>
#include <QObject>

#include <memory>

class CarrierService;
class Database;
class Settings;
struct ParsedNumber;

/// Adds, changes and removes routing rules, and keeps the in-memory RouteIndex in step with
/// them. Both faces (Rules page, `smsrouter-cli rule …`) go through it, so validation is the
/// same everywhere.
///
/// The service itself lives on the thread that owns the store connection (the GUI thread).
/// index() and decide() may be called from any thread: they read an immutable snapshot that is
/// swapped whole when rules or carriers change.
class RuleService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleService)

public:
    /// Defers index rebuilds and changed() while it lives; one rebuild when the last one ends.
    /// Hold one around a Transaction that makes several changes (declare it before the
    /// Transaction), so the index is never built from rows that may still be rolled back.
    class Batch final
    {
    public:
        explicit Batch(RuleService &service);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        RuleService &m_service;
    };

    RuleService(Database &db, CarrierService &carriers, Settings &settings,
                const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~RuleService() override;

    /// Ordered by kind, value, priority, cost.
    Result<RuleList> list() const;
    Result<Rule> findById(qint64 id) const;

    /// Every problem with these fields, including a duplicate of another rule. Normalise the
    /// value first (RuleValidator::normaliseValue); add() and update() do.
    QList<RuleProblem> validate(const Rule &rule) const;

    /// Validates, normalises and inserts the rule, or changes nothing.
    Result<Rule> add(Rule rule);
    /// Saves the changed fields of an existing rule.
    Result<Rule> update(Rule rule);
    Status setEnabled(qint64 id, bool enabled);
    Status remove(qint64 id);
    /// Inserts (id 0) and updates (id set) many rules in one transaction: all or none. Rules are
    /// checked against the store and against each other; the error lists every problem.
    Result<RuleList> saveAll(RuleList rules);

    /// The current routing table. Thread-safe; the snapshot stays valid as long as it is held.
    std::shared_ptr<const RouteIndex> index() const;
    /// Rebuilds the index from the store (after another process changed it, for instance).
    Status reload();

    /// Routes a parsed number with the current index. Thread-safe.
    RouteDecision decide(const ParsedNumber &number, qint64 messageId,
                         const RouteIndex::Unavailable &unavailable = {}) const;
    /// Parses `input` (in `region`, else the store's default region) and routes it: the
    /// "Test a number" box. `messageId` selects the weighted pick.
    RouteExplanation explain(const QString &input, const QString &region = QString(), qint64 messageId = 0) const;

Q_SIGNALS:
    /// Rules were added, changed or removed, or the index was rebuilt (carriers changed).
    void changed();

private:
    void storeChanged();
    Result<Rule> save(Rule rule, bool insert);

    Database &m_db;
    CarrierService &m_carriers;
    Settings &m_settings;
    const Clock &m_clock;
    mutable QMutex m_indexMutex;
    std::shared_ptr<const RouteIndex> m_index;
    int m_batchDepth = 0;
    bool m_rebuildPending = false;
};

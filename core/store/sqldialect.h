// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// The few places where SQLite and PostgreSQL spell things differently. Everything else in
/// core/store is plain SQL that both accept (bound parameters, RETURNING, BIGINT times in ms).
class SqlDialect final
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite)
        : m_kind(kind)
    { }

    Kind kind() const { return m_kind; }

    /// Column definition of an auto-numbered primary key.
    QString identityPrimaryKey() const;
    /// Starts a write transaction that takes the write lock at once, so two writers never
    /// deadlock upgrading a read lock (SQLite's SQLITE_BUSY without a busy wait).
    QString beginWrite() const;
    /// Starts a read-only transaction whose reads all see one snapshot of the store (SQLite: a
    /// deferred BEGIN, whose first read fixes the WAL snapshot; PostgreSQL: REPEATABLE READ).
    QString beginSnapshot() const;
    /// How long a statement waits for a lock another connection holds (SQLite: the store's
    /// write lock; PostgreSQL: a row or table lock) before it fails as "busy".
    QString busyTimeout(qint64 ms) const;
    /// Expands the placeholders migrations use ({{id}}, {{clustered}} after a table whose rows
    /// should be kept in primary-key order, and the triggers below as whole
    /// statements: {{traffic_event_trigger}}, {{traffic_price_trigger}}, {{change_notifications}}) into this dialect.
    /// A statement that starts with {{sqlite}} or {{postgres}} is for that dialect only. A
    /// statement that expands to nothing is skipped.
    QString expand(QString sql) const;

    /// The trigger that keeps `traffic_minutes` and `traffic_hours` (the Dashboard's counters)
    /// in step with `message_events`: each event into a state the Dashboard draws adds its
    /// message, segments and estimated cost to the event's minute and hour, carrier and state,
    /// in the transaction that wrote the event. Triggers are spelled differently by every
    /// database: PostgreSQL's is a PL/pgSQL function and its trigger, in one text.
    QString trafficEventTrigger() const;
    /// The trigger that adds a change of `messages.price` (what Restcomm reported the message
    /// cost, as text, often negative) to the counters' `price_micros`, as a positive amount.
    QString trafficPriceTrigger() const;
    /// PostgreSQL: statement triggers that NOTIFY Database::changeChannel() with the table's
    /// name after every change of the tables the window shows, so other windows refresh at
    /// once instead of polling. SQLite (one machine) has PRAGMA data_version: nothing.
    QString changeNotifications() const;
    /// The tables whose changes changeNotifications() announces, by name (the payload of each
    /// notification is one of them).
    static QStringList changeNotifyingTables();
    /// An expression for the database's own time now, in ms since the epoch (BIGINT): what
    /// dispatchers on several machines share, so that their clocks need not agree. PostgreSQL's
    /// clock_timestamp() moves within a transaction (now() would stand at its start).
    QString currentTimeMs() const;

private:
    Kind m_kind;
};

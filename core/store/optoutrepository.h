// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "optouts/optout.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

class Database;

/// The `optouts` table, keyed by E.164. Like every repository it uses the connection it was
/// given, so a dispatcher thread asks through its own Database: contains() and
/// optedOutAmong() are single indexed look-ups, cheap enough to run just before submission.
class OptOutRepository final
{
public:
    explicit OptOutRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts the number; false (and nothing changed) when it is already there.
    Result<bool> add(const OptOut &optOut);

    /// add() for a whole list: one statement prepared once and run per number (an import of a
    /// million numbers spends its time inserting, not preparing). Inside the caller's transaction.
    class Adder final
    {
    public:
        explicit Adder(Database &db);
        Result<bool> add(const OptOut &optOut);

    private:
        QSqlQuery m_query;
        bool m_prepared = false;
    };
    /// Removes the number; false when it was not there.
    Result<bool> remove(const QString &e164);
    /// Removes the number only when `source` put it there (START takes back a STOP reply's
    /// opt-out, never one a person added); false when it was not there or came from elsewhere.
    Result<bool> removeIfFrom(const QString &e164, const QString &source);
    Result<std::optional<OptOut>> find(const QString &e164) const;
    /// Sorted by number.
    Result<OptOutList> list() const;
    /// A cheap sign of change: the number of opt-outs and the newest one's time. Any add, remove
    /// or import changes it (a removal lowers the count, an addition is the newest).
    Result<QString> version() const;
    Result<qint64> count() const;

    /// Is this E.164 number opted out?
    Result<bool> contains(const QString &e164) const;
    /// Which of these E.164 numbers are opted out (one query per 500 numbers).
    Result<QSet<QString>> optedOutAmong(const QStringList &e164Numbers) const;
    /// Every opted-out number: the import's snapshot.
    Result<QStringList> allNumbers() const;

private:
    Database &m_db;
};

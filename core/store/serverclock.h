// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"

#include <QSqlDatabase>

class Database;

/// The database server's clock, read through one connection. Dispatchers on several machines
/// keep their shared carrier state (send grid, breaker) and their heartbeats in this time, so
/// the rate a carrier gets never depends on how well the machines' clocks agree.
///
/// A read that fails (the server went away) answers this machine's time instead: the statement
/// that needed it fails just after, on the same broken connection, and changes nothing.
class ServerClock final : public Clock
{
public:
    explicit ServerClock(const Database &db);

    QDateTime now() const override;

private:
    QSqlDatabase m_db;
    QString m_statement;
};

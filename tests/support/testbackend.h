// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class Database;

/// Which store the tests of this process use. The store suites run twice (tests/CMakeLists.txt):
/// `testfoo` on SQLite files and `testfoo_pg` on PostgreSQL, where SMSROUTER_TEST_BACKEND is
/// "postgresql" and SMSROUTER_TEST_PG names the throw-away cluster scripts/test.sh started
/// (scripts/postgres-cluster.sh). Each store is then a fresh database of its own, dropped with
/// the TempStore, or at the end of the program.
namespace testbackend {

bool usesPostgres();

/// A new, empty store: `fileInDir` itself on SQLite; on PostgreSQL the URL of a fresh
/// database (the file name is ignored). Fails the whole program, naming what to start, when
/// the PostgreSQL suites run without a cluster.
QString freshStore(const QString &fileInDir);

/// Drops a database freshStore() made (PostgreSQL; nothing on SQLite).
void dropStore(const QString &store);

/// Makes the store refuse every `event` ("INSERT" or "UPDATE") on `table` of a row for which
/// `when` (SQL over NEW) holds, as a constraint violation saying `message`: a trigger "refuse",
/// in either dialect. acceptAgain() drops it.
bool refuse(const Database &db, const QString &event, const QString &table, const QString &when,
            const QString &message);
bool acceptAgain(const Database &db, const QString &table);

/// Takes the store's write lock on `holder` (SQLite: BEGIN IMMEDIATE; PostgreSQL: a
/// transaction holding messages, message_events and campaigns in EXCLUSIVE mode, which lets
/// readers on) until ROLLBACK; and makes `waiter` give up at once instead of waiting for it.
bool holdForWriting(const Database &holder);
bool dontWait(const Database &waiter);

/// The admin URL of the cluster (postgresql://postgres@127.0.0.1:PORT/postgres).
QString clusterUrl();

} // namespace testbackend

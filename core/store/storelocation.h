// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

/// Where a store lives, as named by --db, SMSROUTER_DB or File → Open store…: a file path
/// (SQLite, the default) or a `postgresql://user@host:port/dbname[?sslmode=…]` URL (team mode,
/// ARCHITECTURE.md "Scale path"). The password is never part of it: libpq reads PGPASSWORD and
/// ~/.pgpass, and the window asks (StorePasswords), so no password reaches argv, a log or a title.
class StoreLocation final
{
public:
    enum class Kind { SqliteFile, Postgres };

    /// Reads what the operator gave. A URL of any other scheme (mysql://, http://…), a
    /// PostgreSQL URL without a database or with a password in it is refused (Error::invalid).
    static Result<StoreLocation> parse(const QString &text);
    /// True when `text` is written as a URL (scheme://…), whatever the scheme.
    static bool looksLikeUrl(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    /// The text as given (a path, or the URL: it holds no password).
    const QString &text() const { return m_text; }
    /// SQLite: the file.
    const QString &filePath() const { return m_text; }

    /// PostgreSQL parts. Port 0 means libpq's default (5432); an empty host, the local socket.
    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &databaseName() const { return m_database; }
    /// libpq connection options from the query string (sslmode=require;connect_timeout=10).
    const QString &connectOptions() const { return m_options; }
    /// "user@host:port/dbname", the key the window's passwords are kept under.
    QString serverKey() const;

private:
    Kind m_kind = Kind::SqliteFile;
    QString m_text;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_options;
};

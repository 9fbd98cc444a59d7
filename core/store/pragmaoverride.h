// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class Database;

/// Sets one SQLite PRAGMA of a connection for as long as it lives, then puts the old value
/// back. The bulk imports give their connection a larger cache and their own checkpoint
/// threshold; the window and the CLI keep using that connection after the import.
/// A PRAGMA that cannot be read is left alone (and not restored).
class PragmaOverride final
{
public:
    /// `name` is one of our own constants (cache_size, wal_autocheckpoint, …), never input.
    PragmaOverride(Database &db, const QString &name, qint64 value);
    ~PragmaOverride();
    PragmaOverride(const PragmaOverride &) = delete;
    PragmaOverride &operator=(const PragmaOverride &) = delete;

private:
    Database &m_db;
    QString m_name;
    QString m_old; ///< empty: it could not be read, so nothing was changed
};

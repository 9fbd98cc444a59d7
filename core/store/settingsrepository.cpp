// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "settingsrepository.h"

#include "database.h"
#include "sql.h"

Result<QHash<QString, QString>> SettingsRepository::all() const
{
    auto query = sql::run(m_db.connection(), QStringLiteral("SELECT key, value FROM settings"));
    if (!query)
        return query.error();
    QHash<QString, QString> values;
    while (query->next())
        values.insert(query->value(0).toString(), query->value(1).toString());
    return values;
}

Status SettingsRepository::set(const QString &key, const QString &value)
{
    // INSERT … ON CONFLICT … DO UPDATE is spelled the same on SQLite (≥ 3.24) and PostgreSQL.
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {{"key", key}, {"value", value}});
    if (!query)
        return query.error();
    return {};
}

Status SettingsRepository::remove(const QString &key)
{
    auto query = sql::run(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = :key"), {{"key", key}});
    if (!query)
        return query.error();
    return {};
}

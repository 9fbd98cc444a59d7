// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

class Database;

/// The `settings` table: store-wide key/value pairs. Only the Settings class reads and writes
/// through it; everything else asks Settings.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    { }

    Result<QHash<QString, QString>> all() const;
    Status set(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    Database &m_db;
};

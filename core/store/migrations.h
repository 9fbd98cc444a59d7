// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QStringList>

/// Numbered schema migrations. Each runs in its own transaction and records its number in
/// `schema_version`; a store is at the highest number recorded there.
namespace migrations {

struct Migration
{
    int version;
    const char *description;
    QStringList statements; ///< may use the SqlDialect placeholders ({{id}})
};

/// All migrations, in order. The last one's number is the version this build writes.
const QList<Migration> &all();
int latestVersion();

/// Applies every migration above `current`. Returns the new version.
Result<int> migrate(const QSqlDatabase &db, const SqlDialect &dialect, int current);

} // namespace migrations

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "pragmaoverride.h"

#include "database.h"
#include "sql.h"

PragmaOverride::PragmaOverride(Database &db, const QString &name, qint64 value)
    : m_db(db)
    , m_name(name)
{
    auto old = sql::scalar(m_db.connection(), QStringLiteral("PRAGMA %1").arg(m_name));
    if (!old || !old->isValid())
        return;
    m_old = old->toString();
    (void)sql::run(m_db.connection(), QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value));
}

PragmaOverride::~PragmaOverride()
{
    if (!m_old.isEmpty())
        (void)sql::run(m_db.connection(), QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_old.toLongLong()));
}

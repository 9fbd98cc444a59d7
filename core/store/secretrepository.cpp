// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "secretrepository.h"

#include "database.h"
#include "sql.h"

Result<std::optional<QByteArray>> SecretRepository::read(const QString &ref) const
{
    auto query =
        sql::run(m_db.connection(), QStringLiteral("SELECT secret FROM secrets WHERE ref = :ref"), {{"ref", ref}});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QByteArray>();
    // A BLOB since schema 5's writes; older stores hold TEXT, whose bytes are the same UTF-8.
    return std::optional<QByteArray>(query->value(0).toByteArray());
}

Status SecretRepository::write(const QString &ref, const QByteArray &secret)
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("INSERT INTO secrets (ref, secret) VALUES (:ref, :secret) "
                                         "ON CONFLICT (ref) DO UPDATE SET secret = excluded.secret"),
                          // As text: the column is TEXT, and PostgreSQL's driver would write a byte
                          // array as a "\\x…" escape into it.
                          {{"ref", ref}, {"secret", QString::fromUtf8(secret)}});
    if (!query)
        return query.error();
    return {};
}

Status SecretRepository::remove(const QString &ref)
{
    auto query = sql::run(m_db.connection(), QStringLiteral("DELETE FROM secrets WHERE ref = :ref"), {{"ref", ref}});
    if (!query)
        return query.error();
    return {};
}

Status SecretRepository::scheduleRemoval(const QString &ref, qint64 nowMs)
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("INSERT INTO secret_removals (ref, scheduled_at) VALUES (:ref, :now) "
                                         "ON CONFLICT (ref) DO NOTHING"),
                          {{"ref", ref}, {"now", nowMs}});
    if (!query)
        return query.error();
    return {};
}

Result<QStringList> SecretRepository::scheduledRemovals() const
{
    return sql::texts(
        sql::run(m_db.connection(), QStringLiteral("SELECT ref FROM secret_removals ORDER BY scheduled_at")));
}

Status SecretRepository::removalDone(const QString &ref)
{
    auto query =
        sql::run(m_db.connection(), QStringLiteral("DELETE FROM secret_removals WHERE ref = :ref"), {{"ref", ref}});
    if (!query)
        return query.error();
    return {};
}

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
    return std::optional<QByteArray>(query->value(0).toString().toUtf8());
}

Status SecretRepository::write(const QString &ref, const QByteArray &secret)
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("INSERT INTO secrets (ref, secret) VALUES (:ref, :secret) "
                                         "ON CONFLICT (ref) DO UPDATE SET secret = excluded.secret"),
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

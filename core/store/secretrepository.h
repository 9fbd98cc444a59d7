#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

/// The `secrets` table, used only by the database credential backend (an explicit, visible
/// choice of the operator). Nothing else reads it.
class SecretRepository final
{
public:
    explicit SecretRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<QByteArray>> read(const QString &ref) const;
    Status write(const QString &ref, const QByteArray &secret);
    Status remove(const QString &ref);

private:
    Database &m_db;
};

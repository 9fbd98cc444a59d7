// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "serverclock.h"

#include "common/logging.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

ServerClock::ServerClock(const Database &db)
    : m_db(db.connection())
    , m_statement(QStringLiteral("SELECT ") + db.dialect().currentTimeMs())
{ }

QDateTime ServerClock::now() const
{
    QSqlQuery query(m_db);
    if (query.exec(m_statement) && query.next())
        return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    qCWarning(lcStore) << "could not read the database server's clock:" << query.lastError().text();
    return QDateTime::currentDateTimeUtc();
}

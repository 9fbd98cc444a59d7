// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// ON CONFLICT … DO NOTHING: SQLite 3.24+ and PostgreSQL alike.
const QString insertStatement = QStringLiteral(
    "INSERT INTO optouts (e164, reason, added_at, source, campaign_id) VALUES (:e164, :reason, :at, :source, "
    ":campaign) ON CONFLICT (e164) DO NOTHING");

OptOut optOutFromRow(const QSqlQuery &q)
{
    OptOut o =
        OptOut::make(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString());
    if (!q.value(4).isNull())
        o.campaignId = q.value(4).toLongLong();
    return o;
}
} // namespace

Result<bool> OptOutRepository::add(const OptOut &o)
{
    return Adder(m_db).add(o);
}

OptOutRepository::Adder::Adder(Database &db)
    : m_query(db.connection())
{
    m_prepared = m_query.prepare(insertStatement);
}

Result<bool> OptOutRepository::Adder::add(const OptOut &o)
{
    if (!m_prepared)
        return Error::failed(QCoreApplication::translate("OptOutRepository", "The store could not prepare a query: %1")
                                 .arg(m_query.lastError().text()));
    m_query.bindValue(QStringLiteral(":e164"), o.e164);
    m_query.bindValue(QStringLiteral(":reason"), o.reason.isNull() ? QStringLiteral("") : o.reason);
    m_query.bindValue(QStringLiteral(":at"), o.addedAt);
    m_query.bindValue(QStringLiteral(":source"), o.source.isEmpty() ? OptOut::sourceManual : o.source);
    m_query.bindValue(QStringLiteral(":campaign"),
                      o.campaignId ? QVariant(*o.campaignId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!m_query.exec())
        return sql::failure(m_query.lastError(),
                            QCoreApplication::translate("OptOutRepository", "The store refused a change: %1")
                                .arg(m_query.lastError().text()));
    const bool inserted = m_query.numRowsAffected() == 1;
    m_query.finish(); // reset, still prepared: nothing of it stays open across a commit
    return inserted;
}

Result<bool> OptOutRepository::remove(const QString &e164)
{
    auto removed =
        sql::run(m_db.connection(), QStringLiteral("DELETE FROM optouts WHERE e164 = :e164"), {{"e164", e164}});
    if (!removed)
        return removed.error();
    return removed->numRowsAffected() == 1;
}

Result<bool> OptOutRepository::removeIfFrom(const QString &e164, const QString &source)
{
    auto removed = sql::run(m_db.connection(), QStringLiteral("DELETE FROM optouts WHERE e164 = :e164 AND source = :s"),
                            {{"e164", e164}, {"s", source}});
    if (!removed)
        return removed.error();
    return removed->numRowsAffected() == 1;
}

Result<std::optional<OptOut>> OptOutRepository::find(const QString &e164) const
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT e164, reason, added_at, source, campaign_id FROM optouts WHERE e164 = :e164"),
                 {{"e164", e164}});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<OptOut>();
    return std::optional<OptOut>(optOutFromRow(*query));
}

Result<OptOutList> OptOutRepository::list() const
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT e164, reason, added_at, source, campaign_id FROM optouts ORDER BY e164"));
    if (!query)
        return query.error();
    OptOutList list;
    while (query->next())
        list.append(optOutFromRow(*query));
    return list;
}

Result<qint64> OptOutRepository::count() const
{
    auto count = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM optouts"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<bool> OptOutRepository::contains(const QString &e164) const
{
    auto found = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM optouts WHERE e164 = :e164"),
                             {{"e164", e164}});
    if (!found)
        return found.error();
    return found->toLongLong() > 0;
}

Result<QString> OptOutRepository::version() const
{
    auto query = sql::run(m_db.connection(), QStringLiteral("SELECT COUNT(*), MAX(added_at) FROM optouts"));
    if (!query)
        return query.error();
    if (!query->next())
        return QString();
    return QStringLiteral("%1/%2").arg(query->value(0).toLongLong()).arg(query->value(1).toLongLong());
}

Result<QSet<QString>> OptOutRepository::optedOutAmong(const QStringList &numbers) const
{
    QSet<QString> found;
    constexpr qsizetype slice = 500; // well under SQLite's and PostgreSQL's bound-parameter limits
    for (qsizetype from = 0; from < numbers.size(); from += slice) {
        const qsizetype n = std::min(slice, numbers.size() - from);
        QStringList placeholders;
        for (qsizetype i = 0; i < n; ++i)
            placeholders.append(QStringLiteral(":n%1").arg(i));
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(
                QStringLiteral("SELECT e164 FROM optouts WHERE e164 IN (%1)").arg(placeholders.join(QLatin1Char(',')))))
            return Error::failed(
                QCoreApplication::translate("OptOutRepository", "The store could not look up opt-outs: %1")
                    .arg(query.lastError().text()));
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(placeholders.at(i), numbers.at(from + i));
        if (!query.exec())
            return Error::failed(
                QCoreApplication::translate("OptOutRepository", "The store could not look up opt-outs: %1")
                    .arg(query.lastError().text()));
        while (query.next())
            found.insert(query.value(0).toString());
    }
    return found;
}

Result<QStringList> OptOutRepository::allNumbers() const
{
    auto query = sql::run(m_db.connection(), QStringLiteral("SELECT e164 FROM optouts"));
    if (!query)
        return query.error();
    QStringList numbers;
    while (query->next())
        numbers.append(query->value(0).toString());
    return numbers;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace {

const QString selectCarrierColumns = QStringLiteral("SELECT id, name, base_url, account_sid, secret_ref, rate_limit, "
                                                    "max_in_flight, enabled, ca_file, notes, created_at, updated_at, "
                                                    "confirm_stop FROM carriers ");

Carrier carrierFromRow(const QSqlQuery &q)
{
    Carrier c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.baseUrl = q.value(2).toString();
    c.accountSid = q.value(3).toString();
    c.secretRef = q.value(4).toString();
    c.rateLimit = q.value(5).toDouble();
    c.maxInFlight = q.value(6).toInt();
    c.enabled = q.value(7).toInt() != 0;
    c.caFile = q.value(8).toString();
    c.notes = q.value(9).toString();
    c.createdAt = q.value(10).toLongLong();
    c.updatedAt = q.value(11).toLongLong();
    c.confirmStopReplies = q.value(12).toInt() != 0;
    return c;
}

Result<std::optional<Carrier>> one(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Carrier>();
    return std::optional<Carrier>(carrierFromRow(*query));
}

} // namespace

Result<CarrierList> CarrierRepository::list() const
{
    auto query = sql::run(m_db.connection(), selectCarrierColumns + QStringLiteral("ORDER BY name"));
    if (!query)
        return query.error();
    CarrierList carriers;
    while (query->next())
        carriers.append(carrierFromRow(*query));
    return carriers;
}

Result<std::optional<Carrier>> CarrierRepository::findById(qint64 id) const
{
    return one(sql::run(m_db.connection(), selectCarrierColumns + QStringLiteral("WHERE id = :id"), {{"id", id}}));
}

Result<std::optional<Carrier>> CarrierRepository::findByName(const QString &name) const
{
    return one(
        sql::run(m_db.connection(), selectCarrierColumns + QStringLiteral("WHERE name = :name"), {{"name", name}}));
}

Result<Carrier> CarrierRepository::insert(Carrier c)
{
    auto id =
        sql::scalar(m_db.connection(),
                    QStringLiteral("INSERT INTO carriers (name, base_url, account_sid, secret_ref, rate_limit, "
                                   "max_in_flight, enabled, ca_file, notes, created_at, updated_at, confirm_stop) "
                                   "VALUES (:name, :url, :sid, :ref, :rate, :inflight, :enabled, :ca, :notes, "
                                   ":created, :updated, :confirm) RETURNING id"),
                    {{"name", c.name},
                     {"url", c.baseUrl},
                     {"sid", c.accountSid},
                     {"ref", c.secretRef},
                     {"rate", c.rateLimit},
                     {"inflight", c.maxInFlight},
                     {"enabled", c.enabled ? 1 : 0},
                     {"ca", c.caFile},
                     {"notes", c.notes},
                     {"created", c.createdAt},
                     {"updated", c.updatedAt},
                     {"confirm", c.confirmStopReplies ? 1 : 0}});
    if (!id)
        return id.error();
    c.id = id->toLongLong();
    return c;
}

Status CarrierRepository::update(const Carrier &c)
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE carriers SET name = :name, base_url = :url, account_sid = :sid, "
                                         "secret_ref = :ref, rate_limit = :rate, max_in_flight = :inflight, "
                                         "enabled = :enabled, ca_file = :ca, notes = :notes, updated_at = :updated, "
                                         "confirm_stop = :confirm WHERE id = :id"),
                          {{"name", c.name},
                           {"url", c.baseUrl},
                           {"sid", c.accountSid},
                           {"ref", c.secretRef},
                           {"rate", c.rateLimit},
                           {"inflight", c.maxInFlight},
                           {"enabled", c.enabled ? 1 : 0},
                           {"ca", c.caFile},
                           {"notes", c.notes},
                           {"updated", c.updatedAt},
                           {"confirm", c.confirmStopReplies ? 1 : 0},
                           {"id", c.id}});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("CarrierRepository", "Carrier %1 no longer exists.").arg(c.id));
    return {};
}

Status CarrierRepository::remove(qint64 id)
{
    auto query = sql::run(m_db.connection(), QStringLiteral("DELETE FROM carriers WHERE id = :id"), {{"id", id}});
    if (!query)
        return query.error();
    return {};
}

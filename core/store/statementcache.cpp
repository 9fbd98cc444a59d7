// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "statementcache.h"

#include <utility>

namespace {

/// More distinct statements than this means texts that vary (IN lists of every length): start
/// over rather than grow without bound.
constexpr qsizetype maxKeptStatements = 64;

} // namespace

StatementCache::Lease::Lease(StatementCache *cache, QString statement, QSqlQuery query, bool prepared)
    : m_cache(cache)
    , m_statement(std::move(statement))
    , m_query(std::move(query))
    , m_prepared(prepared)
{ }

StatementCache::Lease::Lease(Lease &&other) noexcept
    : m_cache(std::exchange(other.m_cache, nullptr))
    , m_statement(std::move(other.m_statement))
    , m_query(std::move(other.m_query))
    , m_prepared(other.m_prepared)
{ }

StatementCache::Lease::~Lease()
{
    if (m_cache && m_prepared)
        m_cache->giveBack(m_statement, std::move(m_query));
}

StatementCache::StatementCache(const QSqlDatabase &connection, bool keep)
    : m_connection(connection)
    , m_keep(keep)
{ }

StatementCache::~StatementCache() = default;

StatementCache::Lease StatementCache::prepare(const QString &statement)
{
    if (m_keep) {
        auto kept = m_free.find(statement);
        if (kept != m_free.end()) {
            QSqlQuery query = std::move(*kept);
            m_free.erase(kept);
            return Lease(this, statement, std::move(query), true);
        }
    }
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(statement);
    return Lease(this, statement, std::move(query), prepared);
}

void StatementCache::clear()
{
    m_free.clear();
}

void StatementCache::giveBack(const QString &statement, QSqlQuery query)
{
    if (!m_keep || m_free.contains(statement))
        return; // a nested use's second copy: dropped
    query.finish(); // reset: no read snapshot held between uses
    if (m_free.size() >= maxKeptStatements)
        m_free.clear();
    m_free.insert(statement, std::move(query));
}

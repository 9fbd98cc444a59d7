// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutrepository.h"

#include "common/logging.h"
#include "database.h"
#include "multirowinsert.h"
#include "sql.h"
#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// ON CONFLICT … DO NOTHING: SQLite 3.24+ and PostgreSQL alike.
const QString insertStatement = QStringLiteral(
    "INSERT INTO optouts (e164, reason, added_at, source, campaign_id) VALUES (:e164, :reason, :at, :source, "
    ":campaign) ON CONFLICT (e164) DO NOTHING");

// The import's rows: source and time are the same for every row, bound once.
const QString importInsertSql =
    QStringLiteral("INSERT INTO optouts (e164, reason, added_at, source, import_id) VALUES (?, ?, ?, ?, ?)");
const QString importConflictSql = QStringLiteral(" ON CONFLICT (e164) DO NOTHING");
constexpr int importColumns = 5;
/// Rows per multi-row INSERT on PostgreSQL: 2,500 values a statement, far below its 65,535.
constexpr int importRowsPerStatement = 500;
constexpr int optOutImportCacheKiB = 64 * 1024;
constexpr int optOutImportCheckpointPages = 16384; // 64 MiB of 4 KiB pages

/// INSERT … VALUES (?, …), (?, …) ON CONFLICT … for `rows` rows.
QString importInsertRowsSql(int rows)
{
    const QString row =
        QLatin1Char('(') + QStringList(importColumns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return importInsertSql.left(importInsertSql.indexOf(QLatin1String("VALUES")) + 7)
        + QStringList(rows, row).join(QLatin1Char(',')) + importConflictSql;
}

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

struct OptOutRepository::ImportInserter::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    QString reason; ///< the reason bound now: most files give every number the same one

    ~Native() { sqlite3_finalize(insert); }

    /// `message` ("The store could not …: %1") is marked with QT_TRANSLATE_NOOP("OptOutRepository", …).
    Error error(const char *message) const
    {
        Error e = Error::failed(
            QCoreApplication::translate("OptOutRepository", message).arg(QString::fromUtf8(sqlite3_errmsg(db))));
        e.storeCode = sqlite3_extended_errcode(db);
        return e;
    }
};

OptOutRepository::ImportInserter::ImportInserter(Database &db, qint64 importId, qint64 addedAt)
    : m_db(db)
    , m_importId(importId)
    , m_addedAt(addedAt)
{ }

OptOutRepository::ImportInserter::~ImportInserter()
{
    m_native.reset();
    m_query.reset();
    m_rows.reset();
    m_cacheSize.reset();
    m_autoCheckpoint.reset();
}

Status OptOutRepository::ImportInserter::prepare()
{
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres) {
        m_rows = std::make_unique<MultiRowInsert>(m_db.connection(), importColumns, importRowsPerStatement,
                                                  importInsertRowsSql);
        return {};
    }
    // The primary key's B-tree of a million numbers is about 30 MB: in the default 2 MB cache
    // nearly every insert read and wrote pages back and forth through the WAL (measured: most
    // of the old import's time was the kernel's pread and pwrite).
    m_cacheSize.emplace(m_db, QStringLiteral("cache_size"), -optOutImportCacheKiB);
    // Not a checkpoint (a copy into the database file and a sync) at nearly every slice's commit.
    m_autoCheckpoint.emplace(m_db, QStringLiteral("wal_autocheckpoint"), optOutImportCheckpointPages);
    const QString statement = importInsertSql + importConflictSql;
    if (sqlite3 *handle = m_db.sqliteHandle()) {
        auto native = std::make_unique<Native>();
        native->db = handle;
        const QByteArray text = statement.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &native->insert, nullptr) != SQLITE_OK)
            return native->error(
                QT_TRANSLATE_NOOP("OptOutRepository", "The store could not prepare the import's inserts: %1"));
        sqlite3_bind_int64(native->insert, 3, m_addedAt);
        sqlite3_bind_text16(native->insert, 4, OptOut::sourceImport.constData(), int(OptOut::sourceImport.size() * 2),
                            SQLITE_TRANSIENT);
        sqlite3_bind_int64(native->insert, 5, m_importId);
        m_native = std::move(native);
        return {};
    }
    qCWarning(lcStore) << "no sqlite3 handle from the driver; the opt-out import uses the slower QtSql path";
    m_query = std::make_unique<QSqlQuery>(m_db.connection());
    if (!m_query->prepare(statement))
        return Error::failed(
            QCoreApplication::translate("OptOutRepository", "The store could not prepare the import's inserts: %1")
                .arg(m_query->lastError().text()));
    return {};
}

Status OptOutRepository::ImportInserter::add(QStringView e164, const QString &reason)
{
    if (m_native) {
        sqlite3_stmt *s = m_native->insert;
        if (m_native->reason.isNull() || reason != m_native->reason) {
            m_native->reason = reason.isNull() ? QStringLiteral("") : reason;
            // The QString kept in Native outlives every step that uses this binding.
            static const char16_t empty[] = u"";
            if (m_native->reason.isEmpty())
                sqlite3_bind_text16(s, 2, empty, 0, SQLITE_STATIC);
            else
                sqlite3_bind_text16(s, 2, m_native->reason.constData(), int(m_native->reason.size() * 2),
                                    SQLITE_STATIC);
        }
        sqlite3_bind_text16(s, 1, e164.data(), int(e164.size() * 2), SQLITE_STATIC);
        const int rc = sqlite3_step(s);
        const int changes = sqlite3_changes(m_native->db);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            return m_native->error(QT_TRANSLATE_NOOP("OptOutRepository", "The store refused a change: %1"));
        m_added += changes;
        return {};
    }
    const QVariantList values {e164.toString(), reason.isNull() ? QStringLiteral("") : reason, m_addedAt,
                               OptOut::sourceImport, m_importId};
    if (m_rows)
        return m_rows->add(values) ? flush() : Status();
    QSqlQuery &q = *m_query;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sql::failure(q.lastError(),
                            QCoreApplication::translate("OptOutRepository", "The store refused a change: %1")
                                .arg(q.lastError().text()));
    m_added += q.numRowsAffected() == 1 ? 1 : 0;
    q.finish();
    return {};
}

void OptOutRepository::ImportInserter::checkpoint()
{
    if (!m_native)
        return;
    // data_version moves when another connection committed: someone else writes, so the copy is
    // made at once. Alone, every eighth slice (each sync costs; the WAL stays under ~20 MB).
    qint64 version = -1;
    if (auto v = sql::scalar(m_db.connection(), QStringLiteral("PRAGMA data_version")))
        version = v->toLongLong();
    const bool othersWrite = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (!othersWrite && ++m_slicesSinceCheckpoint < 8)
        return;
    m_slicesSinceCheckpoint = 0;
    sqlite3_wal_checkpoint_v2(m_native->db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

Status OptOutRepository::ImportInserter::flush()
{
    if (!m_rows)
        return {};
    auto sent =
        m_rows->send("OptOutRepository", QT_TRANSLATE_NOOP("OptOutRepository", "The store refused a change: %1"));
    if (!sent)
        return sent.error();
    m_added += *sent; // ON CONFLICT DO NOTHING: only the rows inserted
    return {};
}

Result<qint64> OptOutRepository::startImport(const QString &sourceFile, const QString &host, qint64 pid, qint64 now)
{
    auto id = sql::scalar(
        m_db.connection(),
        QStringLiteral("INSERT INTO optout_imports (source_file, state, host, pid, started_at, "
                       "heartbeat_at) VALUES (:file, 'importing', :host, :pid, :started, :beat) RETURNING id"),
        {{"file", sourceFile}, {"host", host}, {"pid", pid}, {"started", now}, {"beat", now}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<bool> OptOutRepository::importHeartbeat(qint64 importId, qint64 now)
{
    auto beat =
        sql::run(m_db.connection(), QStringLiteral("UPDATE optout_imports SET heartbeat_at = :now WHERE id = :id"),
                 {{"now", now}, {"id", importId}});
    if (!beat)
        return beat.error();
    return beat->numRowsAffected() == 1;
}

Result<bool> OptOutRepository::finishImport(qint64 importId, qint64 now)
{
    auto done = sql::run(m_db.connection(),
                         QStringLiteral("UPDATE optout_imports SET state = 'done', heartbeat_at = :now WHERE id = :id"),
                         {{"now", now}, {"id", importId}});
    if (!done)
        return done.error();
    return done->numRowsAffected() == 1;
}

Result<QList<OptOutRepository::UnfinishedImport>> OptOutRepository::unfinishedImports() const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT id, host, pid, heartbeat_at FROM optout_imports "
                                         "WHERE state = 'importing' ORDER BY id"));
    if (!query)
        return query.error();
    QList<UnfinishedImport> imports;
    while (query->next())
        imports.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong(),
                        query->value(3).toLongLong()});
    return imports;
}

Result<QStringList> OptOutRepository::importedNumbers(qint64 importId, const QString &after, int limit) const
{
    return sql::texts(sql::run(m_db.connection(),
                               QStringLiteral("SELECT e164 FROM optouts WHERE import_id = :id AND e164 > :after "
                                              "ORDER BY e164 LIMIT %1")
                                   .arg(limit),
                               {{"id", importId}, {"after", after}}));
}

Result<qint64> OptOutRepository::deleteImported(qint64 importId, const QString &first, const QString &last)
{
    auto deleted = sql::run(m_db.connection(),
                            QStringLiteral("DELETE FROM optouts WHERE e164 >= :first AND e164 <= :last "
                                           "AND import_id = :id"),
                            {{"first", first}, {"last", last}, {"id", importId}});
    if (!deleted)
        return deleted.error();
    return qint64(deleted->numRowsAffected());
}

Status OptOutRepository::forgetImport(qint64 importId)
{
    auto forgotten =
        sql::run(m_db.connection(), QStringLiteral("DELETE FROM optout_imports WHERE id = :id"), {{"id", importId}});
    if (!forgotten)
        return forgotten.error();
    return {};
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
        // Before every send batch: kept prepared (a batch size repeats, so does its statement).
        StatementCache::Lease lease = m_db.statements().prepare(
            QStringLiteral("SELECT e164 FROM optouts WHERE e164 IN (%1)").arg(placeholders.join(QLatin1Char(','))));
        QSqlQuery &query = lease.query();
        if (!lease.prepared())
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
    return sql::texts(sql::run(m_db.connection(), QStringLiteral("SELECT e164 FROM optouts")));
}

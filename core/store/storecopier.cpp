// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storecopier.h"

#include "common/logging.h"
#include "database.h"
#include "migrations.h"
#include "sql.h"
#include "storelocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

/// How the copy treats a table.
enum class TableKind {
    Rows, ///< copied row by row, ids kept
    Counters, ///< kept by triggers on the target too: cleared after the events went in, copied last
    Schema, ///< schema_version: written by the target's own migrations, compared, not copied
};

struct KnownTable
{
    const char *name;
    TableKind kind;
};

/// Every table of the schema, in a good copying order (parents before children; the order is
/// checked against the foreign keys anyway). A migration that adds a table must add it here:
/// a table missing from this list fails every copy (and TestStoreCopier::everyTableIsKnown).
const KnownTable knownTableList[] = {
    {"schema_version", TableKind::Schema},
    {"settings", TableKind::Rows},
    {"carriers", TableKind::Rows},
    {"rules", TableKind::Rows},
    {"campaigns", TableKind::Rows},
    {"campaign_events", TableKind::Rows},
    {"messages", TableKind::Rows},
    {"message_events", TableKind::Rows},
    {"import_rejects", TableKind::Rows},
    {"optout_imports", TableKind::Rows},
    {"optouts", TableKind::Rows},
    {"secrets", TableKind::Rows}, // refused when it holds any row (tokensInDatabase)
    {"secret_removals", TableKind::Rows},
    {"retired_provider_sids", TableKind::Rows},
    {"carrier_health", TableKind::Rows},
    {"inbound_messages", TableKind::Rows},
    {"dispatcher_lease", TableKind::Rows},
    {"dispatchers", TableKind::Rows},
    {"carrier_send_state", TableKind::Rows},
    {"traffic_minutes", TableKind::Counters},
    {"traffic_hours", TableKind::Counters},
};

std::optional<TableKind> kindOf(const QString &table)
{
    for (const KnownTable &known : knownTableList) {
        if (table == QLatin1String(known.name))
            return known.kind;
    }
    return std::nullopt;
}

int knownRank(const QString &table)
{
    int rank = 0;
    for (const KnownTable &known : knownTableList) {
        if (table == QLatin1String(known.name))
            return rank;
        ++rank;
    }
    return rank;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

/// The source, opened read-only: nothing this connection does can change the file (SQLite
/// refuses every write on it, and a read-only connection never checkpoints the WAL).
class ReadOnlySource final
{
public:
    ReadOnlySource()
        : m_name(QStringLiteral("smsrouter-copy-source-%1").arg(counter().fetchAndAddRelaxed(1)))
    { }
    ~ReadOnlySource()
    {
        if (m_db.isOpen()) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_db.close();
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlySource)

    Status open(const QString &path)
    {
        if (!QFileInfo::exists(path))
            return Error::notFound(
                QCoreApplication::translate("StoreCopier",
                                            "The store %1 does not exist. Name the store to copy with --db (or "
                                            "SMSROUTER_DB).")
                    .arg(path));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open())
            return Error::failed(
                QCoreApplication::translate("StoreCopier", "Could not open the store %1 for reading: %2")
                    .arg(path, m_db.lastError().text()));
        // One read transaction: every table is read from the same moment of the store, whatever
        // a dispatcher or window writes meanwhile.
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN")))
            return Error::failed(QCoreApplication::translate("StoreCopier", "Could not start reading the store %1: %2")
                                     .arg(path, begin.lastError().text()));
        return {};
    }

    const QSqlDatabase &db() const { return m_db; }

private:
    static QAtomicInteger<quint64> &counter()
    {
        static QAtomicInteger<quint64> next;
        return next;
    }

    QString m_name;
    QSqlDatabase m_db;
};

struct TablePlan
{
    QString name;
    TableKind kind = TableKind::Rows;
    QStringList columns;
    QStringList primaryKey;
    qint64 sourceRows = 0;
};

/// The first column of every row `statement` returns.
Result<QStringList> firstColumn(const QSqlDatabase &db, const QString &statement)
{
    auto query = sql::run(db, statement);
    if (!query)
        return query.error();
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

Result<QStringList> sqliteTables(const QSqlDatabase &db)
{
    return firstColumn(db,
                       QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                      "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
}

Result<QStringList> postgresTables(const QSqlDatabase &db)
{
    return firstColumn(db,
                       QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                      "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
}

/// Columns in declaration order, and the primary key's columns in key order.
Status readSqliteColumns(const QSqlDatabase &db, TablePlan &plan)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    auto query = sql::run(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(plan.name)));
    if (!query)
        return query.error();
    QList<std::pair<int, QString>> key;
    while (query->next()) {
        const QString column = query->value(QStringLiteral("name")).toString();
        if (!plainName.match(column).hasMatch())
            return Error::failed(QCoreApplication::translate(
                                     "StoreCopier",
                                     "The table %1 has a column “%2” that SMS Router did not create. Nothing was "
                                     "copied.")
                                     .arg(plan.name, column));
        plan.columns << column;
        if (const int position = query->value(QStringLiteral("pk")).toInt(); position > 0)
            key.append({position, column});
    }
    std::sort(key.begin(), key.end());
    for (const auto &[position, column] : std::as_const(key))
        plan.primaryKey << column;
    return {};
}

Result<QSet<QString>> postgresColumns(const QSqlDatabase &db, const QString &table)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "current_schema() AND table_name = :t"),
                          {{"t", table}});
    if (!query)
        return query.error();
    QSet<QString> columns;
    while (query->next())
        columns.insert(query->value(0).toString());
    return columns;
}

/// Tables in an order where each comes after every table its foreign keys name (SQLite's
/// PRAGMA foreign_key_list), ties broken by knownTableList's order; counters last.
Result<QStringList> copyOrder(const QSqlDatabase &source, const QStringList &tables)
{
    QHash<QString, QSet<QString>> parents;
    for (const QString &table : tables) {
        auto query = sql::run(source, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)));
        if (!query)
            return query.error();
        QSet<QString> &mine = parents[table];
        while (query->next()) {
            const QString parent = query->value(QStringLiteral("table")).toString();
            if (parent != table && tables.contains(parent))
                mine.insert(parent);
        }
    }
    QStringList remaining = tables;
    std::sort(remaining.begin(), remaining.end(), [](const QString &a, const QString &b) {
        const bool countersA = kindOf(a) == TableKind::Counters, countersB = kindOf(b) == TableKind::Counters;
        if (countersA != countersB)
            return countersB;
        return knownRank(a) < knownRank(b);
    });
    QStringList order;
    QSet<QString> placed;
    while (!remaining.isEmpty()) {
        const auto ready = std::find_if(remaining.begin(), remaining.end(), [&](const QString &table) {
            const QSet<QString> &mine = parents[table];
            return std::all_of(mine.begin(), mine.end(), [&](const QString &p) { return placed.contains(p); });
        });
        if (ready == remaining.end())
            return Error::failed(
                QCoreApplication::translate("StoreCopier",
                                            "The store's tables refer to each other in a circle (%1); the copy cannot "
                                            "order them. Nothing was copied.")
                    .arg(remaining.join(QStringLiteral(", "))));
        placed.insert(*ready);
        order << *ready;
        remaining.erase(ready);
    }
    return order;
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    auto count = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)));
    if (!count)
        return count.error();
    return count->toLongLong();
}

QString describeCounts(const QList<std::pair<QString, qint64>> &counts)
{
    QStringList parts;
    for (const auto &[table, rows] : counts)
        parts << QStringLiteral("%1: %2").arg(table, QLocale().toString(rows));
    return parts.join(QStringLiteral(", "));
}

/// The one INSERT statement of `rows` rows for `plan` (positional placeholders).
QString copyInsertStatement(const TablePlan &plan, int rows)
{
    QStringList names;
    for (const QString &column : plan.columns)
        names << quoted(column);
    const QString one = QLatin1Char('(') + QStringList(plan.columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(plan.name), names.join(QStringLiteral(", ")), QStringList(rows, one).join(QLatin1Char(',')));
}

/// A value as read from SQLite, as it must be bound for PostgreSQL: SQL NULL stays NULL, and an
/// empty text stays an empty text (Qt's drivers bind a null QString as NULL).
QVariant bindable(const QVariant &value)
{
    if (value.isNull())
        return QVariant();
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

} // namespace

bool StoreCopyReport::countsMatch() const
{
    return std::all_of(tables.cbegin(), tables.cend(), [](const StoreCopyTable &t) { return t.matches(); });
}

StoreCopier::StoreCopier(QString source, QString target, Options options)
    : m_source(std::move(source))
    , m_target(std::move(target))
    , m_options(options)
{ }

StoreCopier::StoreCopier(QString source, QString target)
    : StoreCopier(std::move(source), std::move(target), Options())
{ }

QStringList StoreCopier::knownTables()
{
    QStringList tables;
    for (const KnownTable &known : knownTableList)
        tables << QString::fromLatin1(known.name);
    return tables;
}

Result<StoreCopyReport> StoreCopier::run(const Progress &progress)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const Clock &clock = m_options.clock ? *m_options.clock : SystemClock::instance();

    auto sourceLocation = StoreLocation::parse(m_source);
    if (!sourceLocation)
        return sourceLocation.error();
    if (sourceLocation->isPostgres())
        return Error::invalid(
            QCoreApplication::translate("StoreCopier",
                                        "The store %1 is already on a PostgreSQL server. store copy moves a store file "
                                        "(SQLite) to a server; to copy one PostgreSQL database to another use pg_dump.")
                .arg(m_source));
    auto targetLocation = StoreLocation::parse(m_target);
    if (!targetLocation)
        return targetLocation.error();
    if (!targetLocation->isPostgres())
        return Error::invalid(
            QCoreApplication::translate("StoreCopier",
                                        "“%1” is not a PostgreSQL server. store copy moves the store to a server: give "
                                        "--to postgresql://user@host:5432/dbname.")
                .arg(m_target));

    // --- The source: read-only, one snapshot, checked before the target is touched.
    ReadOnlySource source;
    if (auto opened = source.open(m_source); !opened)
        return opened.error();
    const QSqlDatabase &src = source.db();
    auto sourceTables = sqliteTables(src);
    if (!sourceTables)
        return Error::invalid(
            QCoreApplication::translate("StoreCopier",
                                        "%1 could not be read as an SMS Router store (%2). It was left untouched.")
                .arg(m_source, sourceTables.errorMessage()));
    if (!sourceTables->contains(QStringLiteral("schema_version")))
        return Error::invalid(
            QCoreApplication::translate(
                "StoreCopier", "%1 is not an SMS Router store (it has no schema_version table). It was left untouched.")
                .arg(m_source));
    const int latest = migrations::latestVersion();
    const int sourceVersion =
        sql::scalar(src, QStringLiteral("SELECT MAX(version) FROM schema_version")).value_or(0).toInt();
    if (sourceVersion > latest)
        return Error::invalid(QCoreApplication::translate(
                                  "StoreCopier",
                                  "%1 was written by a newer SMS Router (schema %2; this version knows up to %3). "
                                  "Copy it with that version.")
                                  .arg(m_source)
                                  .arg(sourceVersion)
                                  .arg(latest));
    if (sourceVersion < latest)
        return Error::invalid(QCoreApplication::translate(
                                  "StoreCopier",
                                  "The store %1 is at schema %2, not %3. Open it once with this version of SMS "
                                  "Router (for example smsrouter-cli carrier list --db FILE) to upgrade it, then copy "
                                  "it.")
                                  .arg(m_source)
                                  .arg(sourceVersion)
                                  .arg(latest));
    for (const QString &table : std::as_const(*sourceTables)) {
        if (!kindOf(table))
            return Error::failed(QCoreApplication::translate(
                                     "StoreCopier",
                                     "The store holds a table “%1” that store copy does not know how to copy, so "
                                     "nothing was copied. This is a fault in SMS Router: every table a migration "
                                     "adds must be taught to the copy (StoreCopier). Please report it.")
                                     .arg(table));
    }

    // Tokens: a shared server must never hold them in plain text (README, "Team mode").
    {
        const qint64 tokens = sql::scalar(src, QStringLiteral("SELECT COUNT(*) FROM secrets")).value_or(0).toLongLong();
        const qint64 carriersInDatabase =
            sql::scalar(src, QStringLiteral("SELECT COUNT(*) FROM carriers WHERE secret_ref LIKE 'database:%'"))
                .value_or(0)
                .toLongLong();
        // (The setting alone, with no token in the database, is copied: a server store ignores it,
        // Settings::secretBackend.)
        if (tokens > 0 || carriersInDatabase > 0) {
            Error refused = Error::invalid(QCoreApplication::translate(
                "StoreCopier",
                "This store keeps carrier tokens in its own database, unencrypted. A shared PostgreSQL server "
                "must never hold them in plain text, so store copy refuses them and nothing was copied. Move "
                "them to the system keychain first: choose “System keychain” under Settings → Keep tokens in "
                "(or run with --secret-store keychain), enter each carrier's token again (Carriers → Edit, or "
                "smsrouter-cli carrier update NAME --token-stdin), then copy again."));
            refused.code = TokensInDatabaseCode;
            return refused;
        }
    }

    // A dispatcher sending from the source now would go on after the snapshot: whatever it sends
    // then would be sent a second time from the copy.
    if (auto lease = sql::run(src, QStringLiteral("SELECT host, pid, holder, heartbeat_at FROM dispatcher_lease"));
        lease && lease->next()) {
        const QString host = lease->value(0).toString();
        const qint64 pid = lease->value(1).toLongLong();
        const qint64 heartbeat = lease->value(3).toLongLong();
        const bool live = clock.nowMs() - heartbeat <= m_options.leaseStaleAfter.count();
        const bool own = host == QHostInfo::localHostName() && pid == QCoreApplication::applicationPid();
        if (live && !(own && m_options.allowOwnDispatcher)) {
            Error refused = Error::invalid(
                QCoreApplication::translate(
                    "StoreCopier",
                    "%1 (pid %2 on %3) holds this store for sending. Stop it first (quit that window, or stop "
                    "smsrouter-cli dispatch): what it sends after the copy began would be sent again from the new "
                    "store. Nothing was copied.")
                    .arg(lease->value(2).toString())
                    .arg(pid)
                    .arg(host));
            refused.code = SourceInUseCode;
            return refused;
        }
    }

    QList<TablePlan> plans;
    {
        auto order = copyOrder(src, *sourceTables);
        if (!order)
            return order.error();
        for (const QString &table : std::as_const(*order)) {
            TablePlan plan;
            plan.name = table;
            plan.kind = *kindOf(table);
            if (auto columns = readSqliteColumns(src, plan); !columns)
                return columns.error();
            auto rows = countRows(src, table);
            if (!rows)
                return rows.error();
            plan.sourceRows = *rows;
            plans << plan;
        }
    }

    // --- The target: the schema from the migrations, then every row in one transaction.
    auto opened = Database::open(m_target, Database::OpenMode::Migrate);
    if (!opened)
        return opened.error();
    Database &target = **opened;
    const QSqlDatabase &dst = target.connection();
    if (target.schemaVersion() != sourceVersion)
        return Error::failed(QCoreApplication::translate(
                                 "StoreCopier", "The target is at schema %1, the store at %2. Nothing was copied.")
                                 .arg(target.schemaVersion())
                                 .arg(sourceVersion));
    auto targetTables = postgresTables(dst);
    if (!targetTables)
        return targetTables.error();
    for (const QString &table : std::as_const(*targetTables)) {
        if (!kindOf(table))
            return Error::failed(QCoreApplication::translate(
                                     "StoreCopier",
                                     "The target holds a table “%1” that store copy does not know how to copy, so "
                                     "nothing was copied. This is a fault in SMS Router: every table a migration "
                                     "adds must be taught to the copy (StoreCopier). Please report it.")
                                     .arg(table));
    }
    for (const TablePlan &plan : std::as_const(plans)) {
        if (!targetTables->contains(plan.name))
            return Error::failed(
                QCoreApplication::translate(
                    "StoreCopier",
                    "The target has no table %1 although it is at the store's schema. Nothing was copied.")
                    .arg(plan.name));
        auto columns = postgresColumns(dst, plan.name);
        if (!columns)
            return columns.error();
        const QSet<QString> sourceColumns(plan.columns.cbegin(), plan.columns.cend());
        if (*columns != sourceColumns)
            return Error::failed(QCoreApplication::translate(
                                     "StoreCopier",
                                     "The table %1 has other columns on the target than in the store. Nothing was "
                                     "copied.")
                                     .arg(plan.name));
    }
    for (const QString &table : std::as_const(*targetTables)) {
        if (!sourceTables->contains(table))
            return Error::failed(
                QCoreApplication::translate("StoreCopier",
                                            "The target has a table %1 the store does not have. Nothing was copied.")
                    .arg(table));
    }

    auto transaction = Transaction::begin(target);
    if (!transaction)
        return transaction.error();
    // Nobody else writes to the target until the copy commits or rolls back; readers may read.
    {
        QStringList all;
        for (const TablePlan &plan : std::as_const(plans))
            all << quoted(plan.name);
        // (Not a prepared statement: PostgreSQL prepares no LOCK.)
        QSqlQuery lock(dst);
        if (!lock.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(all.join(QStringLiteral(", ")))))
            return sql::failure(lock.lastError(),
                                QCoreApplication::translate("StoreCopier", "Could not lock the target's tables: %1")
                                    .arg(lock.lastError().text()));
    }
    {
        QList<std::pair<QString, qint64>> filled;
        for (const TablePlan &plan : std::as_const(plans)) {
            if (plan.kind == TableKind::Schema)
                continue;
            auto rows = countRows(dst, plan.name);
            if (!rows)
                return rows.error();
            if (*rows > 0)
                filled.append({plan.name, *rows});
        }
        if (!filled.isEmpty()) {
            Error refused = Error::invalid(
                QCoreApplication::translate("StoreCopier",
                                            "The database %1 already holds an SMS Router store (%2). store copy only "
                                            "fills an empty database, so nothing was changed. Create a new "
                                            "database (createdb NAME) and copy into it.")
                    .arg(targetLocation->text(), describeCounts(filled)));
            refused.code = TargetNotEmptyCode;
            return refused;
        }
    }

    // The target's triggers (the dashboard's counters, change notifications) are switched off for
    // the copy's transaction: the counters are copied as they are, and counting 100,000s of events
    // again row by row, each an update of the same few counter rows, took minutes. Only the owner
    // of the tables may do this; for anyone else the triggers run, and what they counted is
    // cleared before the counters are copied (below), so the result is the same, only slower.
    QStringList triggersOff;
    {
        QSqlQuery alter(dst);
        alter.exec(QStringLiteral("SAVEPOINT copy_triggers"));
        for (const TablePlan &plan : std::as_const(plans)) {
            if (plan.kind == TableKind::Schema)
                continue;
            if (!alter.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(plan.name)))) {
                qCInfo(lcStore) << "store copy: triggers stay on:" << alter.lastError().text();
                alter.exec(QStringLiteral("ROLLBACK TO SAVEPOINT copy_triggers"));
                triggersOff.clear();
                break;
            }
            triggersOff << plan.name;
        }
        alter.exec(QStringLiteral("RELEASE SAVEPOINT copy_triggers"));
    }

    StoreCopyProgress where;
    for (const TablePlan &plan : std::as_const(plans)) {
        if (plan.kind != TableKind::Schema)
            where.total += plan.sourceRows;
    }
    const auto cancelled = [] {
        Error e = Error::failed(
            QCoreApplication::translate("StoreCopier", "The copy was cancelled. The target was left empty."));
        e.code = CancelledCode;
        return e;
    };
    if (progress && !progress(where))
        return cancelled();

    StoreCopyReport report;
    report.source = m_source;
    report.target = targetLocation->text();
    report.schemaVersion = sourceVersion;
    const int batch = std::max(1, m_options.batchRows);
    for (const TablePlan &plan : std::as_const(plans)) {
        if (plan.kind == TableKind::Schema)
            continue;
        where.table = plan.name;
        if (plan.kind == TableKind::Counters) {
            // The events copied above went through the target's counting trigger: drop what it
            // added, the source's own counters follow.
            if (auto cleared = sql::run(dst, QStringLiteral("DELETE FROM %1").arg(quoted(plan.name))); !cleared)
                return cleared.error();
        }
        QSqlQuery read(src);
        read.setForwardOnly(true);
        QStringList names;
        for (const QString &column : plan.columns)
            names << quoted(column);
        QStringList order;
        for (const QString &column : plan.primaryKey)
            order << quoted(column);
        const QString select =
            QStringLiteral("SELECT %1 FROM %2%3")
                .arg(names.join(QStringLiteral(", ")), quoted(plan.name),
                     order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")));
        if (!read.exec(select))
            return Error::failed(
                QCoreApplication::translate("StoreCopier", "Could not read the table %1 of the store: %2")
                    .arg(plan.name, read.lastError().text()));

        QSqlQuery fullInsert(dst);
        bool fullPrepared = false;
        QList<QVariant> pending;
        pending.reserve(batch * plan.columns.size());
        int pendingRows = 0;
        const auto flush = [&]() -> Status {
            if (pendingRows == 0)
                return {};
            QSqlQuery partial(dst);
            QSqlQuery *insert = &fullInsert;
            if (pendingRows == batch) {
                if (!fullPrepared) {
                    if (!fullInsert.prepare(copyInsertStatement(plan, batch)))
                        return Error::failed(
                            QCoreApplication::translate("StoreCopier", "Could not prepare the copy of %1: %2")
                                .arg(plan.name, fullInsert.lastError().text()));
                    fullPrepared = true;
                }
            } else {
                insert = &partial;
                if (!partial.prepare(copyInsertStatement(plan, pendingRows)))
                    return Error::failed(
                        QCoreApplication::translate("StoreCopier", "Could not prepare the copy of %1: %2")
                            .arg(plan.name, partial.lastError().text()));
            }
            for (int i = 0; i < pending.size(); ++i)
                insert->bindValue(i, pending.at(i));
            if (!insert->exec())
                return sql::failure(insert->lastError(),
                                    QCoreApplication::translate("StoreCopier", "The target refused a row of %1: %2")
                                        .arg(plan.name, insert->lastError().text()));
            where.copied += pendingRows;
            pending.clear();
            pendingRows = 0;
            if (progress && !progress(where))
                return cancelled();
            return {};
        };
        const int columns = int(plan.columns.size());
        while (read.next()) {
            for (int c = 0; c < columns; ++c)
                pending << bindable(read.value(c));
            if (++pendingRows == batch) {
                if (auto flushed = flush(); !flushed)
                    return flushed.error();
            }
        }
        if (read.lastError().isValid())
            return Error::failed(
                QCoreApplication::translate("StoreCopier", "Could not read the table %1 of the store: %2")
                    .arg(plan.name, read.lastError().text()));
        if (auto flushed = flush(); !flushed)
            return flushed.error();
    }

    // Back on before the commit (a rollback would put them back by itself).
    for (const QString &table : std::as_const(triggersOff)) {
        QSqlQuery alter(dst);
        if (!alter.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table))))
            return sql::failure(alter.lastError(),
                                QCoreApplication::translate("StoreCopier",
                                                            "Could not switch the triggers of %1 "
                                                            "back on: %2")
                                    .arg(table, alter.lastError().text()));
    }

    // Identity columns: the copied ids were given explicitly, so each sequence still stands at
    // its start; the next insert would take id 1 and collide.
    {
        auto identities = sql::run(dst,
                                   QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                                  " WHERE table_schema = current_schema() AND is_identity = "
                                                  "'YES'"));
        if (!identities)
            return identities.error();
        QList<std::pair<QString, QString>> columns;
        while (identities->next())
            columns.append({identities->value(0).toString(), identities->value(1).toString()});
        for (const auto &[table, column] : std::as_const(columns)) {
            auto moved = sql::run(dst,
                                  QStringLiteral("SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX(%1), 0) "
                                                 "+ 1, false) FROM %2")
                                      .arg(quoted(column), quoted(table)),
                                  {{"t", table}, {"c", column}});
            if (!moved)
                return moved.error();
        }
    }

    // Counted again on the target, inside the transaction: a difference rolls everything back.
    for (const TablePlan &plan : std::as_const(plans)) {
        if (plan.kind == TableKind::Schema)
            continue;
        auto rows = countRows(dst, plan.name);
        if (!rows)
            return rows.error();
        report.tables.append({plan.name, plan.sourceRows, *rows});
        report.rows += *rows;
    }
    if (!report.countsMatch()) {
        QList<std::pair<QString, qint64>> differing;
        for (const StoreCopyTable &t : std::as_const(report.tables)) {
            if (!t.matches())
                differing.append({t.name, t.targetRows - t.sourceRows});
        }
        return Error::failed(QCoreApplication::translate(
                                 "StoreCopier",
                                 "After the copy the row counts differ (%1, target minus store). Nothing was kept on "
                                 "the target.")
                                 .arg(describeCounts(differing)));
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    report.elapsed = std::chrono::milliseconds(elapsed.elapsed());
    qCInfo(lcStore) << "copied" << report.rows << "rows to" << report.target << "in" << report.elapsed.count() << "ms";
    return report;
}

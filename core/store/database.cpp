// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "database.h"

#include "common/logging.h"
#include "migrations.h"
#include "sql.h"
#include "sqliteallocator.h"
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <mutex>

namespace {

constexpr std::chrono::milliseconds defaultBusyTimeout(5000);

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("smsrouter-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Creates an empty store file readable by its owner only. SQLite gives its -wal and -shm
/// files the same mode, so the tokens of the database backend never become world-readable.
Status createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::failed(
            QCoreApplication::translate("Database",
                                        "Could not create the folder %1 for the store. Check that you may write "
                                        "there, or choose another file with --db.")
                .arg(info.absolutePath()));
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        return Error::failed(
            QCoreApplication::translate("Database",
                                        "Could not create the store %1: %2. Check the folder's permissions, or "
                                        "choose another file with --db.")
                .arg(path, QString::fromLocal8Bit(strerror(errno))));
    if (fd >= 0)
        ::close(fd);
    return {};
}

/// Reads the 16-byte SQLite header without opening the file through SQLite, so that a file
/// which is not a database is never touched.
Status checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(
            QCoreApplication::translate("Database", "Could not read the store %1: %2.").arg(path, file.errorString()));
    if (file.size() == 0)
        return {};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return Error::invalid(
            QCoreApplication::translate("Database",
                                        "%1 is not an SMS Router store: it is not a SQLite database. It was left "
                                        "untouched. Choose another file with --db (or SMSROUTER_DB).")
                .arg(path));
    return {};
}

/// Store files this process has open through SQLite, and how many connections each.
///
/// Why: POSIX record locks belong to the process, and closing any descriptor of a file drops
/// every lock the process holds on it, SQLite's included (sqlite.org/howtocorrupt.html §2.2).
/// Reading the header with a plain descriptor while another connection of this process (the
/// dispatcher's thread, the delivery log's worker) has the store open dropped that
/// connection's locks: another process then saw itself as the last user, checkpointed and
/// deleted the WAL under it, and committed messages were lost. So the header is read only
/// while this process has no connection to the file, under this lock.
QMutex openStoresMutex;
QHash<QString, int> openStores;

} // namespace

Database::Database(QSqlDatabase db, StoreLocation location, QString connectionName, QString storeKey)
    : m_db(std::move(db))
    , m_location(std::move(location))
    , m_path(m_location.text())
    , m_connectionName(std::move(connectionName))
    , m_storeKey(std::move(storeKey))
    , m_dialect(m_location.isPostgres() ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite)
    , m_busyTimeout(defaultBusyTimeout)
    , m_statements(std::make_unique<StatementCache>(m_db, m_dialect.kind() == SqlDialect::Kind::Sqlite))
{ }

Database::~Database()
{
    m_statements.reset(); // its queries must not outlive the connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_storeKey.isEmpty())
        return;
    const QMutexLocker locker(&openStoresMutex);
    if (--openStores[m_storeKey] <= 0)
        openStores.remove(m_storeKey);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/smsrouter.sqlite");
}

namespace {

QMutex passwordsMutex;
QHash<QString, QString> serverPasswords; ///< StoreLocation::serverKey → password, this process only

} // namespace

void Database::rememberPassword(const StoreLocation &location, const QString &password)
{
    const QMutexLocker locker(&passwordsMutex);
    serverPasswords.insert(location.serverKey(), password);
}

QString Database::changeChannel()
{
    return QStringLiteral("smsrouter_changes");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("Database", "No store file was given. Pass --db PATH or set SMSROUTER_DB."));
    auto location = StoreLocation::parse(path);
    if (!location)
        return location.error();
    return location->isPostgres() ? openPostgres(*location, mode) : openSqlite(*location, mode);
}

namespace {

/// SQLite's allocator keeps statistics under a process-wide mutex by default: every malloc and
/// free of every connection takes it, which measured about a fifth of a bulk insert's time
/// (issue 14). Nothing here reads those statistics. It can only be switched off before SQLite
/// initialises, that is before the first connection of the process; the same holds for the
/// allocator (sqliteallocator.h).
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCDebug(lcStore) << "SQLite was already initialised; its memory statistics stay on";
        // A statement that may change several rows (an UPDATE of a claimed batch, an INSERT that
        // fires a trigger) inside a larger transaction keeps the pages it changes in a statement
        // journal, to undo just that statement. SQLite keeps it in memory up to 64 KiB, then in a
        // temporary file: with 8 KiB pages after eight pages, so the dispatcher's result writes
        // created, wrote and deleted a file for most statements (a third of its CPU, issue 14).
        // It must stay below 128 KiB, though: when the journal moves to its file, SQLite writes
        // what it held in one piece, and its Unix file layer writes at most 128 KiB - 1 bytes at
        // once (it masks the length), so a larger piece came back as "database or disk is full"
        // (8 MiB here failed every statement that changed more than 8 MiB of pages: cancelling
        // a big campaign; testmessagerepository).
        constexpr int statementJournalInMemory = 120 * 1024;
        if (sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, statementJournalInMemory) != SQLITE_OK)
            qCDebug(lcStore) << "SQLite was already initialised; statement journals spill at 64 KiB";
        if (!sqliteallocator::install())
            qCDebug(lcStore) << "SQLite was already initialised; it keeps its own allocator";
    });
}

} // namespace

Result<std::unique_ptr<Database>> Database::openSqlite(const StoreLocation &location, OpenMode mode)
{
    configureSqliteOnce();
    const QString &path = location.filePath();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::failed(
            QCoreApplication::translate("Database",
                                        "Qt's SQLite driver is missing. Install the package libqt6sql6-sqlite "
                                        "(scripts/bootstrap.sh does)."));

    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == OpenMode::ExistingOnly)
        return Error::notFound(QCoreApplication::translate("Database", "The store %1 does not exist.").arg(path));
    if (!exists) {
        if (auto created = createPrivateFile(path); !created)
            return created.error();
    }

    const QString name = nextConnectionName();
    const QString key = QFileInfo(path).canonicalFilePath();
    std::unique_ptr<Database> store;
    {
        const QMutexLocker locker(&openStoresMutex);
        if (exists && openStores.value(key) == 0) { // see openStores
            if (auto header = checkSqliteHeader(path); !header)
                return header.error();
        }
        ++openStores[key]; // the Database below gives it back, whatever happens next
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(defaultBusyTimeout.count()));
        store.reset(new Database(db, location, name, key));
    }
    if (!store->m_db.open())
        return Error::failed(QCoreApplication::translate("Database", "Could not open the store %1: %2")
                                 .arg(path, store->m_db.lastError().text()));
    store->installBusyHandler();

    // Read-only checks first: nothing below writes until we know the file is ours and not newer.
    auto tables = sql::scalar(store->m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return Error::invalid(QCoreApplication::translate(
                                  "Database", "%1 could not be read as a SQLite database (%2). It was left untouched.")
                                  .arg(path, tables.errorMessage()));
    auto hasVersionTable = sql::scalar(
        store->m_db,
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    return checkAndMigrate(std::move(store), mode, tables->toInt(), hasVersionTable && hasVersionTable->toInt() == 1);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const StoreLocation &location, OpenMode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::failed(
            QCoreApplication::translate("Database",
                                        "Qt's PostgreSQL driver is missing. Install the package libqt6sql6-psql "
                                        "(scripts/bootstrap.sh does)."));
    const QString name = nextConnectionName();
    std::unique_ptr<Database> store;
    { // the only handle left is the store's, so closing it removes the connection
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host());
        if (location.port() > 0)
            db.setPort(location.port());
        db.setDatabaseName(location.databaseName());
        db.setUserName(location.user());
        {
            const QMutexLocker locker(&passwordsMutex);
            const QString password = serverPasswords.value(location.serverKey());
            if (!password.isEmpty())
                db.setPassword(password);
        }
        QStringList options {QStringLiteral("application_name=smsrouter")};
        if (!location.connectOptions().contains(QLatin1String("connect_timeout")))
            options << QStringLiteral("connect_timeout=10");
        if (!location.connectOptions().isEmpty())
            options << location.connectOptions();
        db.setConnectOptions(options.join(QLatin1Char(';')));
        store.reset(new Database(db, location, name, QString()));
    }
    if (!store->m_db.open()) {
        const QString why = store->m_db.lastError().databaseText().trimmed();
        // libpq's own words; the password is never part of them.
        if (why.contains(QLatin1String("password"), Qt::CaseInsensitive)
            && (why.contains(QLatin1String("no password supplied"))
                || why.contains(QLatin1String("authentication failed")))) {
            Error e = Error::failed(
                QCoreApplication::translate("Database",
                                            "The PostgreSQL server %1 wants a password for %2 (%3). Set PGPASSWORD or "
                                            "add a line to ~/.pgpass; the window asks for it.")
                    .arg(location.host().isEmpty() ? QStringLiteral("localhost") : location.host(), location.user(),
                         why));
            e.code = QStringLiteral("store_password");
            return e;
        }
        return Error::failed(QCoreApplication::translate("Database",
                                                         "Could not connect to the store %1: %2. Check that the "
                                                         "server runs, the address is right and the database "
                                                         "exists (createdb makes one).")
                                 .arg(location.text(), why));
    }
    auto tables = sql::scalar(
        store->m_db,
        QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    if (!tables)
        return Error::invalid(
            QCoreApplication::translate("Database", "%1 could not be read (%2). It was left untouched.")
                .arg(location.text(), tables.errorMessage()));
    auto hasVersionTable =
        sql::scalar(store->m_db,
                    QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_name = 'schema_version'"));
    return checkAndMigrate(std::move(store), mode, tables->toInt(), hasVersionTable && hasVersionTable->toInt() == 1);
}

Result<std::unique_ptr<Database>> Database::checkAndMigrate(std::unique_ptr<Database> store, OpenMode mode, int tables,
                                                            bool hasVersionTable)
{
    const QString &path = store->m_path;
    int current = 0;
    if (hasVersionTable) {
        auto version = sql::scalar(store->m_db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
        current = version ? version->toInt() : 0;
    } else if (tables > 0) {
        return Error::invalid(
            store->m_location.isPostgres()
                ? QCoreApplication::translate("Database",
                                              "The database %1 holds tables but is not an SMS Router store (it has "
                                              "no schema_version table). It was left untouched. Give SMS Router a "
                                              "database of its own.")
                      .arg(path)
                : QCoreApplication::translate("Database",
                                              "%1 is a SQLite database, but not an SMS Router store (it has no "
                                              "schema_version table). It was left untouched. Choose another file "
                                              "with --db.")
                      .arg(path));
    }
    const int latest = migrations::latestVersion();
    if (current > latest)
        return Error::invalid(
            QCoreApplication::translate("Database",
                                        "%1 was written by a newer SMS Router (schema %2; this version knows up to "
                                        "%3). It was left untouched. Upgrade SMS Router to open it.")
                .arg(path)
                .arg(current)
                .arg(latest));
    if (current < latest && mode == OpenMode::ExistingOnly)
        return Error::failed(
            QCoreApplication::translate("Database",
                                        "The store %1 is at schema %2, not %3; open it once with SMS Router to "
                                        "upgrade it.")
                .arg(path)
                .arg(current)
                .arg(latest));

    if (auto configured = store->configure(); !configured)
        return configured.error();
    if (current < latest) {
        auto migrated = migrations::migrate(store->m_db, store->m_dialect, current);
        if (!migrated)
            return migrated.error();
        current = *migrated;
    }
    store->m_schemaVersion = current;
    return store;
}

Status Database::configure()
{
    QSqlQuery query(m_db);
    const QStringList statements = m_dialect.kind() == SqlDialect::Kind::Sqlite
        // page_size only takes on a new, empty file (before WAL and the first table): 8 KiB pages
        // made a million-row import 7 % faster than the default 4 KiB (fewer, fuller B-tree
        // pages); a store created earlier keeps its pages.
        ? QStringList {QStringLiteral("PRAGMA page_size = 8192"), QStringLiteral("PRAGMA foreign_keys = ON"),
                       QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")}
        // Notices ("relation already exists, skipping") are not for operators; a row lock is
        // waited for as long as SQLite waits for the store.
        : QStringList {QStringLiteral("SET client_min_messages = warning"),
                       m_dialect.busyTimeout(m_busyTimeout.count())};
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return Error::failed(QCoreApplication::translate("Database", "Could not configure the store (%1): %2")
                                     .arg(statement, query.lastError().text()));
    }
    return {};
}

bool Database::changedSinceLastCheck()
{
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite)
        return true;
    auto version = sql::scalar(m_db, QStringLiteral("PRAGMA data_version"));
    if (!version)
        return true;
    const qint64 now = version->toLongLong();
    const bool changed = now != m_lastDataVersion;
    m_lastDataVersion = now;
    return changed;
}

bool Database::listenForChanges()
{
    if (m_dialect.kind() != SqlDialect::Kind::Postgres || !m_db.driver())
        return false;
    return m_db.driver()->subscribeToNotification(changeChannel());
}

bool Database::isConnected() const
{
    if (m_dialect.kind() != SqlDialect::Kind::Postgres)
        return true;
    return m_db.driver() && m_db.driver()->isOpen();
}

Status Database::reconnectIfLost()
{
    if (isConnected())
        return {};
    if (m_transactionDepth > 0)
        return Error::failed(QCoreApplication::translate("Database",
                                                         "The connection to the store was lost during a change. "
                                                         "Nothing of it was saved."));
    m_statements->clear();
    m_db.close();
    if (!m_db.open())
        return Error::failed(QCoreApplication::translate("Database",
                                                         "Could not connect to the store %1 again: %2. Check that "
                                                         "the server runs.")
                                 .arg(m_path, m_db.lastError().databaseText().trimmed()));
    qCInfo(lcStore) << "connected to the store again";
    return configure();
}

namespace {

bool isBusy(const QSqlError &error)
{
    Error e;
    e.storeCode = sql::storeCode(error);
    return e.isStoreBusy();
}

QSqlError execute(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.exec(statement);
    return query.lastError();
}

} // namespace

Status Database::setBusyTimeout(std::chrono::milliseconds timeout)
{
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.busyTimeout(timeout.count())))
        return Error::failed(QCoreApplication::translate("Database", "Could not set how long the store waits: %1")
                                 .arg(query.lastError().text()));
    m_busyTimeout = timeout;
    if (timeout.count() > 0)
        installBusyHandler();
    return {};
}

sqlite3 *Database::sqliteHandle() const
{
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void Database::installBusyHandler()
{
    if (sqlite3 *handle = sqliteHandle())
        sqlite3_busy_handler(handle, &Database::busyHandler, this);
    // else SQLite's own handler stays: slower to notice a free store, but correct
}

// Why: SQLite's own handler sleeps longer and longer between tries (1, 2, 5 … then 100 ms), so a
// writer that lets go of the store only for a moment between short transactions (an opt-out or
// campaign import's slices) is caught only by luck. Measured with a dispatcher-like writer beside
// a million-number opt-out import committing every 50 ms: it waited up to 7.5 s. Trying again
// every millisecond, it waits for at most about one slice.
int Database::busyHandler(void *database, int count)
{
    auto *db = static_cast<Database *>(database);
    const qint64 now =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    if (count == 0)
        db->m_busySinceNs = now;
    if (now - db->m_busySinceNs >= std::chrono::nanoseconds(db->m_busyTimeout).count())
        return 0; // SQLITE_BUSY for the statement
    sqlite3_sleep(1);
    return 1;
}

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.m_transactionDepth > 0) {
        ++db.m_transactionDepth;
        return Transaction(db, false);
    }
    QSqlError error;
    if (db.m_busyNotice && db.m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        // Try without waiting first, so that the notice comes before the wait, not after it.
        execute(db.m_db, db.m_dialect.busyTimeout(0));
        error = execute(db.m_db, db.m_dialect.beginWrite());
        execute(db.m_db, db.m_dialect.busyTimeout(db.m_busyTimeout.count()));
        db.installBusyHandler();
        if (isBusy(error)) {
            db.m_busyNotice(db.m_busyTimeout);
            error = execute(db.m_db, db.m_dialect.beginWrite());
        }
    } else {
        error = execute(db.m_db, db.m_dialect.beginWrite());
    }
    if (error.isValid()) {
        // (Computed first: Qt 6.4's lupdate loops on a division inside translate()'s arguments.)
        const int waitedSeconds = int(std::chrono::ceil<std::chrono::seconds>(db.m_busyTimeout).count());
        Error failure = isBusy(error)
            ? Error::failed(QCoreApplication::translate("Database",
                                                        "The store is busy: another program has been writing to it "
                                                        "for more than %n second(s). Nothing was changed; try again "
                                                        "once it has finished.",
                                                        nullptr, waitedSeconds))
            : Error::failed(
                QCoreApplication::translate("Database", "The store could not begin a change (%1). Nothing was changed.")
                    .arg(error.text()));
        failure.storeCode = sql::storeCode(error);
        return failure;
    }
    db.m_rollbackOnly = false;
    db.m_transactionDepth = 1;
    return Transaction(db, true);
}

Transaction::Transaction(Database &db, bool outer)
    : m_db(&db)
    , m_outer(outer)
{ }

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_active(std::exchange(other.m_active, false))
    , m_outer(other.m_outer)
{ }

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // Not committed: the whole (outer) transaction must not keep half of this change.
    m_db->m_rollbackOnly = true;
    --m_db->m_transactionDepth;
    if (m_outer) {
        QSqlQuery query(m_db->m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::failed(QCoreApplication::translate("Database", "This change was already finished."));
    m_active = false;
    --m_db->m_transactionDepth;
    if (!m_outer)
        return {};
    QSqlQuery query(m_db->m_db);
    if (m_db->m_rollbackOnly) {
        query.exec(QStringLiteral("ROLLBACK"));
        return Error::failed(
            QCoreApplication::translate("Database", "A part of this change failed, so none of it was saved."));
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString why = query.lastError().text();
        Error failure = Error::failed(
            QCoreApplication::translate("Database", "The store could not save the change (%1). Nothing was changed.")
                .arg(why));
        failure.storeCode = sql::storeCode(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return failure;
    }
    return {};
}

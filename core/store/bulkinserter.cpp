// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "bulkinserter.h"

#include "common/logging.h"
#include "database.h"
#include "messagerepository.h"
#include "multirowinsert.h"
#include "sql.h"
#include "walcheckpointer.h"
#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <array>
#include <utility>

namespace {

const QString insertMessageSql = QStringLiteral(
    "INSERT INTO messages (id, campaign_id, to_number, region, from_sender, body, encoding, segments, carrier_id, "
    "rule_id, fallback_carriers, cost_micros, state, attempts, next_attempt_at, last_error, price, price_unit, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString insertRejectSql = QStringLiteral(
    "INSERT INTO import_rejects (campaign_id, line_number, raw_value, reason, detail) VALUES (?, ?, ?, ?, ?)");

constexpr int messageColumns = 20;
/// Rows per multi-row INSERT on PostgreSQL: 5,000 values a statement, far below its 65,535.
constexpr int rowsPerStatement = 250;

/// INSERT INTO messages … VALUES (?, …), (?, …) for `rows` rows.
QString multiRowInsertSql(int rows)
{
    const QString row =
        QLatin1Char('(') + QStringList(messageColumns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    QString sql = insertMessageSql.left(insertMessageSql.indexOf(QLatin1String("VALUES")) + 7);
    sql += QStringList(rows, row).join(QLatin1Char(','));
    return sql;
}

/// Rows per native (SQLite) statement. Stepping a statement costs far more than the row it
/// inserts (cursors opened and closed, the connection's mutex, the program's start and halt):
/// a million single-row steps took 2.2–2.5 s, the same rows 32 to a statement 1.2–1.3 s.
constexpr int nativeRowsPerStatement = 32;
/// The native statement's parameters: the columns every message of an import shares, numbered
/// once (?1–?10) and named by every row, then each row's own ten.
constexpr int nativeSharedParameters = 10;
constexpr int nativeRowParameters = 10;

/// INSERT INTO messages … VALUES (…), (…) for `rows` rows with the native numbering above.
QByteArray nativeInsertSql(int rows)
{
    QByteArray sql = insertMessageSql.left(insertMessageSql.indexOf(QLatin1String("VALUES")) + 7).toUtf8();
    for (int r = 0; r < rows; ++r) {
        const int b = nativeSharedParameters + r * nativeRowParameters;
        // Columns in insertMessageSql's order: id, campaign_id, to_number, region, from_sender,
        // body, encoding, segments, carrier_id, rule_id, fallback_carriers, cost_micros, state,
        // attempts, next_attempt_at, last_error, price, price_unit, created_at, updated_at.
        sql += QStringLiteral("%1(?%2, ?1, ?%3, ?%4, ?2, ?%5, ?%6, ?%7, ?%8, ?%9, ?%10, ?%11, ?3, ?4, ?5, ?6, ?7, ?8, "
                              "?9, ?10)")
                   .arg(r == 0 ? QString() : QStringLiteral(", "))
                   .arg(b + 1)
                   .arg(b + 2)
                   .arg(b + 3)
                   .arg(b + 4)
                   .arg(b + 5)
                   .arg(b + 6)
                   .arg(b + 7)
                   .arg(b + 8)
                   .arg(b + 9)
                   .arg(b + 10)
                   .toUtf8();
    }
    return sql;
}

constexpr int importCacheKiB = 16 * 1024;
constexpr int importCheckpointPages = 16384; // 64 MiB of 4 KiB pages

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    static const char16_t empty[] = u"";
    // SQLITE_STATIC: the QString outlives the step that follows at once. A null pointer would bind
    // SQL NULL, so an empty text gets a real (empty) buffer.
    if (text.isEmpty())
        sqlite3_bind_text16(statement, index, empty, 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(statement, index, text.constData(), int(text.size() * 2), SQLITE_STATIC);
}

void bindCopy(sqlite3_stmt *statement, int index, const QString &text)
{
    static const char16_t empty[] = u"";
    if (text.isEmpty())
        sqlite3_bind_text16(statement, index, empty, 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(statement, index, text.constData(), int(text.size() * 2), SQLITE_TRANSIENT);
}

/// smsEncodingName() as UTF-8, the store's encoding, without a new string per row: bound
/// without SQLite translating it for each row.
const QByteArray &encodingNameUtf8(SmsEncoding encoding)
{
    static const QByteArray gsm = smsEncodingName(SmsEncoding::Gsm7).toUtf8();
    static const QByteArray ucs2 = smsEncodingName(SmsEncoding::Ucs2).toUtf8();
    return encoding == SmsEncoding::Ucs2 ? ucs2 : gsm;
}

void bindUtf8(sqlite3_stmt *statement, int index, QByteArrayView text)
{
    // SQLITE_STATIC: the text outlives the step that follows at once. A null pointer would bind
    // SQL NULL (an empty view may have one), so an empty text gets a real (empty) buffer.
    static const char empty[] = "";
    sqlite3_bind_text(statement, index, text.isEmpty() ? empty : text.data(), int(text.size()), SQLITE_STATIC);
}

void bindIdOrNull(sqlite3_stmt *statement, int index, qint64 id)
{
    if (id == 0)
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_int64(statement, index, id);
}

QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

struct BulkInserter::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *message = nullptr; ///< one row (what is left when flush() comes)
    sqlite3_stmt *messages = nullptr; ///< nativeRowsPerStatement rows
    sqlite3_stmt *reject = nullptr;
    // Columns that are the same for every message of an import stay bound between rows (reset
    // keeps bindings): ten binds a row instead of twenty, and each bind takes the connection's mutex.
    bool constantsBound = false;
    Message constants;
    qint64 rejectCampaign = 0;

    /// A message waiting for its statement's other rows. Its texts are bound as they are when
    /// the statement steps: the views point into the caller's buffers (valid until flush()) or
    /// into the copies held here.
    struct PendingRow
    {
        qint64 id = 0;
        QByteArrayView to;
        QByteArrayView body;
        QByteArray toCopy;
        QByteArray bodyCopy;
        QByteArray region;
        QByteArray fallbacks;
        SmsEncoding encoding = SmsEncoding::Gsm7;
        int segments = 0;
        qint64 carrierId = 0;
        qint64 ruleId = 0;
        qint64 costMicros = 0;
    };
    std::array<PendingRow, nativeRowsPerStatement> pending;
    int pendingCount = 0;

    ~Native()
    {
        sqlite3_finalize(message);
        sqlite3_finalize(messages);
        sqlite3_finalize(reject);
    }

    void bindRow(sqlite3_stmt *statement, int row, const PendingRow &p) const
    {
        const int b = nativeSharedParameters + row * nativeRowParameters;
        sqlite3_bind_int64(statement, b + 1, p.id);
        bindUtf8(statement, b + 2, p.to);
        bindUtf8(statement, b + 3, p.region);
        bindUtf8(statement, b + 4, p.body);
        bindUtf8(statement, b + 5, encodingNameUtf8(p.encoding));
        sqlite3_bind_int(statement, b + 6, p.segments);
        bindIdOrNull(statement, b + 7, p.carrierId);
        bindIdOrNull(statement, b + 8, p.ruleId);
        bindUtf8(statement, b + 9, p.fallbacks);
        sqlite3_bind_int64(statement, b + 10, p.costMicros);
    }

    /// Inserts the rows waiting: a whole statement's in one step, fewer one at a time.
    Status stepPending()
    {
        const int count = std::exchange(pendingCount, 0);
        if (count == nativeRowsPerStatement) {
            for (int r = 0; r < count; ++r)
                bindRow(messages, r, pending[size_t(r)]);
            return step(messages,
                        QT_TRANSLATE_NOOP("BulkInserter", "The store could not store an imported message: %1"));
        }
        for (int r = 0; r < count; ++r) {
            bindRow(message, 0, pending[size_t(r)]);
            if (auto ok = step(message,
                               QT_TRANSLATE_NOOP("BulkInserter", "The store could not store an imported message: %1"));
                !ok)
                return ok;
        }
        return {};
    }

    /// `message` ("The store could not …: %1") is marked with QT_TRANSLATE_NOOP("BulkInserter", …).
    Error error(const char *message) const
    {
        Error e = Error::failed(
            QCoreApplication::translate("BulkInserter", message).arg(QString::fromUtf8(sqlite3_errmsg(db))));
        e.storeCode = sqlite3_extended_errcode(db); // a constraint is told from a full disk by it
        return e;
    }

    Status step(sqlite3_stmt *statement, const char *message) const
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            return error(message);
        return {};
    }

    /// Binds the columns every row shares, first inserting the rows that waited with the
    /// previous ones (they are bound once for a whole statement).
    Status bindConstants(const Message &m)
    {
        const Message &c = constants;
        if (constantsBound && m.campaignId == c.campaignId && m.from == c.from && m.state == c.state
            && m.attempts == c.attempts && m.nextAttemptAt == c.nextAttemptAt && m.lastError == c.lastError
            && m.price == c.price && m.priceUnit == c.priceUnit && m.createdAt == c.createdAt
            && m.updatedAt == c.updatedAt)
            return {};
        if (auto ok = stepPending(); !ok)
            return ok;
        for (sqlite3_stmt *s : {message, messages}) {
            bindIdOrNull(s, 1, m.campaignId);
            bindCopy(s, 2, m.from);
            bindCopy(s, 3, messageStateName(m.state));
            sqlite3_bind_int(s, 4, m.attempts);
            sqlite3_bind_int64(s, 5, m.nextAttemptAt);
            bindCopy(s, 6, m.lastError);
            bindCopy(s, 7, m.price);
            bindCopy(s, 8, m.priceUnit);
            sqlite3_bind_int64(s, 9, m.createdAt);
            sqlite3_bind_int64(s, 10, m.updatedAt);
        }
        constants = m;
        constantsBound = true;
        return {};
    }
};

BulkInserter::BulkInserter(Database &db)
    : m_db(db)
{ }

BulkInserter::~BulkInserter()
{
    m_checkpointer.reset();
    m_native.reset();
    m_messageQuery.reset();
    m_rejectQuery.reset();
    m_rows.reset();
    m_cacheSize.reset();
    m_autoCheckpoint.reset();
    if (m_referencesChecked)
        (void)sql::run(m_db.connection(), QStringLiteral("PRAGMA foreign_keys = ON"));
}

bool BulkInserter::native() const
{
    return m_native != nullptr;
}

Status BulkInserter::prepare()
{
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        m_cacheSize.emplace(m_db, QStringLiteral("cache_size"), -importCacheKiB);
        // SQLite checkpoints (copies the WAL into the database and syncs) at the first commit
        // after the WAL passes 1,000 pages: with the default, nearly every slice of an import
        // paid for one. The import's connection does not checkpoint at all; a WalCheckpointer
        // does it on its own thread after each commit (committed()), and if it cannot open the
        // store, a larger threshold keeps the checkpoints few.
        m_checkpointer = std::make_unique<WalCheckpointer>(m_db.location().filePath());
        m_autoCheckpoint.emplace(m_db, QStringLiteral("wal_autocheckpoint"),
                                 m_checkpointer->running() ? 0 : importCheckpointPages);
        if (sqlite3 *handle = m_db.sqliteHandle()) {
            // The foreign keys' checks look the campaign and the carrier up again for every row
            // (two more cursors). The import checks them once per slice instead
            // (verifyReferences), in the same transaction, so what commits is as sound.
            // The pragma is a no-op inside a transaction: read back whether it took.
            (void)sql::run(m_db.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
            if (auto on = sql::scalar(m_db.connection(), QStringLiteral("PRAGMA foreign_keys")); on && on->toInt() == 0)
                m_referencesChecked = true;
            auto native = std::make_unique<Native>();
            native->db = handle;
            const QByteArray message = nativeInsertSql(1);
            const QByteArray messages = nativeInsertSql(nativeRowsPerStatement);
            const QByteArray reject = insertRejectSql.toUtf8();
            if (sqlite3_prepare_v2(handle, message.constData(), int(message.size()), &native->message, nullptr)
                    != SQLITE_OK
                || sqlite3_prepare_v2(handle, messages.constData(), int(messages.size()), &native->messages, nullptr)
                    != SQLITE_OK
                || sqlite3_prepare_v2(handle, reject.constData(), int(reject.size()), &native->reject, nullptr)
                    != SQLITE_OK)
                return native->error(
                    QT_TRANSLATE_NOOP("BulkInserter", "The store could not prepare the import's inserts: %1"));
            m_native = std::move(native);
            return {};
        }
        qCWarning(lcStore) << "no sqlite3 handle from the driver; the import uses the slower QtSql path";
    }
    m_messageQuery = std::make_unique<QSqlQuery>(m_db.connection());
    m_rejectQuery = std::make_unique<QSqlQuery>(m_db.connection());
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres)
        m_rows =
            std::make_unique<MultiRowInsert>(m_db.connection(), messageColumns, rowsPerStatement, multiRowInsertSql);
    if (!m_messageQuery->prepare(insertMessageSql) || !m_rejectQuery->prepare(insertRejectSql))
        return Error::failed(
            QCoreApplication::translate("BulkInserter", "The store could not prepare the import's inserts: %1")
                .arg(m_messageQuery->lastError().text()));
    return {};
}

Result<QList<qint64>> BulkInserter::reserveMessageIds(qsizetype count)
{
    if (auto ok = flush(); !ok) // MAX(id) must count the rows still waiting
        return ok.error();
    return MessageRepository(m_db).reserveIds(count);
}

const BulkInserter::FallbackText &BulkInserter::fallbackText(const QList<qint64> &carriers)
{
    auto known = m_fallbackTexts.constFind(carriers);
    if (known == m_fallbackTexts.constEnd()) {
        if (m_fallbackTexts.size() >= 256) // not an import's routes: do not grow without bound
            m_fallbackTexts.clear();
        FallbackText text;
        text.text = MessageRepository::encodeCarrierList(carriers);
        if (text.text.isNull())
            text.text = QStringLiteral("");
        text.utf8 = text.text.toUtf8();
        known = m_fallbackTexts.insert(carriers, text);
    }
    return known.value();
}

void BulkInserter::committed()
{
    if (m_checkpointer)
        m_checkpointer->poke();
}

Status BulkInserter::verifyReferences()
{
    if (auto ok = flush(); !ok)
        return ok;
    if (!m_referencesChecked || (m_campaignsToCheck.isEmpty() && m_carriersToCheck.isEmpty()))
        return {};
    const auto missing = [this](const QString &table, const QSet<qint64> &ids) -> Result<bool> {
        if (ids.isEmpty())
            return false;
        QStringList list;
        for (qint64 id : ids)
            list.append(QString::number(id));
        auto found = sql::scalar(
            m_db.connection(),
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id IN (%2)").arg(table, list.join(QLatin1Char(','))));
        if (!found)
            return found.error();
        return found->toLongLong() != ids.size();
    };
    auto campaigns = missing(QStringLiteral("campaigns"), m_campaignsToCheck);
    if (!campaigns)
        return campaigns.error();
    auto carriers = missing(QStringLiteral("carriers"), m_carriersToCheck);
    if (!carriers)
        return carriers.error();
    if (*campaigns || *carriers) {
        // What SQLite's own check would have said, with the same code, so callers see a
        // constraint failure as before.
        Error e = Error::failed(QCoreApplication::translate(
            "BulkInserter",
            "The store could not store an imported message: its campaign or carrier was removed meanwhile."));
        e.storeCode = SQLITE_CONSTRAINT_FOREIGNKEY;
        return e;
    }
    m_campaignsToCheck.clear();
    m_carriersToCheck.clear();
    m_lastCampaignToCheck = 0;
    m_lastCarrierToCheck = 0;
    return {};
}

Status BulkInserter::insertMessage(const Message &m, QByteArrayView to, QByteArrayView body)
{
    if (!m_native)
        return insertMessage(m);
    return insertNative(m, to, body, {}, {});
}

Status BulkInserter::insertNative(const Message &m, QByteArrayView to, QByteArrayView body, QByteArray toCopy,
                                  QByteArray bodyCopy)
{
    if (m_referencesChecked) {
        if (m.campaignId != 0 && m.campaignId != m_lastCampaignToCheck)
            m_campaignsToCheck.insert(m_lastCampaignToCheck = m.campaignId);
        if (m.carrierId != 0 && m.carrierId != m_lastCarrierToCheck)
            m_carriersToCheck.insert(m_lastCarrierToCheck = m.carrierId);
    }
    if (auto ok = m_native->bindConstants(m); !ok)
        return ok;
    if (m.region != m_lastRegion || m_lastRegionUtf8.isNull()) {
        m_lastRegion = m.region;
        m_lastRegionUtf8 = m.region.toUtf8();
    }
    const bool copied = !toCopy.isNull() || !bodyCopy.isNull();
    Native::PendingRow &row = m_native->pending[size_t(m_native->pendingCount++)];
    row.id = m.id;
    row.toCopy = std::move(toCopy);
    row.bodyCopy = std::move(bodyCopy);
    row.to = copied ? QByteArrayView(row.toCopy) : to;
    row.body = copied ? QByteArrayView(row.bodyCopy) : body;
    row.region = m_lastRegionUtf8; // shared, not copied: the row's reference keeps the text alive
    row.fallbacks = fallbackText(m.fallbackCarriers).utf8;
    row.encoding = m.encoding;
    row.segments = m.segments;
    row.carrierId = m.carrierId;
    row.ruleId = m.ruleId;
    row.costMicros = m.costMicros;
    if (m_native->pendingCount == nativeRowsPerStatement)
        return m_native->stepPending();
    return {};
}

Status BulkInserter::insertMessage(const Message &m)
{
    if (m_native) // the caller's strings need not live until flush(): the row keeps copies
        return insertNative(m, {}, {}, sql::text(m.to).toUtf8(), sql::text(m.body).toUtf8());
    const QString &fallbacks = fallbackText(m.fallbackCarriers).text;
    const QString encoding = smsEncodingName(m.encoding);
    const QString state = messageStateName(m.state);
    QSqlQuery &q = *m_messageQuery;
    const QVariantList values {m.id,
                               sql::nullIfZero(m.campaignId),
                               orEmpty(m.to),
                               orEmpty(m.region),
                               orEmpty(m.from),
                               orEmpty(m.body),
                               encoding,
                               m.segments,
                               sql::nullIfZero(m.carrierId),
                               sql::nullIfZero(m.ruleId),
                               orEmpty(fallbacks),
                               m.costMicros,
                               state,
                               m.attempts,
                               m.nextAttemptAt,
                               orEmpty(m.lastError),
                               orEmpty(m.price),
                               orEmpty(m.priceUnit),
                               m.createdAt,
                               m.updatedAt};
    if (m_rows)
        return m_rows->add(values) ? flush() : Status();
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sql::failure(
            q.lastError(),
            QCoreApplication::translate("BulkInserter", "The store could not store an imported message: %1")
                .arg(q.lastError().text()));
    return {};
}

Status BulkInserter::flush()
{
    if (m_native)
        return m_native->stepPending();
    if (!m_rows)
        return {};
    auto sent = m_rows->send("BulkInserter",
                             QT_TRANSLATE_NOOP("BulkInserter", "The store could not store an imported message: %1"));
    if (!sent)
        return sent.error();
    return {};
}

Status BulkInserter::insertReject(const ImportReject &r)
{
    if (m_native) {
        sqlite3_stmt *s = m_native->reject;
        if (r.campaignId != m_native->rejectCampaign) {
            sqlite3_bind_int64(s, 1, r.campaignId);
            m_native->rejectCampaign = r.campaignId;
        }
        sqlite3_bind_int64(s, 2, r.line);
        bindText(s, 3, r.raw);
        bindText(s, 4, r.reason);
        bindText(s, 5, r.detail);
        return m_native->step(s, QT_TRANSLATE_NOOP("BulkInserter", "The store could not store an import reject: %1"));
    }
    QSqlQuery &q = *m_rejectQuery;
    q.bindValue(0, r.campaignId);
    q.bindValue(1, r.line);
    q.bindValue(2, orEmpty(r.raw));
    q.bindValue(3, orEmpty(r.reason));
    q.bindValue(4, orEmpty(r.detail));
    if (!q.exec())
        return sql::failure(
            q.lastError(),
            QCoreApplication::translate("BulkInserter", "The store could not store an import reject: %1")
                .arg(q.lastError().text()));
    return {};
}

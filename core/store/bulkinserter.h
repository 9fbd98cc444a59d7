// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/importreject.h"
#include "common/result.h"
#include "messages/message.h"
#include "pragmaoverride.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>

class Database;
class MultiRowInsert;
class WalCheckpointer;

/// Writes the rows of a campaign import: messages with ids chosen up front, and rejects.
///
/// Why it exists: a QSqlQuery bind + exec costs about 4 µs a row (platform-notes §5), which a
/// million-row import cannot afford next to phone parsing. On SQLite this class steps prepared
/// statements through the sqlite3 C API on the connection's own handle (the same library Qt's
/// QSQLITE plugin links on Debian), binding text without QVariant (UTF-8 prepared by the
/// import's workers, so SQLite translates nothing); other drivers take a QSqlQuery path with the
/// same results. While it lives it also gives the SQLite connection a 16 MiB page cache (every
/// index an import writes grows at its end since the numbers' index holds submitted messages
/// only, so the cache need not hold whole indexes; 64 MiB measured no faster) and a 64 MiB WAL
/// checkpoint threshold (not one checkpoint per slice); the old values are put back after.
///
/// Use it on the thread that owns the Database, inside a write Transaction.
class BulkInserter final
{
public:
    explicit BulkInserter(Database &db);
    /// Rows still waiting for flush() are dropped: without it their transaction does not commit.
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    /// Prepares the statements. Call once before the other functions.
    Status prepare();
    /// True when the sqlite3 C API path is in use.
    bool native() const;

    /// `count` message ids no other writer can take before the current write transaction ends,
    /// in increasing order, so a message's routing (the weighted pick hashes its id) can be
    /// decided before it is written. SQLite: MAX(id)+1 onwards, stable while BEGIN IMMEDIATE holds
    /// the write lock (ids not used are simply taken by the next insert). PostgreSQL: the
    /// identity sequence's nextval, possibly with gaps.
    Result<QList<qint64>> reserveMessageIds(qsizetype count);

    /// Inserts a message with its id already set (see reserveMessageIds). No event is written:
    /// an imported `pending` message has not moved yet. Rows wait to be sent many to a statement:
    /// a few hundred on PostgreSQL (a round trip per row would dominate), 32 on SQLite (a step
    /// per row would); flush() sends the rest, and an error may come from a later call or flush().
    Status insertMessage(const Message &message);
    /// The same with the number and body already in UTF-8 (`to`, `body`: the texts of
    /// message.to and message.body). On SQLite they are bound as they are: the writer thread
    /// neither converts nor allocates for them, and when native() message.to and message.body
    /// are not read at all (the caller may leave them empty). They must stay valid until the
    /// next flush(), reserveMessageIds() or verifyReferences(): on SQLite too rows wait to be
    /// inserted 32 to a statement.
    Status insertMessage(const Message &message, QByteArrayView to, QByteArrayView body);
    Status insertReject(const ImportReject &reject);
    /// Writes the rows insertMessage() still holds. Call it before the transaction commits.
    Status flush();
    /// Checks that the campaigns and carriers of the messages inserted since the last call still
    /// exist: on SQLite the import's connection leaves foreign keys to this check, once per slice
    /// instead of twice per row. Call it before the transaction commits; an error (a constraint
    /// failure, as SQLite would report it) means the transaction must not commit.
    Status verifyReferences();
    /// Tell it after each commit of the import's transaction: on SQLite the WAL is then copied
    /// into the database on another thread (WalCheckpointer), not by the next commit.
    void committed();

private:
    struct Native;

    Database &m_db;
    std::unique_ptr<Native> m_native;
    std::unique_ptr<QSqlQuery> m_messageQuery;
    std::unique_ptr<QSqlQuery> m_rejectQuery;
    std::optional<PragmaOverride> m_cacheSize;
    std::optional<PragmaOverride> m_autoCheckpoint;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<MultiRowInsert> m_rows; ///< PostgreSQL: the rows not yet sent
    // Fallback lists and the region as bound text. An import has a handful of distinct fallback
    // lists (one per route), but consecutive rows alternate between them (weighted routes), so
    // each list's text is kept, not only the last one's.
    struct FallbackText
    {
        QString text;
        QByteArray utf8;
    };
    QHash<QList<qint64>, FallbackText> m_fallbackTexts;
    QString m_lastRegion;
    QByteArray m_lastRegionUtf8;

    /// The native path of insertMessage: the row waits for its statement's other rows, its texts
    /// read from `to` and `body`, or from the copies when there are any.
    Status insertNative(const Message &message, QByteArrayView to, QByteArrayView body, QByteArray toCopy,
                        QByteArray bodyCopy);
    /// The bound text of a fallback list; the reference holds until the next call.
    const FallbackText &fallbackText(const QList<qint64> &carriers);

    bool m_referencesChecked = false; ///< foreign keys are off on the connection: verifyReferences() checks
    QSet<qint64> m_campaignsToCheck;
    QSet<qint64> m_carriersToCheck;
    // The ids last added to the sets above (0: none since they were emptied): most rows repeat them.
    qint64 m_lastCampaignToCheck = 0;
    qint64 m_lastCarrierToCheck = 0;
};

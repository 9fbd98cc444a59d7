// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "common/logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace migrations {
namespace {

// Times are BIGINT milliseconds since the epoch (UTC); money is BIGINT micro-units of the
// store's currency, so sums are exact; booleans are INTEGER 0/1. All of it is valid on
// SQLite and PostgreSQL alike.
Migration initialSchema()
{
    return {1,
            "carriers, rules, campaigns, messages and their events, rejects, opt-outs, settings, secrets",
            {
                QStringLiteral("CREATE TABLE carriers ("
                               " id {{id}},"
                               " name TEXT NOT NULL UNIQUE,"
                               " base_url TEXT NOT NULL,"
                               " account_sid TEXT NOT NULL,"
                               " secret_ref TEXT NOT NULL DEFAULT '',"
                               " rate_limit REAL NOT NULL DEFAULT 10,"
                               " max_in_flight INTEGER NOT NULL DEFAULT 6,"
                               " enabled INTEGER NOT NULL DEFAULT 1,"
                               " ca_file TEXT NOT NULL DEFAULT '',"
                               " notes TEXT NOT NULL DEFAULT '',"
                               " created_at BIGINT NOT NULL,"
                               " updated_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE TABLE rules ("
                               " id {{id}},"
                               " match_kind TEXT NOT NULL CHECK (match_kind IN ('prefix', 'country', 'default')),"
                               " match_value TEXT NOT NULL DEFAULT '',"
                               " carrier_id BIGINT NOT NULL REFERENCES carriers(id),"
                               " priority INTEGER NOT NULL DEFAULT 1,"
                               " weight INTEGER NOT NULL DEFAULT 1,"
                               " cost_micros BIGINT NOT NULL DEFAULT 0,"
                               " enabled INTEGER NOT NULL DEFAULT 1,"
                               " created_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX rules_carrier ON rules(carrier_id)"),
                QStringLiteral("CREATE TABLE campaigns ("
                               " id {{id}},"
                               " name TEXT NOT NULL,"
                               " sender TEXT NOT NULL,"
                               " body_template TEXT NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'draft',"
                               " region TEXT NOT NULL DEFAULT '',"
                               " source_file TEXT NOT NULL DEFAULT '',"
                               " rows_total BIGINT NOT NULL DEFAULT 0,"
                               " accepted BIGINT NOT NULL DEFAULT 0,"
                               " rejected BIGINT NOT NULL DEFAULT 0,"
                               " segments_total BIGINT NOT NULL DEFAULT 0,"
                               " estimated_cost_micros BIGINT NOT NULL DEFAULT 0,"
                               " created_at BIGINT NOT NULL,"
                               " scheduled_at BIGINT,"
                               " started_at BIGINT,"
                               " finished_at BIGINT)"),
                QStringLiteral("CREATE TABLE messages ("
                               " id {{id}},"
                               " campaign_id BIGINT REFERENCES campaigns(id) ON DELETE CASCADE,"
                               " to_number TEXT NOT NULL,"
                               " region TEXT NOT NULL DEFAULT '',"
                               " from_sender TEXT NOT NULL,"
                               " body TEXT NOT NULL,"
                               " encoding TEXT NOT NULL DEFAULT 'GSM-7',"
                               " segments INTEGER NOT NULL DEFAULT 1,"
                               " carrier_id BIGINT REFERENCES carriers(id) ON DELETE SET NULL,"
                               " rule_id BIGINT,"
                               " fallback_carriers TEXT NOT NULL DEFAULT '',"
                               " cost_micros BIGINT NOT NULL DEFAULT 0,"
                               " state TEXT NOT NULL,"
                               " provider_sid TEXT,"
                               " provider_status TEXT,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " next_attempt_at BIGINT NOT NULL DEFAULT 0,"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " price TEXT NOT NULL DEFAULT '',"
                               " price_unit TEXT NOT NULL DEFAULT '',"
                               " created_at BIGINT NOT NULL,"
                               " updated_at BIGINT NOT NULL,"
                               " submitted_at BIGINT,"
                               " finished_at BIGINT)"),
                QStringLiteral("CREATE INDEX messages_due ON messages(state, carrier_id, next_attempt_at)"),
                QStringLiteral("CREATE INDEX messages_campaign_state ON messages(campaign_id, state)"),
                QStringLiteral("CREATE INDEX messages_to ON messages(to_number)"),
                QStringLiteral("CREATE INDEX messages_provider_sid ON messages(provider_sid)"),
                QStringLiteral("CREATE TABLE message_events ("
                               " id {{id}},"
                               " message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                               " at BIGINT NOT NULL,"
                               " from_state TEXT NOT NULL DEFAULT '',"
                               " to_state TEXT NOT NULL,"
                               " http_status INTEGER,"
                               " detail TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX message_events_message ON message_events(message_id)"),
                QStringLiteral("CREATE TABLE import_rejects ("
                               " id {{id}},"
                               " campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                               " line_number BIGINT NOT NULL,"
                               " raw_value TEXT NOT NULL DEFAULT '',"
                               " reason TEXT NOT NULL,"
                               " detail TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX import_rejects_campaign ON import_rejects(campaign_id)"),
                QStringLiteral("CREATE TABLE optouts ("
                               " e164 TEXT NOT NULL PRIMARY KEY,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " added_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE TABLE settings ("
                               " key TEXT NOT NULL PRIMARY KEY,"
                               " value TEXT NOT NULL)"),
                // Tokens live here only when the operator chose the database backend.
                QStringLiteral("CREATE TABLE secrets ("
                               " ref TEXT NOT NULL PRIMARY KEY,"
                               " secret TEXT NOT NULL)"),
                // One row: which dispatcher holds the store (see ARCHITECTURE, Processes).
                QStringLiteral("CREATE TABLE dispatcher_lease ("
                               " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                               " host TEXT NOT NULL,"
                               " pid BIGINT NOT NULL,"
                               " holder TEXT NOT NULL DEFAULT '',"
                               " instance TEXT NOT NULL DEFAULT '',"
                               " acquired_at BIGINT NOT NULL,"
                               " heartbeat_at BIGINT NOT NULL)"),
            }};
}

// Why: a campaign import commits in slices (so a running dispatcher is never locked out of the
// store for the length of a big import) and is marked `importing` until its last slice. The
// new columns say which process is importing, so a crashed import can be told from a live one
// and removed (CampaignLifecycle::removeAbandonedImports) instead of lingering half-written.
//
// The two index changes make each imported message cheaper to write (measured with
// tests/bench/benchcampaign, 1,000,000 rows: about 1 s less of the import's writer thread):
// - messages_provider_sid becomes partial: only messages Restcomm accepted have a SID, and
//   `provider_sid = :sid` look-ups (reconciliation) still use it;
// - messages_to goes: the only query on to_number is the log's `LIKE '%digits%'`, which no
//   B-tree index can serve, while keeping it cost a random-order insert per message.
Migration campaignImports()
{
    return {2,
            "campaigns: importing process and heartbeat; cheaper message indexes for bulk imports",
            {
                QStringLiteral("ALTER TABLE campaigns ADD COLUMN import_host TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE campaigns ADD COLUMN import_pid BIGINT NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE campaigns ADD COLUMN import_heartbeat_at BIGINT NOT NULL DEFAULT 0"),
                QStringLiteral("DROP INDEX messages_provider_sid"),
                QStringLiteral("CREATE INDEX messages_provider_sid ON messages(provider_sid) WHERE provider_sid IS "
                               "NOT NULL"),
                QStringLiteral("DROP INDEX messages_to"),
            }};
}

// Why: the status bar counts today's failed messages four times a second while a dispatcher
// writes. Through messages_due that is one table lookup per failed message ever stored (about
// 200 ms on the GUI thread with 40,000 of them); with this index it is a short range. Partial,
// so the pending, queued and sent messages (nearly all of them) do not pay for it on every
// import and transition; `state = 'failed'` in the query lets SQLite use it.
Migration messagesByStateAndTime()
{
    return {3,
            "messages: index of the failed ones by last change",
            {
                QStringLiteral(
                    "CREATE INDEX messages_failed_updated ON messages(state, updated_at) WHERE state = 'failed'"),
            }};
}

// Why: "Retry failed" on an accepted message clears its SID for the new attempt. If that
// attempt's outcome is then unknown, reconciliation searches Restcomm for the same recipient,
// sender and body, and the first attempt's record matches: the message would be called sent
// without being sent again. The SIDs a message gave up are kept here, and never matched.
Migration retiredProviderSids()
{
    return {4,
            "provider SIDs of earlier attempts, which reconciliation must not match",
            {
                QStringLiteral("CREATE TABLE retired_provider_sids ("
                               " sid TEXT NOT NULL PRIMARY KEY,"
                               " message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                               " retired_at BIGINT NOT NULL)"),
                // Deleting a message (a discarded draft) looks its retired SIDs up by message.
                QStringLiteral("CREATE INDEX retired_provider_sids_message ON retired_provider_sids(message_id)"),
            }};
}

// Why: removing a carrier whose token is in the keychain cannot delete the keychain entry in the
// store's transaction. The removal is recorded here in that transaction, and the entry deleted
// after the commit; one the keychain refuses stays listed and is tried again later, so a removed
// carrier's token is never left behind for good (nor deleted while its row might still stay).
Migration secretRemovals()
{
    return {5,
            "keychain tokens of removed carriers, still to delete from the keychain",
            {
                QStringLiteral("CREATE TABLE secret_removals ("
                               " ref TEXT NOT NULL PRIMARY KEY,"
                               " scheduled_at BIGINT NOT NULL)"),
            }};
}

// Why: a single send (Compose, `smsrouter-cli send`) that repeats one made minutes ago is asked
// about first (SendService::RepeatWindow). Only single sends are looked up, so the index leaves
// campaign messages out and costs a campaign import nothing.
Migration singleSendsByNumber()
{
    return {6,
            "single sends by number and time, to find a repeated send",
            {
                QStringLiteral("CREATE INDEX messages_single_to ON messages(to_number, created_at) "
                               "WHERE campaign_id IS NULL"),
            }};
}

// Why: the status bar counts what was not delivered today (failed and undelivered alike, one
// word everywhere); undelivered messages by time need their own short range, as failed ones have.
Migration undeliveredByTime()
{
    return {7,
            "undelivered messages by time, for the count of what was not delivered today",
            {
                QStringLiteral("CREATE INDEX messages_undelivered_updated ON messages(state, updated_at) "
                               "WHERE state = 'undelivered'"),
            }};
}

// Why: a carrier's health (failures in a row, refused connections, the breaker, the last error)
// was only in the running dispatcher's memory, so the CLI could not show it and a window showed
// "ok" for a carrier refusing every request. The dispatcher now keeps it here.
Migration carrierHealth()
{
    return {8,
            "each carrier's health as the dispatcher last saw it",
            {
                QStringLiteral("CREATE TABLE carrier_health ("
                               " carrier_id INTEGER NOT NULL PRIMARY KEY REFERENCES carriers(id) ON DELETE CASCADE,"
                               " state TEXT NOT NULL,"
                               " consecutive_failures INTEGER NOT NULL,"
                               " refused_connections INTEGER NOT NULL,"
                               " last_error TEXT NOT NULL,"
                               " last_error_at BIGINT NOT NULL,"
                               " last_success_at BIGINT NOT NULL,"
                               " updated_at BIGINT NOT NULL)"),
            }};
}

// Why: replies from handsets are read from Restcomm's SMS list (direction inbound) instead of a
// webhook, and a STOP reply opts its sender out by itself. The provider SID is unique, so a reply
// fetched twice (a restart, two rounds racing) is stored once. An opt-out remembers where it came
// from, because START takes a number off the list only when a reply put it there. A stop reply's
// confirmation (a carrier setting) is remembered on the reply: it is the one message the
// dispatcher sends to a number that has just opted out.
// Owned by the Inbox work (issue 12).
Migration inboundReplies()
{
    return {
        9,
        "replies read from Restcomm, and where each opt-out came from",
        {
            QStringLiteral("CREATE TABLE inbound_messages ("
                           " id {{id}},"
                           " provider_sid TEXT NOT NULL UNIQUE,"
                           " carrier_id BIGINT REFERENCES carriers(id) ON DELETE SET NULL,"
                           " from_number TEXT NOT NULL,"
                           " to_number TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " received_at BIGINT NOT NULL,"
                           " fetched_at BIGINT NOT NULL,"
                           " message_id BIGINT REFERENCES messages(id) ON DELETE SET NULL,"
                           " campaign_id BIGINT REFERENCES campaigns(id) ON DELETE SET NULL,"
                           " stop_word TEXT,"
                           " read_at BIGINT,"
                           " confirmation_message_id BIGINT REFERENCES messages(id) ON DELETE SET NULL)"),
            QStringLiteral("CREATE INDEX inbound_messages_received ON inbound_messages(received_at)"),
            QStringLiteral("CREATE INDEX inbound_messages_carrier ON inbound_messages(carrier_id, received_at)"),
            QStringLiteral("CREATE INDEX inbound_messages_from ON inbound_messages(from_number, received_at)"),
            QStringLiteral("CREATE INDEX inbound_messages_campaign ON inbound_messages(campaign_id)"),
            QStringLiteral("ALTER TABLE optouts ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'"),
            QStringLiteral("ALTER TABLE optouts ADD COLUMN campaign_id BIGINT"),
            QStringLiteral("ALTER TABLE carriers ADD COLUMN confirm_stop INTEGER NOT NULL DEFAULT 0"),
            // A reply is linked to the latest outbound message to its sender. campaignImports()
            // dropped messages_to (nothing looked numbers up then), and messages_single_to holds
            // single sends only; without this each reply would scan the message table.
            QStringLiteral("CREATE INDEX messages_to_created ON messages(to_number, created_at)"),
            // The dispatcher's opt-out check lets a stop reply's own confirmation through.
            QStringLiteral("CREATE INDEX inbound_messages_confirmation ON inbound_messages(confirmation_message_id) "
                           "WHERE confirmation_message_id IS NOT NULL"),
        }};
}

// Why: the dashboard draws traffic by minute, hour and day for a store of millions of messages
// once a second; counting the message table each time would not keep up. The counters are kept
// per minute, carrier and state in the same transaction as each transition.
// Owned by the Dashboard work (issue 12).
//
// - traffic_minutes: one row per minute, carrier (0: none) and state a message entered, with
//   its messages, segments and estimated cost (the rule's price when it was routed), and what
//   Restcomm reported as the price (price_micros, positive). Times are the minute's start in ms.
// - traffic_hours: the same per hour, so a week's chart and a month's cost read a few thousand
//   rows instead of hundreds of thousands (TrafficRepository adds the odd minutes at the edges).
// - Both are kept by triggers (SqlDialect::trafficEventTrigger, trafficPriceTrigger), so every
//   writer of an event counts, present and future, in its own transaction.
// - The backfill counts the events already stored, with each message's present carrier (an
//   event does not say which carrier it was sent through), and each stored price once.
Migration trafficMinutes()
{
    const QString countedStates =
        QStringLiteral("('sent', 'delivered', 'undelivered', 'failed', 'unknown', 'rejected')");
    return {
        10,
        "messages, segments and cost per minute, carrier and state, for the dashboard",
        {
            QStringLiteral("CREATE TABLE traffic_minutes ("
                           " minute BIGINT NOT NULL,"
                           " carrier_id BIGINT NOT NULL DEFAULT 0,"
                           " state TEXT NOT NULL,"
                           " messages BIGINT NOT NULL DEFAULT 0,"
                           " segments BIGINT NOT NULL DEFAULT 0,"
                           " cost_micros BIGINT NOT NULL DEFAULT 0,"
                           " price_micros BIGINT NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (minute, carrier_id, state)){{clustered}}"),
            QStringLiteral("CREATE TABLE traffic_hours ("
                           " hour BIGINT NOT NULL,"
                           " carrier_id BIGINT NOT NULL DEFAULT 0,"
                           " state TEXT NOT NULL,"
                           " messages BIGINT NOT NULL DEFAULT 0,"
                           " segments BIGINT NOT NULL DEFAULT 0,"
                           " cost_micros BIGINT NOT NULL DEFAULT 0,"
                           " price_micros BIGINT NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (hour, carrier_id, state)){{clustered}}"),
            QStringLiteral("INSERT INTO traffic_minutes (minute, carrier_id, state, messages, segments, cost_micros)"
                           " SELECT e.at - e.at % 60000, COALESCE(m.carrier_id, 0), e.to_state, COUNT(*),"
                           " SUM(m.segments), SUM(m.cost_micros)"
                           " FROM message_events e JOIN messages m ON m.id = e.message_id"
                           " WHERE e.to_state IN %1 AND e.from_state <> e.to_state GROUP BY 1, 2, 3")
                .arg(countedStates),
            QStringLiteral("INSERT INTO traffic_minutes (minute, carrier_id, state, price_micros)"
                           " SELECT updated_at - updated_at % 60000, COALESCE(carrier_id, 0), state,"
                           " CAST(SUM(ROUND(ABS(CAST(price AS REAL)) * 1000000)) AS BIGINT)"
                           " FROM messages WHERE price <> '' GROUP BY 1, 2, 3"
                           " ON CONFLICT (minute, carrier_id, state) DO UPDATE"
                           " SET price_micros = traffic_minutes.price_micros + excluded.price_micros"),
            QStringLiteral("INSERT INTO traffic_hours (hour, carrier_id, state, messages, segments, cost_micros,"
                           " price_micros)"
                           " SELECT minute - minute % 3600000, carrier_id, state, SUM(messages), SUM(segments),"
                           " SUM(cost_micros), SUM(price_micros) FROM traffic_minutes GROUP BY 1, 2, 3"),
            QStringLiteral("{{traffic_event_trigger}}"),
            QStringLiteral("{{traffic_price_trigger}}"),
        }};
}

Migration teamMode()
{
    return {11,
            "team mode: the dispatchers at work, each carrier's shared send state, change notifications",
            {
                // Every dispatcher at work on the store, by its instance (PostgreSQL: many at
                // once; SQLite keeps its one dispatcher_lease). A row whose heartbeat is older
                // than the lease is a dead dispatcher: its claims are taken over.
                QStringLiteral("CREATE TABLE dispatchers ("
                               " instance TEXT NOT NULL PRIMARY KEY,"
                               " host TEXT NOT NULL,"
                               " pid BIGINT NOT NULL,"
                               " holder TEXT NOT NULL DEFAULT '',"
                               " started_at BIGINT NOT NULL,"
                               " heartbeat_at BIGINT NOT NULL)"),
                // The dispatcher that moved a message into `submitting`.
                QStringLiteral("ALTER TABLE messages ADD COLUMN claimed_by TEXT"),
                // What a carrier promises, held for all dispatchers together: its send grid
                // (fractional ms, the database server's clock) and the times of its last sends
                // (the rate), how long its breaker is open and until when one dispatcher's probe
                // has it. Taken row by row with FOR UPDATE in the claim's transaction.
                QStringLiteral("CREATE TABLE carrier_send_state ("
                               " carrier_id BIGINT NOT NULL PRIMARY KEY REFERENCES carriers(id) ON DELETE CASCADE,"
                               " next_slot_at DOUBLE PRECISION NOT NULL DEFAULT 0,"
                               " recent_sends TEXT NOT NULL DEFAULT '',"
                               " breaker_open_until BIGINT NOT NULL DEFAULT 0,"
                               " breaker_reason TEXT NOT NULL DEFAULT '',"
                               " breaker_probe_until BIGINT NOT NULL DEFAULT 0)"),
                QStringLiteral("{{change_notifications}}"),
            }};
}

// Why: starting a million-message campaign wrote a million `message_events` rows and updated
// every message (4.8 s, all of it holding the store's write lock). A campaign's start, pause and
// resume are now one row here each; the messages move later, a slice at a time, as dispatchers
// promote them (CampaignPromoter), and a message's timeline shows the campaign's events that
// concern it (MessageTimeline). No change notification of its own on PostgreSQL: every event is
// written in the transaction that changes its `campaigns` row, which notifies.
Migration campaignEvents()
{
    return {12,
            "campaign events: a campaign's start, pause and resume as one row each instead of one per message",
            {
                QStringLiteral("CREATE TABLE campaign_events ("
                               " id {{id}},"
                               " campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                               " at BIGINT NOT NULL,"
                               " from_state TEXT NOT NULL,"
                               " to_state TEXT NOT NULL,"
                               " messages_from TEXT NOT NULL DEFAULT '',"
                               " messages_to TEXT NOT NULL DEFAULT '',"
                               " messages INTEGER NOT NULL DEFAULT 0,"
                               " detail TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX campaign_events_campaign ON campaign_events(campaign_id)"),
            }};
}

// Why: an opt-out import of a million numbers commits in slices, so that a dispatcher sharing the
// store waits milliseconds for it, not the whole import. A cancelled or failed import must still
// keep nothing: each row it inserts carries its import's id, and those rows (only those: a
// number opted out before keeps its row and its marker) are deleted again. A finished import's
// row says `done` and its numbers are ordinary opt-outs. Owned by the opt-out import (issue 14).
//
// - optout_imports: one row per import, with who runs it (host, pid) and a heartbeat written
//   with every slice; an `importing` row whose process is gone is an abandoned import, whose
//   numbers the next session removes (OptOutService::removeAbandonedImports).
// - optouts.import_id: the import that inserted the number; NULL for one added by hand or by a
//   STOP reply. No index: the clean-up walks the primary key (OptOutRepository::importedNumbers).
// - SQLite: optouts becomes a WITHOUT ROWID table, kept in the order of its primary key. A
//   rowid table with a TEXT primary key is two B-trees (the rows and the key's index); a million
//   numbers inserted in order wrote both. Measured on the bench's import: a third less to write
//   (45 MB instead of 67 MB) and about a third less time writing. PostgreSQL keeps its heap and
//   index: only the column is added.
Migration optOutImports()
{
    return {13,
            "opt-out imports in slices: which import added each number, so a cancelled one keeps nothing",
            {
                QStringLiteral("CREATE TABLE optout_imports ("
                               " id {{id}},"
                               " source_file TEXT NOT NULL DEFAULT '',"
                               " state TEXT NOT NULL DEFAULT 'importing' CHECK (state IN ('importing', 'done')),"
                               " host TEXT NOT NULL,"
                               " pid BIGINT NOT NULL,"
                               " started_at BIGINT NOT NULL,"
                               " heartbeat_at BIGINT NOT NULL)"),
                QStringLiteral("{{sqlite}}CREATE TABLE optouts_clustered ("
                               " e164 TEXT NOT NULL PRIMARY KEY,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " added_at BIGINT NOT NULL,"
                               " source TEXT NOT NULL DEFAULT 'manual',"
                               " campaign_id BIGINT,"
                               " import_id BIGINT){{clustered}}"),
                QStringLiteral("{{sqlite}}INSERT INTO optouts_clustered (e164, reason, added_at, source, campaign_id)"
                               " SELECT e164, reason, added_at, source, campaign_id FROM optouts"),
                QStringLiteral("{{sqlite}}DROP TABLE optouts"),
                QStringLiteral("{{sqlite}}ALTER TABLE optouts_clustered RENAME TO optouts"),
                QStringLiteral("{{postgres}}ALTER TABLE optouts ADD COLUMN import_id BIGINT"),
            }};
}

// Why: every imported message cost a random-order insert into messages_to_created (the number
// is the key), the largest single cost of a million-row import after the row itself: inserting
// 960,000 messages to random numbers took 11.6 s with it and 5.3 s without (issue 14, on a
// loaded machine). Its readers only want messages a
// handset could have seen: a reply is linked to the latest message *sent* to its number, and a
// conversation shows what was exchanged. A message enters the index when it is submitted (the
// claim sets submitted_at), so the cost moves to the dispatcher, one message at a time; single
// sends that never left keep messages_single_to.
Migration submittedByNumber()
{
    return {14,
            "messages by number: only those submitted to a carrier, so imports do not pay for the index",
            {
                QStringLiteral("DROP INDEX messages_to_created"),
                QStringLiteral("CREATE INDEX messages_to_submitted ON messages(to_number, created_at) "
                               "WHERE submitted_at IS NOT NULL"),
            }};
}

// Why: messages_due (state, carrier_id, next_attempt_at) served the dispatcher's reads, but it
// held every message, so a campaign import paid an index entry per recipient for messages no
// dispatcher reads that way: pending ones are queued through messages_campaign_state, 5,000 at a
// time. By SQL alone (tests/bench/campaign-floor.sh) the million-row insert took 2.48 s with the
// full index and 1.64 s without it (issue 14). A message enters the index when it is queued.
// SQLite uses a partial index only for a query whose WHERE holds the index's condition as
// written, so the readers that want it say `state <> 'pending'` (messageindexes::notPending).
Migration dueMessagesLeavePendingOut()
{
    return {15,
            "messages due: pending ones left out, so imports do not pay for the index",
            {
                QStringLiteral("DROP INDEX messages_due"),
                QStringLiteral("CREATE INDEX messages_due ON messages(state, carrier_id, next_attempt_at) "
                               "WHERE state <> 'pending'"),
            }};
}

} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> list {initialSchema(),       campaignImports(),   messagesByStateAndTime(),
                                        retiredProviderSids(), secretRemovals(),    singleSendsByNumber(),
                                        undeliveredByTime(),   carrierHealth(),     inboundReplies(),
                                        trafficMinutes(),      teamMode(),          campaignEvents(),
                                        optOutImports(),       submittedByNumber(), dueMessagesLeavePendingOut()};
    return list;
}

int latestVersion()
{
    return all().constLast().version;
}

namespace {

/// PostgreSQL: several programs may open a new team store at the same moment (three
/// dispatchers started together). One migrates at a time, each under a lock the server holds
/// for the session, and each reads the version again once it holds it.
class MigrationLock final
{
public:
    MigrationLock(const QSqlDatabase &db, const SqlDialect &dialect)
        : m_db(db)
        , m_held(dialect.kind() == SqlDialect::Kind::Postgres)
    {
        if (m_held)
            m_held = sql::run(m_db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key)).ok();
    }
    ~MigrationLock()
    {
        if (m_held)
            (void)sql::run(m_db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
    }
    Q_DISABLE_COPY_MOVE(MigrationLock)

private:
    static constexpr qint64 key = 0x534d5352; // "SMSR"
    QSqlDatabase m_db;
    bool m_held;
};

} // namespace

Result<int> migrate(const QSqlDatabase &db, const SqlDialect &dialect, int current)
{
    const MigrationLock lock(db, dialect);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   " version INTEGER NOT NULL PRIMARY KEY,"
                                   " description TEXT NOT NULL,"
                                   " applied_at BIGINT NOT NULL)")))
        return Error::failed(QCoreApplication::translate("Migrations", "Could not create the schema_version table: %1")
                                 .arg(query.lastError().text()));
    if (auto done = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")))
        current = std::max(current, done->toInt()); // another program may have migrated meanwhile

    for (const Migration &migration : all()) {
        if (migration.version <= current)
            continue;
        if (!query.exec(dialect.beginWrite()))
            return Error::failed(QCoreApplication::translate("Migrations", "Could not start migration %1: %2")
                                     .arg(migration.version)
                                     .arg(query.lastError().text()));
        for (const QString &statement : migration.statements) {
            const QString expanded = dialect.expand(statement);
            if (expanded.isEmpty())
                continue; // not written for this dialect yet (see SqlDialect)
            if (!query.exec(expanded)) {
                const QString why = query.lastError().text();
                query.exec(QStringLiteral("ROLLBACK"));
                return Error::failed(
                    QCoreApplication::translate("Migrations", "Migration %1 failed and was rolled back: %2")
                        .arg(migration.version)
                        .arg(why));
            }
        }
        auto recorded = sql::run(db,
                                 QStringLiteral("INSERT INTO schema_version (version, description, applied_at)"
                                                " VALUES (:v, :d, :t)"),
                                 {{"v", migration.version},
                                  {"d", QString::fromUtf8(migration.description)},
                                  {"t", QDateTime::currentMSecsSinceEpoch()}});
        if (!recorded || !query.exec(QStringLiteral("COMMIT"))) {
            query.exec(QStringLiteral("ROLLBACK"));
            return Error::failed(QCoreApplication::translate("Migrations", "Migration %1 could not be recorded.")
                                     .arg(migration.version));
        }
        qCInfo(lcStore) << "applied migration" << migration.version << migration.description;
        current = migration.version;
    }
    return current;
}

} // namespace migrations

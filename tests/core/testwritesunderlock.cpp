// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Every write of every service is all or nothing, even when the store is not ours alone.
//
// Two tables run each write operation of the faces (carriers, tokens, rules, rate card,
// carriers.json, opt-outs, campaign import and lifecycle, message actions, single sends,
// settings) on a small seeded store and compare the whole store (every table, and the fake
// keychain) before and after:
//
// - writeWhileAnotherProgramHoldsTheStore: a second connection holds the write lock (BEGIN
//   IMMEDIATE) for longer than this connection waits. `held`: it keeps the lock throughout.
//   `released`: it lets go right after the operation's first statement gave up waiting, which is
//   exactly when a statement run outside a transaction that never began would commit on its own.
// - failureHalfway: the k-th write statement of the operation fails (SQLite interrupts it, as a
//   failed disk write would, and rolls back the transaction it was in), for every k.
//
// The rule in both: either the operation reports success and the store is exactly what the same
// operation makes of the same store when nothing goes wrong, or it reports failure and the store
// (keychain included) is exactly as it was.
#include "campaign/campaignimporter.h"
#include "campaign/campaignservice.h"
#include "carriers/carrierservice.h"
#include "dispatch/campaignpromoter.h"
#include "dispatch/messageactions.h"
#include "dispatch/sendservice.h"
#include "inbox/inboxservice.h"
#include "inbox/replyprocessor.h"
#include "inbox/stopwords.h"
#include "messagetesting.h"
#include "optouts/optoutservice.h"
#include "routing/carriersjsonimporter.h"
#include "routing/ratecardfile.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testprogram.h"
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>

using namespace std::chrono_literals;

namespace {

// ---------------------------------------------------------------------------------------------
// The seeded store

const QString recipientsFile = QStringLiteral("recipients.csv");
const QString ratesFile = QStringLiteral("rates.csv");
const QString optOutsFile = QStringLiteral("optouts.csv");

/// What seed() stored, for the operations to refer to.
struct Fixture
{
    QString dir; ///< the store's folder, holding the input files of the imports
    qint64 ptMobile = 0; ///< carrier with both rules and messages
    qint64 spare = 0; ///< carrier without rules or messages (the one that may be removed)
    qint64 countryRule = 0; ///< country PT → PT Mobile
    qint64 prefixRule = 0; ///< prefix 44 → PT Mobile
    qint64 draftCampaign = 0;
    qint64 runningCampaign = 0; ///< its messages are queued
    qint64 pausedCampaign = 0; ///< its messages are pending again
    qint64 queuedMessage = 0; ///< one of the running campaign's
    qint64 failedMessage = 0; ///< a single send that failed after Restcomm gave it a SID
    qint64 unknownMessage = 0; ///< a single send whose outcome is unknown
    qint64 reply = 0; ///< an unread reply to the running campaign

    QString file(const QString &name) const { return QDir(dir).filePath(name); }
};

/// A reply as Restcomm's SMS list gives it.
SmsRecord lockedTestReply(const QString &sid, const QString &from, const QString &body, qint64 atMs)
{
    SmsRecord r;
    r.sid = sid;
    r.from = from;
    r.to = QStringLiteral("Router");
    r.body = body;
    r.status = QStringLiteral("received");
    r.direction = QStringLiteral("inbound");
    r.dateCreated = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return r;
}

Carrier newCarrier(const QString &name, int sidNumber)
{
    Carrier carrier;
    carrier.name = name;
    carrier.accountSid = testAccountSid(sidNumber);
    return carrier;
}

Rule newRule(Rule::Kind kind, const QString &value, qint64 carrierId, qint64 costMicros)
{
    Rule rule;
    rule.kind = kind;
    rule.value = value;
    rule.carrierId = carrierId;
    rule.costMicros = costMicros;
    return rule;
}

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return Error::failed(QStringLiteral("could not write %1: %2").arg(path, file.errorString()));
    return {};
}

/// Imports the recipients file as a draft campaign on the session's own connection, as the CLI does.
Result<ImportSummary> importRecipients(Session &session, const QString &path, const QString &name)
{
    CampaignImporter importer(session.database(), session.campaigns().importContext());
    CampaignImportRequest request;
    request.filePath = path;
    request.name = name;
    request.sender = QStringLiteral("Shop");
    request.bodyTemplate = QStringLiteral("Hi {name}");
    return importer.run(request);
}

/// The tutorial's carriers.json with two countries the seeded rules do not cover.
QByteArray carriersJson()
{
    const QString entry = QStringLiteral(R"("%1": {"carrier": "%2", "acctsid": "%3", "accttoken": "%4"})");
    const QString json = QLatin1Char('{')
        + entry.arg(QStringLiteral("germany"), QStringLiteral("DE Carrier"), testAccountSid(3),
                    QStringLiteral("token-de"))
        + QStringLiteral(", ")
        + entry.arg(QStringLiteral("spain"), QStringLiteral("ES Carrier"), testAccountSid(4),
                    QStringLiteral("token-es"))
        + QLatin1Char('}');
    return json.toUtf8();
}

/// A small store with something for every operation to change: default region PT; carriers
/// "PT Mobile" (country rule PT, prefix rule 44, messages) and "Spare" (nothing); an opt-out;
/// a draft, a running and a paused campaign imported from a tiny CSV (with an opted-out and an
/// invalid row, so there are rejects); a failed and an unknown single send; an unread reply. Also writes the
/// input files of the imports into `dir`.
Result<Fixture> seed(Session &session, const QString &dir)
{
    Fixture f;
    f.dir = dir;
    const QList<std::pair<QString, QByteArray>> files {
        {recipientsFile, "phone,name\n+351912000001,Ana\n+351912000002,Rui\n+351912000099,Eva\nnot a number,Bad\n"},
        {ratesFile, "prefix,country,carrier,priority,weight,cost\n,PT,PT Mobile,1,1,0.02\n49,,Spare,1,1,0.03\n"},
        {optOutsFile, "phone,reason\n+351912000301,asked by phone\n+351912000302,\n+351912000099,again\n"},
    };
    for (const auto &[name, content] : files) {
        if (auto written = writeFile(f.file(name), content); !written)
            return written.error();
    }

    if (auto region = session.settings().setDefaultRegion(QStringLiteral("PT")); !region)
        return region.error();

    auto ptMobile = session.carriers().add(newCarrier(QStringLiteral("PT Mobile"), 1), "token-pt");
    if (!ptMobile)
        return ptMobile.error();
    f.ptMobile = ptMobile->id;
    auto spare = session.carriers().add(newCarrier(QStringLiteral("Spare"), 2), "token-spare");
    if (!spare)
        return spare.error();
    f.spare = spare->id;

    auto country = session.rules().add(newRule(Rule::Kind::Country, QStringLiteral("PT"), f.ptMobile, 12'500));
    if (!country)
        return country.error();
    f.countryRule = country->id;
    auto prefix = session.rules().add(newRule(Rule::Kind::Prefix, QStringLiteral("44"), f.ptMobile, 30'000));
    if (!prefix)
        return prefix.error();
    f.prefixRule = prefix->id;

    // Before the imports, so that they reject this number as opted out.
    if (auto optOut = session.optouts().add(QStringLiteral("+351912000099"), QStringLiteral("STOP reply")); !optOut)
        return optOut.error();

    const auto importCampaign = [&](const QString &name, qint64 *id) -> Status {
        auto summary = importRecipients(session, f.file(recipientsFile), name);
        if (!summary)
            return summary.error();
        *id = summary->campaignId;
        return {};
    };
    if (auto ok = importCampaign(QStringLiteral("Draft"), &f.draftCampaign); !ok)
        return ok.error();
    if (auto ok = importCampaign(QStringLiteral("Running"), &f.runningCampaign); !ok)
        return ok.error();
    if (auto ok = importCampaign(QStringLiteral("Paused"), &f.pausedCampaign); !ok)
        return ok.error();
    for (qint64 id : {f.runningCampaign, f.pausedCampaign}) {
        if (auto started = session.campaigns().start(id); !started)
            return started.error();
    }
    if (auto paused = session.campaigns().pause(f.pausedCampaign); !paused)
        return paused.error();
    // A dispatcher queues the running campaign's messages (CampaignPromoter).
    if (auto promoted = CampaignPromoter(session.database(), session.clock(), {}).promote(); !promoted)
        return promoted.error();
    auto queued =
        sql::scalar(session.database().connection(),
                    QStringLiteral("SELECT MIN(id) FROM messages WHERE campaign_id = :c AND state = 'queued'"),
                    {{"c", f.runningCampaign}});
    if (!queued)
        return queued.error();
    f.queuedMessage = queued->toLongLong();
    if (f.queuedMessage == 0)
        return Error::failed(QStringLiteral("the running campaign has no queued message"));

    // Messages in the states the message actions start from, stored as the dispatcher leaves them.
    MessageRepository messages(session.database());
    Message failed = messagetesting::make(QStringLiteral("+447911000001"), f.ptMobile, MessageState::Failed);
    failed.providerSid = QStringLiteral("SM0000000000000000000000000000f001");
    failed.lastError = QStringLiteral("Restcomm answered 400: unknown destination");
    failed.attempts = 1;
    auto storedFailed = messages.insert(failed, QStringLiteral("seeded as failed"));
    if (!storedFailed)
        return storedFailed.error();
    f.failedMessage = storedFailed->id;
    Message unknown = messagetesting::make(QStringLiteral("+447911000002"), f.ptMobile, MessageState::Unknown);
    unknown.attempts = 1;
    auto storedUnknown = messages.insert(unknown, QStringLiteral("seeded as unknown"));
    if (!storedUnknown)
        return storedUnknown.error();
    f.unknownMessage = storedUnknown->id;
    auto replied = ReplyProcessor(session.database(), session.clock())
                       .store({f.ptMobile, QStringLiteral("PT Mobile"), false},
                              {lockedTestReply(QStringLiteral("SM%1").arg(1, 32, 10, QLatin1Char('0')),
                                               QStringLiteral("+447911000001"), QStringLiteral("Thanks"),
                                               session.clock().nowMs())},
                              StopWords(), QStringLiteral("PT"));
    if (!replied)
        return replied.error();
    auto replyId = sql::scalar(session.database().connection(), QStringLiteral("SELECT MAX(id) FROM inbound_messages"));
    if (!replyId)
        return replyId.error();
    f.reply = replyId->toLongLong();
    return f;
}

/// A freshly seeded store in its own folder, with a clock that only moves when told to.
struct SeededStore
{
    ManualClock clock; // declared first: the session keeps a reference to it
    TempStore store;
    std::unique_ptr<Session> session;
    Fixture fixture;
};

Result<std::unique_ptr<SeededStore>> seededStore(SecretBackend backend)
{
    auto seeded = std::make_unique<SeededStore>();
    seeded->session = seeded->store.openSession(backend, &seeded->clock);
    auto fixture = seed(*seeded->session, seeded->store.dirPath());
    if (!fixture)
        return Error::failed(QStringLiteral("Seeding the store failed: %1").arg(fixture.errorMessage()));
    seeded->fixture = *fixture;
    // The operations' times then differ from the seed's, so a change of time alone shows too.
    seeded->clock.advance(1min);
    return seeded;
}

// ---------------------------------------------------------------------------------------------
// Snapshots of the whole store

QString uniqueConnectionName(const char *purpose)
{
    static int serial = 0;
    return QStringLiteral("testwritesunderlock-%1-%2").arg(QLatin1String(purpose)).arg(++serial);
}

QString cellText(const QString &table, const QString &column, const QSqlQuery &row, int index)
{
    // Written with the wall clock by the migrations, so it differs between two seeded stores.
    if (table == QLatin1String("schema_version") && column == QLatin1String("applied_at"))
        return QStringLiteral("<migration time>");
    if (row.isNull(index))
        return QStringLiteral("NULL");
    const QVariant value = row.value(index);
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    return value.toString();
}

/// Token references are random UUIDs: two runs of the same operation differ only there.
QString maskUuids(QString text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    return text.replace(uuid, QStringLiteral("<uuid>"));
}

/// Every row of every table of the store ("table|column=value|…", tables by name, rows by rowid
/// or, in a table without one, by all their columns)
/// and every entry of the keychain, read through a connection of its own. Includes
/// secret_removals and schema_version; the dispatcher lease too (no operation here takes it, so
/// it stays empty and deterministic). Leaves out only SQLite's own tables.
QString snapshot(const QString &storePath, const FakeCredentialStore &keychain)
{
    QStringList lines;
    const QString name = uniqueConnectionName("snapshot");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        if (!db.open()) {
            lines.append(QStringLiteral("could not open the store: ") + db.lastError().text());
        } else {
            QStringList tables;
            {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name")))
                    lines.append(QStringLiteral("could not list the tables: ") + query.lastError().text());
                while (query.next())
                    tables.append(query.value(0).toString());
            }
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery rows(db);
                // A WITHOUT ROWID table (optouts, the traffic counters) in the order of all its columns.
                QString order = QStringLiteral("rowid");
                if (QSqlQuery probe(db); !probe.exec(QStringLiteral("SELECT rowid FROM \"%1\" LIMIT 0").arg(table))
                    && probe.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table))) {
                    QStringList all;
                    for (int i = 1; i <= probe.record().count(); ++i)
                        all.append(QString::number(i));
                    order = all.join(QStringLiteral(", "));
                }
                if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order))) {
                    lines.append(table + QStringLiteral("|could not be read: ") + rows.lastError().text());
                    continue;
                }
                const QSqlRecord columns = rows.record();
                while (rows.next()) {
                    QStringList cells {table};
                    for (int i = 0; i < columns.count(); ++i) {
                        const QString cell =
                            columns.fieldName(i) + QLatin1Char('=') + cellText(table, columns.fieldName(i), rows, i);
                        cells.append(cell);
                    }
                    lines.append(maskUuids(cells.join(QLatin1Char('|'))));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    // One copy of the entries: iterators of two calls to entries() must never be compared.
    const QHash<QString, QByteArray> stored = keychain.entries();
    QStringList entries;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        entries.append(
            maskUuids(QStringLiteral("keychain|key=%1|secret=%2").arg(it.key(), QString::fromUtf8(it.value()))));
    entries.sort(); // a QHash has no order of its own
    lines.append(entries);
    return lines.join(QLatin1Char('\n'));
}

/// A snapshot without its secret_removals rows (see failureHalfway).
QString withoutPendingRemovals(const QString &snapshot)
{
    QStringList lines = snapshot.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("secret_removals|")); });
    return lines.join(QLatin1Char('\n'));
}

QString snapshotOf(SeededStore &seeded)
{
    return snapshot(seeded.store.path(), seeded.store.keychain());
}

/// The lines only `expected` has (-) and only `actual` has (+): what a person needs to see when
/// two snapshots differ (QCOMPARE shortens long strings).
QString difference(const QString &expected, const QString &actual)
{
    const QStringList expectedLines = expected.split(QLatin1Char('\n'));
    const QStringList actualLines = actual.split(QLatin1Char('\n'));
    QStringList out;
    for (const QString &line : expectedLines) {
        if (!actualLines.contains(line))
            out.append(QStringLiteral("  - ") + line);
    }
    for (const QString &line : actualLines) {
        if (!expectedLines.contains(line))
            out.append(QStringLiteral("  + ") + line);
    }
    if (out.isEmpty())
        out.append(QStringLiteral("  (the same lines, repeated a different number of times)"));
    return out.join(QLatin1Char('\n'));
}

/// Prints the difference before the QCOMPARE that follows it fails.
void warnIfDifferent(const QString &expected, const QString &actual, const QString &context)
{
    if (expected != actual)
        qWarning().noquote() << context << "\n" << difference(expected, actual);
}

// ---------------------------------------------------------------------------------------------
// The operations

template<typename T>
Status toStatus(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

/// One write operation as a face calls it, on a store seeded by seed().
struct WriteOperation
{
    const char *name;
    std::function<Status(Session &, Fixture &)> run;
    /// Also run with the tokens in the (fake) keychain: the operation writes or retires tokens.
    bool alsoWithKeychain = false;
};

const QList<WriteOperation> &operations()
{
    static const QList<WriteOperation> list {
        // Carriers and their tokens.
        {"carrier add",
         [](Session &s, Fixture &) -> Status {
             return toStatus(s.carriers().add(newCarrier(QStringLiteral("Carrier C"), 3), "token-c"));
         },
         true},
        {"carrier update fields",
         [](Session &s, Fixture &f) -> Status {
             auto carrier = s.carriers().findById(f.ptMobile);
             if (!carrier)
                 return carrier.error();
             carrier->notes = QStringLiteral("Night traffic only");
             carrier->rateLimit = 25.0;
             return toStatus(s.carriers().update(*carrier));
         },
         true},
        {"carrier update with new token",
         [](Session &s, Fixture &f) -> Status {
             auto carrier = s.carriers().findById(f.ptMobile);
             if (!carrier)
                 return carrier.error();
             return toStatus(s.carriers().update(*carrier, QByteArray("token-new")));
         },
         true},
        {"carrier disable", [](Session &s, Fixture &f) -> Status { return s.carriers().setEnabled(f.spare, false); },
         true},
        {"carrier remove", [](Session &s, Fixture &f) -> Status { return s.carriers().remove(f.spare); }, true},

        // Rules.
        {"rule add",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.rules().add(newRule(Rule::Kind::Prefix, QStringLiteral("49"), f.spare, 40'000)));
         }},
        {"rule update",
         [](Session &s, Fixture &f) -> Status {
             auto rule = s.rules().findById(f.countryRule);
             if (!rule)
                 return rule.error();
             rule->priority = 2;
             rule->costMicros = 15'000;
             return toStatus(s.rules().update(*rule));
         }},
        {"rule disable",
         [](Session &s, Fixture &f) -> Status {
             return s.rules().setEnabled(f.countryRule, false);
         }},
        {"rule remove",
         [](Session &s, Fixture &f) -> Status {
             return s.rules().remove(f.prefixRule);
         }},

        // Imports of routing: one rule updated and one added; two carriers with their rules.
        {"rate card import",
         [](Session &s, Fixture &f) -> Status {
             return RateCardFile::import(f.file(ratesFile), s.carriers(), s.rules()).status();
         }},
        {"carriers.json import",
         [](Session &s, Fixture &) -> Status { return CarriersJsonImporter(s).import(carriersJson()).status(); }, true},

        // Opt-outs.
        {"opt-out add",
         [](Session &s, Fixture &) -> Status {
             return toStatus(s.optouts().add(QStringLiteral("+351912000555"), QStringLiteral("STOP reply")));
         }},
        {"opt-out remove",
         [](Session &s, Fixture &) -> Status {
             return toStatus(s.optouts().remove(QStringLiteral("+351912000099")));
         }},
        {"opt-out import",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.optouts().importFile(f.file(optOutsFile)));
         }},

        // Campaigns.
        {"campaign import",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(importRecipients(s, f.file(recipientsFile), QStringLiteral("Autumn sale")));
         }},
        {"campaign start",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.campaigns().start(f.draftCampaign));
         }},
        {"campaign schedule",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.campaigns().schedule(f.draftCampaign, s.clock().now().addSecs(3600)));
         }},
        {"campaign pause",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.campaigns().pause(f.runningCampaign));
         }},
        {"campaign resume",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.campaigns().resume(f.pausedCampaign));
         }},
        {"campaign cancel",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.campaigns().cancel(f.runningCampaign));
         }},

        // Message actions of the delivery log.
        {"message retry",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.messages().retry({f.failedMessage}));
         }},
        {"message requeue unknown",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.messages().requeueUnknown({f.unknownMessage}));
         }},
        {"message mark unknown as sent",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(
                 s.messages().markUnknownSent(f.unknownMessage, QStringLiteral("SMabcdef0123456789abcdef0123456789")));
         }},
        {"message cancel",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(s.messages().cancel({f.queuedMessage}));
         }},

        // A single send.
        {"send",
         [](Session &s, Fixture &) -> Status {
             SendRequest request;
             request.recipients = QStringList {QStringLiteral("+351912000777")};
             request.from = QStringLiteral("Shop");
             request.body = QStringLiteral("Hello from the test");
             return toStatus(s.sends().enqueue(request));
         }},

        // Replies (the dispatcher's fetch stores them; the Inbox marks them read).
        {"reply stored: STOP opts out and queues a confirmation",
         [](Session &s, Fixture &f) -> Status {
             return toStatus(ReplyProcessor(s.database(), s.clock())
                                 .store({f.ptMobile, QStringLiteral("PT Mobile"), true},
                                        {lockedTestReply(QStringLiteral("SM%1").arg(2, 32, 10, QLatin1Char('0')),
                                                         QStringLiteral("+447911000002"), QStringLiteral("stop"),
                                                         s.clock().nowMs())},
                                        StopWords(), QStringLiteral("PT")));
         }},
        {"inbox mark read",
         [](Session &s, Fixture &f) -> Status {
             return s.inbox().markRead({f.reply});
         }},

        // Store-wide settings.
        {"settings stop words",
         [](Session &s, Fixture &) -> Status {
             return s.settings().setStopWords({QStringLiteral("STOP"), QStringLiteral("HALT")});
         }},
        {"settings default region",
         [](Session &s, Fixture &) -> Status {
             return s.settings().setDefaultRegion(QStringLiteral("GB"));
         }},
        {"settings max segments",
         [](Session &s, Fixture &) -> Status {
             return s.settings().setMaxSegments(5);
         }},
        {"settings currency",
         [](Session &s, Fixture &) -> Status {
             return s.settings().setCurrency(QStringLiteral("USD"));
         }},
        {"settings max attempts",
         [](Session &s, Fixture &) -> Status {
             return s.settings().setMaxAttempts(3);
         }},
        {"settings token storage",
         [](Session &s, Fixture &) -> Status {
             return s.settings().setSecretBackend(SecretBackend::Keychain);
         }},
    };
    return list;
}

SecretBackend backendFor(bool keychain)
{
    return keychain ? SecretBackend::Keychain : SecretBackend::Database;
}

/// One data row per operation and token backend; `addRow` adds the rest of the row.
template<typename AddRow>
void forEachOperation(AddRow addRow)
{
    for (qsizetype i = 0; i < operations().size(); ++i) {
        const WriteOperation &operation = operations().at(i);
        for (bool keychain : {false, true}) {
            if (!keychain || operation.alsoWithKeychain)
                addRow(operation, int(i), keychain);
        }
    }
}

/// What the operation makes of a freshly seeded store when nothing goes wrong: the only store a
/// reported success may leave. Also checks that the operation succeeds and changes something
/// there, so that a row cannot pass by never writing. Computed once per operation and backend.
Result<QString> cleanOutcome(const WriteOperation &operation, SecretBackend backend)
{
    static QHash<QString, QString> cache;
    const QString key = QString::fromUtf8(operation.name) + QLatin1Char('/') + secretBackendName(backend);
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;

    auto seeded = seededStore(backend);
    if (!seeded)
        return seeded.error();
    SeededStore &store = **seeded;
    const QString before = snapshotOf(store);
    if (auto ran = operation.run(*store.session, store.fixture); !ran)
        return Error::failed(QStringLiteral("“%1” fails even with nobody else writing: %2")
                                 .arg(QString::fromUtf8(operation.name), ran.errorMessage()));
    const QString after = snapshotOf(store);
    if (after == before)
        return Error::failed(QStringLiteral("“%1” changed nothing on the seeded store, so this test could not tell "
                                            "a write from none")
                                 .arg(QString::fromUtf8(operation.name)));
    cache.insert(key, after);
    return after;
}

// ---------------------------------------------------------------------------------------------
// SQLite hooks

/// The sqlite3 connection under a Database: the handle Qt's SQLite driver opened (see
/// core/store/bulkinserter.cpp). Null when the driver is not SQLite.
sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// A second connection to the store holding its write lock (BEGIN IMMEDIATE), as another program
/// writing to it would, until release().
class StoreHolder final
{
public:
    explicit StoreHolder(const QString &path)
        : m_name(uniqueConnectionName("holder"))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (!m_db.open()) {
            m_error = m_db.lastError().text();
            return;
        }
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_error = begin.lastError().text();
            return;
        }
        m_holding = true;
    }
    ~StoreHolder()
    {
        release();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    StoreHolder(const StoreHolder &) = delete;
    StoreHolder &operator=(const StoreHolder &) = delete;

    bool holding() const { return m_holding; }
    const QString &error() const { return m_error; }

    void release()
    {
        if (!std::exchange(m_holding, false))
            return;
        QSqlQuery rollback(m_db);
        if (!rollback.exec(QStringLiteral("ROLLBACK")))
            qWarning() << "the holder could not let go of the store:" << rollback.lastError().text();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
    bool m_holding = false;
};

/// While it lives, a statement on `handle` that finds the store locked gives up at once: SQLite's
/// busy handler answers 0 and the statement fails with SQLITE_BUSY, as after a busy timeout. When
/// `releaseOnFirstWait` is given, that holder lets go on the first wait, so the store is free for
/// whatever the operation does next. Restores no handler afterwards: the caller sets its busy
/// timeout again.
class GiveUpWhenBusy final
{
public:
    GiveUpWhenBusy(sqlite3 *handle, StoreHolder *releaseOnFirstWait)
        : m_handle(handle)
        , m_release(releaseOnFirstWait)
    {
        sqlite3_busy_handler(m_handle, &GiveUpWhenBusy::onBusy, this);
    }
    ~GiveUpWhenBusy() { sqlite3_busy_handler(m_handle, nullptr, nullptr); }
    GiveUpWhenBusy(const GiveUpWhenBusy &) = delete;
    GiveUpWhenBusy &operator=(const GiveUpWhenBusy &) = delete;

    /// How many times a statement found the store locked.
    int waits() const { return m_waits; }

private:
    static int onBusy(void *context, int)
    {
        auto *self = static_cast<GiveUpWhenBusy *>(context);
        if (++self->m_waits == 1 && self->m_release)
            self->m_release->release(); // another connection: allowed inside a busy handler
        return 0;
    }

    sqlite3 *m_handle;
    StoreHolder *m_release;
    int m_waits = 0;
};

/// While it lives, counts the write statements (INSERT, UPDATE, DELETE, REPLACE) run on `handle`
/// and, when `failAt` > 0, makes the failAt-th one fail: the progress handler interrupts it. SQLite
/// then rolls back the whole transaction it was in and goes back to autocommit, as after a failed
/// disk write (SQLITE_IOERR), so whatever the operation runs next no longer belongs to its
/// transaction. Only that one statement fails; the ones after it run normally.
class WriteFailure final
{
public:
    WriteFailure(sqlite3 *handle, int failAt)
        : m_handle(handle)
        , m_failAt(failAt)
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &WriteFailure::onStatement, this);
        if (m_failAt > 0)
            sqlite3_progress_handler(m_handle, 1, &WriteFailure::onProgress, this);
    }
    ~WriteFailure()
    {
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }
    WriteFailure(const WriteFailure &) = delete;
    WriteFailure &operator=(const WriteFailure &) = delete;

    int writes() const { return m_writes; }
    bool injected() const { return m_injected; }
    /// The SQL of the statement made to fail, for messages.
    const QString &failedStatement() const { return m_failedStatement; }

private:
    static bool isWrite(const QByteArray &sql)
    {
        const QByteArray start = sql.trimmed().left(7).toUpper();
        return start.startsWith("INSERT") || start.startsWith("UPDATE") || start.startsWith("DELETE")
            || start.startsWith("REPLACE");
    }

    /// Called as each statement starts running; `sql` is its text as prepared (unexpanded).
    static int onStatement(unsigned type, void *context, void *, void *sql)
    {
        auto *self = static_cast<WriteFailure *>(context);
        if (type != SQLITE_TRACE_STMT || !sql)
            return 0;
        const QByteArray text(static_cast<const char *>(sql));
        if (isWrite(text) && ++self->m_writes == self->m_failAt) {
            // The next progress callback comes from this statement's own program.
            self->m_armed = true;
            self->m_failedStatement = QString::fromUtf8(text.trimmed());
        }
        return 0;
    }

    static int onProgress(void *context)
    {
        auto *self = static_cast<WriteFailure *>(context);
        if (!std::exchange(self->m_armed, false))
            return 0;
        self->m_injected = true;
        return 1; // interrupt: the statement fails with SQLITE_INTERRUPT
    }

    sqlite3 *m_handle;
    int m_failAt;
    int m_writes = 0;
    bool m_armed = false;
    bool m_injected = false;
    QString m_failedStatement;
};

} // namespace

class TestWritesUnderLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeWhileAnotherProgramHoldsTheStore_data();
    void writeWhileAnotherProgramHoldsTheStore();
    void failureHalfway_data();
    void failureHalfway();
};

void TestWritesUnderLock::writeWhileAnotherProgramHoldsTheStore_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<bool>("held"); ///< false: released as soon as the operation first waits
    forEachOperation([](const WriteOperation &operation, int op, bool keychain) {
        for (bool held : {false, true})
            QTest::addRow("%s%s / %s", operation.name, keychain ? " (keychain)" : "", held ? "held" : "released")
                << op << keychain << held;
    });
}

void TestWritesUnderLock::writeWhileAnotherProgramHoldsTheStore()
{
    QFETCH(int, op);
    QFETCH(bool, keychain);
    QFETCH(bool, held);
    const WriteOperation &operation = operations().at(op);
    const SecretBackend backend = backendFor(keychain);

    const auto clean = cleanOutcome(operation, backend);
    QVERIFY2(clean, qPrintable(clean.errorMessage()));

    auto seeded = seededStore(backend);
    QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
    SeededStore &store = **seeded;
    const QString before = snapshotOf(store);

    StoreHolder holder(store.store.path());
    QVERIFY2(holder.holding(), qPrintable(holder.error()));
    Database &db = store.session->database();
    QVERIFY(db.setBusyTimeout(50ms)); // a bound, should anything put SQLite's timeout handler back
    sqlite3 *handle = sqliteHandle(db);
    QVERIFY2(handle, "the store's connection has no sqlite3 handle");

    Status outcome;
    int waits = 0;
    {
        GiveUpWhenBusy busy(handle, held ? nullptr : &holder);
        outcome = operation.run(*store.session, store.fixture);
        waits = busy.waits();
    }
    holder.release();
    QVERIFY(db.setBusyTimeout(5000ms));
    const QString after = snapshotOf(store);

    QVERIFY2(waits > 0, "the operation never met the other connection's lock: did it write at all?");
    if (held)
        QVERIFY2(!outcome, "reported success although another connection held the store for writing throughout");
    if (!outcome) {
        warnIfDifferent(before, after,
                        QStringLiteral("%1 reported failure (%2) but changed the store:")
                            .arg(QString::fromUtf8(operation.name), outcome.errorMessage()));
        QCOMPARE(after, before);
        QVERIFY2(outcome.error().isStoreBusy()
                     || outcome.errorMessage().contains(QStringLiteral("busy"), Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("the failure does not say the store was busy: ") + outcome.errorMessage()));
    } else {
        QVERIFY2(after != before, "reported success but changed nothing");
        warnIfDifferent(*clean, after,
                        QStringLiteral("%1 reported success but the store is not what it makes of it undisturbed:")
                            .arg(QString::fromUtf8(operation.name)));
        QCOMPARE(after, *clean);
    }
}

void TestWritesUnderLock::failureHalfway_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<bool>("keychain");
    forEachOperation([](const WriteOperation &operation, int op, bool keychain) {
        QTest::addRow("%s%s", operation.name, keychain ? " (keychain)" : "") << op << keychain;
    });
}

void TestWritesUnderLock::failureHalfway()
{
    QFETCH(int, op);
    QFETCH(bool, keychain);
    const WriteOperation &operation = operations().at(op);
    const SecretBackend backend = backendFor(keychain);

    const auto clean = cleanOutcome(operation, backend);
    QVERIFY2(clean, qPrintable(clean.errorMessage()));

    // How many write statements the operation runs, counted on a run where none fails (which
    // must then leave the clean outcome: counting disturbs nothing).
    int writes = 0;
    {
        auto seeded = seededStore(backend);
        QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
        SeededStore &store = **seeded;
        sqlite3 *handle = sqliteHandle(store.session->database());
        QVERIFY2(handle, "the store's connection has no sqlite3 handle");
        Status outcome;
        {
            WriteFailure counter(handle, 0);
            outcome = operation.run(*store.session, store.fixture);
            writes = counter.writes();
        }
        QVERIFY2(outcome, qPrintable(QStringLiteral("failed while only counted: ") + outcome.errorMessage()));
        const QString after = snapshotOf(store);
        warnIfDifferent(*clean, after, QStringLiteral("counting the writes changed the outcome:"));
        QCOMPARE(after, *clean);
    }
    QVERIFY2(writes >= 1, "the operation ran no INSERT, UPDATE, DELETE or REPLACE");

    for (int k = 1; k <= writes; ++k) {
        auto seeded = seededStore(backend);
        QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
        SeededStore &store = **seeded;
        const QString before = snapshotOf(store);
        sqlite3 *handle = sqliteHandle(store.session->database());
        QVERIFY2(handle, "the store's connection has no sqlite3 handle");

        Status outcome;
        bool injected = false;
        QString statement;
        {
            WriteFailure failure(handle, k);
            outcome = operation.run(*store.session, store.fixture);
            injected = failure.injected();
            statement = failure.failedStatement();
        }
        const QString after = snapshotOf(store);
        const QString context = QStringLiteral("%1, write %2 of %3 failed (%4):")
                                    .arg(QString::fromUtf8(operation.name))
                                    .arg(k)
                                    .arg(writes)
                                    .arg(statement.left(120));

        QVERIFY2(injected, qPrintable(context + QStringLiteral(" the operation never reached that write")));
        if (!outcome) {
            warnIfDifferent(before, after,
                            context + QStringLiteral(" the operation reported failure (") + outcome.errorMessage()
                                + QStringLiteral(") but changed the store:"));
            QCOMPARE(after, before);
        } else {
            // A keychain entry of a removed or replaced token is listed in secret_removals in the
            // operation's transaction and struck off after the commit, once the keychain deleted
            // it. If striking it off fails, the operation has still done all it said; the entry
            // stays listed and is deleted again (harmlessly) next time. So that list is left out
            // of this comparison, and only of this one.
            const QString cleanRows = withoutPendingRemovals(*clean);
            const QString afterRows = withoutPendingRemovals(after);
            warnIfDifferent(cleanRows, afterRows,
                            context
                                + QStringLiteral(" the operation reported success but the store is not what it "
                                                 "makes of it undisturbed:"));
            QCOMPARE(afterRows, cleanRows);
        }
    }
}

SMSROUTER_TEST(TestWritesUnderLock)
#include "testwritesunderlock.moc"

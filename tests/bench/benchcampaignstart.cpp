// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Campaign start benchmark (not part of ctest). Build in Release and run:
//   cmake --preset release && cmake --build --preset release --target benchcampaignstart
//   build/release/tests/bench/benchcampaignstart [messages] [runs]
// (scripts/bench.sh campaignstart). With SMSROUTER_TEST_BACKEND=postgresql and the cluster in
// SMSROUTER_TEST_PG the stores are PostgreSQL databases.
//
// Each run writes a draft campaign of 1,000,000 pending messages into a fresh store (not timed)
// and times, median of the runs:
// - `start`: CampaignLifecycle::start, the campaign row and one campaign event;
// - `promote`: a dispatcher's CampaignPromoter queuing all of it, turn after turn with no
//   backlog bound (a dispatcher keeps at most its backlog queued), and its longest slice: the
//   longest a dispatcher sharing the store waits for it;
// - `per-message start`: what a start cost before campaign events, MessageRepository::moveAll
//   (one event per message and every message updated), on a fresh store of its own.
#include "campaign/campaignlifecycle.h"
#include "dispatch/campaignpromoter.h"
#include "store/campaignrepository.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "testbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// A fresh store holding one draft campaign of `messages` pending messages; returns its id.
qint64 draftCampaign(Database &db, int messages)
{
    Carrier carrier;
    carrier.name = QStringLiteral("PT Mobile");
    carrier.accountSid = QStringLiteral("AC") + QString(32, QLatin1Char('0'));
    const qint64 carrierId = CarrierRepository(db).insert(carrier).value().id;
    Campaign c;
    c.name = QStringLiteral("Spring");
    c.sender = QStringLiteral("Shop");
    c.bodyTemplate = QStringLiteral("Hi {name}");
    c.state = CampaignState::Draft;
    c.accepted = messages;
    c.createdAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = CampaignRepository(db).insert(c).value().id;
    auto tx = Transaction::begin(db);
    if (!tx)
        qFatal("%s", qPrintable(tx.errorMessage()));
    const bool postgres = db.dialect().kind() == SqlDialect::Kind::Postgres;
    const QString numbers = postgres ? QStringLiteral("SELECT generate_series(1, :n) AS n")
                                     : QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
                                                      "FROM seq WHERE n < :n) SELECT n FROM seq");
    auto written = sql::run(db.connection(),
                            QStringLiteral("INSERT INTO messages (campaign_id, to_number, region, from_sender, body, "
                                           "segments, carrier_id, cost_micros, state, created_at, updated_at) SELECT "
                                           ":campaign, '+3519' || CAST(10000000 + n AS TEXT), 'PT', 'Shop', 'Hi ' || "
                                           "CAST(n AS TEXT), 1, :carrier, 18000, 'pending', :created, :updated FROM "
                                           "(%1) seq")
                                .arg(numbers),
                            {{"campaign", id},
                             {"carrier", carrierId},
                             {"created", c.createdAt},
                             {"updated", c.createdAt},
                             {"n", messages}});
    if (!written)
        qFatal("%s", qPrintable(written.errorMessage()));
    if (!tx->commit())
        qFatal("could not write the campaign");
    // Run as is, not prepared: PostgreSQL prepares no VACUUM.
    QSqlQuery(db.connection()).exec(postgres ? QStringLiteral("VACUUM ANALYZE messages") : QStringLiteral("ANALYZE"));
    return id;
}

std::unique_ptr<Database> freshStore(QTemporaryDir &dir, const QString &name)
{
    auto db = Database::open(testbackend::freshStore(dir.filePath(name + QStringLiteral(".sqlite"))));
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    return std::move(*db);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    const Clock &clock = SystemClock::instance();
    std::vector<double> starts, promotions, longestSlices, perMessage;
    for (int run = 1; run <= runs; ++run) {
        {
            auto db = freshStore(dir, QStringLiteral("start%1").arg(run));
            const qint64 id = draftCampaign(*db, messages);
            QElapsedTimer timer;
            timer.start();
            auto started = CampaignLifecycle::start(*db, id, clock);
            const double startMs = double(timer.nsecsElapsed()) / 1e6;
            if (!started)
                qFatal("%s", qPrintable(started.errorMessage()));
            CampaignPromoter::Options options;
            options.backlog = 0;
            CampaignPromoter promoter(*db, clock, options);
            double longest = 0;
            qint64 promoted = 0;
            int slices = 0;
            timer.restart();
            for (;;) {
                QElapsedTimer slice;
                slice.start();
                auto moved = promoter.promote();
                if (!moved)
                    qFatal("%s", qPrintable(moved.errorMessage()));
                if (*moved == 0)
                    break;
                longest = std::max(longest, double(slice.nsecsElapsed()) / 1e6);
                promoted += *moved;
                ++slices;
            }
            const double promoteMs = double(timer.nsecsElapsed()) / 1e6;
            if (promoted != messages)
                qFatal("promoted %lld of %d messages", static_cast<long long>(promoted), messages);
            std::printf("run %d: start %.1f ms; promote %lld messages in %d slices %.0f ms (longest slice %.1f ms)\n",
                        run, startMs, static_cast<long long>(promoted), slices, promoteMs, longest);
            starts.push_back(startMs);
            promotions.push_back(promoteMs);
            longestSlices.push_back(longest);
        }
        {
            auto db = freshStore(dir, QStringLiteral("before%1").arg(run));
            const qint64 id = draftCampaign(*db, messages);
            QElapsedTimer timer;
            timer.start();
            auto moved = MessageRepository(*db).moveAll(MessageState::Pending, MessageState::Queued, id, clock.nowMs(),
                                                        QStringLiteral("campaign started"));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!moved || *moved != messages)
                qFatal("the per-message start failed: %s",
                       moved ? qPrintable(QStringLiteral("moved %1").arg(*moved)) : qPrintable(moved.errorMessage()));
            std::printf("run %d: per-message start (one event per message, as before) %.0f ms\n", run, ms);
            perMessage.push_back(ms);
        }
    }
    std::printf("median of %d, %d messages: start %.1f ms; promote all %.0f ms (longest slice %.1f ms); "
                "per-message start %.0f ms\n",
                runs, messages, median(starts), median(promotions), median(longestSlices), median(perMessage));
    return 0;
}

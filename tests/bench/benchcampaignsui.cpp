// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// What the Campaigns page costs on a big store (not part of ctest). Build in Release and run:
//   cmake --preset release && ninja -C build/release benchcampaignsui && build/release/tests/bench/benchcampaignsui
// Imports a 1,000,000-row campaign into a temporary store and times, on that store:
// - CampaignService::allCounts() — the one-query count of every campaign's messages per state;
// - CampaignCountTracker::refresh(): the first one (counts everything), one with nothing new,
//   and one after a dispatcher-like burst of transitions (claimed, sent, delivered);
// - costByCarrier() (the detail pane's query) and starting the campaign (every message moved).
//
//   benchcampaignsui [rows] [burst]
#include "campaign/campaigncounttracker.h"
#include "campaign/campaignimporter.h"
#include "campaign/campaignservice.h"
#include "campaigntesting.h"
#include "store/campaignrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "tempstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

/// Median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int burst = argc > 2 ? QByteArray(argv[2]).toInt() : 2'000;
    TempStore store;
    auto session = store.openSession(SecretBackend::Database);
    if (!CampaignTesting::setUpRouting(*session))
        return 1;
    const QString path = store.filePath(QStringLiteral("big.csv"));
    CampaignTesting::writeList(path, rows);
    QElapsedTimer timer;
    timer.start();
    const qint64 id = CampaignTesting::import(*session, path);
    if (id == 0)
        return 1;
    std::printf("store: %d messages in one campaign (imported in %.1f s)\n", rows, double(timer.elapsed()) / 1000);

    CampaignService &campaigns = session->campaigns();
    std::printf("allCounts() (one GROUP BY over messages)      %8.1f ms\n",
                medianMs(5, [&] { (void)campaigns.allCounts(); }));

    auto worker = Database::open(store.path(), Database::OpenMode::ExistingOnly);
    CampaignCountTracker tracker(**worker, SystemClock::instance());
    std::printf("tracker: first refresh (counts in full)      %8.1f ms\n",
                medianMs(1, [&] { (void)tracker.refresh(); }));
    std::printf("tracker: refresh, nothing changed            %8.2f ms\n",
                medianMs(5, [&] { (void)tracker.refresh(); }));

    timer.restart();
    (void)campaigns.start(id);
    std::printf("start (%d messages pending → queued)     %8.1f ms\n", rows, double(timer.nsecsElapsed()) / 1e6);
    std::printf("tracker: refresh after the start (counts)    %8.1f ms\n",
                medianMs(1, [&] { (void)tracker.refresh(); }));

    // A dispatcher's second or so: `burst` messages claimed, sent and half of them delivered.
    MessageRepository messages(session->database());
    const qint64 carrier = campaigns.costByCarrier(id)->first().carrierId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + 1000;
    auto claimed = messages.claimDue(carrier, burst, now, QStringLiteral("bench"), id);
    QList<MessageTransition> sent;
    QList<MessageTransition> delivered;
    for (Message m : *claimed) {
        m.state = MessageState::Sent;
        m.providerSid = QStringLiteral("SM%1").arg(m.id);
        sent.append({m, MessageState::Submitting, 200, QStringLiteral("accepted")});
        if (m.id % 2 == 0) {
            m.state = MessageState::Delivered;
            delivered.append({m, MessageState::Sent, 0, QStringLiteral("delivered")});
        }
    }
    (void)messages.apply(sent);
    (void)messages.apply(delivered);
    const double incremental = medianMs(1, [&] { (void)tracker.refresh(); });
    std::printf("tracker: refresh after %d claimed/sent/%lld delivered %6.2f ms\n", burst, qint64(delivered.size()),
                incremental);
    const auto check = tracker.refresh();
    const auto oracle = campaigns.counts(id);
    std::printf("tracker counts equal a full count: %s\n",
                check && oracle && check->counts.value(id) == *oracle ? "yes" : "NO");

    std::printf("costByCarrier() (the detail pane)            %8.1f ms\n",
                medianMs(3, [&] { (void)campaigns.costByCarrier(id); }));
    std::printf("rejectCounts()                               %8.2f ms\n",
                medianMs(3, [&] { (void)campaigns.rejectCounts(id); }));
    return 0;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "inboundfetcher.h"

#include "common/clock.h"
#include "common/logging.h"
#include "inbox/stopwords.h"
#include "restcomm/restcommclient.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/inboundrepository.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

InboundFetcher::InboundFetcher(Database &db, RestcommClient &client, const Clock &clock, const DispatchOptions &options,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_clock(clock)
    , m_options(options)
{
    qRegisterMetaType<InboundFetchReport>();
    qRegisterMetaType<InboundFetchReports>();
}

void InboundFetcher::tick()
{
    const qint64 now = m_clock.nowMs();
    const qint64 interval = std::max<qint64>(1, m_options.replyInterval.count());
    for (const CarrierRuntime &carrier : std::as_const(m_carriers)) {
        if (!carrier.enabled || !carrier.unusableReason.isEmpty() || m_fetching.contains(carrier.id))
            continue;
        const auto last = m_lastStarted.constFind(carrier.id);
        if (last != m_lastStarted.constEnd() && now - *last < interval)
            continue;
        start(carrier);
    }
}

void InboundFetcher::fetchNow()
{
    if (m_round)
        return; // the round under way answers this call too
    m_round = true;
    m_roundReports.clear();
    m_roundWaiting.clear();
    QList<CarrierRuntime> carriers;
    for (const CarrierRuntime &carrier : std::as_const(m_carriers)) {
        if (carrier.enabled)
            carriers.append(carrier);
    }
    for (const CarrierRuntime &carrier : std::as_const(carriers))
        m_roundWaiting.insert(carrier.id);
    for (const CarrierRuntime &carrier : std::as_const(carriers)) {
        if (!carrier.unusableReason.isEmpty()) {
            Fetch failed;
            failed.carrier = carrier;
            finish(failed, carrier.unusableReason);
        } else if (!m_fetching.contains(carrier.id)) {
            start(carrier);
        } // else: the fetch under way finishes for the round too
    }
    if (m_roundWaiting.isEmpty() && m_round) { // no enabled carrier at all
        m_round = false;
        Q_EMIT roundFinished(m_roundReports);
    }
}

void InboundFetcher::start(const CarrierRuntime &carrier)
{
    const qint64 now = m_clock.nowMs();
    m_lastStarted.insert(carrier.id, now);
    Fetch fetch;
    fetch.carrier = carrier;
    auto newest = InboundRepository(m_db).newestReceivedAt(carrier.id);
    if (!newest) {
        finish(fetch, newest.errorMessage());
        return;
    }
    const qint64 from = *newest > 0 ? *newest : now - qint64(m_options.replyLookbackDays) * 24 * 3600 * 1000;
    // Restcomm filters by its local calendar day; a day's margin covers any time zone.
    fetch.startDay = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).date().addDays(-1);
    m_fetching.insert(carrier.id);
    readPage(std::move(fetch));
}

void InboundFetcher::readPage(Fetch fetch)
{
    SmsListQuery query;
    // Restcomm has no direction filter; `received` is the status of inbound messages only.
    query.status = QStringLiteral("received");
    query.startTime = fetch.startDay;
    query.page = fetch.page;
    query.pageSize = std::max(1, m_options.replyPageSize);
    m_client.listSms(fetch.carrier.endpoint, query, this, [this, fetch](const RestcommReply<SmsPage> &r) mutable {
        if (!r.ok()) {
            finish(fetch, r.error.message);
            return;
        }
        ++fetch.page;
        QStringList sids;
        for (const SmsRecord &record : r.value->messages)
            sids.append(record.sid);
        auto stored = InboundRepository(m_db).storedAmong(sids);
        if (!stored) {
            finish(fetch, stored.errorMessage());
            return;
        }
        // Newest first: everything after the first stored SID was read in an earlier round.
        bool reachedStored = false;
        for (const SmsRecord &record : r.value->messages) {
            if (stored->contains(record.sid)) {
                reachedStored = true;
                break;
            }
            if (record.direction == QLatin1String("inbound"))
                fetch.collected.append(record);
        }
        if (!reachedStored && r.value->hasNextPage()) {
            readPage(std::move(fetch));
            return;
        }
        finish(fetch, {});
    });
}

void InboundFetcher::finish(const Fetch &fetch, const QString &error)
{
    m_fetching.remove(fetch.carrier.id);
    InboundFetchReport report;
    report.carrierId = fetch.carrier.id;
    report.carrierName = fetch.carrier.name;
    report.pages = fetch.page;
    report.error = error;
    if (report.ok() && !fetch.collected.isEmpty()) {
        auto settings = SettingsRepository(m_db).all();
        if (!settings) {
            report.error = settings.errorMessage();
        } else {
            const StopWords stopWords(Settings::stopWordsFrom(*settings));
            const QString region = settings->value(Settings::DefaultRegionKey, Settings::systemRegion());
            const ReplyCarrier carrier {fetch.carrier.id, fetch.carrier.name, fetch.carrier.confirmStopReplies};
            auto outcome = ReplyProcessor(m_db, m_clock).store(carrier, fetch.collected, stopWords, region);
            if (outcome)
                report.outcome = *outcome;
            else
                report.error = outcome.errorMessage();
        }
    }
    if (!report.ok()) {
        // Tried again at the next interval, not at once: a carrier that cannot be read must not
        // be asked four times a second.
        qCWarning(lcDispatch) << "could not read the replies of" << fetch.carrier.name << ":" << report.error;
    }
    Q_EMIT carrierFetched(report);
    if (report.outcome.stored > 0)
        Q_EMIT repliesStored(report.outcome.stored, report.outcome.confirmations);
    if (m_round && m_roundWaiting.remove(fetch.carrier.id)) {
        m_roundReports.append(report);
        if (m_roundWaiting.isEmpty()) {
            m_round = false;
            std::sort(
                m_roundReports.begin(), m_roundReports.end(),
                [](const InboundFetchReport &a, const InboundFetchReport &b) { return a.carrierName < b.carrierName; });
            Q_EMIT roundFinished(m_roundReports);
        }
    }
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutimporter.h"

#include "campaign/importsource.h"
#include "campaign/phonecolumn.h"
#include "common/logging.h"
#include "dispatch/dispatcherlease.h"
#include "optout.h"
#include "phone/phonenumberparser.h"
#include "store/database.h"
#include "store/optoutrepository.h"
#include <QtConcurrent/QtConcurrentRun>

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace {

using OptOutSteadyClock = std::chrono::steady_clock;

/// E.164 has at most 15 digits.
constexpr int optOutMaxDigits = 15;

/// "+351912345678" as an integer that sorts like the text: digit d at position i counts
/// (d + 1)·11^(14 − i), and a shorter number is padded with zeros, so "+1" < "+10" < "+2" as
/// text. 11^15 < 2^63. nullopt for anything but '+' and 1–15 digits.
std::optional<quint64> optOutSortKey(QStringView e164)
{
    if (e164.size() < 2 || e164.size() > optOutMaxDigits + 1 || e164.front() != QLatin1Char('+'))
        return std::nullopt;
    quint64 key = 0;
    for (qsizetype i = 1; i <= optOutMaxDigits; ++i) {
        quint64 digit = 0;
        if (i < e164.size()) {
            const char16_t c = e164.at(i).unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            digit = quint64(c - u'0') + 1;
        }
        key = key * 11 + digit;
    }
    return key;
}

/// optOutSortKey() back to the text, into `out` (room for 16 characters). Returns its length.
qsizetype optOutE164FromKey(quint64 key, char16_t *out)
{
    char16_t digits[optOutMaxDigits];
    for (int i = optOutMaxDigits - 1; i >= 0; --i) {
        digits[i] = char16_t(key % 11);
        key /= 11;
    }
    qsizetype n = 0;
    out[n++] = u'+';
    for (int i = 0; i < optOutMaxDigits && digits[i] != 0; ++i)
        out[n++] = char16_t(u'0' + digits[i] - 1);
    return n;
}

/// One valid number of the file, as the writer keeps it: 24 bytes instead of a QString's ~60.
struct OptOutEntry
{
    quint64 key = 0;
    qint64 line = 0;
    quint32 reason = 0; ///< index into the import's distinct reasons
};

/// Records read on the calling thread, parsed on the pool.
struct OptOutBatch
{
    std::vector<CsvRecord> records;
    qint64 bytesRead = 0;
    // Filled by the worker, in the records' order.
    struct Number
    {
        quint64 key;
        qint64 line;
        QString reason;
    };
    std::vector<Number> numbers;
    QList<OptOutImportReport::Problem> invalid;
    qint64 unencodable = 0; ///< valid numbers longer than E.164 allows (never seen; refused below)
};

void parseOptOutBatch(OptOutBatch &batch, const PhoneNumberParser &parser, const OptOutImporter::Request &request)
{
    batch.numbers.reserve(batch.records.size());
    for (CsvRecord &record : batch.records) {
        if (!record.ok()) {
            batch.invalid.append({record.line, record.raw, record.error});
            continue;
        }
        const QString raw = record.fields.value(request.phoneColumn);
        const ParsedNumber number = parser.parse(PhoneColumn::firstValue(raw).trimmed(), request.region);
        if (!number.valid) {
            batch.invalid.append({record.line, raw, number.errorMessage});
            continue;
        }
        const auto key = optOutSortKey(number.e164);
        if (!key) {
            ++batch.unencodable;
            continue;
        }
        batch.numbers.push_back(
            {*key, record.line,
             request.reasonColumn >= 0 ? record.fields.value(request.reasonColumn).trimmed() : QString()});
    }
    batch.records = {}; // the fields are no longer needed: free them on the worker
}

Error optOutCancelled()
{
    return Error::failed(
        QCoreApplication::translate("OptOutService", "The import was cancelled; nothing was imported."));
}

} // namespace

OptOutImporter::OptOutImporter(Database &db, const Clock &clock, Limits limits)
    : m_db(db)
    , m_clock(clock)
    , m_limits(limits)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

OptOutImporter::~OptOutImporter()
{
    m_pool.waitForDone();
}

Result<OptOutImportReport> OptOutImporter::run(ImportSource &source, const PhoneNumberParser &parser,
                                               const Request &request, const KeepGoing &keepGoing)
{
    const auto started = OptOutSteadyClock::now();
    const auto cpuNow = [] {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    const double startedCpu = cpuNow();
    const auto secondsSince = [](OptOutSteadyClock::time_point from) {
        return std::chrono::duration<double>(OptOutSteadyClock::now() - from).count();
    };
    OptOutImportReport report;
    const qint64 size = source.size();
    const qint64 total = 2 * size;

    // 1. Read and parse, the batches in flight on the pool, collected in the file's order.
    std::vector<OptOutEntry> entries;
    QStringList reasons {request.defaultReason}; // 0: the default
    QHash<QString, quint32> reasonIndex;
    qint64 unencodable = 0;
    {
        CsvReader &reader = source.reader();
        std::deque<QFuture<OptOutBatch>> inFlight;
        const size_t maxInFlight = size_t(m_pool.maxThreadCount()) * 2 + 1;
        bool endOfFile = false;
        bool cancelled = false;
        QString lastReason;
        quint32 lastReasonIndex = 0;
        while (!cancelled) {
            while (!endOfFile && inFlight.size() < maxInFlight) {
                OptOutBatch batch;
                batch.records.reserve(size_t(m_limits.batchRows));
                CsvRecord record;
                while (int(batch.records.size()) < m_limits.batchRows && reader.next(record))
                    batch.records.push_back(std::move(record));
                if (batch.records.empty()) {
                    endOfFile = true;
                    break;
                }
                report.rows += qint64(batch.records.size());
                batch.bytesRead = reader.bytesRead();
                inFlight.push_back(QtConcurrent::run(&m_pool, [&parser, &request, batch = std::move(batch)]() mutable {
                    parseOptOutBatch(batch, parser, request);
                    return std::move(batch);
                }));
            }
            if (inFlight.empty())
                break;
            OptOutBatch batch = inFlight.front().takeResult();
            inFlight.pop_front();
            report.invalid += batch.invalid;
            unencodable += batch.unencodable;
            for (OptOutBatch::Number &number : batch.numbers) {
                quint32 reason = 0;
                if (!number.reason.isEmpty()) {
                    // Most files give every number the same reason, or none.
                    if (number.reason != lastReason || lastReason.isEmpty()) {
                        auto found = reasonIndex.constFind(number.reason);
                        if (found == reasonIndex.constEnd()) {
                            found = reasonIndex.insert(number.reason, quint32(reasons.size()));
                            reasons.append(number.reason);
                        }
                        lastReason = number.reason;
                        lastReasonIndex = *found;
                    }
                    reason = lastReasonIndex;
                }
                entries.push_back({number.key, number.line, reason});
            }
            // Freeing the batch's strings is a worker's job, not the reading thread's.
            const qint64 bytesRead = batch.bytesRead;
            (void)QtConcurrent::run(&m_pool, [done = std::move(batch)]() mutable { done.numbers.clear(); });
            if (keepGoing && !keepGoing(bytesRead, total))
                cancelled = true;
        }
        for (QFuture<OptOutBatch> &future : inFlight)
            future.waitForFinished();
        if (cancelled)
            return optOutCancelled();
    }
    if (unencodable > 0) {
        // Computed first: lupdate does not finish on a template argument inside translate().
        const int count = int(std::min<qint64>(unencodable, std::numeric_limits<int>::max()));
        return Error::failed(QCoreApplication::translate(
            "OptOutService", "%n number(s) of the file are longer than E.164 allows; nothing was imported.", nullptr,
            count));
    }

    const double readSeconds = secondsSince(started);
    const double readCpu = cpuNow() - startedCpu;
    // 2. Sort by number, then by line: of a number written twice, the first line's stays.
    std::sort(entries.begin(), entries.end(), [](const OptOutEntry &a, const OptOutEntry &b) {
        return a.key != b.key ? a.key < b.key : a.line < b.line;
    });
    const auto last = std::unique(entries.begin(), entries.end(),
                                  [](const OptOutEntry &a, const OptOutEntry &b) { return a.key == b.key; });
    const qint64 repeats = qint64(entries.end() - last);
    entries.erase(last, entries.end());
    if (entries.empty()) {
        report.alreadyPresent = repeats;
        return report;
    }

    const double sortSeconds = secondsSince(started) - readSeconds;
    // 3. Write in slices, each one transaction.
    qint64 slices = 0;
    const qint64 now = m_clock.nowMs();
    OptOutRepository repository(m_db);
    qint64 importId = 0;
    {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        auto started = repository.startImport(request.sourceFile, DispatcherLease::thisHost(),
                                              QCoreApplication::applicationPid(), now);
        if (!started)
            return started.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        importId = *started;
    }
    OptOutRepository::ImportInserter inserter(m_db, importId, now);
    Status failure = inserter.prepare();
    bool cancelled = false;
    const auto gone = [importId] {
        return Error::failed(QCoreApplication::translate("OptOutService",
                                                         "Import %1 was removed while it ran (another program took "
                                                         "it for abandoned). Import the file again.")
                                 .arg(importId));
    };
    size_t next = 0;
    char16_t text[optOutMaxDigits + 1];
    while (failure && next < entries.size()) {
        auto tx = Transaction::begin(m_db);
        if (!tx) {
            failure = tx.error();
            break;
        }
        const auto sliceStarted = OptOutSteadyClock::now();
        const size_t sliceEnd = std::min(entries.size(), next + size_t(m_limits.sliceMaxRows));
        while (next < sliceEnd) {
            const OptOutEntry &entry = entries[next++];
            const qsizetype length = optOutE164FromKey(entry.key, text);
            if (failure = inserter.add(QStringView(text, length), reasons.at(entry.reason)); !failure)
                break;
            // The clock every 512 rows: a slice ends after sliceMaxTime even on a slow disk.
            if (next % 512 == 0 && OptOutSteadyClock::now() - sliceStarted >= m_limits.sliceMaxTime)
                break;
        }
        if (failure)
            failure = inserter.flush();
        if (failure) {
            auto beat = repository.importHeartbeat(importId, m_clock.nowMs());
            if (!beat)
                failure = beat.error();
            else if (!*beat)
                failure = gone();
        }
        if (failure)
            failure = tx->commit();
        if (!failure)
            break;
        ++slices;
        inserter.checkpoint();
        // Between slices: another writer gets the store here. One waiting for it tries again
        // every millisecond (Database's busy handler); a few milliseconds free let it in.
        QThread::usleep(std::chrono::microseconds(m_limits.pauseBetweenSlices).count());
        if (keepGoing && !keepGoing(size + qint64(double(size) * double(next) / double(entries.size())), total)) {
            cancelled = true;
            break;
        }
    }
    if (failure && !cancelled) {
        auto tx = Transaction::begin(m_db);
        if (!tx) {
            failure = tx.error();
        } else if (auto done = repository.finishImport(importId, m_clock.nowMs()); !done) {
            failure = done.error();
        } else if (!*done) {
            failure = gone();
        } else {
            failure = tx->commit();
        }
    }
    if (cancelled || !failure) {
        if (auto removed = removeImport(m_db, importId); !removed)
            qCWarning(lcStore) << "could not remove the unfinished opt-out import" << importId << ":"
                               << removed.errorMessage();
        if (cancelled)
            return optOutCancelled();
        return failure.error();
    }
    report.added = inserter.added();
    report.alreadyPresent = repeats + qint64(entries.size()) - report.added;
    qCInfo(lcStore) << "imported" << report.added << "opt-outs of" << report.rows << "rows in" << secondsSince(started)
                    << "s: read and parsed in" << readSeconds << "s, sorted in" << sortSeconds << "s, written in"
                    << slices << "slices; this thread's CPU:" << readCpu << "s reading,"
                    << cpuNow() - startedCpu - readCpu << "s after";
    return report;
}

Status OptOutImporter::removeImport(Database &db, qint64 importId)
{
    OptOutRepository repository(db);
    // The numbers are found outside the write transaction (a read does not hold other writers
    // back), then deleted a slice at a time.
    constexpr int removeSlice = 20000;
    QString after;
    for (;;) {
        auto numbers = repository.importedNumbers(importId, after, removeSlice);
        if (!numbers)
            return numbers.error();
        if (numbers->isEmpty())
            break;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto deleted = repository.deleteImported(importId, numbers->constFirst(), numbers->constLast());
        if (!deleted)
            return deleted.error();
        if (auto committed = tx->commit(); !committed)
            return committed;
        after = numbers->constLast();
    }
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto forgotten = repository.forgetImport(importId); !forgotten)
        return forgotten;
    return tx->commit();
}

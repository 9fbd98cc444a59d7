// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Campaign import benchmark (not part of ctest). Build in Release and run:
//   cmake --preset release && ninja -C build/release benchcampaign && build/release/tests/bench/benchcampaign
// Writes a 1,000,000-row "phone,name" file (PT numbers written three ways, some GB/FR/other numbers,
// about 2% invalid and 1% duplicate rows) to a temporary folder, imports it three times into fresh
// stores (template with one placeholder, four carriers, weighted rules), and prints each run, the
// median, where the time went (ImportTimings) and the process's peak memory (VmHWM). In the same
// run it times `sqlite3 DB ".import --csv FILE t"` of the same file for comparison.
//
//   benchcampaign [rows] [runs] [workers]
#include "campaign/campaignimporter.h"
#include "routing/routeindex.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/rulerepository.h"
#include "store/sql.h"
#include "testbackend.h"
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

namespace {

QString memoryField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qstrlen(field)).trimmed());
    }
    return QStringLiteral("?");
}

struct Mix
{
    qint64 invalid = 0;
    qint64 duplicates = 0;
};

/// 90% Portuguese mobiles written as +351 9xx xxx xxx, 9xxxxxxxx or 00351…, 7% GB and FR mobiles,
/// 1% other countries without a rule (unroutable), 2% invalid, 1% repeats of an earlier number in
/// another spelling.
Mix writeFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::mt19937_64 random(6);
    std::uniform_int_distribution<int> percent(0, 999);
    std::uniform_int_distribution<int> subscriber(0, 9'999'999);
    Mix mix;
    QByteArray chunk = "phone,name\n";
    std::vector<int> earlier;
    earlier.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i) {
        const int roll = percent(random);
        QByteArray phone;
        if (roll < 20) {
            ++mix.invalid;
            if (roll % 2 == 0)
                phone = "n/a";
            else
                phone = "+3519" + QByteArray::number(subscriber(random) % 1000);
        } else if (roll < 30 && !earlier.empty()) {
            ++mix.duplicates;
            const int n = earlier[size_t(subscriber(random)) % earlier.size()];
            phone = "00351 9" + QByteArray::number(10'000'000 + n);
        } else if (roll < 100) {
            const int n = subscriber(random);
            if (roll % 2 == 0)
                phone = "+44 7400 " + QByteArray::number(100'000 + n % 900'000);
            else
                phone = "+33 6 " + QByteArray::number(10'000'000 + n % 90'000'000);
        } else if (roll < 110) {
            phone = "+1 650 253 " + QByteArray::number(1000 + subscriber(random) % 9000);
        } else {
            // Distinct by construction: the row index is the subscriber number.
            const QByteArray digits = QByteArray::number(10'000'000 + i);
            earlier.push_back(i);
            if (roll % 3 == 0)
                phone = "+351 9" + digits.left(2) + ' ' + digits.mid(2, 3) + ' ' + digits.mid(5);
            else if (roll % 3 == 1)
                phone = '9' + digits;
            else
                phone = "003519" + digits;
        }
        chunk += phone + ",Cliente " + QByteArray::number(i) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return mix;
}

std::shared_ptr<const RouteIndex> routes(Database &db)
{
    CarrierList carriers;
    for (const char *name : {"PT Mobile A", "PT Mobile B", "UK Carrier", "EU Carrier"}) {
        Carrier carrier;
        carrier.name = QString::fromLatin1(name);
        carrier.accountSid = QStringLiteral("AC%1").arg(carriers.size() + 1, 32, 10, QLatin1Char('0'));
        carriers.append(CarrierRepository(db).insert(carrier).value());
    }
    RuleList rules;
    const auto rule = [&](Rule::Kind kind, const char *value, int carrier, qint64 cost, int weight) {
        Rule r;
        r.kind = kind;
        r.value = QString::fromLatin1(value);
        r.carrierId = carriers.at(carrier).id;
        r.costMicros = cost;
        r.weight = weight;
        rules.append(RuleRepository(db).insert(r).value());
    };
    rule(Rule::Kind::Prefix, "3519", 0, 18000, 3);
    rule(Rule::Kind::Prefix, "3519", 1, 18000, 1);
    rule(Rule::Kind::Prefix, "351", 1, 25000, 1);
    rule(Rule::Kind::Prefix, "447", 2, 35000, 1);
    rule(Rule::Kind::Country, "FR", 3, 40000, 1);
    return RouteIndex::build(rules, carriers, QStringLiteral("EUR"));
}

double processCpu()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    const int workers = argc > 3 ? QByteArray(argv[3]).toInt() : 0;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("recipients.csv"));
    const Mix mix = writeFile(csv, rows);
    std::printf("file: %d rows, %.1f MB, %lld invalid, %lld repeated; peak memory after writing it: %s\n", rows,
                double(QFile(csv).size()) / 1e6, static_cast<long long>(mix.invalid),
                static_cast<long long>(mix.duplicates), qPrintable(memoryField("VmHWM:")));

    std::vector<double> seconds;
    std::vector<ImportTimings> timings;
    for (int run = 1; run <= runs; ++run) {
        // A fresh database per run on PostgreSQL (SMSROUTER_TEST_BACKEND=postgresql and the
        // cluster in SMSROUTER_TEST_PG, as scripts/bench.sh sets them), else a fresh file.
        const QString store = testbackend::freshStore(dir.filePath(QStringLiteral("store%1.sqlite").arg(run)));
        auto db = Database::open(store);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        ImportContext context;
        context.routes = routes(**db);
        context.defaultRegion = QStringLiteral("PT");
        context.maxSegments = 10;
        CampaignImporter importer(**db, context);
        if (workers > 0)
            importer.setWorkerCount(workers);
        CampaignImportRequest request;
        request.filePath = csv;
        request.name = QStringLiteral("Benchmark");
        request.sender = QStringLiteral("Shop");
        request.bodyTemplate = QStringLiteral("Olá {name}, a sua encomenda está pronta. Responda STOP para sair.");
        QElapsedTimer timer;
        const double cpuBefore = processCpu();
        timer.start();
        auto summary = importer.run(request);
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        if (!summary)
            qFatal("%s", qPrintable(summary.errorMessage()));
        QStringList reasons;
        for (auto it = summary->rejectedByReason.cbegin(); it != summary->rejectedByReason.cend(); ++it)
            reasons.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        const ImportTimings &t = summary->timings;
        std::printf("run %d: %.2f s, %.0f k rows/s; %lld accepted, rejected: %s\n", run, elapsed, rows / elapsed / 1e3,
                    static_cast<long long>(summary->accepted), qPrintable(reasons.join(QStringLiteral(", "))));
        std::printf("  CPU: writer thread %.2f s, whole process %.2f s\n", t.writerCpuSeconds,
                    processCpu() - cpuBefore);
        std::printf("  writer thread: read %.2f s, dedup+route+insert %.2f s (of which commit %.2f s), waiting for "
                    "workers %.2f s; workers (CPU, summed): parse %.2f s, render+count %.2f s\n",
                    t.readSeconds, t.writeSeconds - t.commitSeconds, t.commitSeconds, t.waitSeconds, t.parseSeconds,
                    t.renderSeconds);
        seconds.push_back(elapsed);
        timings.push_back(t);
        db->reset();
        testbackend::dropStore(store);
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
    }
    const double importMedian = median(seconds);
    std::printf("import median of %d: %.2f s (%.0f k rows/s); peak memory (VmHWM) %s\n", runs, importMedian,
                rows / importMedian / 1e3, qPrintable(memoryField("VmHWM:")));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (testbackend::usesPostgres())
        return 0; // the sqlite3 anchor belongs to the SQLite run
    if (sqlite3.isEmpty()) {
        std::printf("sqlite3 not found: install the sqlite3 package (scripts/bootstrap.sh) for the comparison\n");
        return 0;
    }
    std::vector<double> cli;
    for (int run = 1; run <= runs; ++run) {
        const QString store = dir.filePath(QStringLiteral("plain%1.sqlite").arg(run));
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(sqlite3, {store, QStringLiteral(".import --csv %1 t").arg(csv)});
        if (!process.waitForFinished(600'000) || process.exitCode() != 0)
            qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
        cli.push_back(double(timer.nsecsElapsed()) / 1e9);
        std::printf("sqlite3 .import run %d: %.2f s\n", run, cli.back());
        QFile::remove(store);
    }
    std::printf("sqlite3 .import median of %d: %.2f s (%.0f k rows/s): the import takes %.1fx as long\n", runs,
                median(cli), rows / median(cli) / 1e3, importMedian / median(cli));
    return 0;
}

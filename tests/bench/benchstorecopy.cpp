// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// How long `smsrouter-cli store copy` takes for a store of realistic size: a campaign of N
// messages imported through the real importer (default 100,000), each message with the four
// events of its life (queued, submitting, sent, delivered; the dashboard's counting triggers fill
// the traffic tables as the dispatcher's would), copied into an empty PostgreSQL database by
// StoreCopier, the code behind the command.
//
//   benchstorecopy --to postgresql://postgres@127.0.0.1:PORT/copybench [--messages N] [--batch ROWS]
//   a cluster: d=$(mktemp -d); chmod 755 $d; U=$(scripts/postgres-cluster.sh start $d/pg);
//              createdb -h 127.0.0.1 -p PORT -U postgres copybench
//   build: ninja -C build/release benchstorecopy (figures from a Debug build mean little)

#include "campaigntesting.h"
#include "fakecredentialstore.h"
#include "session/session.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storecopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("to"), QStringLiteral("An empty PostgreSQL database."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages in the store (100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Rows per INSERT (the copier's default)."), QStringLiteral("ROWS")});
    parser.process(app);
    const QString target = parser.value(QStringLiteral("to"));
    const int messages = parser.value(QStringLiteral("messages")).toInt();
    if (target.isEmpty() || messages <= 0) {
        std::fprintf(stderr, "benchstorecopy: give --to postgresql://… and --messages N\n");
        return 2;
    }
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    timer.start();
    {
        FakeCredentialStore keychain;
        SessionOptions options;
        options.storePath = source;
        options.keychain = &keychain;
        options.userSettingsFile = dir.filePath(QStringLiteral("user.ini"));
        auto session = Session::open(options);
        if (!session || !CampaignTesting::setUpRouting(**session)) {
            std::fprintf(stderr, "benchstorecopy: cannot set up the store\n");
            return 1;
        }
        const QString list = dir.filePath(QStringLiteral("list.csv"));
        if (!CampaignTesting::writeList(list, messages) || CampaignTesting::import(**session, list) == 0) {
            std::fprintf(stderr, "benchstorecopy: cannot import the campaign\n");
            return 1;
        }
        // The life the dispatcher would have written: four events per message, the last two
        // counted by the traffic triggers, and the messages delivered with a provider SID.
        const QSqlDatabase &db = (*session)->database().connection();
        const char *steps[][2] = {
            {"pending", "queued"}, {"queued", "submitting"}, {"submitting", "sent"}, {"sent", "delivered"}};
        auto tx = Transaction::begin((*session)->database());
        if (!tx)
            return 1;
        int step = 0;
        for (const auto &[from, to] : steps) {
            ++step;
            auto written = sql::run(db,
                                    QStringLiteral("INSERT INTO message_events (message_id, at, from_state, to_state,"
                                                   " http_status, detail) SELECT id, created_at + %1, '%2', '%3', %4,"
                                                   " '' FROM messages ORDER BY id")
                                        .arg(step * 1000)
                                        .arg(QLatin1String(from), QLatin1String(to))
                                        .arg(step == 3 ? QStringLiteral("200") : QStringLiteral("NULL")));
            if (!written) {
                std::fprintf(stderr, "benchstorecopy: %s\n", qPrintable(written.errorMessage()));
                return 1;
            }
        }
        if (!sql::run(db,
                      QStringLiteral("UPDATE messages SET state = 'delivered', provider_sid = 'SM' || id,"
                                     " provider_status = 'delivered', attempts = 1, updated_at = created_at + "
                                     "4000"))
            || !tx->commit())
            return 1;
    }
    out << "store of " << messages << " messages made in " << timer.elapsed() << " ms\n";
    out.flush();

    StoreCopier::Options options;
    if (parser.isSet(QStringLiteral("batch")))
        options.batchRows = parser.value(QStringLiteral("batch")).toInt();
    timer.restart();
    auto report = StoreCopier(source, target, options).run();
    const qint64 ms = timer.elapsed();
    if (!report) {
        std::fprintf(stderr, "benchstorecopy: %s\n", qPrintable(report.errorMessage()));
        return 1;
    }
    for (const StoreCopyTable &t : report->tables)
        out << QStringLiteral("  %1 %2\n").arg(t.name, -24).arg(t.targetRows);
    out << "copied " << report->rows << " rows in " << ms << " ms (" << (report->rows * 1000 / std::max<qint64>(1, ms))
        << " rows/s); counts match: " << (report->countsMatch() ? "yes" : "no") << '\n';
    return 0;
}

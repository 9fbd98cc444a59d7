// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CSV reader throughput: writes a 1,000,000-row "phone,name" file to a temporary folder and reads
// it three times through CsvReader (sniff + next() until the end), printing rows/s and MB/s of
// each run and of the median run, and the process's peak memory.
//
//   benchcsv [rows]        build with the release preset: ninja -C build/release benchcsv

#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

bool writeFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "phone,name\n";
    for (int i = 0; i < rows; ++i) {
        chunk += "+3519" + QByteArray::number(10000000 + i % 90000000) + ",Name " + QByteArray::number(i) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recipients.csv"));
    if (!dir.isValid() || !writeFile(path, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    const double megabytes = double(QFile(path).size()) / 1e6;
    std::printf("file: %d rows, %.1f MB\n", rows, megabytes);

    QList<double> seconds;
    for (int run = 1; run <= 3; ++run) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        CsvReader reader(&file);
        if (!reader.sniff().ok())
            return 1;
        CsvRecord record;
        qint64 good = 0;
        qint64 characters = 0;
        while (reader.next(record)) {
            if (record.ok()) {
                ++good;
                characters += record.fields.constFirst().size();
            }
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        if (good != rows) {
            std::fprintf(stderr, "run %d: read %lld rows, expected %d\n", run, static_cast<long long>(good), rows);
            return 1;
        }
        std::printf("run %d: %.3f s, %.2f M rows/s, %.0f MB/s (checksum %lld)\n", run, elapsed,
                    double(rows) / elapsed / 1e6, megabytes / elapsed, static_cast<long long>(characters));
        seconds.append(elapsed);
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[1];
    std::printf("median: %.3f s, %.2f M rows/s, %.0f MB/s; peak memory %s\n", median, double(rows) / median / 1e6,
                megabytes / median, qPrintable(peakMemory()));
    return 0;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Throughput of the SMS text hot paths a campaign import runs once per row: counting segments,
// rendering a bound template, and the smart-encoding fix. Plain main, not part of ctest.
//
//   cmake --preset release && ninja -C build/release benchsegments
//   build/release/tests/bench/benchsegments [bodies]      (default 1000000)

#include "sms/messagetemplate.h"
#include "sms/segmentcounter.h"
#include "sms/smartencoding.h"

#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace {

/// A campaign-like mix, cycled: 50% short GSM, 20% long GSM with extension characters (3 parts,
/// greedy split), 20% UCS-2 from one typographic quote, 10% with emoji (surrogate pairs).
QStringList corpus()
{
    const QString shortGsm = QStringLiteral("Hi Ana, your order 4711 has shipped. Track it at https://ex.am/p/4711 - "
                                            "reply STOP to opt out.");
    const QString longGsm = QStringLiteral("Dear customer, your invoice of 129.90 € for [March] is ready. ")
                                .repeated(6); // 390 septets with the ESC pairs: 3 parts
    const QString quoted = QStringLiteral("We’re sorry we missed you today. Your parcel is at the depot until "
                                          "Friday; call 0800 123 456 to rebook.");
    const QString emoji = QStringLiteral("🎉 Happy birthday Rui! 🎂 Enjoy 20% off today with code BDAY20.");
    QStringList bodies;
    for (int i = 0; i < 1000; ++i) {
        const int slot = i % 10;
        // Vary the text a little so no two consecutive bodies are the same string.
        const QString tag = QString::number(i);
        if (slot < 5)
            bodies.append(shortGsm + tag);
        else if (slot < 7)
            bodies.append(longGsm + tag);
        else if (slot < 9)
            bodies.append(quoted + tag);
        else
            bodies.append(emoji + tag);
    }
    return bodies;
}

void print(const char *what, qint64 count, qint64 nanoseconds, qint64 checksum)
{
    const double seconds = double(nanoseconds) / 1e9;
    std::printf("%-34s %9lld in %7.3f s  %12.0f /s  %7.1f ns each  (checksum %lld)\n", what,
                static_cast<long long>(count), seconds, double(count) / seconds, double(nanoseconds) / double(count),
                static_cast<long long>(checksum));
}

void benchCount(const QStringList &bodies, qint64 n)
{
    qint64 utf16 = 0;
    for (const QString &body : bodies)
        utf16 += body.size();
    QElapsedTimer timer;
    timer.start();
    qint64 segments = 0;
    for (qint64 i = 0; i < n; ++i)
        segments += SegmentCounter::count(bodies.at(i % bodies.size())).segments;
    const qint64 elapsed = timer.nsecsElapsed();
    print("SegmentCounter::count", n, elapsed, segments);
    std::printf("%-34s %.1f UTF-16 units per body on average\n", "", double(utf16) / double(bodies.size()));
}

void benchImportRow(qint64 n)
{
    const QStringList headers = {QStringLiteral("phone"), QStringLiteral("First name"), QStringLiteral("order"),
                                 QStringLiteral("amount")};
    const auto parsed = MessageTemplate::parse(QStringLiteral(
        "Hi {first name}, your order {order} of {amount} € has shipped. Reply STOP to opt out. {{ref}}"));
    const auto bound = parsed->bind(headers);
    if (!bound.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(bound.errorMessage()));
        std::exit(1);
    }
    QList<QStringList> rows;
    for (int i = 0; i < 1000; ++i) {
        rows.append({QStringLiteral("+3519123%1").arg(i, 5, 10, QLatin1Char('0')),
                     i % 7 == 0 ? QStringLiteral("Zoë") : QStringLiteral("Ana"), QString::number(10000 + i),
                     QStringLiteral("%1.90").arg(i % 300)});
    }
    QElapsedTimer timer;
    timer.start();
    qint64 segments = 0;
    for (qint64 i = 0; i < n; ++i) {
        const QString body = bound->render(rows.at(i % rows.size()));
        segments += SegmentCounter::count(body).segments;
    }
    print("render + count (import row)", n, timer.nsecsElapsed(), segments);
}

void benchSmartEncoding(const QStringList &bodies, qint64 n)
{
    QElapsedTimer timer;
    timer.start();
    qint64 replacements = 0;
    for (qint64 i = 0; i < n; ++i)
        replacements += SmartEncoding::apply(bodies.at(i % bodies.size())).replacements;
    print("SmartEncoding::apply", n, timer.nsecsElapsed(), replacements);
}

void benchReport(const QStringList &bodies, qint64 n)
{
    QElapsedTimer timer;
    timer.start();
    qint64 offenders = 0;
    for (qint64 i = 0; i < n; ++i)
        offenders += SegmentCounter::report(bodies.at(i % bodies.size())).offenders.size();
    print("SegmentCounter::report (Compose)", n, timer.nsecsElapsed(), offenders);
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 n = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    if (n <= 0) {
        std::fprintf(stderr, "usage: benchsegments [bodies > 0]\n");
        return 2;
    }
    const QStringList bodies = corpus();
    benchCount(bodies, n);
    benchImportRow(n);
    benchSmartEncoding(bodies, n);
    benchReport(bodies, n / 10);
    return 0;
}

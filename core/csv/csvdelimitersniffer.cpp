// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvdelimitersniffer.h"

#include "csvparser.h"

#include <QHash>

namespace {

constexpr int sampleRecords = 100;

} // namespace

QList<QChar> CsvDelimiterSniffer::candidates()
{
    return {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
}

QChar CsvDelimiterSniffer::sniff(QStringView sample, bool atEnd)
{
    QChar best = QLatin1Char(',');
    double bestConsistency = 0;
    qsizetype bestFields = 0;
    for (const QChar candidate : candidates()) {
        const QList<QStringList> rows = CsvParser(candidate).parseSample(sample, atEnd, sampleRecords);
        if (rows.isEmpty())
            continue;
        QHash<qsizetype, int> frequency;
        for (const QStringList &row : rows)
            ++frequency[row.size()];
        qsizetype mode = 0;
        int modeCount = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeCount || (it.value() == modeCount && it.key() > mode)) {
                mode = it.key();
                modeCount = it.value();
            }
        }
        if (mode < 2)
            continue;
        const double consistency = double(modeCount) / double(rows.size());
        if (consistency > bestConsistency || (consistency == bestConsistency && mode > bestFields)) {
            best = candidate;
            bestConsistency = consistency;
            bestFields = mode;
        }
    }
    return best;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "output.h"

#include <QDateTime>

namespace output {

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                const QList<qsizetype> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            const bool right = rightAligned.contains(i);
            const bool last = i == headers.size() - 1;
            if (right)
                line += cell.rightJustified(widths.at(i));
            else
                line += last ? cell : cell.leftJustified(widths.at(i));
            if (!last)
                line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
}

void printFields(QTextStream &out, const QList<std::pair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, field.first.size());
    for (const auto &[key, value] : fields)
        out << QString(key + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
}

QString isoTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace output

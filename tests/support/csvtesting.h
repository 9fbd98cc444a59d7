// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the CSV reader tests: byte literals with NULs, UTF-8 string lists, and a
// compact rendering of records ("line:field|field", "line!problem_key") to compare with tables.

#include "csv/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

namespace CsvTesting {

template<size_t N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1); // keeps NULs
}

inline QStringList lines(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

inline QByteArray encode(const char *text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(text));
}

/// "line:field|field" for a good record, "line!problem_key" for a reject. `nonEmptyOnly` leaves
/// empty fields out (for the wide Google Contacts rows).
inline QString render(const CsvRecord &record, bool nonEmptyOnly = false)
{
    if (!record.ok())
        return QString::number(record.line) + QLatin1Char('!') + CsvRecord::key(record.problem);
    QStringList fields = record.fields;
    if (nonEmptyOnly)
        fields.removeAll(QString());
    return QString::number(record.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
}

struct Read
{
    Result<CsvSniff> sniff = Error::failed(QString());
    QStringList records;
    QList<CsvRecord> raw;
    QString encodingAtEnd;
};

inline Read readAll(QIODevice *device, const CsvOptions &options, bool nonEmptyOnly = false)
{
    CsvReader reader(device, options);
    Read read;
    read.sniff = reader.sniff();
    CsvRecord record;
    while (reader.next(record)) {
        read.records.append(render(record, nonEmptyOnly));
        read.raw.append(record);
    }
    read.encodingAtEnd = reader.encoding();
    return read;
}

inline Read readBytes(const QByteArray &data, const CsvOptions &options, bool nonEmptyOnly = false)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options, nonEmptyOnly);
}

inline QString show(const QStringList &list)
{
    QStringList escaped;
    for (QString item : list)
        escaped.append(
            item.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('\n'), QLatin1String("\\n")));
    return QLatin1Char('[') + escaped.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace CsvTesting

#define COMPARE_RECORDS(actual, expected, context)                                                                \
    do {                                                                                                          \
        if ((actual) != (expected))                                                                               \
            QFAIL(qPrintable(QString(QString(context) + QLatin1String("\n   actual: ") + CsvTesting::show(actual) \
                                     + QLatin1String("\n expected: ") + CsvTesting::show(expected))));            \
    } while (false)

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

/// Formatting shared by the CLI's commands.
namespace output {

/// Prints rows under headers with columns padded to their widest cell. Columns whose index
/// is in `rightAligned` are right-aligned (numbers). (By index, not by header: the headers are
/// translated.)
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                const QList<qsizetype> &rightAligned = {});

/// Prints "key: value" lines with the keys aligned, in the given order.
void printFields(QTextStream &out, const QList<std::pair<QString, QString>> &fields);

/// ISO 8601 UTC for a store time in ms; empty for 0.
QString isoTime(qint64 ms);

} // namespace output

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QList>
#include <QStringView>

/// Picks the field delimiter of a CSV sample among , ; TAB and |.
///
/// Each candidate splits the sample into records (quotes respected, so a comma inside a quoted
/// address does not count). The winner is the candidate whose field count is the same on the most
/// records (share of records with the most common count, which must be at least two fields); a
/// tie goes to the candidate giving more fields, then to the order , ; TAB |. European Excel files
/// with decimal commas ("12,50") in every row therefore still pick the semicolon: it gives more
/// fields, and the header row has no comma.
class CsvDelimiterSniffer final
{
public:
    static QList<QChar> candidates();

    /// `atEnd`: the sample is the whole file (else its last, maybe cut, record is ignored).
    /// Returns ',' when no candidate splits the rows (a one-column file).
    static QChar sniff(QStringView sample, bool atEnd);
};

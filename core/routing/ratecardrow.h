// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

/// One data line of a rate card as the CSV reader delivered it: its line number in the file
/// (for messages) and its fields, in header order.
struct RateCardRow
{
    qint64 line = 0;
    QStringList fields;
};

/// A rate card ready to be written out: the header and the data rows.
struct RateCardTable
{
    QStringList header;
    QList<QStringList> rows;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// What `optout import FILE` did: numbers added, numbers already opted out, and the lines that
/// could not be read as a number (each with its line number, so the operator can fix the file).
struct OptOutImportReport
{
    struct Problem
    {
        qint64 line = 0;
        QString raw;
        QString message;
    };

    qint64 rows = 0; ///< data records read
    qint64 added = 0;
    qint64 alreadyPresent = 0; ///< already opted out, or repeated in the file
    QList<Problem> invalid;
    QString phoneColumnName;
};

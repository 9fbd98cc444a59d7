// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One problem found by an import, with where it is: a carriers.json key ("uk") or a rate-card
/// line ("line 7").
struct ImportProblem
{
    QString where;
    QString message;
    /// The rate-card line the problem is on (also in `where`); 0 when it is not about one line.
    qint64 line = 0;

    /// "uk: The Account SID …".
    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// What an all-or-nothing import did. When `problems` is not empty nothing was imported.
struct ImportReport
{
    QList<ImportProblem> problems;
    /// Invalid: the input is wrong (CLI exit 2). Failed: the input was fine but the store or the
    /// keychain failed (CLI exit 1).
    Error::Kind failureKind = Error::Kind::Invalid;
    int carriersAdded = 0;
    int rulesAdded = 0;
    int rulesUpdated = 0;
    int rulesUnchanged = 0; ///< rate-card rows equal to a rule already stored
    QStringList summary; ///< one line per imported item, for the CLI and the GUI's result dialog

    bool ok() const { return problems.isEmpty(); }

    /// A report of an import that could not run at all (the store could not be opened).
    static ImportReport failure(const Error &error)
    {
        ImportReport report;
        report.failureKind = error.kind;
        report.problems.append({QString(), error.message});
        return report;
    }

    /// Every problem, one per line.
    QString describe() const
    {
        QStringList lines;
        for (const ImportProblem &problem : problems)
            lines.append(problem.text());
        return lines.join(QLatin1Char('\n'));
    }

    /// Ok, or the problems as one Error of failureKind.
    Status status() const
    {
        if (ok())
            return {};
        return Error {describe(), failureKind};
    }
};

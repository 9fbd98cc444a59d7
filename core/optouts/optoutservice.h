// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "csv/csvoptions.h"
#include "optout.h"
#include "optoutimportreport.h"

#include <QObject>

#include <chrono>
#include <functional>

class Database;
class Settings;

/// Numbers that must not receive messages. Both faces (Opt-outs page, `smsrouter-cli optout …`)
/// go through it. Numbers are normalised to E.164 with PhoneNumberParser in the store's default
/// region (or the given one), so "+351 912 345 678", "00351912345678" and "912345678" (PT) are
/// one opt-out.
///
/// Enforced twice: the campaign import rejects opted-out numbers (`opted_out`), and the
/// dispatcher asks OptOutRepository on its own connection just before submission.
class OptOutService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutService)

public:
    /// `changed` is false when the number was already opted out (add) — nothing was written.
    struct Change
    {
        OptOut optOut;
        bool changed = false;
    };

    OptOutService(Database &db, Settings &settings, const Clock &clock = SystemClock::instance(),
                  QObject *parent = nullptr);

    /// Normalises and adds the number. Error::invalid with the parser's message for a number
    /// that is not valid.
    Result<Change> add(const QString &number, const QString &reason = {}, const QString &region = {});
    /// Error::notFound when the number is not opted out.
    Result<OptOut> remove(const QString &number, const QString &region = {});
    Result<OptOutList> list() const;
    /// Changes whenever the list does (OptOutRepository::version): lets a view that follows
    /// the store skip re-reading an unchanged list.
    Result<QString> version() const;
    /// Normalises `number` and says whether it is opted out.
    Result<bool> contains(const QString &number, const QString &region = {}) const;

    /// Adds every number of a CSV file. The phone column is detected like a campaign import's
    /// (or named by `phoneColumn`); a column headed "reason" gives each number's reason (else
    /// "imported from FILE"). Lines that are not valid numbers are skipped and listed in the
    /// report with their line numbers. Error::invalid (nothing stored) when the file cannot be
    /// read or has no phone column.
    ///
    /// Written in slices of short transactions (OptOutImporter), so a dispatcher sharing the
    /// store waits milliseconds, not the whole import; the numbers of a slice count as opted out
    /// from its commit on. All or nothing still: a cancel or a failure removes exactly the
    /// numbers this import inserted (numbers opted out before keep their rows), and an import
    /// whose process died is removed by the next session (removeAbandonedImports()).
    /// `keepGoing`, when given, is called every few thousand rows while reading and after every
    /// slice, with the work done so far and the whole (in bytes of the file, reading and writing
    /// half each); returning false stops the import (nothing kept, Error::failed saying it was
    /// cancelled).
    using KeepGoing = std::function<bool(qint64 done, qint64 total)>;
    Result<OptOutImportReport> importFile(const QString &path, const CsvOptions &options = {},
                                          const QString &phoneColumn = {}, const QString &region = {},
                                          const KeepGoing &keepGoing = {});
    /// Rows and time of one slice of importFile(), for tests and benchmarks (defaults: 65,536
    /// rows, 50 ms).
    void setImportSlice(qint64 maxRows, std::chrono::milliseconds maxTime);

    /// Removes the numbers of imports whose process is gone: a process on this host that no
    /// longer runs, or no heartbeat for importStaleAfter (a live import beats with every slice).
    /// Returns how many imports. Safe while another process imports.
    Result<int> removeAbandonedImports();
    static constexpr std::chrono::minutes importStaleAfter {10};

Q_SIGNALS:
    void changed();

private:
    Result<QString> normalise(const QString &number, const QString &region) const;

    Database &m_db;
    Settings &m_settings;
    const Clock &m_clock;
    qint64 m_sliceMaxRows = 65536;
    std::chrono::milliseconds m_sliceMaxTime {50};
};

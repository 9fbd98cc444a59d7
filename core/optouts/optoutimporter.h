// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "optoutimportreport.h"

#include <QString>
#include <QThreadPool>

#include <chrono>
#include <functional>

class Database;
class ImportSource;
class PhoneNumberParser;

/// The work behind OptOutService::importFile: a million numbers in a few seconds, written in
/// slices so that another writer (a dispatcher's claim) waits milliseconds, not the whole import.
///
/// Why it is built this way (measured on the bench's 1,000,000 random Portuguese mobiles, see
/// NOTES-optout.md): the old import spent most of its time in the kernel, SQLite reading and
/// writing primary-key pages in and out of a 2 MB cache, one random number after another.
/// - Reading: the file is read on the calling thread while a pool parses batches of records on
///   every core (PhoneNumberParser is thread-safe); the batches are collected in file order, so
///   the report is the same as one thread's.
/// - Writing: every valid number is kept as a 64-bit key that sorts like its E.164 text, all of
///   them are sorted (repeats in the file fall next to each other: the first line wins, as
///   before), and then inserted in the primary key's order, so each slice touches a few
///   neighbouring B-tree pages instead of pages all over the index.
/// - Slices: a write transaction of at most `sliceMaxRows` numbers or `sliceMaxTime`, then the
///   store is free for others while keepGoing is asked. A cancel, a failure, or the import's own
///   record removed by another program, removes exactly the numbers this import inserted
///   (optouts.import_id), in slices too; numbers opted out before stay as they were.
class OptOutImporter final
{
public:
    /// Asked every few thousand rows while reading, and after every slice is committed (the
    /// store then is free for other writers), with the work done so far and the whole, in
    /// bytes of the file: reading counts for the first half, writing for the second. False
    /// stops the import.
    using KeepGoing = std::function<bool(qint64 done, qint64 total)>;

    struct Limits
    {
        int batchRows = 4096; ///< records a worker parses at a time
        qint64 sliceMaxRows = 65536;
        std::chrono::milliseconds sliceMaxTime {50};
        /// The store left free after each slice, long enough for a waiting writer to take it.
        std::chrono::milliseconds pauseBetweenSlices {3};
    };

    /// What to read from the file, as OptOutService worked it out.
    struct Request
    {
        int phoneColumn = 0;
        int reasonColumn = -1; ///< -1: every number gets `defaultReason`
        QString region; ///< passed to the parser per number (empty: the parser's default)
        QString defaultReason;
        QString sourceFile; ///< the file's name, kept with the import's record
    };

    OptOutImporter(Database &db, const Clock &clock, Limits limits);
    ~OptOutImporter();
    OptOutImporter(const OptOutImporter &) = delete;
    OptOutImporter &operator=(const OptOutImporter &) = delete;

    Result<OptOutImportReport> run(ImportSource &source, const PhoneNumberParser &parser, const Request &request,
                                   const KeepGoing &keepGoing);

    /// Deletes the numbers import `importId` inserted, in slices, then its record. Numbers
    /// another import or a person added keep their rows.
    static Status removeImport(Database &db, qint64 importId);

private:
    Database &m_db;
    const Clock &m_clock;
    Limits m_limits;
    QThreadPool m_pool;
};

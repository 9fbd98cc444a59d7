// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>

/// How numbers, times and durations read in the window (ui-guide, Tables and Long work).
namespace displaytext {

/// "1,000,000" — grouped in the locale's way (the C locale groups with commas too).
QString count(qint64 n);
/// A store count as the int that tr()'s %n takes (a count beyond 2^31 reads as 2^31 - 1).
int plural(qint64 n);
/// "12 s ago", "5 min ago", "3 h ago" within a day; "in 5 min", "today 15:00", "tomorrow 09:00"
/// ahead; else the date and time ("2026-03-01 09:00"), all in local time.
QString relativeTime(qint64 ms, qint64 nowMs);
/// "2026-03-01 09:00:00 (UTC+01:00)" in local time, for tooltips.
QString exactTime(qint64 ms);
/// "14:05" today, "7 Dec 14:05" this year, "2025-12-07 14:05" before: short enough for a line
/// that holds several times (the exact one goes in its tooltip).
QString shortTime(qint64 ms);
/// "45 s", "12 min", "2 h 5 min", "3 d 4 h".
QString duration(std::chrono::seconds seconds);
/// Why an import rejected a row, for a person: "invalid_number" → "Not a valid phone number",
/// the CSV reader's keys as "CSV problem: unterminated quote".
QString rejectReason(const QString &key, int maxSegments);
/// "12.3 MB".
QString bytes(qint64 n);

} // namespace displaytext

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

/// Money is kept as integer micro-units (1/1,000,000) of the store's currency, so sums over a
/// million messages are exact. These helpers are the only place that converts to and from text.
namespace money {

constexpr qint64 microsPerUnit = 1'000'000;

/// Parses "0.021", "1", "0,021" (comma accepted) into micro-units. Refuses negatives, more than
/// six decimals, and anything that is not a plain decimal number.
std::optional<qint64> parse(const QString &text);

/// "0.0210" — fixed decimals (4 by default), no unit.
QString format(qint64 micros, int decimals = 4);

/// "0.0210 EUR": for the CLI, CSV and messages that a script may read.
QString formatWithUnit(qint64 micros, const QString &currency, int decimals = 4);

/// The same for people in the window, in the digits of the default QLocale: "1.234,0210 EUR" in
/// a German session, "1,234.0210 EUR" in an English one.
QString displayWithUnit(qint64 micros, const QString &currency, int decimals = 4);

} // namespace money

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QSet>

/// How CsvWriter formats an export. The defaults suit Excel and LibreOffice in any locale.
struct CsvWriterOptions
{
    enum class LineEnding { CrLf, Lf };

    QChar delimiter = QLatin1Char(',');
    /// CRLF is RFC 4180 and what Excel writes; LF for Unix tools.
    LineEnding lineEnding = LineEnding::CrLf;
    /// Excel reads a CSV file as the ANSI code page unless it starts with a UTF-8 BOM.
    bool utf8Bom = true;
    /// Prefix ' to cells a spreadsheet would run as a formula (CSV injection). See CsvWriter.
    bool neutraliseFormulas = true;
    /// Columns (0-based) written exactly as given even when neutraliseFormulas is on: for values
    /// the program produced itself and that must round-trip byte for byte.
    QSet<int> verbatimColumns;
};

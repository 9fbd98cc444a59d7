// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

/// What CsvReader::sniff() decided about a file (or took from CsvOptions), plus the first rows so
/// an import dialog can show a preview before anything is stored.
struct CsvSniff
{
    /// Decoder name: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252" or the override's name.
    QString encoding;
    /// True when the encoding came from a byte-order mark.
    bool bom = false;
    QChar delimiter;
    bool hasHeader = false;
    /// Column names (trimmed) when hasHeader; empty otherwise.
    QStringList header;
    /// Up to previewRows data records (the header excluded), as parsed, before field-count checks.
    QList<QStringList> preview;

    static constexpr int previewRows = 20;
};

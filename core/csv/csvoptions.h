// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QString>
#include <QtGlobal>

#include <optional>

/// How a CsvReader reads a file. Every field has a "detect" default; set one to override what
/// sniffing would pick (the CLI's --encoding / --delimiter, the import dialog's combo boxes).
struct CsvOptions
{
    /// Any name QStringDecoder knows ("UTF-8", "UTF-16LE", "windows-1252", "windows-1255",
    /// "ISO-8859-1", "macintosh", …). Empty: detect (BOM, else UTF-16 NUL pattern, else valid
    /// UTF-8, else windows-1252).
    QString encoding;
    /// One of , ; TAB | (or any other character). Null: sniff.
    QChar delimiter;
    /// Unset: decide from the first rows.
    std::optional<bool> hasHeader;

    /// Bytes read from the device at a time. Tests use tiny chunks to split CRLFs, multi-byte
    /// characters and UTF-16 code units across reads.
    qsizetype chunkSize = 256 * 1024;
    /// Bytes sniff() looks at to pick the encoding, delimiter and header.
    qsizetype sniffBytes = 64 * 1024;
    /// A record longer than this (in characters) is rejected: almost always a quote that is never
    /// closed. Bounds memory; Excel's own cell limit is 32,767 characters.
    qsizetype maxRecordChars = 1024 * 1024;
};

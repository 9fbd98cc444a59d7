// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

/// Byte-level facts about a CSV file: byte-order marks, encoding detection, UTF-8 validity and
/// files that are not text at all. Pure functions; CsvReader applies them.
class CsvEncoding final
{
public:
    static QString utf8() { return QStringLiteral("UTF-8"); }
    static QString utf16le() { return QStringLiteral("UTF-16LE"); }
    static QString utf16be() { return QStringLiteral("UTF-16BE"); }
    /// Qt 6.4 on Debian decodes it through ICU; 0x80–0x9F are € ‚ ƒ „ … (not Latin-1's controls).
    static QString windows1252() { return QStringLiteral("windows-1252"); }

    struct Detection
    {
        QString name;
        qsizetype bomLength = 0;
        /// UTF-8 picked only because the sample is plain ASCII: the first non-ASCII bytes later in
        /// the file decide between UTF-8 and windows-1252 (CsvReader does that).
        bool tentative = false;
    };

    /// Picks the encoding from the first bytes of a file: a BOM; else the NUL pattern of UTF-16
    /// without BOM (ASCII text in UTF-16 is also valid UTF-8, so this comes first); else UTF-8 if
    /// the bytes are valid UTF-8; else windows-1252, the superset of Latin-1 that Excel writes in
    /// Western locales. `wholeFile`: the sample is the entire file.
    static Detection detect(QByteArrayView sample, bool wholeFile);

    /// Length of the BOM at the start of `data` when it belongs to the decoder `name`, else 0.
    static qsizetype bomLength(QByteArrayView data, const QString &name);

    struct Utf8Scan
    {
        bool invalid = false; ///< a byte sequence that is not UTF-8 (truncated tail excepted)
        bool multiByte = false; ///< at least one complete non-ASCII character
        bool truncatedTail = false; ///< the data ends inside a character
    };
    /// Validates UTF-8 strictly (no overlongs, no surrogates, nothing above U+10FFFF).
    static Utf8Scan scanUtf8(QByteArrayView data);

    /// Index of the first byte >= 0x80, or -1.
    static qsizetype firstNonAscii(QByteArrayView data);

    /// True when `tail` (the last bytes of a stream) ends inside a UTF-8 multi-byte character.
    static bool endsInsideUtf8Character(QByteArrayView tail);

    /// What the file is when it starts like a known binary format ("an Excel workbook (.xlsx)"),
    /// or empty for anything that may be text.
    static QString binaryFormat(QByteArrayView sample);
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "csvoptions.h"
#include "csvparser.h"
#include "csvrecord.h"
#include "csvsniff.h"

#include <QByteArray>
#include <QString>
#include <QStringConverter>

#include <optional>

class QIODevice;

/// Reads recipient exports (Excel, LibreOffice, Google Contacts, hand-made files) one record at a
/// time, in bounded memory: the device is read in CsvOptions::chunkSize pieces and only the
/// record being parsed is kept.
///
/// ```
/// CsvReader reader(&file);
/// const Result<CsvSniff> sniff = reader.sniff();   // encoding, delimiter, header, preview
/// CsvRecord record;
/// while (reader.next(record)) { if (record.ok()) use(record.fields); else reject(record); }
/// ```
///
/// Malformed input never stops reading and is never dropped silently: it comes out of next() as a
/// record with a Problem, its 1-based starting line and raw text. A quote error costs only the
/// physical line where the record starts: reading resumes on the next line, so one stray quote
/// cannot swallow the rest of the file. Blank lines (also ",,,," rows) are skipped but counted.
/// A record with more fields than the header is accepted when the extra fields are empty, and
/// one with fewer when the missing columns have no header name; records that pass always have
/// exactly the header's (or, without header, the usual row's) field count. Fields are not trimmed.
///
/// The device must be open and readable without waiting (a file or a buffer).
class CsvReader final
{
public:
    explicit CsvReader(QIODevice *device, CsvOptions options = {});

    /// Reads up to CsvOptions::sniffBytes ahead and decides encoding, delimiter and header (each
    /// unless overridden). Loses no data: next() starts from the first record. Called by next()
    /// when the caller did not; later calls return the same result. Fails for an unknown encoding
    /// name, an unreadable device, or a file that is a workbook or PDF rather than text.
    Result<CsvSniff> sniff();

    /// The next data record (the header row is not returned). False at the end of the file, or
    /// when sniff() failed.
    bool next(CsvRecord &record);

    /// Bytes taken from the device so far, for progress (runs ahead of next() by up to a chunk).
    qint64 bytesRead() const { return m_bytesRead; }
    /// The device's size, or -1 for a sequential device.
    qint64 totalBytes() const;

    /// The encoding in use. Differs from sniff().encoding only when the sample was plain ASCII and
    /// later bytes turned out not to be UTF-8: then it is "windows-1252" from there on.
    QString encoding() const { return m_encoding; }

private:
    Result<CsvSniff> runSniff();
    QByteArray readSample();
    QByteArray readRaw(qsizetype max);
    bool refill();
    void decideTentativeEncoding(QByteArray &raw);
    void appendDecoded(const QByteArray &raw);
    void finishDecoding();
    void useEncoding(const QString &name);
    bool acceptRecord(CsvRecord &record, qsizetype start, qsizetype end);
    bool reject(CsvRecord &record, CsvRecord::Problem problem, const QString &error, QStringView raw);
    bool rejectFirstLine(CsvRecord &record, CsvRecord::Problem problem, const QString &error);
    bool rejectTooLong(CsvRecord &record);

    QIODevice *m_device;
    CsvOptions m_options;
    std::optional<Result<CsvSniff>> m_sniff;

    QStringDecoder m_decoder;
    QString m_encoding;
    bool m_utf8 = false;
    bool m_utf16 = false; // only UTF-16 input can decode to lone surrogates
    bool m_tentativeUtf8 = false;
    QByteArray m_utf8Tail; // last bytes decoded as UTF-8: a character cut by the end of file
    qint64 m_utf16Bytes = 0; // an odd count means a half code unit at the end of file

    QByteArray m_pending; // sniffed bytes not decoded yet
    qsizetype m_pendingPos = 0;
    qint64 m_bytesRead = 0;
    bool m_deviceEnd = false;
    QString m_readError;

    CsvParser m_parser {QLatin1Char(',')};
    QString m_text; // decoded text; the current record starts at m_pos
    qsizetype m_pos = 0;
    bool m_textEnd = false; // m_text holds everything up to the end of file
    bool m_finished = false;
    bool m_checkCharacters = false; // some decoded text held U+FFFD or a lone surrogate
    qint64 m_line = 1;
    bool m_skipLine = false; // skipping the rest of a physical line (bad record, "sep=" line)
    bool m_headerPending = false;
    QStringList m_header;
    qsizetype m_expectedFields = -1;

    // The rejects' sentences, translated once per file: a bad file can reject each of its rows.
    QString m_textAfterQuoteText;
    QString m_unterminatedQuoteText;
    QString m_tooLongText;
    QString m_invalidBytesText;
    QString m_fieldCountText;
    QString m_otherRowsHaveText;
    QString m_headerHasText;
    QString m_tabName;
};

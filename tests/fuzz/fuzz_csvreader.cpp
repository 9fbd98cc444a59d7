// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Fuzz target: CsvReader on arbitrary bytes. The first byte picks the overrides (encoding,
// delimiter, header) and a chunk size, so chunk boundaries fall inside CRLFs, quotes and
// multi-byte characters. Issue 6: malformed input becomes a reject with its line number,
// never a crash, a hang or a silent skip.
#include "csv/csvreader.h"
#include "fuzzcheck.h"

#include <QBuffer>

#include <array>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t knobs = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    static const std::array<const char *, 4> encodings {"", "UTF-8", "windows-1252", "UTF-16LE"};
    static const std::array<char16_t, 4> delimiters {0, u',', u';', u'\t'};
    CsvOptions options;
    options.encoding = QString::fromLatin1(encodings[knobs & 3]);
    if (delimiters[(knobs >> 2) & 3] != 0)
        options.delimiter = QChar(delimiters[(knobs >> 2) & 3]);
    if (knobs & 0x10)
        options.hasHeader = (knobs & 0x20) != 0;
    options.chunkSize = (knobs & 0x40) ? 7 : 4096;
    options.sniffBytes = (knobs & 0x80) ? 16 : 64 * 1024;
    options.maxRecordChars = 1000;

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    const Result<CsvSniff> sniff = reader.sniff();
    if (!sniff)
        return 0;

    CsvRecord record;
    qint64 lastLine = 0;
    qsizetype fieldCount = -1;
    qint64 records = 0;
    while (reader.next(record)) {
        ++records;
        FUZZ_CHECK(records <= qint64(size) + 1); // every record consumes input: no endless loop
        FUZZ_CHECK(record.line >= 1);
        FUZZ_CHECK(record.line > lastLine); // records come in order, each from its own line
        lastLine = record.line;
        if (record.ok()) {
            // Accepted records all have the same width (the header's, or the usual row's).
            if (fieldCount < 0)
                fieldCount = record.fields.size();
            FUZZ_CHECK(record.fields.size() == fieldCount);
        } else {
            FUZZ_CHECK(!record.error.isEmpty()); // a reject always says why
        }
        FUZZ_CHECK(reader.bytesRead() <= bytes.size());
    }
    return 0;
}

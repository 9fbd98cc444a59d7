// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvencoding.h"

#include <QCoreApplication>

#include <cstring>

namespace {

int sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

/// Valid range of the byte after a lead byte (rules out overlongs, surrogates and > U+10FFFF).
bool secondByteValid(unsigned char lead, unsigned char second)
{
    switch (lead) {
    case 0xE0:
        return second >= 0xA0 && second <= 0xBF;
    case 0xED:
        return second >= 0x80 && second <= 0x9F;
    case 0xF0:
        return second >= 0x90 && second <= 0xBF;
    case 0xF4:
        return second >= 0x80 && second <= 0x8F;
    default:
        return second >= 0x80 && second <= 0xBF;
    }
}

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.size() >= prefix.size() && std::memcmp(data.data(), prefix.data(), size_t(prefix.size())) == 0;
}

} // namespace

CsvEncoding::Detection CsvEncoding::detect(QByteArrayView sample, bool wholeFile)
{
    if (startsWith(sample, "\xEF\xBB\xBF"))
        return {utf8(), 3, false};
    if (startsWith(sample, "\xFF\xFE"))
        return {utf16le(), 2, false};
    if (startsWith(sample, "\xFE\xFF"))
        return {utf16be(), 2, false};

    // UTF-16 without BOM: Latin text has a NUL in every other byte. Text files never hold NULs.
    const qsizetype pairs = sample.size() / 2;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs * 2; i += 2) {
        evenZeros += sample[i] == '\0';
        oddZeros += sample[i + 1] == '\0';
    }
    if (oddZeros * 4 >= pairs && oddZeros > 0 && evenZeros * 8 <= oddZeros)
        return {utf16le(), 0, false};
    if (evenZeros * 4 >= pairs && evenZeros > 0 && oddZeros * 8 <= evenZeros)
        return {utf16be(), 0, false};

    const Utf8Scan scan = scanUtf8(sample);
    // A whole file that ends inside its only "UTF-8 character" is a windows-1252 file ending in
    // an accented letter ("José").
    if (scan.invalid || (wholeFile && scan.truncatedTail && !scan.multiByte))
        return {windows1252(), 0, false};
    return {utf8(), 0, !scan.multiByte && !wholeFile};
}

qsizetype CsvEncoding::bomLength(QByteArrayView data, const QString &name)
{
    if (name == utf8() && startsWith(data, "\xEF\xBB\xBF"))
        return 3;
    if (name == utf16le() && startsWith(data, "\xFF\xFE"))
        return 2;
    if (name == utf16be() && startsWith(data, "\xFE\xFF"))
        return 2;
    return 0;
}

qsizetype CsvEncoding::firstNonAscii(QByteArrayView data)
{
    const char *const begin = data.data();
    const qsizetype size = data.size();
    qsizetype i = 0;
    // Eight bytes at a time: this runs over every chunk of a file that is still ASCII so far.
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, begin + i, 8);
        if (word & 0x8080808080808080ULL)
            break;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(begin[i]) >= 0x80)
            return i;
    }
    return -1;
}

CsvEncoding::Utf8Scan CsvEncoding::scanUtf8(QByteArrayView data)
{
    Utf8Scan scan;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = firstNonAscii(data);
    if (i < 0)
        return scan;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(lead);
        if (length == 0) {
            scan.invalid = true;
            return scan;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k == size) {
                scan.truncatedTail = true;
                return scan;
            }
            const unsigned char byte = bytes[i + k];
            if (k == 1 ? !secondByteValid(lead, byte) : !isContinuation(byte)) {
                scan.invalid = true;
                return scan;
            }
        }
        scan.multiByte = true;
        i += length;
    }
    return scan;
}

bool CsvEncoding::endsInsideUtf8Character(QByteArrayView tail)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(tail.data());
    qsizetype continuations = 0;
    for (qsizetype i = tail.size() - 1; i >= 0 && continuations < 4; --i) {
        if (isContinuation(bytes[i])) {
            ++continuations;
            continue;
        }
        const int length = sequenceLength(bytes[i]);
        return length > 0 && continuations + 1 < length;
    }
    return false;
}

QString CsvEncoding::binaryFormat(QByteArrayView sample)
{
    if (startsWith(sample, "PK\x03\x04"))
        return QCoreApplication::translate("CsvEncoding", "a spreadsheet workbook (.xlsx or .ods)");
    if (startsWith(sample, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return QCoreApplication::translate("CsvEncoding", "an old Excel workbook (.xls)");
    if (startsWith(sample, "%PDF"))
        return QCoreApplication::translate("CsvEncoding", "a PDF document");
    return {};
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include "csvdelimitersniffer.h"
#include "csvencoding.h"
#include "csvheaderdetector.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace {

constexpr int sniffRecords = 100;

/// "sep=;" on the first line is Excel's way of naming the delimiter; Excel hides that line.
QChar excelSeparatorLine(QStringView text)
{
    if (text.size() < 5 || !text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return {};
    if (text.size() > 5 && text[5] != u'\r' && text[5] != u'\n')
        return {};
    return text[4];
}

qsizetype usualFieldCount(const QList<QStringList> &rows)
{
    QHash<qsizetype, int> frequency;
    qsizetype mode = -1;
    int modeCount = 0;
    for (const QStringList &row : rows) {
        const int count = ++frequency[row.size()];
        if (count > modeCount) {
            mode = row.size();
            modeCount = count;
        }
    }
    return mode;
}

bool allBlank(const QStringList &fields, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!QStringView(fields[i]).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool hasInvalidCharacters(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (field.contains(QChar::ReplacementCharacter) || !QStringView(field).isValidUtf16())
            return true;
    }
    return false;
}

QString delimiterName(QChar delimiter, const QString &tab)
{
    if (delimiter == u'\t')
        return tab;
    return QString(QLatin1Char('\'') + delimiter + QLatin1Char('\''));
}

} // namespace

CsvReader::CsvReader(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(std::move(options))
{
    m_options.chunkSize = qMax<qsizetype>(1, m_options.chunkSize);
    m_options.sniffBytes = qMax<qsizetype>(1, m_options.sniffBytes);
    m_options.maxRecordChars = qMax<qsizetype>(1, m_options.maxRecordChars);
    m_textAfterQuoteText =
        QCoreApplication::translate("CsvReader",
                                    "Line %1 has text after the closing quote of a field. Inside a "
                                    "quoted field write a quote as two quotes (\"\"); reading went on "
                                    "from the next line.");
    m_unterminatedQuoteText =
        QCoreApplication::translate("CsvReader",
                                    "Line %1 opens a quoted field that is never closed. Add the missing "
                                    "closing quote (\") or remove the opening one; reading went on from "
                                    "the next line.");
    m_tooLongText =
        QCoreApplication::translate("CsvReader",
                                    "Line %1 starts a record longer than %2 characters, most likely because a "
                                    "quote is never closed. Fix the quotes on that line; reading went on from "
                                    "the next line.");
    m_invalidBytesText =
        QCoreApplication::translate("CsvReader",
                                    "Line %1 has bytes that are not valid %2 (shown as \uFFFD). Choose the file's "
                                    "real encoding (for example windows-1252), or save it from the spreadsheet as "
                                    "\"CSV UTF-8\" and import it again.");
    //: %3 is “the header has 4” or “the other rows have 4”; %4 the delimiter (“';'”, “TAB”).
    m_fieldCountText =
        QCoreApplication::translate("CsvReader",
                                    "Line %1 has %2 fields but %3. A value probably contains the delimiter %4: put "
                                    "quotes around that value, or fix the row.");
    m_otherRowsHaveText = QCoreApplication::translate("CsvReader", "the other rows have %1");
    m_headerHasText = QCoreApplication::translate("CsvReader", "the header has %1");
    //: The tab character, named as a delimiter.
    m_tabName = QCoreApplication::translate("CsvReader", "TAB");
}

qint64 CsvReader::totalBytes() const
{
    return !m_device || m_device->isSequential() ? -1 : m_device->size();
}

Result<CsvSniff> CsvReader::sniff()
{
    if (!m_sniff)
        m_sniff = runSniff();
    return *m_sniff;
}

Result<CsvSniff> CsvReader::runSniff()
{
    if (!m_device || !m_device->isReadable())
        return Error::failed(
            QCoreApplication::translate("CsvReader",
                                        "The CSV file is not open for reading. Check that it exists and that "
                                        "you may read it."));
    m_pending = readSample();
    if (!m_readError.isEmpty())
        return Error::failed(
            QCoreApplication::translate("CsvReader", "Could not read the CSV file: %1.").arg(m_readError));
    const bool wholeFile = m_deviceEnd;
    const QString binary = CsvEncoding::binaryFormat(m_pending);
    if (!binary.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("CsvReader",
                                        "This file is %1, not CSV text. Save it from the spreadsheet as "
                                        "\"CSV UTF-8\" (Excel) or \"Text CSV\" (LibreOffice) and import that "
                                        "file.")
                .arg(binary));

    CsvSniff result;
    qsizetype bom = 0;
    if (!m_options.encoding.isEmpty()) {
        const QStringDecoder probe(m_options.encoding.toLatin1().constData());
        if (!probe.isValid())
            return Error::invalid(
                QCoreApplication::translate("CsvReader",
                                            "Unknown encoding \"%1\". Use a name such as UTF-8, UTF-16LE, "
                                            "windows-1252, ISO-8859-1 or windows-1255, or leave it empty to "
                                            "detect it.")
                    .arg(m_options.encoding));
        result.encoding = QString::fromLatin1(probe.name());
        bom = CsvEncoding::bomLength(m_pending, result.encoding);
    } else {
        const CsvEncoding::Detection detection = CsvEncoding::detect(m_pending, wholeFile);
        result.encoding = detection.name;
        bom = detection.bomLength;
        m_tentativeUtf8 = detection.tentative;
    }
    result.bom = bom > 0;
    m_pendingPos = bom;
    useEncoding(result.encoding);

    // The sample is decoded separately for sniffing; next() decodes the same bytes again, chunk
    // by chunk, so nothing read here is lost.
    QStringDecoder sampleDecoder(result.encoding.toLatin1().constData());
    const QString text = sampleDecoder.decode(QByteArrayView(m_pending).sliced(bom));
    QStringView body = text;
    const QChar separator = excelSeparatorLine(text);
    if (!separator.isNull()) {
        const qsizetype end = CsvParser::skipLine(text, 0, wholeFile);
        body = body.sliced(end < 0 ? body.size() : end);
        m_skipLine = true;
    }

    if (!m_options.delimiter.isNull())
        result.delimiter = m_options.delimiter;
    else if (!separator.isNull())
        result.delimiter = separator;
    else
        result.delimiter = CsvDelimiterSniffer::sniff(body, wholeFile);
    m_parser = CsvParser(result.delimiter);

    QList<QStringList> rows = m_parser.parseSample(body, wholeFile, sniffRecords);
    result.hasHeader = m_options.hasHeader ? *m_options.hasHeader : CsvHeaderDetector::looksLikeHeader(rows);
    m_headerPending = result.hasHeader;
    if (result.hasHeader && !rows.isEmpty()) {
        for (const QString &name : rows.takeFirst())
            result.header.append(name.trimmed());
        if (!result.header.isEmpty() && result.header.first().startsWith(QChar(0xFEFF)))
            result.header.first().remove(0, 1);
        m_header = result.header;
        m_expectedFields = m_header.size();
    } else if (!result.hasHeader) {
        m_expectedFields = usualFieldCount(rows);
    }
    result.preview = rows.mid(0, CsvSniff::previewRows);
    return result;
}

QByteArray CsvReader::readSample()
{
    // At least the first line, so a "sep=" line and the header are always seen whole (bounded
    // like a record, in case the file has no line break at all).
    const auto hasLineBreak = [](const QByteArray &bytes) {
        return bytes.contains('\n') || bytes.contains('\r');
    };
    QByteArray sample;
    qsizetype want = m_options.sniffBytes;
    while (!m_deviceEnd) {
        if (sample.size() >= want) {
            if (hasLineBreak(sample) || want >= m_options.maxRecordChars)
                break;
            want += m_options.sniffBytes;
        }
        const qint64 before = sample.size();
        sample.resize(want);
        const qint64 got = m_device->read(sample.data() + before, want - before);
        sample.resize(before + qMax<qint64>(0, got));
        if (got < 0)
            m_readError = m_device->errorString();
        if (got <= 0)
            m_deviceEnd = true;
        else
            m_bytesRead += got;
    }
    return sample;
}

QByteArray CsvReader::readRaw(qsizetype max)
{
    if (m_pendingPos < m_pending.size()) {
        const qsizetype take = qMin(max, m_pending.size() - m_pendingPos);
        QByteArray raw = m_pending.mid(m_pendingPos, take);
        m_pendingPos += take;
        if (m_pendingPos == m_pending.size()) {
            m_pending.clear();
            m_pendingPos = 0;
        }
        return raw;
    }
    if (m_deviceEnd)
        return {};
    QByteArray raw(max, Qt::Uninitialized);
    const qint64 got = m_device->read(raw.data(), max);
    if (got < 0)
        m_readError = m_device->errorString();
    if (got <= 0)
        m_deviceEnd = true;
    raw.resize(qMax<qint64>(0, got));
    m_bytesRead += raw.size();
    return raw;
}

void CsvReader::useEncoding(const QString &name)
{
    m_encoding = name;
    m_decoder = QStringDecoder(name.toLatin1().constData());
    m_utf8 = name == CsvEncoding::utf8();
    m_utf16 = name == CsvEncoding::utf16le() || name == CsvEncoding::utf16be();
}

bool CsvReader::refill()
{
    if (m_textEnd)
        return false;
    m_text.remove(0, m_pos);
    m_pos = 0;
    QByteArray raw = readRaw(m_options.chunkSize);
    if (raw.isEmpty()) {
        finishDecoding();
        return true;
    }
    if (m_tentativeUtf8)
        decideTentativeEncoding(raw);
    appendDecoded(raw);
    return true;
}

void CsvReader::decideTentativeEncoding(QByteArray &raw)
{
    const qsizetype first = CsvEncoding::firstNonAscii(raw);
    if (first < 0)
        return; // still ASCII: the same text in UTF-8 and windows-1252
    CsvEncoding::Utf8Scan scan = CsvEncoding::scanUtf8(QByteArrayView(raw).sliced(first));
    while (!scan.invalid && !scan.multiByte && scan.truncatedTail) {
        const QByteArray more = readRaw(4);
        if (more.isEmpty())
            break;
        raw += more;
        scan = CsvEncoding::scanUtf8(QByteArrayView(raw).sliced(first));
    }
    m_tentativeUtf8 = false;
    if (scan.invalid || !scan.multiByte)
        useEncoding(CsvEncoding::windows1252());
}

void CsvReader::appendDecoded(const QByteArray &raw)
{
    if (m_utf8)
        m_utf8Tail = QByteArray(m_utf8Tail + raw.right(4)).right(4);
    else if (m_utf16)
        m_utf16Bytes += raw.size();
    const qsizetype old = m_text.size();
    m_text.resize(old + m_decoder.requiredSpace(raw.size()));
    const QChar *end = m_decoder.appendToBuffer(m_text.data() + old, raw);
    m_text.truncate(end - m_text.constData());
    if (!m_checkCharacters) {
        // Only bytes the decoder could not read are an encoding error (its error state says so):
        // a valid file may hold U+FFFD itself. Lone surrogates can only come from UTF-16 input,
        // whose decoder lets them through.
        const QStringView added = QStringView(m_text).sliced(old);
        m_checkCharacters = m_decoder.hasError() || (m_utf16 && !added.isValidUtf16());
    }
}

void CsvReader::finishDecoding()
{
    m_textEnd = true;
    // QStringDecoder silently keeps a character cut off by the end of the file; make it visible.
    if (CsvEncoding::endsInsideUtf8Character(m_utf8Tail) || m_utf16Bytes % 2 != 0) {
        m_text.append(QChar::ReplacementCharacter);
        m_checkCharacters = true;
    }
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_sniff)
        m_sniff = runSniff();
    if (!m_sniff->ok())
        return false;
    record.problem = CsvRecord::Problem::None;
    record.error.clear();
    record.raw.clear();
    for (;;) {
        if (m_finished)
            return false;
        if (!m_readError.isEmpty()) {
            m_finished = true;
            record.fields.clear();
            record.line = m_line;
            return reject(
                record, CsvRecord::Problem::ReadError,
                QCoreApplication::translate("CsvReader",
                                            "Could not read the file from line %1 on: %2. Nothing after that line was "
                                            "read; check the file and import it again.")
                    .arg(m_line)
                    .arg(m_readError),
                {});
        }
        if (m_pos >= m_text.size()) {
            if (m_textEnd) {
                m_finished = true;
                return false;
            }
            refill();
            continue;
        }
        if (m_skipLine) {
            const qsizetype end = CsvParser::skipLine(m_text, m_pos, m_textEnd);
            if (end < 0) {
                // Drop what was seen (a line can be huge) but keep a final CR: an LF may follow.
                m_pos = m_text.size() - (m_text.endsWith(QLatin1Char('\r')) ? 1 : 0);
                refill();
                continue;
            }
            m_pos = end;
            ++m_line;
            m_skipLine = false;
            continue;
        }

        const CsvParser::Outcome outcome = m_parser.parse(m_text, m_pos, m_textEnd, record.fields);
        switch (outcome.status) {
        case CsvParser::Status::NeedMore:
            if (m_text.size() - m_pos > m_options.maxRecordChars)
                return rejectTooLong(record);
            refill();
            continue;
        case CsvParser::Status::TextAfterQuote:
            if (outcome.newlines == 0) {
                return rejectFirstLine(record, CsvRecord::Problem::TextAfterQuote, m_textAfterQuoteText.arg(m_line));
            }
            // The quote that "closes" is on a later line: most likely the quote opened on this
            // line was never closed and the parser ran into the next record's quotes.
            [[fallthrough]];
        case CsvParser::Status::UnterminatedQuote:
            return rejectFirstLine(record, CsvRecord::Problem::UnterminatedQuote, m_unterminatedQuoteText.arg(m_line));
        case CsvParser::Status::Record:
            // The same limit whether or not the record happened to fit in one chunk.
            if (outcome.end - m_pos > m_options.maxRecordChars)
                return rejectTooLong(record);
            break;
        }

        const qsizetype start = m_pos;
        record.line = m_line;
        m_pos = outcome.end;
        m_line += outcome.newlines;
        if (CsvParser::isBlank(record.fields))
            continue;
        if (m_headerPending) {
            m_headerPending = false;
            if (m_header.isEmpty()) { // the sniff sample ended before the header did
                for (const QString &name : std::as_const(record.fields))
                    m_header.append(name.trimmed());
                m_expectedFields = m_header.size();
            }
            continue;
        }
        return acceptRecord(record, start, outcome.end);
    }
}

bool CsvReader::acceptRecord(CsvRecord &record, qsizetype start, qsizetype end)
{
    const QStringView raw = QStringView(m_text).sliced(start, end - start);
    if (m_checkCharacters && hasInvalidCharacters(record.fields)) {
        return reject(record, CsvRecord::Problem::InvalidBytes, m_invalidBytesText.arg(record.line).arg(m_encoding),
                      raw);
    }

    if (m_expectedFields < 0)
        m_expectedFields = record.fields.size();
    const qsizetype count = record.fields.size();
    if (count > m_expectedFields && allBlank(record.fields, m_expectedFields, count)) {
        record.fields.resize(m_expectedFields); // a trailing delimiter, or Excel's empty cells
    } else if (count < m_expectedFields && !m_header.isEmpty() && allBlank(m_header, count, m_expectedFields)) {
        record.fields.resize(m_expectedFields); // only unnamed columns are missing
    } else if (count != m_expectedFields) {
        const QString against = (m_header.isEmpty() ? m_otherRowsHaveText : m_headerHasText).arg(m_expectedFields);
        return reject(
            record, CsvRecord::Problem::FieldCount,
            m_fieldCountText.arg(record.line).arg(count).arg(against, delimiterName(m_parser.delimiter(), m_tabName)),
            raw);
    }
    return true;
}

bool CsvReader::reject(CsvRecord &record, CsvRecord::Problem problem, const QString &error, QStringView raw)
{
    while (raw.endsWith(u'\n') || raw.endsWith(u'\r'))
        raw.chop(1);
    record.problem = problem;
    record.error = error;
    record.raw =
        raw.size() > CsvRecord::rawLimit ? QString(raw.left(CsvRecord::rawLimit - 1) + QChar(0x2026)) : raw.toString();
    record.fields.clear();
    return true;
}

bool CsvReader::rejectFirstLine(CsvRecord &record, CsvRecord::Problem problem, const QString &error)
{
    record.line = m_line;
    const qsizetype end = CsvParser::skipLine(m_text, m_pos, m_textEnd);
    const QStringView line = QStringView(m_text).sliced(m_pos, (end < 0 ? m_text.size() : end) - m_pos);
    // Only the first physical line of the record is given up: the next line is read afresh.
    m_skipLine = true;
    reject(record, problem, error, line);
    if (end < 0 && !record.raw.endsWith(QChar(0x2026)))
        record.raw.append(QChar(0x2026)); // the line goes on beyond what is buffered
    return true;
}

bool CsvReader::rejectTooLong(CsvRecord &record)
{
    return rejectFirstLine(record, CsvRecord::Problem::RecordTooLong,
                           m_tooLongText.arg(m_line).arg(m_options.maxRecordChars));
}

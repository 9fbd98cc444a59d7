// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importrowprocessor.h"

#include "campaign/importreject.h"
#include "phonecolumn.h"
#include "recipientset.h"
#include "sms/segmentcounter.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <chrono>

namespace {

qint64 elapsedNs(std::chrono::steady_clock::time_point from)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - from).count();
}

} // namespace

ImportRowProcessor::ImportRowProcessor(PhoneNumberParser parser, QString region, BoundTemplate body, int phoneColumn)
    : m_parser(std::move(parser))
    , m_region(std::move(region))
    , m_body(std::move(body))
    , m_phoneColumn(phoneColumn)
{ }

void ImportRowProcessor::process(ImportBatch &batch, Clocks *clocks) const
{
    auto started = std::chrono::steady_clock::now();
    constexpr qsizetype e164Length = 16; // "+" and at most 15 digits
    batch.numbers.reserve(qsizetype(batch.rows.size()) * e164Length);
    for (ImportRow &row : batch.rows) {
        if (!row.reason.isEmpty())
            continue;
        const QStringView cell = PhoneColumn::firstValue(batch.field(row, m_phoneColumn)).trimmed();
        const ParsedNumber number = m_parser.parse(cell.toString(), m_region);
        const std::optional<quint64> key = number.valid ? RecipientSet::key(number.e164) : std::nullopt;
        if (!key) {
            row.reason = rejectreason::invalidNumber;
            // "too_short: “12” is too short …": the parser's reason key, then its sentence.
            if (number.valid)
                row.detail = QStringLiteral("not_e164: ")
                    + QCoreApplication::translate("ImportRowProcessor", "%1 is not an E.164 number.").arg(number.e164);
            else
                row.detail = ParsedNumber::errorName(number.error) + QStringLiteral(": ") + number.errorMessage;
            continue;
        }
        row.key = *key;
        row.e164From = batch.numbers.size();
        row.e164Size = number.e164.size();
        batch.numbers.append(number.e164);
        row.region = number.region;
    }
    if (clocks) {
        clocks->parseNs += elapsedNs(started);
        started = std::chrono::steady_clock::now();
    }
    constexpr qsizetype typicalBody = 48; // a guess: the buffer grows if bodies are longer
    batch.utf8.reserve(batch.numbers.size() + qsizetype(batch.rows.size()) * typicalBody);
    QVarLengthArray<QStringView, 16> fields;
    for (ImportRow &row : batch.rows) {
        if (!row.reason.isEmpty())
            continue;
        fields.clear();
        for (qsizetype column = 0; column < row.fieldCount; ++column)
            fields.append(batch.field(row, column));
        const QString body = m_body.render(std::span<const QStringView>(fields.constData(), size_t(fields.size())));
        row.segments = SegmentCounter::count(body);
        row.utf8From = batch.utf8.size();
        for (const QChar c : batch.e164(row)) // '+' and digits: UTF-8 is the same bytes
            batch.utf8.append(char(c.unicode()));
        const QByteArray bodyUtf8 = body.toUtf8();
        batch.utf8.append(bodyUtf8);
        row.bodyUtf8Size = bodyUtf8.size();
    }
    if (clocks)
        clocks->renderNs += elapsedNs(started);
}

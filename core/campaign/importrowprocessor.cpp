// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importrowprocessor.h"

#include "campaign/importreject.h"
#include "phonecolumn.h"
#include "recipientset.h"
#include "sms/segmentcounter.h"

#include <QCoreApplication>

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
    for (ImportRow &row : batch.rows) {
        if (!row.reason.isEmpty())
            continue;
        row.raw = m_phoneColumn < row.fields.size() ? row.fields.at(m_phoneColumn) : QString();
        const ParsedNumber number = m_parser.parse(PhoneColumn::firstValue(row.raw).trimmed(), m_region);
        const std::optional<quint64> key = number.valid ? RecipientSet::key(number.e164) : std::nullopt;
        if (!key) {
            row.reason = rejectreason::invalidNumber;
            // "too_short: “12” is too short …": the parser's reason key, then its sentence.
            if (number.valid)
                row.detail = QStringLiteral("not_e164: ")
                    + QCoreApplication::translate("ImportRowProcessor", "%1 is not an E.164 number.").arg(number.e164);
            else
                row.detail = ParsedNumber::errorName(number.error) + QStringLiteral(": ") + number.errorMessage;
            row.fields = {};
            continue;
        }
        row.key = *key;
        row.e164 = number.e164;
        row.region = number.region;
    }
    if (clocks) {
        clocks->parseNs += elapsedNs(started);
        started = std::chrono::steady_clock::now();
    }
    for (ImportRow &row : batch.rows) {
        if (!row.reason.isEmpty())
            continue;
        row.body = m_body.render(row.fields);
        row.segments = SegmentCounter::count(row.body);
        row.fields = {};
        row.e164Utf8 = row.e164.toUtf8();
        row.bodyUtf8 = row.body.toUtf8();
    }
    if (clocks)
        clocks->renderNs += elapsedNs(started);
}

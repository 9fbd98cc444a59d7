// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Fuzz target: message templates and segment counting. The input is split at the first NUL into
// a template and a CSV-like row ("a,b,c" for columns phone,name,city). Whatever the template,
// parsing either names its problem or binds; rendering never fails; and the segment count of
// the result keeps to the tables (160/153 GSM-7 septets, 70/67 UCS-2 units): the count an
// operator pays for. An extension character or a surrogate pair is never split between parts,
// so a part may hold one unit less than its capacity, never more.
#include "fuzzcheck.h"
#include "sms/messagetemplate.h"
#include "sms/segmentcounter.h"

#include <cstdint>

namespace {

void checkSegments(const QString &body)
{
    const SegmentInfo info = SegmentCounter::count(body);
    const bool gsm = info.encoding == SmsEncoding::Gsm7;
    const int single = gsm ? SegmentCounter::gsm7SingleLimit : SegmentCounter::ucs2SingleLimit;
    const int part = gsm ? SegmentCounter::gsm7PartLimit : SegmentCounter::ucs2PartLimit;
    FUZZ_CHECK(info.units >= info.characters || !gsm); // a GSM character is one or two septets
    FUZZ_CHECK(gsm == !info.hasOffender());
    if (info.units == 0) {
        FUZZ_CHECK(info.segments == 0);
        return;
    }
    if (info.units <= single) {
        FUZZ_CHECK(info.segments == 1);
        FUZZ_CHECK(info.unitsPerSegment == single);
        FUZZ_CHECK(info.remaining == single - info.units);
    } else {
        FUZZ_CHECK(info.unitsPerSegment == part);
        FUZZ_CHECK(info.segments >= (info.units + part - 1) / part); // no part over capacity
        FUZZ_CHECK(info.segments <= (info.units + part - 2) / (part - 1)); // at most one unit lost per part
        FUZZ_CHECK(info.remaining >= 0 && info.remaining < part); // the last part holds something
        FUZZ_CHECK(info.segments * part - info.units >= info.remaining);
    }
    if (!gsm) // UTF-16 code units, the length of the QString
        FUZZ_CHECK(info.units == body.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\0');
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QStringList row = split < 0 ? QStringList() : QString::fromUtf8(bytes.mid(split + 1)).split(QLatin1Char(','));
    const QStringList headers {QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("city")};

    checkSegments(text);
    const auto parsed = MessageTemplate::parse(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.errorMessage().isEmpty());
        return 0;
    }
    (void)parsed->preview(headers, row);
    const auto bound = parsed->bind(headers);
    if (!bound) {
        FUZZ_CHECK(!bound.errorMessage().isEmpty());
        FUZZ_CHECK(!parsed->placeholders().isEmpty()); // only a placeholder can fail to bind
        return 0;
    }
    const QString body = bound->render(row);
    if (parsed->placeholders().isEmpty() && !text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}')))
        FUZZ_CHECK(body == text); // nothing to substitute: the text goes out as written
    checkSegments(body);
    return 0;
}

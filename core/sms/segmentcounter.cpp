// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "segmentcounter.h"

#include "accentstripping.h"
#include "gsmalphabet.h"
#include "smartencoding.h"

namespace {

bool isHighSurrogate(char16_t c)
{
    return (c & 0xFC00) == 0xD800;
}

bool isLowSurrogate(char16_t c)
{
    return (c & 0xFC00) == 0xDC00;
}

char32_t combine(char16_t high, char16_t low)
{
    return 0x10000 + ((char32_t(high) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
}

/// Greedy packing of indivisible items into parts of `capacity` units.
struct Packer
{
    int capacity;
    int parts = 0;
    int fill = 0;

    void add(int weight)
    {
        if (parts == 0 || fill + weight > capacity) {
            ++parts;
            fill = weight;
        } else {
            fill += weight;
        }
    }
};

/// Sets segments, remaining and unitsPerSegment from `units`. `packer` is only consulted when
/// the body needs concatenation and some characters weigh 2 (see the class comment); it is given
/// as a callable so the second pass over the text only runs in that case.
template<typename Pack>
void layout(SegmentInfo &info, int singleLimit, int partLimit, bool uniformWeights, Pack pack)
{
    if (info.units <= singleLimit) {
        info.segments = info.units == 0 ? 0 : 1;
        info.unitsPerSegment = singleLimit;
        info.remaining = singleLimit - info.units;
        return;
    }
    info.unitsPerSegment = partLimit;
    if (uniformWeights) {
        info.segments = (info.units + partLimit - 1) / partLimit;
        info.remaining = info.segments * partLimit - info.units;
        return;
    }
    Packer packer {partLimit};
    pack(packer);
    info.segments = packer.parts;
    info.remaining = partLimit - packer.fill;
}

} // namespace

SegmentInfo SegmentCounter::count(QStringView text)
{
    const char16_t *const data = text.utf16();
    const int size = int(text.size());
    SegmentInfo info;

    // GSM-7 pass: stops at the first character outside the alphabet.
    int septets = 0;
    int i = 0;
    for (; i < size; ++i) {
        const int weight = GsmAlphabet::septets(data[i]);
        if (weight == 0)
            break;
        septets += weight;
    }

    if (i == size) {
        info.encoding = SmsEncoding::Gsm7;
        info.characters = size;
        info.units = septets;
        // Each character is 1 septet, or 2 for an extension character.
        const bool uniform = septets == size;
        layout(info, gsm7SingleLimit, gsm7PartLimit, uniform, [&](Packer &packer) {
            for (int k = 0; k < size; ++k)
                packer.add(GsmAlphabet::septets(data[k]));
        });
        return info;
    }

    // UCS-2 from here on. Everything before index i was GSM, hence one UTF-16 unit each.
    info.encoding = SmsEncoding::Ucs2;
    info.firstOffenderIndex = i;
    const bool pairAtOffender = isHighSurrogate(data[i]) && i + 1 < size && isLowSurrogate(data[i + 1]);
    info.firstOffender = pairAtOffender ? combine(data[i], data[i + 1]) : char32_t(data[i]);

    int pairs = 0;
    for (int k = i; k < size; ++k) {
        if (isHighSurrogate(data[k]) && k + 1 < size && isLowSurrogate(data[k + 1])) {
            ++pairs;
            ++k;
        }
    }
    info.units = size;
    info.characters = size - pairs;
    layout(info, ucs2SingleLimit, ucs2PartLimit, pairs == 0, [&](Packer &packer) {
        for (int k = 0; k < size; ++k) {
            if (isHighSurrogate(data[k]) && k + 1 < size && isLowSurrogate(data[k + 1])) {
                packer.add(2);
                ++k;
            } else {
                packer.add(1);
            }
        }
    });
    return info;
}

QList<char32_t> SegmentCounter::offenders(QStringView text)
{
    QList<char32_t> found;
    const char16_t *const data = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype k = 0; k < size; ++k) {
        char32_t codePoint = data[k];
        if (isHighSurrogate(data[k]) && k + 1 < size && isLowSurrogate(data[k + 1])) {
            codePoint = combine(data[k], data[k + 1]);
            ++k;
        }
        if (!GsmAlphabet::isGsm(codePoint) && !found.contains(codePoint))
            found.append(codePoint);
    }
    return found;
}

EncodingReport SegmentCounter::report(QStringView text)
{
    EncodingReport report;
    report.info = count(text);
    report.offenders = offenders(text);
    const SmartEncoding::Fixed fix = SmartEncoding::apply(text.toString());
    report.replacements = fix.replacements;
    report.fixed = fix.replacements == 0 ? report.info : count(fix.text);
    if (report.info.encoding == SmsEncoding::Ucs2) {
        const SmartEncoding::Fixed stripped = AccentStripping::apply(fix.text);
        report.accentsStripped = stripped.replacements;
        if (stripped.replacements > 0) {
            report.strippedText = stripped.text;
            report.stripped = count(stripped.text);
        }
    }
    return report;
}

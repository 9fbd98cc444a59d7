// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Differential fuzz target: PhoneNumberParser (whose fast path answers the common shapes) must
// give exactly libphonenumber's answer for any text in any region. The first two bytes pick the
// region; the rest is the number as UTF-8. A difference is a wrong route or a refused recipient.
#include "fuzzcheck.h"
#include "phone/librarynumberparser.h"
#include "phone/phonenumberparser.h"

#include <QHash>

#include <cstdint>
#include <cstdio>

namespace {

bool same(const ParsedNumber &a, const ParsedNumber &b)
{
    return a.e164 == b.e164 && a.region == b.region && a.countryCode == b.countryCode && a.valid == b.valid
        && a.type == b.type && a.error == b.error;
}

const PhoneNumberParser &parserFor(const QString &region)
{
    static QHash<QString, PhoneNumberParser> parsers;
    auto it = parsers.find(region);
    if (it == parsers.end())
        it = parsers.insert(region, PhoneNumberParser(region));
    return *it;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const QStringList regions = [] {
        QStringList list = PhoneNumberParser::supportedRegions();
        list.append(QString()); // no default region: only "+…" numbers parse
        return list;
    }();
    const QString region = regions.at((data[0] << 8 | data[1]) % regions.size());
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    if (input.size() > 300)
        return 0; // libphonenumber refuses more than 250 characters outright; nothing to compare

    const ParsedNumber ours = parserFor(region).parse(input);
    const ParsedNumber library = LibraryNumberParser::parse(input, region.isEmpty() ? QStringLiteral("ZZ") : region);
    if (!same(ours, library)) {
        std::fprintf(stderr, "region %s input \"%s\": ours %s %s valid=%d, libphonenumber %s %s valid=%d\n",
                     qPrintable(region), qPrintable(input), qPrintable(ours.e164), qPrintable(ours.region),
                     int(ours.valid), qPrintable(library.e164), qPrintable(library.region), int(library.valid));
    }
    FUZZ_CHECK(same(ours, library));
    FUZZ_CHECK(ours.valid == (ours.error == ParsedNumber::Error::None));
    return 0;
}

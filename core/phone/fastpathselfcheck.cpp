// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "fastpathselfcheck.h"

#include "fastnumberparser.h"
#include "librarynumberparser.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

bool same(const ParsedNumber &a, const ParsedNumber &b)
{
    return a.input == b.input && a.e164 == b.e164 && a.region == b.region && a.countryCode == b.countryCode
        && a.valid == b.valid && a.type == b.type && a.error == b.error && a.errorMessage == b.errorMessage;
}

QString describe(const ParsedNumber &n)
{
    return QStringLiteral("%1 %2 %3 %4").arg(n.e164, n.region, n.typeName(), ParsedNumber::errorName(n.error));
}

} // namespace

Status FastPathSelfCheck::run(const FastNumberParser &fast)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const PhoneMetadataModel &model = fast.model();

    std::set<std::string> libraryRegions;
    util.GetSupportedRegions(&libraryRegions);
    if (libraryRegions.size() != model.regions().size())
        return Error::failed(QStringLiteral("the library has %1 regions, the decoded metadata %2")
                                 .arg(libraryRegions.size())
                                 .arg(model.regions().size()));

    int tried = 0;
    int accepted = 0;
    for (const std::unique_ptr<RegionMetadata> &region : model.regions()) {
        const std::string code = region->code().toStdString();
        if (!libraryRegions.count(code))
            return Error::failed(QStringLiteral("region %1 is unknown to the library").arg(region->code()));
        std::string main;
        util.GetRegionCodeForCountryCode(region->countryCode(), &main);
        const RegionMetadata *ownMain = model.mainRegion(region->countryCode());
        if (!ownMain || ownMain->code().toStdString() != main)
            return Error::failed(
                QStringLiteral("calling code %1: main region %2, the library says %3")
                    .arg(region->countryCode())
                    .arg(ownMain ? ownMain->code() : QStringLiteral("none"), QString::fromStdString(main)));

        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE}) {
            PhoneNumber example;
            if (!util.GetExampleNumberForType(code, type, &example))
                continue;
            std::string e164;
            std::string national;
            util.Format(example, PhoneNumberUtil::E164, &e164);
            util.Format(example, PhoneNumberUtil::NATIONAL, &national);
            const std::pair<std::string, const RegionMetadata *> inputs[] = {{e164, nullptr}, {national, region.get()}};
            for (const auto &[text, defaultRegion] : inputs) {
                const QString input = QString::fromStdString(text);
                ParsedNumber fastResult;
                ++tried;
                if (fast.parse(input, defaultRegion, &fastResult) != FastNumberParser::Verdict::Accepted)
                    continue;
                ++accepted;
                const ParsedNumber reference = LibraryNumberParser::parse(input, defaultRegion ? code : "ZZ");
                if (!same(fastResult, reference))
                    return Error::failed(QStringLiteral("%1 in %2: fast path %3, libphonenumber %4")
                                             .arg(input, region->code(), describe(fastResult), describe(reference)));
            }
        }
    }
    // A fast path that declines nearly everything is broken in a way the comparison cannot see.
    if (accepted * 2 < tried)
        return Error::failed(
            QStringLiteral("the fast path accepted only %1 of %2 example numbers").arg(accepted).arg(tried));
    return {};
}

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

/// How many examples one calling code tried and how many the fast path answered.
struct FastPathExamples
{
    int tried = 0;
    int accepted = 0;
};

Status checkExamples(const FastNumberParser &fast, int countryCode, FastPathExamples *examples)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    for (const RegionMetadata *region : fast.model().regionsForCountryCode(countryCode)) {
        if (!region->isValid())
            return Error::failed(QStringLiteral("a pattern of region %1 does not compile").arg(region->code()));
        const std::string code = region->code().toStdString();
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE}) {
            PhoneNumber example;
            if (!util.GetExampleNumberForType(code, type, &example))
                continue;
            std::string e164;
            std::string national;
            util.Format(example, PhoneNumberUtil::E164, &e164);
            util.Format(example, PhoneNumberUtil::NATIONAL, &national);
            const std::pair<std::string, const RegionMetadata *> inputs[] = {{e164, nullptr}, {national, region}};
            for (const auto &[text, defaultRegion] : inputs) {
                const QString input = QString::fromStdString(text);
                ParsedNumber fastResult;
                ++examples->tried;
                if (fast.parseUnchecked(input, defaultRegion, &fastResult) != FastNumberParser::Verdict::Accepted)
                    continue;
                ++examples->accepted;
                const ParsedNumber reference = LibraryNumberParser::parse(input, defaultRegion ? code : "ZZ");
                if (!same(fastResult, reference))
                    return Error::failed(QStringLiteral("%1 in %2: fast path %3, libphonenumber %4")
                                             .arg(input, region->code(), describe(fastResult), describe(reference)));
            }
        }
    }
    return {};
}

} // namespace

Status FastPathSelfCheck::checkStructure(const FastNumberParser &fast)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const PhoneMetadataModel &model = fast.model();

    std::set<std::string> libraryRegions;
    util.GetSupportedRegions(&libraryRegions);
    if (libraryRegions.size() != model.regions().size())
        return Error::failed(QStringLiteral("the library has %1 regions, the decoded metadata %2")
                                 .arg(libraryRegions.size())
                                 .arg(model.regions().size()));
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
    }
    return {};
}

Status FastPathSelfCheck::checkCallingCode(const FastNumberParser &fast, int countryCode)
{
    FastPathExamples examples;
    return checkExamples(fast, countryCode, &examples);
}

Status FastPathSelfCheck::run(const FastNumberParser &fast)
{
    if (auto structure = checkStructure(fast); !structure)
        return structure;
    FastPathExamples examples;
    std::set<int> codes;
    for (const std::unique_ptr<RegionMetadata> &region : fast.model().regions())
        codes.insert(region->countryCode());
    for (int code : codes) {
        if (auto checked = checkExamples(fast, code, &examples); !checked)
            return checked;
    }
    // A fast path that declines nearly everything is broken in a way the comparison cannot see.
    if (examples.accepted * 2 < examples.tried)
        return Error::failed(QStringLiteral("the fast path accepted only %1 of %2 example numbers")
                                 .arg(examples.accepted)
                                 .arg(examples.tried));
    return {};
}

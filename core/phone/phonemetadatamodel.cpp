// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phonemetadatamodel.h"

#include <dlfcn.h>

#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

namespace {

// i18n::phonenumbers::metadata_get() and metadata_size() (metadata.h is not installed). Looked
// up at run time: a libphonenumber that stops exporting them costs the fast path, not the link.
constexpr const char metadataGetSymbol[] = "_ZN4i18n12phonenumbers12metadata_getEv";
constexpr const char metadataSizeSymbol[] = "_ZN4i18n12phonenumbers13metadata_sizeEv";

const QString nonGeographicId = QStringLiteral("001");

/// The reason a build failed, for callers that asked for it (`why` may be null).
void setWhy(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

NumberDesc descFrom(const PhoneNumberDesc &desc)
{
    NumberDesc out;
    out.pattern = fromStd(desc.national_number_pattern());
    out.lengths.assign(desc.possible_length().begin(), desc.possible_length().end());
    out.localOnlyLengths.assign(desc.possible_length_local_only().begin(), desc.possible_length_local_only().end());
    return out;
}

RegionMetadata::Spec specFrom(const PhoneMetadata &metadata)
{
    RegionMetadata::Spec spec;
    spec.id = fromStd(metadata.id());
    spec.countryCode = metadata.country_code();
    spec.mainCountryForCode = metadata.main_country_for_code();
    spec.internationalPrefix = fromStd(metadata.international_prefix());
    spec.nationalPrefixForParsing = fromStd(metadata.national_prefix_for_parsing());
    spec.nationalPrefixTransformRule = fromStd(metadata.national_prefix_transform_rule());
    spec.leadingDigits = fromStd(metadata.leading_digits());
    NumberTypeClassifier::Descs &d = spec.descs;
    d.general = descFrom(metadata.general_desc());
    d.fixedLine = descFrom(metadata.fixed_line());
    d.mobile = descFrom(metadata.mobile());
    d.tollFree = descFrom(metadata.toll_free());
    d.premiumRate = descFrom(metadata.premium_rate());
    d.sharedCost = descFrom(metadata.shared_cost());
    d.personalNumber = descFrom(metadata.personal_number());
    d.voip = descFrom(metadata.voip());
    d.pager = descFrom(metadata.pager());
    d.uan = descFrom(metadata.uan());
    d.voicemail = descFrom(metadata.voicemail());
    d.sameMobileAndFixedLinePattern = metadata.same_mobile_and_fixed_line_pattern();
    return spec;
}

std::vector<RegionMetadata::Spec> decode(const void *data, int size, QString *why)
{
    PhoneMetadataCollection collection;
    if (!data || size <= 0 || !collection.ParseFromArray(data, size)) {
        setWhy(why, QStringLiteral("libphonenumber's metadata (%1 bytes) does not decode").arg(size));
        return {};
    }
    std::vector<RegionMetadata::Spec> specs;
    specs.reserve(std::size_t(collection.metadata_size()));
    for (const PhoneMetadata &metadata : collection.metadata())
        specs.push_back(specFrom(metadata));
    if (specs.empty())
        setWhy(why, QStringLiteral("libphonenumber's metadata holds no region"));
    return specs;
}

std::unique_ptr<PhoneMetadataModel> build(std::vector<RegionMetadata::Spec> specs, QString *why)
{
    auto model = std::make_unique<PhoneMetadataModel>(std::move(specs), why);
    if (!model->isValid())
        return nullptr;
    return model;
}

int codeSlot(QStringView code)
{
    if (code.size() != 2)
        return -1;
    const char16_t a = code[0].unicode();
    const char16_t b = code[1].unicode();
    if (a < u'A' || a > u'Z' || b < u'A' || b > u'Z')
        return -1;
    return (a - u'A') * 26 + (b - u'A');
}

} // namespace

std::vector<RegionMetadata::Spec> PhoneMetadataModel::librarySpecs(QString *why)
{
    void *get = dlsym(RTLD_DEFAULT, metadataGetSymbol);
    void *size = dlsym(RTLD_DEFAULT, metadataSizeSymbol);
    if (!get || !size) {
        setWhy(why, QStringLiteral("libphonenumber does not export metadata_get()/metadata_size()"));
        return {};
    }
    const auto metadataGet = reinterpret_cast<const void *(*)()>(get);
    const auto metadataSize = reinterpret_cast<int (*)()>(size);
    return decode(metadataGet(), metadataSize(), why);
}

std::unique_ptr<PhoneMetadataModel> PhoneMetadataModel::fromLibrary(QString *why)
{
    std::vector<RegionMetadata::Spec> specs = librarySpecs(why);
    if (specs.empty())
        return nullptr;
    return build(std::move(specs), why);
}

std::unique_ptr<PhoneMetadataModel> PhoneMetadataModel::fromSerialized(const void *data, int size, QString *why)
{
    std::vector<RegionMetadata::Spec> specs = decode(data, size, why);
    if (specs.empty())
        return nullptr;
    return build(std::move(specs), why);
}

PhoneMetadataModel::PhoneMetadataModel(std::vector<RegionMetadata::Spec> specs, QString *why)
    : m_byCountryCode(countryCodeSlots)
{
    for (const RegionMetadata::Spec &spec : specs) {
        if (spec.countryCode <= 0 || spec.countryCode >= countryCodeSlots) {
            setWhy(why, QStringLiteral("region %1 has calling code %2").arg(spec.id).arg(spec.countryCode));
            return;
        }
        if (spec.id == QLatin1String("ZZ"))
            continue; // the library skips the unknown region too
        m_knownCountryCode.set(std::size_t(spec.countryCode));
        if (spec.id == nonGeographicId) {
            m_nonGeographic.set(std::size_t(spec.countryCode));
            continue;
        }
        const int slot = codeSlot(spec.id);
        if (slot < 0 || m_byCode[std::size_t(slot)]) {
            setWhy(why, QStringLiteral("region code %1 is not a new ISO code").arg(spec.id));
            return;
        }
        auto region = std::make_unique<RegionMetadata>(spec);
        // The number-type patterns compile on first use; FastNumberParser refuses a calling
        // code whose regions do not (its check compiles them first).
        if (!region->isValidBeforeCompiling()) {
            setWhy(why,
                   QStringLiteral("region %1 has a prefix pattern that does not compile, or no possible length")
                       .arg(spec.id));
            return;
        }
        m_byCode[std::size_t(slot)] = region.get();
        // The library's order: the main country first, the others as they come.
        std::vector<const RegionMetadata *> &list = m_byCountryCode[std::size_t(spec.countryCode)];
        if (spec.mainCountryForCode)
            list.insert(list.begin(), region.get());
        else
            list.push_back(region.get());
        m_regions.push_back(std::move(region));
    }
    for (std::size_t code = 0; code < std::size_t(countryCodeSlots); ++code) {
        if (m_nonGeographic.test(code) && !m_byCountryCode[code].empty()) {
            setWhy(why, QStringLiteral("calling code %1 is both geographic and not").arg(code));
            return;
        }
    }
    if (m_regions.empty()) {
        setWhy(why, QStringLiteral("the metadata holds no region"));
        return;
    }
    m_valid = true;
}

int PhoneMetadataModel::compiledRegionCount() const
{
    return int(std::count_if(m_regions.cbegin(), m_regions.cend(),
                             [](const std::unique_ptr<RegionMetadata> &region) { return region->isCompiled(); }));
}

const RegionMetadata *PhoneMetadataModel::region(QStringView code) const
{
    const int slot = codeSlot(code);
    return slot < 0 ? nullptr : m_byCode[std::size_t(slot)];
}

const std::vector<const RegionMetadata *> &PhoneMetadataModel::regionsForCountryCode(int countryCode) const
{
    static const std::vector<const RegionMetadata *> none;
    if (countryCode <= 0 || countryCode >= countryCodeSlots)
        return none;
    return m_byCountryCode[std::size_t(countryCode)];
}

const RegionMetadata *PhoneMetadataModel::mainRegion(int countryCode) const
{
    const std::vector<const RegionMetadata *> &list = regionsForCountryCode(countryCode);
    return list.empty() ? nullptr : list.front();
}

bool PhoneMetadataModel::isNonGeographic(int countryCode) const
{
    return countryCode > 0 && countryCode < countryCodeSlots && m_nonGeographic.test(std::size_t(countryCode));
}

int PhoneMetadataModel::extractCountryCode(QStringView digits, qsizetype *length) const
{
    if (digits.isEmpty() || digits[0] == QLatin1Char('0'))
        return 0;
    int code = 0;
    for (qsizetype i = 0; i < 3 && i < digits.size(); ++i) {
        code = code * 10 + (digits[i].unicode() - u'0');
        if (m_knownCountryCode.test(std::size_t(code))) {
            *length = i + 1;
            return code;
        }
    }
    return 0;
}

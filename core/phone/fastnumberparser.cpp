// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "fastnumberparser.h"

#include "common/logging.h"
#include "numberrefusal.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace {

/// Calling codes are 1 to 3 digits.
constexpr int callingCodeSlots = 1000;

/// Longer inputs go to the library whole (it has its own input length limit).
constexpr qsizetype maxInputLength = 64;
constexpr qsizetype maxDigits = 32;
/// PhoneNumberUtil::kMinLengthForNsn and kMaxLengthForNsn.
constexpr qsizetype minNsnLength = 2;
constexpr qsizetype maxNsnLength = 17;

const QString &unknownRegionText()
{
    static const QString zz = QStringLiteral("ZZ");
    return zz;
}

/// Threads that parse at the same time get different small numbers: the lowest one no live
/// thread holds, given back when the thread ends, so two import workers land on two replicas
/// however often the pool has replaced its threads.
constexpr int threadSlots = 64;
std::atomic<int> threadsInSlot[threadSlots];

class ThreadSlot
{
public:
    ThreadSlot()
    {
        for (int i = 0; i < threadSlots; ++i) {
            int expected = 0;
            if (threadsInSlot[i].compare_exchange_strong(expected, 1)) {
                m_index = i;
                return;
            }
        }
        threadsInSlot[0].fetch_add(1);
    }
    ~ThreadSlot() { threadsInSlot[m_index].fetch_sub(1); }
    Q_DISABLE_COPY_MOVE(ThreadSlot)

    int index() const { return m_index; }

private:
    int m_index = 0;
};

int threadSlot()
{
    thread_local const ThreadSlot slot;
    return slot.index();
}

/// TOO_SHORT_NSN / TOO_LONG_NSN: the library's result holds the input and the refusal only.
FastNumberParser::Verdict refuseUnparsed(const QString &input, void (*refusal)(ParsedNumber &), ParsedNumber *out)
{
    *out = ParsedNumber();
    out->input = input;
    refusal(*out);
    return FastNumberParser::Verdict::Accepted;
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

struct FastNumberParser::Replica
{
    std::once_flag once;
    std::atomic<const PhoneMetadataModel *> ready {nullptr};
    std::unique_ptr<PhoneMetadataModel> model;
};

struct FastNumberParser::CodeCheck
{
    std::once_flag once;
    bool passed = false; ///< written inside `once`, read after it
};

FastNumberParser::FastNumberParser(std::unique_ptr<PhoneMetadataModel> model)
    : m_model(std::move(model))
{ }

FastNumberParser::FastNumberParser(std::unique_ptr<PhoneMetadataModel> model, std::vector<RegionMetadata::Spec> specs,
                                   int replicas)
    : m_model(std::move(model))
    , m_specs(std::move(specs))
    , m_replicaCount(std::max(1, replicas))
{
    if (m_replicaCount > 1)
        m_replicas = std::make_unique<Replica[]>(std::size_t(m_replicaCount));
}

FastNumberParser::~FastNumberParser() = default;

void FastNumberParser::setCallingCodeCheck(CallingCodeCheck check)
{
    m_check = std::move(check);
    m_codeChecks = std::make_unique<CodeCheck[]>(std::size_t(callingCodeSlots));
}

std::unique_ptr<FastNumberParser> FastNumberParser::fromLibrary(QString *why, int replicas)
{
    std::vector<RegionMetadata::Spec> specs = PhoneMetadataModel::librarySpecs(why);
    if (specs.empty())
        return nullptr;
    auto model = std::make_unique<PhoneMetadataModel>(specs, why);
    if (!model->isValid())
        return nullptr;
    if (replicas <= 1)
        return std::make_unique<FastNumberParser>(std::move(model));
    return std::make_unique<FastNumberParser>(std::move(model), std::move(specs), replicas);
}

const PhoneMetadataModel &FastNumberParser::modelForThisThread() const
{
    if (m_replicaCount <= 1)
        return *m_model;
    const unsigned index = unsigned(threadSlot()) % unsigned(m_replicaCount);
    if (index == 0)
        return *m_model;
    Replica &replica = m_replicas[index];
    if (const PhoneMetadataModel *ready = replica.ready.load(std::memory_order_acquire))
        return *ready;
    std::call_once(replica.once, [&] {
        // Same specs, same code: the copy answers as the checked model. Should it fail to
        // build, this slot shares the first model.
        QString why;
        replica.model = std::make_unique<PhoneMetadataModel>(m_specs, &why);
        replica.ready.store(replica.model->isValid() ? replica.model.get() : m_model.get(), std::memory_order_release);
    });
    return *replica.ready.load(std::memory_order_acquire);
}

const RegionMetadata *FastNumberParser::region(QStringView code) const
{
    code = code.trimmed();
    if (code.size() != 2)
        return nullptr;
    const char16_t upper[2] = {code[0].toUpper().unicode(), code[1].toUpper().unicode()};
    return m_model->region(QStringView(upper, 2));
}

FastNumberParser::Verdict FastNumberParser::parse(const QString &input, const RegionMetadata *defaultRegion,
                                                  ParsedNumber *out) const
{
    const PhoneMetadataModel &model = modelForThisThread();
    if (defaultRegion && &model != m_model.get())
        defaultRegion = model.region(defaultRegion->code());
    ParsedNumber answer;
    int usedCode = 0;
    const Verdict verdict = parseWith(model, input, defaultRegion, &answer, &usedCode);
    if (verdict != Verdict::Accepted)
        return verdict;
    // The default region's plan shapes how a number without '+' is read, whatever code it has.
    if (!mayAnswer(model, usedCode) || (defaultRegion && !mayAnswer(model, defaultRegion->countryCode())))
        return Verdict::Unchecked;
    *out = std::move(answer);
    return Verdict::Accepted;
}

FastNumberParser::Verdict FastNumberParser::parseUnchecked(const QString &input, const RegionMetadata *defaultRegion,
                                                           ParsedNumber *out) const
{
    int usedCode = 0;
    return parseWith(*m_model, input, defaultRegion, out, &usedCode);
}

bool FastNumberParser::mayAnswer(const PhoneMetadataModel &model, int countryCode) const
{
    if (countryCode <= 0 || countryCode >= callingCodeSlots)
        return true; // no region's metadata was used
    if (m_check) {
        CodeCheck &check = m_codeChecks[std::size_t(countryCode)];
        std::call_once(check.once, [&] {
            const Status status = m_check(*this, countryCode);
            check.passed = status.ok();
            if (!check.passed)
                qCInfo(lcPhone).noquote() << "phone number fast path off for calling code +" << countryCode << "("
                                          << status.errorMessage() << "); libphonenumber answers for it";
        });
        if (!check.passed)
            return false;
    }
    // The check compiled the first model's regions; a replica compiles its own copies (from the
    // same patterns, so with the same outcome: this only makes sure).
    const std::vector<const RegionMetadata *> &regions = model.regionsForCountryCode(countryCode);
    return std::all_of(regions.cbegin(), regions.cend(), [](const RegionMetadata *r) { return r->isValid(); });
}

FastNumberParser::Verdict FastNumberParser::parseWith(const PhoneMetadataModel &model, const QString &input,
                                                      const RegionMetadata *defaultRegion, ParsedNumber *out,
                                                      int *usedCode) const
{
    using Length = RegionMetadata::Length;
    if (input.size() > maxInputLength)
        return Verdict::UnusualShape;

    // 1. The digits, and the shape around them. The library drops everything before the first
    //    digit or '+' and strips these separators after it; anything it would read differently
    //    (letters as keypad digits, extensions, second numbers after '/', other scripts' digits)
    //    is not accepted here.
    char16_t buffer[maxDigits];
    qsizetype count = 0;
    bool plus = false;
    bool inRunAfterPlus = false;
    qsizetype runAfterPlus = 0; ///< digits written right after '+', before any separator
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        if (isAsciiDigit(c)) {
            if (count == maxDigits)
                return Verdict::UnusualShape;
            buffer[count++] = c;
            if (inRunAfterPlus)
                ++runAfterPlus;
            continue;
        }
        switch (c) {
        case u'+':
            if (plus || count > 0)
                return Verdict::UnusualShape;
            plus = true;
            inRunAfterPlus = true;
            continue;
        case u' ':
        case u'-':
        case u'.':
        case u'(':
        case u')':
            inRunAfterPlus = false;
            continue;
        default:
            return Verdict::UnusualCharacters;
        }
    }
    if (count < 3)
        return Verdict::UnusualShape;
    const QStringView digits(buffer, count);

    // 2. Calling code (MaybeExtractCountryCode) and the metadata the number is parsed with.
    int countryCode = 0;
    qsizetype codeLength = 0;
    QStringView national;
    const RegionMetadata *parsing = nullptr;
    if (plus) {
        countryCode = model.extractCountryCode(digits, &codeLength);
        if (countryCode == 0)
            return Verdict::ParseError;
        if (codeLength > runAfterPlus)
            return Verdict::UnusualShape; // "+ 44 …", "+4 4 …": read the same by the library, but rare
        national = digits.mid(codeLength);
    } else {
        if (!defaultRegion)
            return Verdict::NoDefaultRegion;
        const qsizetype idd = defaultRegion->consumeInternationalPrefix(digits);
        // ParsePrefixAsIdd: not an international prefix when a 0 follows it.
        if (idd >= 0 && (idd == count || digits[idd] != QLatin1Char('0'))) {
            const QStringView rest = digits.mid(idd);
            if (rest.size() <= minNsnLength)
                return Verdict::ParseError;
            countryCode = model.extractCountryCode(rest, &codeLength);
            if (countryCode == 0)
                return Verdict::ParseError;
            national = rest.mid(codeLength);
        } else {
            national = digits;
            // A number that starts with the default region's calling code but has no '+'
            // ("447911123456" in GB, "1 650 253 0000" in the US) is read as international when
            // the rest fits the region better, or when the whole is too long.
            const QString &ownCode = defaultRegion->countryCodeDigits();
            if (digits.startsWith(ownCode)) {
                const std::optional<QStringView> potential =
                    defaultRegion->stripNationalPrefix(digits.mid(ownCode.size()));
                if (!potential)
                    return Verdict::RegionRules;
                if ((!defaultRegion->matchesGeneralPattern(digits) && defaultRegion->matchesGeneralPattern(*potential))
                    || defaultRegion->testLength(digits.size()) == Length::TooLong) {
                    national = *potential;
                    countryCode = defaultRegion->countryCode();
                }
            }
            if (countryCode == 0) {
                countryCode = defaultRegion->countryCode();
                parsing = defaultRegion;
            }
        }
    }
    if (!parsing) {
        // ParseHelper switches to the metadata of the calling code's main region.
        if (model.isNonGeographic(countryCode))
            return Verdict::NonGeographic;
        parsing = model.mainRegion(countryCode);
        if (!parsing)
            return Verdict::ParseError;
    }
    *usedCode = countryCode;

    // 3. National prefix ("0", "1", "8"): stripped only when what remains has a possible length.
    if (national.size() < minNsnLength)
        return refuseUnparsed(input, NumberRefusal::tooShortToParse, out);
    const std::optional<QStringView> stripped = parsing->stripNationalPrefix(national);
    if (!stripped)
        return Verdict::RegionRules;
    if (stripped->size() != national.size()) {
        switch (parsing->testLength(stripped->size())) {
        case Length::TooShort:
        case Length::PossibleLocalOnly:
        case Length::InvalidLength:
            break;
        case Length::Possible:
        case Length::TooLong:
            national = *stripped;
            break;
        }
    }
    if (national.size() < minNsnLength)
        return refuseUnparsed(input, NumberRefusal::tooShortToParse, out);
    if (national.size() > maxNsnLength)
        return refuseUnparsed(input, NumberRefusal::tooLongToParse, out);
    if (national[0] == QLatin1Char('0'))
        return Verdict::LeadingZero;

    // 4. Region (GetRegionCodeForNumber) and type (GetNumberType): the first region of the
    //    calling code whose leading digits match, or, for one without leading digits, whose
    //    patterns know the number.
    using Type = ParsedNumber::Type;
    const std::vector<const RegionMetadata *> &candidates = model.regionsForCountryCode(countryCode);
    const RegionMetadata *region = nullptr;
    Type type = Type::Unknown;
    if (candidates.size() == 1) {
        region = candidates.front();
        type = region->numberType(national);
    } else {
        for (const RegionMetadata *candidate : candidates) {
            if (candidate->hasLeadingDigits()) {
                if (candidate->matchesLeadingDigits(national)) {
                    region = candidate;
                    type = candidate->numberType(national);
                    break;
                }
            } else {
                type = candidate->numberType(national);
                if (type != Type::Unknown) {
                    region = candidate;
                    break;
                }
            }
        }
    }

    // 5. The result, as PhoneNumberParser builds it from the library.
    const QString &codeDigits = parsing->countryCodeDigits();
    QString e164(1 + codeDigits.size() + national.size(), Qt::Uninitialized);
    QChar *write = e164.data();
    *write++ = QLatin1Char('+');
    for (const QChar c : codeDigits)
        *write++ = c;
    for (const QChar c : national)
        *write++ = c;
    out->input = input;
    out->e164 = std::move(e164);
    out->region = region ? region->code() : unknownRegionText();
    out->countryCode = countryCode;
    out->type = type;
    if (type != Type::Unknown) {
        out->valid = true;
        out->error = ParsedNumber::Error::None;
        out->errorMessage.clear();
        return Verdict::Accepted;
    }
    // IsPossibleNumberWithReason: the lengths of the calling code's main region. The message
    // names the region found, or the main region when none claimed the number.
    using Possibility = NumberRefusal::Possibility;
    const RegionMetadata *main = candidates.front();
    Possibility possibility = Possibility::Other;
    switch (main->testLength(national.size())) {
    case Length::TooShort:
        possibility = Possibility::TooShort;
        break;
    case Length::TooLong:
        possibility = Possibility::TooLong;
        break;
    case Length::Possible:
    case Length::PossibleLocalOnly:
    case Length::InvalidLength:
        break;
    }
    NumberRefusal::notValid(*out, possibility, region ? region->code() : main->code());
    return Verdict::Accepted;
}

const char *FastNumberParser::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return "accepted";
    case Verdict::UnusualCharacters:
        return "unusual_characters";
    case Verdict::UnusualShape:
        return "unusual_shape";
    case Verdict::NoDefaultRegion:
        return "no_default_region";
    case Verdict::RegionRules:
        return "region_rules";
    case Verdict::NonGeographic:
        return "non_geographic";
    case Verdict::LeadingZero:
        return "leading_zero";
    case Verdict::ParseError:
        return "parse_error";
    case Verdict::Unchecked:
        return "unchecked";
    }
    return "unknown";
}

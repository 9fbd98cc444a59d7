// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Routing benchmark (not part of ctest). Build in Release and run:
//   cmake --preset release && ninja -C build/release benchroute && build/release/tests/bench/benchroute
// (a) RouteIndex::decide on pre-normalised E.164 with 10,000 random prefix rules;
// (b) parse + validate + route, the fast path's share and its speed-up over libphonenumber.
#include "carriers/carrier.h"
#include "phone/fastnumberparser.h"
#include "phone/phonenumberparser.h"
#include "routing/routeindex.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point from)
{
    return std::chrono::duration<double>(Clock::now() - from).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct NumberSet
{
    std::u16string text; ///< all numbers back to back
    std::vector<std::pair<qsizetype, qsizetype>> spans; ///< offset, length
    std::vector<std::u16string> regions;
};

void benchDecisions()
{
    std::mt19937_64 random(20260101);
    constexpr int carrierCount = 8;
    CarrierList carriers;
    for (int i = 1; i <= carrierCount; ++i) {
        Carrier c;
        c.id = i;
        c.name = QStringLiteral("Carrier %1").arg(i);
        c.enabled = i != carrierCount; // one disabled carrier, skipped with its reason
        carriers.append(c);
    }
    RuleList rules;
    std::set<std::pair<std::string, int>> taken;
    std::uniform_int_distribution<int> length(1, 8), digit(0, 9), firstDigit(1, 9), carrier(1, carrierCount),
        priority(1, 3), weight(1, 5), cost(1, 6);
    while (rules.size() < 10'000) {
        std::string prefix(1, char('0' + firstDigit(random)));
        const int n = length(random);
        while (int(prefix.size()) < n)
            prefix += char('0' + digit(random));
        const int c = carrier(random);
        if (!taken.insert({prefix, c}).second)
            continue;
        Rule r;
        r.id = rules.size() + 1;
        r.kind = Rule::Kind::Prefix;
        r.value = QString::fromStdString(prefix);
        r.carrierId = c;
        r.priority = priority(random);
        r.weight = (r.id % 4 == 0) ? weight(random) : 1; // some weights
        r.costMicros = cost(random) * 5'000;
        rules.append(r);
    }
    for (const char *region : {"GB", "US", "PT", "DE"}) {
        Rule r;
        r.id = rules.size() + 1;
        r.kind = Rule::Kind::Country;
        r.value = QString::fromLatin1(region);
        r.carrierId = carrier(random);
        rules.append(r);
    }
    Rule fallback;
    fallback.id = rules.size() + 1;
    fallback.kind = Rule::Kind::Default;
    fallback.carrierId = 1;
    rules.append(fallback);

    auto built = Clock::now();
    const auto index = RouteIndex::build(rules, carriers, QStringLiteral("EUR"));
    const double buildSeconds = seconds(built);

    constexpr int numbers = 1'000'000;
    NumberSet set;
    const std::u16string regionNames[] = {u"GB", u"US", u"PT", u"DE", u"FR"};
    std::uniform_int_distribution<int> numberLength(10, 13), regionPick(0, 4);
    for (int i = 0; i < numbers; ++i) {
        const qsizetype offset = qsizetype(set.text.size());
        set.text += u'+';
        set.text += char16_t(u'0' + firstDigit(random));
        const int n = numberLength(random);
        for (int d = 1; d < n; ++d)
            set.text += char16_t(u'0' + digit(random));
        set.spans.push_back({offset, qsizetype(set.text.size()) - offset});
        set.regions.push_back(regionNames[regionPick(random)]);
    }

    auto run = [&](const RouteIndex::Unavailable &unavailable) {
        quint64 checksum = 0;
        const auto start = Clock::now();
        for (int i = 0; i < numbers; ++i) {
            const QStringView e164(set.text.data() + set.spans[size_t(i)].first, set.spans[size_t(i)].second);
            const RouteDecision d = index->decide(e164, QStringView(set.regions[size_t(i)]), i, unavailable);
            checksum += quint64(d.carrierId());
        }
        const double rate = numbers / seconds(start);
        std::printf("    run: %.2f M decisions/s (checksum %llu)\n", rate / 1e6,
                    static_cast<unsigned long long>(checksum));
        return rate;
    };
    std::printf("(a) RouteIndex::decide, %lld rules (%lld distinct prefixes), %d numbers, built in %.1f ms\n",
                static_cast<long long>(index->ruleCount()), static_cast<long long>(index->prefixCount()), numbers,
                buildSeconds * 1e3);
    std::vector<double> rates;
    for (int r = 0; r < 5; ++r)
        rates.push_back(run({}));
    std::printf("  median of 5: %.2f M decisions/s (%.0f ns each)\n", median(rates) / 1e6, 1e9 / median(rates));

    std::printf("  with an availability callback (carrier 3's breaker open):\n");
    const RouteIndex::Unavailable breakers = [](qint64 id) {
        return id == 3 ? QStringLiteral("circuit breaker open") : QString();
    };
    rates.clear();
    for (int r = 0; r < 5; ++r)
        rates.push_back(run(breakers));
    std::printf("  median of 5: %.2f M decisions/s\n", median(rates) / 1e6);

    const auto explained = Clock::now();
    qsizetype characters = 0;
    constexpr int explanations = 100'000;
    for (int i = 0; i < explanations; ++i) {
        const QStringView e164(set.text.data() + set.spans[size_t(i)].first, set.spans[size_t(i)].second);
        characters += index->decide(e164, QStringView(set.regions[size_t(i)]), i).explanation().size();
    }
    std::printf("  decide + explanation sentence: %.0f k/s (%lld chars)\n", explanations / seconds(explained) / 1e3,
                static_cast<long long>(characters));
}

void benchParseAndRoute()
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util.GetSupportedRegions(&regions);
    struct Template
    {
        std::string e164;
        std::string national;
        std::string region;
    };
    std::vector<Template> templates;
    for (const std::string &region : regions) {
        for (auto type : {PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE}) {
            PhoneNumber example;
            if (!util.GetExampleNumberForType(region, type, &example))
                continue;
            Template t;
            t.region = region;
            util.Format(example, PhoneNumberUtil::E164, &t.e164);
            util.Format(example, PhoneNumberUtil::NATIONAL, &t.national);
            templates.push_back(t);
        }
    }

    // 200,000 numbers: 70% E.164, 30% national with their region, last 3 digits randomised.
    std::mt19937_64 random(7);
    std::uniform_int_distribution<size_t> pick(0, templates.size() - 1);
    std::uniform_int_distribution<int> digit(0, 9), percent(0, 99);
    constexpr int count = 200'000;
    std::vector<std::string> inputs, inputRegions;
    QStringList qInputs, qRegions;
    for (int i = 0; i < count; ++i) {
        const Template &t = templates[pick(random)];
        const bool international = percent(random) < 70;
        std::string text = international ? t.e164 : t.national;
        int changed = 0;
        for (auto it = text.rbegin(); it != text.rend() && changed < 3; ++it) {
            if (*it >= '0' && *it <= '9') {
                *it = char('0' + digit(random));
                ++changed;
            }
        }
        const std::string region = international ? std::string("ZZ") : t.region;
        inputs.push_back(text);
        inputRegions.push_back(region);
        qInputs.append(QString::fromStdString(text));
        qRegions.append(QString::fromStdString(region));
    }

    CarrierList carriers;
    RuleList rules;
    for (int i = 1; i <= 4; ++i) {
        Carrier c;
        c.id = i;
        c.name = QStringLiteral("C%1").arg(i);
        carriers.append(c);
    }
    int id = 0;
    for (const char *prefix : {"1", "44", "447", "4479", "351", "3519", "49", "491", "33", "34", "39", "86", "91"}) {
        Rule r;
        r.id = ++id;
        r.value = QString::fromLatin1(prefix);
        r.carrierId = 1 + id % 4;
        rules.append(r);
    }
    Rule fallback;
    fallback.id = ++id;
    fallback.kind = Rule::Kind::Default;
    fallback.carrierId = 1;
    rules.append(fallback);
    const auto index = RouteIndex::build(rules, carriers);
    const PhoneNumberParser parser(QStringLiteral("ZZ"));

    std::printf("\n(b) parse + validate + route, %d mixed numbers (%zu templates from %zu regions)\n", count,
                templates.size(), regions.size());
    // The three variants run interleaved in batches of 10,000, so a busy neighbour on the shared
    // machine slows them alike and the differences stay meaningful.
    constexpr int batch = 10'000;
    long valid = 0;
    long routed = 0;
    std::vector<double> lib, parse, full;
    for (int pass = 0; pass < 3; ++pass) {
        double tLib = 0, tParse = 0, tFull = 0;
        valid = routed = 0;
        for (int from = 0; from < count; from += batch) {
            // The library calls PhoneNumberParser::parse makes, on pre-converted std::strings.
            auto start = Clock::now();
            for (int i = from; i < from + batch; ++i) {
                PhoneNumber number;
                if (util.Parse(inputs[size_t(i)], inputRegions[size_t(i)], &number)
                    != PhoneNumberUtil::NO_PARSING_ERROR)
                    continue;
                std::string e164, region;
                util.Format(number, PhoneNumberUtil::E164, &e164);
                util.GetRegionCodeForNumber(number, &region);
                if (util.GetNumberType(number) != PhoneNumberUtil::UNKNOWN)
                    ++valid;
                else
                    (void)util.IsPossibleNumberWithReason(number);
            }
            tLib += seconds(start);

            start = Clock::now();
            for (int i = from; i < from + batch; ++i)
                (void)parser.parse(qInputs.at(i), qRegions.at(i));
            tParse += seconds(start);

            start = Clock::now();
            for (int i = from; i < from + batch; ++i) {
                const ParsedNumber number = parser.parse(qInputs.at(i), qRegions.at(i));
                routed += index->decide(number, i).routed() ? 1 : 0;
            }
            tFull += seconds(start);
        }
        lib.push_back(tLib);
        parse.push_back(tParse);
        full.push_back(tFull);
        std::printf(
            "    pass: libphonenumber calls %.0f k/s, PhoneNumberParser::parse %.0f k/s, parse + route %.0f k/s\n",
            count / tLib / 1e3, count / tParse / 1e3, count / tFull / 1e3);
    }

    // Routing alone, on the parsed numbers: small enough to need its own measurement.
    std::vector<ParsedNumber> parsed;
    parsed.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        parsed.push_back(parser.parse(qInputs.at(i), qRegions.at(i)));
    std::vector<double> route;
    for (int pass = 0; pass < 5; ++pass) {
        const auto start = Clock::now();
        long n = 0;
        for (int i = 0; i < count; ++i)
            n += index->decide(parsed[size_t(i)], i).routed() ? 1 : 0;
        route.push_back(seconds(start));
        routed = n;
    }

    const double tLib = median(lib), tParse = median(parse), tFull = median(full), tRoute = median(route);
    std::printf("  median: parse + validate + route %.0f k numbers/s (%.1f us each); %ld of %d valid, %ld routed\n",
                count / tFull / 1e3, tFull / count * 1e6, valid, count, routed);
    std::printf("  routing a parsed number: %.0f ns (%.2f%% of parse + route)\n", tRoute / count * 1e9,
                100.0 * tRoute / tFull);
    // PhoneNumberParser answers most numbers on its fast path (benchphone measures it in detail).
    QString why;
    const std::unique_ptr<FastNumberParser> fast = FastNumberParser::fromLibrary(&why);
    long answered = 0;
    for (int i = 0; fast && i < count; ++i) {
        ParsedNumber n;
        answered += fast->parse(qInputs.at(i), fast->region(qRegions.at(i)), &n) == FastNumberParser::Verdict::Accepted;
    }
    std::printf("  fast path answered %.2f%% of these; PhoneNumberParser::parse %.1fx the library calls' speed\n",
                100.0 * double(answered) / count, tLib / tParse);
}

} // namespace

int main()
{
    benchDecisions();
    benchParseAndRoute();
    return 0;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Phone number benchmark (not part of ctest). Build in Release and run:
//   cmake --preset release && ninja -C build/release benchphone && build/release/tests/bench/benchphone [REGION]
// (a) PhoneNumberParser::parse on a campaign-like mix of 1,000,000 numbers read in REGION (GB by
//     default): 70% E.164, 25% national numbers of REGION, 2% REGION's international prefix,
//     2% invalid, 1% odd formats. Numbers/s (median of 5, one core and two threads), the fast
//     path's hit rate with the reasons it declined, and libphonenumber alone for comparison.
// (b) parse + validate + route on the same mix.
// (c) 300,000 randomised numbers of every region, type and shape: FastNumberParser against
//     libphonenumber. Exits 1 on any mismatch.
#include "carriers/carrier.h"
#include "phone/fastnumberparser.h"
#include "phone/librarynumberparser.h"
#include "phone/phonenumberparser.h"
#include "routing/routeindex.h"

#include <QStringList>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using Clock = std::chrono::steady_clock;
using Verdict = FastNumberParser::Verdict;

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

/// How much faster two threads run a pure arithmetic loop than one (2.0 on an idle 2-core machine).
double cpuScaling()
{
    const auto spin = [] {
        unsigned long x = 0;
        for (unsigned long i = 0; i < 50'000'000UL; ++i)
            x = x * 31 + i;
        return x;
    };
    auto start = Clock::now();
    volatile unsigned long sink = spin();
    const double one = seconds(start);
    start = Clock::now();
    std::thread other([&] { sink = spin(); });
    sink = spin();
    other.join();
    (void)sink;
    return 2 * one / seconds(start);
}

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

/// A valid number of `region` near one of its example numbers (last digits randomised, kept only
/// when libphonenumber still calls it valid; the example itself after 20 misses).
PhoneNumber validNumber(const std::string &region, PhoneNumberUtil::PhoneNumberType type, std::mt19937_64 &random)
{
    PhoneNumber example;
    if (!util().GetExampleNumberForType(region, type, &example))
        util().GetExampleNumberForType(region, PhoneNumberUtil::FIXED_LINE, &example);
    std::uniform_int_distribution<int> digit(0, 9);
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::string nsn;
        util().GetNationalSignificantNumber(example, &nsn);
        for (std::size_t i = 0; i < 3 && i < nsn.size(); ++i)
            nsn[nsn.size() - 1 - i] = char('0' + digit(random));
        PhoneNumber candidate;
        if (util().Parse(std::string("+").append(std::to_string(example.country_code())).append(nsn), "ZZ", &candidate)
                == PhoneNumberUtil::NO_PARSING_ERROR
            && util().IsValidNumber(candidate))
            return candidate;
    }
    return example;
}

std::string format(const PhoneNumber &number, PhoneNumberUtil::PhoneNumberFormat how)
{
    std::string out;
    util().Format(number, how, &out);
    return out;
}

std::string digitsOnly(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c >= '0' && c <= '9')
            out += c;
    }
    return out;
}

/// The campaign-like mix, read in `home`.
QStringList campaignMix(const std::string &home, int count)
{
    std::mt19937_64 random(20260101);
    std::set<std::string> regionSet;
    util().GetSupportedRegions(&regionSet);
    const std::vector<std::string> regions(regionSet.begin(), regionSet.end());
    std::uniform_int_distribution<std::size_t> anyRegion(0, regions.size() - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    const auto homeType = [&] {
        return percent(random) < 70 ? PhoneNumberUtil::MOBILE : PhoneNumberUtil::FIXED_LINE;
    };
    const PhoneNumberUtil::PhoneNumberType anyTypes[] = {PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE};
    std::string idd = home == "US" || home == "CA" ? "011" : "00";

    // Pools of distinct numbers, sampled with replacement (validating a million numbers with
    // the library would take longer than the benchmark).
    constexpr int pool = 20'000;
    std::vector<std::string> e164, national, international, invalid;
    for (int i = 0; i < pool; ++i) {
        const bool atHome = percent(random) < 50;
        const PhoneNumber n = atHome ? validNumber(home, homeType(), random)
                                     : validNumber(regions[anyRegion(random)], anyTypes[i % 2], random);
        e164.push_back(format(n, PhoneNumberUtil::E164));
        const PhoneNumber local = validNumber(home, homeType(), random);
        const std::string written = format(local, PhoneNumberUtil::NATIONAL);
        national.push_back(i % 2 ? written : digitsOnly(written));
        const PhoneNumber abroad = validNumber(regions[anyRegion(random)], anyTypes[i % 2], random);
        international.push_back(
            idd + " " + std::to_string(abroad.country_code()) + " "
            + format(abroad, PhoneNumberUtil::E164).substr(1 + std::to_string(abroad.country_code()).size()));
        // Invalid: a digit short, two too many, or a mangled first digit; kept when the library refuses it.
        std::string bad = format(n, PhoneNumberUtil::E164);
        switch (i % 3) {
        case 0:
            bad.pop_back();
            break;
        case 1:
            bad += "12";
            break;
        default:
            bad[1 + std::to_string(n.country_code()).size()] = '0' + char(i % 10);
        }
        if (!LibraryNumberParser::parse(QString::fromStdString(bad), home).valid)
            invalid.push_back(bad);
    }
    const std::vector<std::string> odd = {"tel:+44-20-7031-3000",
                                          "+44 20 7031 3000 ext. 12",
                                          "+ 351 912 345 678",
                                          "+1 800 FLOWERS",
                                          "0800 FLOWERS",
                                          "+4 4 7911 123456",
                                          "\xEF\xBC\x8B"
                                          "49 151 23456789",
                                          "call 07911 123456"};

    std::uniform_int_distribution<int> pick(0, pool - 1);
    QStringList mix;
    mix.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int p = percent(random);
        std::string text;
        if (p < 70)
            text = e164[std::size_t(pick(random))];
        else if (p < 95)
            text = national[std::size_t(pick(random))];
        else if (p < 97)
            text = international[std::size_t(pick(random))];
        else if (p < 99)
            text = invalid[std::size_t(pick(random)) % invalid.size()];
        else
            text = odd[std::size_t(pick(random)) % odd.size()];
        mix.append(QString::fromStdString(text));
    }
    return mix;
}

std::shared_ptr<const RouteIndex> routeIndex()
{
    CarrierList carriers;
    for (int i = 1; i <= 4; ++i) {
        Carrier c;
        c.id = i;
        c.name = QStringLiteral("C%1").arg(i);
        carriers.append(c);
    }
    RuleList rules;
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
    return RouteIndex::build(rules, carriers);
}

void benchMix(const QString &home)
{
    const int count = 1'000'000;
    auto started = Clock::now();
    const QStringList mix = campaignMix(home.toStdString(), count);
    std::printf("(a) campaign-like mix: %d numbers read in %s, generated in %.1f s\n", count, qPrintable(home),
                seconds(started));

    started = Clock::now();
    const PhoneNumberParser parser(home); // builds and self-checks the fast path
    (void)parser.parse(QStringLiteral("+442070313000"));
    std::printf("  fast path built and self-checked in %.0f ms (first parse in the process)\n", seconds(started) * 1e3);

    QString why;
    const std::unique_ptr<FastNumberParser> fast = FastNumberParser::fromLibrary(&why);
    if (!fast) {
        std::printf("  fast path unavailable: %s\n", qPrintable(why));
        return;
    }
    std::map<Verdict, int> verdicts;
    const RegionMetadata *homeRegion = fast->region(home);
    long valid = 0;
    QStringList declined;
    for (const QString &input : mix) {
        ParsedNumber n;
        const Verdict verdict = fast->parse(input, homeRegion, &n);
        ++verdicts[verdict];
        if (verdict != Verdict::Accepted)
            declined.append(input);
    }
    std::printf("  fast-path hit rate: %.2f%% (", 100.0 * verdicts[Verdict::Accepted] / count);
    for (const auto &[verdict, n] : verdicts)
        std::printf(" %s %d", FastNumberParser::verdictName(verdict), n);
    std::printf(" )\n");
    started = Clock::now();
    for (const QString &input : declined)
        (void)LibraryNumberParser::parse(input, home.toStdString());
    std::printf("  the %lld declined inputs through libphonenumber: %.1f us each\n",
                static_cast<long long>(declined.size()), seconds(started) / double(declined.size()) * 1e6);

    // The fast path alone, on the inputs it accepts: its own cost, one core and two threads.
    QStringList acceptedInputs;
    for (const QString &input : mix) {
        ParsedNumber n;
        if (fast->parse(input, homeRegion, &n) == Verdict::Accepted)
            acceptedInputs.append(input);
    }
    std::vector<double> rates;
    for (int run = 0; run < 5; ++run) {
        started = Clock::now();
        for (const QString &input : acceptedInputs) {
            ParsedNumber n;
            (void)fast->parse(input, homeRegion, &n);
        }
        rates.push_back(acceptedInputs.size() / seconds(started));
    }
    std::printf("  FastNumberParser alone on the %lld accepted inputs: %.0f ns each (median of 5)\n",
                static_cast<long long>(acceptedInputs.size()), 1e9 / median(rates));
    // Two threads on one set of compiled patterns, and on a parser with one replica each
    // (QRegularExpression::match locks the pattern's own mutex on every call). Interleaved, with
    // the speed-up a pure arithmetic loop gets from a second thread right then: on a machine
    // shared with other work, that is how much of a second core there was.
    const std::unique_ptr<FastNumberParser> replicated = FastNumberParser::fromLibrary(&why, 2);
    std::vector<double> shared, own, cpu;
    for (int run = 0; run < 5; ++run) {
        const auto twoThreads = [&](const FastNumberParser &parser) {
            const auto start = Clock::now();
            const qsizetype half = acceptedInputs.size() / 2;
            auto work = [&](qsizetype from, qsizetype to) {
                const RegionMetadata *readIn = parser.region(home);
                for (qsizetype i = from; i < to; ++i) {
                    ParsedNumber n;
                    (void)parser.parse(acceptedInputs.at(i), readIn, &n);
                }
            };
            std::thread other(work, half, acceptedInputs.size());
            work(0, half);
            other.join();
            return acceptedInputs.size() / seconds(start);
        };
        cpu.push_back(cpuScaling());
        shared.push_back(twoThreads(*fast));
        own.push_back(twoThreads(*replicated));
    }
    std::printf("  FastNumberParser alone, two threads (median of 5): one set of patterns %.0f k numbers/s, one "
                "replica per thread %.0f k numbers/s; a second thread gave pure arithmetic %.2fx\n",
                median(shared) / 1e3, median(own) / 1e3, median(cpu));

    rates.clear();
    for (int run = 0; run < 5; ++run) {
        started = Clock::now();
        valid = 0;
        for (const QString &input : mix)
            valid += parser.parse(input).valid ? 1 : 0;
        rates.push_back(count / seconds(started));
        std::printf("    run: PhoneNumberParser::parse %.0f k numbers/s\n", rates.back() / 1e3);
    }
    std::printf("  median of 5, one core: %.0f k numbers/s (%.0f ns each); %ld of %d valid\n", median(rates) / 1e3,
                1e9 / median(rates), valid, count);

    rates.clear();
    for (int run = 0; run < 5; ++run) {
        started = Clock::now();
        std::thread other([&] {
            for (qsizetype i = count / 2; i < count; ++i)
                (void)parser.parse(mix.at(i));
        });
        for (qsizetype i = 0; i < count / 2; ++i)
            (void)parser.parse(mix.at(i));
        other.join();
        rates.push_back(count / seconds(started));
    }
    std::printf("  median of 5, two threads: %.0f k numbers/s\n", median(rates) / 1e3);

    constexpr int librarySample = 100'000;
    rates.clear();
    for (int run = 0; run < 3; ++run) {
        started = Clock::now();
        const std::string region = home.toStdString();
        for (qsizetype i = 0; i < librarySample; ++i)
            (void)LibraryNumberParser::parse(mix.at(i), region);
        rates.push_back(librarySample / seconds(started));
    }
    std::printf("  libphonenumber alone (first %d of the mix, median of 3): %.0f k numbers/s (%.1f us each)\n",
                librarySample, median(rates) / 1e3, 1e6 / median(rates));

    const auto index = routeIndex();
    rates.clear();
    long routed = 0;
    for (int run = 0; run < 5; ++run) {
        started = Clock::now();
        routed = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const ParsedNumber number = parser.parse(mix.at(i));
            routed += index->decide(number, i).routed() ? 1 : 0;
        }
        rates.push_back(count / seconds(started));
    }
    std::printf("\n(b) parse + validate + route, same mix: median of 5 %.0f k numbers/s (%.0f ns each); %ld routed\n",
                median(rates) / 1e3, 1e9 / median(rates), routed);
}

/// (c): every region, every type with an example, six shapes, broad mutations.
int randomizedComparison(int count)
{
    QString why;
    const std::unique_ptr<FastNumberParser> fast = FastNumberParser::fromLibrary(&why);
    if (!fast) {
        std::printf("fast path unavailable: %s\n", qPrintable(why));
        return 1;
    }
    std::set<std::string> regionSet;
    util().GetSupportedRegions(&regionSet);
    const std::vector<std::string> regions(regionSet.begin(), regionSet.end());
    const PhoneNumberUtil::PhoneNumberType types[] = {
        PhoneNumberUtil::FIXED_LINE,      PhoneNumberUtil::MOBILE,      PhoneNumberUtil::TOLL_FREE,
        PhoneNumberUtil::PREMIUM_RATE,    PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
        PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,       PhoneNumberUtil::UAN,
        PhoneNumberUtil::VOICEMAIL};
    std::mt19937_64 random(424242);
    std::uniform_int_distribution<std::size_t> anyRegion(0, regions.size() - 1);
    std::uniform_int_distribution<int> anyType(0, 9), digit(0, 9), shape(0, 5), mutation(0, 5), percent(0, 99);

    long compared = 0, accepted = 0, mismatches = 0, validDeclined = 0;
    auto started = Clock::now();
    while (compared < count) {
        const std::string region = regions[anyRegion(random)];
        PhoneNumber example;
        if (!util().GetExampleNumberForType(region, types[anyType(random)], &example))
            continue;
        std::string nsn;
        util().GetNationalSignificantNumber(example, &nsn);
        // Mutations: 1–4 digits anywhere after the first, a digit dropped or added, or none.
        switch (mutation(random)) {
        case 0:
            break;
        case 1:
            nsn.pop_back();
            break;
        case 2:
            nsn += char('0' + digit(random));
            break;
        default:
            for (int k = 0, n = 1 + percent(random) % 4; k < n && nsn.size() > 1; ++k)
                nsn[1 + std::size_t(percent(random)) % (nsn.size() - 1)] = char('0' + digit(random));
        }
        const std::string cc = std::to_string(example.country_code());
        PhoneNumber mutated;
        const bool parsed =
            util().Parse(std::string("+").append(cc).append(nsn), "ZZ", &mutated) == PhoneNumberUtil::NO_PARSING_ERROR;
        std::string input, readIn = "ZZ";
        switch (shape(random)) {
        case 0:
            input = std::string("+").append(cc).append(nsn);
            break;
        case 1:
            input = parsed ? format(mutated, PhoneNumberUtil::INTERNATIONAL)
                           : std::string("+").append(cc).append(" ").append(nsn);
            break;
        case 2:
            input = std::string("00 ").append(cc).append(" ").append(nsn), readIn = "DE";
            break;
        case 3:
            input = std::string("011-").append(cc).append("-").append(nsn), readIn = "US";
            break;
        case 4:
            input = parsed ? format(mutated, PhoneNumberUtil::NATIONAL) : nsn, readIn = region;
            break;
        default:
            input = nsn, readIn = region;
        }
        const QString text = QString::fromStdString(input);
        ParsedNumber fastResult;
        const Verdict verdict = fast->parse(text, fast->region(QString::fromStdString(readIn)), &fastResult);
        const ParsedNumber reference = LibraryNumberParser::parse(text, readIn);
        ++compared;
        if (verdict == Verdict::ParseError && reference.valid)
            ++validDeclined;
        if (verdict != Verdict::Accepted)
            continue;
        ++accepted;
        if (fastResult.e164 != reference.e164 || fastResult.region != reference.region
            || fastResult.countryCode != reference.countryCode || fastResult.valid != reference.valid
            || fastResult.type != reference.type || fastResult.error != reference.error
            || fastResult.errorMessage != reference.errorMessage) {
            if (++mismatches <= 20)
                std::printf("  MISMATCH \"%s\" in %s: fast %s %s %s, libphonenumber %s %s %s %s\n", input.c_str(),
                            readIn.c_str(), qPrintable(fastResult.e164), qPrintable(fastResult.region),
                            qPrintable(fastResult.typeName()), qPrintable(reference.e164), qPrintable(reference.region),
                            qPrintable(reference.typeName()), qPrintable(ParsedNumber::errorName(reference.error)));
        }
    }
    std::printf("\n(c) randomised comparison: %ld numbers (%ld accepted by the fast path, %ld valid ones declined "
                "as parse errors) in %.1f s: %ld mismatches\n",
                compared, accepted, validDeclined, seconds(started), mismatches);
    return mismatches == 0 && validDeclined == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    const QString home = argc > 1 ? QString::fromLocal8Bit(argv[1]).toUpper() : QStringLiteral("GB");
    benchMix(home);
    return randomizedComparison(300'000);
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "parsednumber.h"
#include "phonemetadatamodel.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <vector>

/// A fast path in front of libphonenumber for the shapes a campaign file is made of:
/// "+<cc><number>", the default region's international prefix ("00 44 …", "011 1 …") and
/// national numbers of the default region ("07911 123456", "(650) 253-0000"), with spaces,
/// dashes, dots and parentheses between the digits.
///
/// It runs the library's own algorithm (ParseHelper, MaybeExtractCountryCode,
/// MaybeStripNationalPrefixAndCarrierCode, GetRegionCodeForNumber, GetNumberTypeHelper,
/// IsPossibleNumberWithReason) on the library's own metadata, and answers only when it is sure;
/// an answer — a valid number, or a refusal with its reason and message — equals
/// PhoneNumberParser's libphonenumber answer field for field. Everything else is declined with
/// a Verdict and the caller asks libphonenumber: letters, extensions, other punctuation or digit
/// scripts, "+" not followed directly by the calling code, a national prefix for parsing that
/// is a pattern and matches (carrier codes, mobile tokens, transform rules: AR, BR, MX "1",
/// GG/JE/IM and NANP-island local numbers), national numbers that keep a leading zero (Italy),
/// non-geographic calling codes, unknown calling codes and national numbers without a region.
///
/// With a calling-code check set (PhoneNumberParser sets FastPathSelfCheck::checkCallingCode), no
/// answer is given for a calling code before that check passed: it runs once per calling code,
/// the first time a number of that code (or read in a region of that code) is parsed, and a
/// code that fails it is declined (Unchecked) for the rest of the process. So a program pays
/// for checking, and compiling, only the numbering plans its numbers use.
///
/// Thread-safe: parse() is const and touches only read-only metadata (and builds a replica, a
/// region's patterns, a calling code's check once, under std::call_once, on first need).
class FastNumberParser final
{
public:
    /// What parse() made of an input: Accepted (answered, valid or not), or why it left the
    /// input to libphonenumber.
    enum class Verdict {
        Accepted,
        UnusualCharacters, ///< letters, "#", ";", "/", other punctuation, non-ASCII digits
        UnusualShape, ///< "+" after digits or twice, "+ 44", "+4 4", fewer than 3 or more than 32 digits
        NoDefaultRegion, ///< a national number and no (known) default region
        RegionRules, ///< a national prefix pattern matches: carrier code, mobile token or transform rule
        NonGeographic, ///< +800, +882, … (region "001")
        LeadingZero, ///< the national number keeps a leading zero (Italy and a few others)
        ParseError, ///< an unknown calling code, or nothing after the international prefix
        Unchecked, ///< the calling code failed its check against the library (or did not compile)
    };
    /// Checks a calling code's metadata against the library (FastPathSelfCheck::checkCallingCode).
    using CallingCodeCheck = std::function<Status(const FastNumberParser &, int countryCode)>;

    /// One compiled model for every thread.
    explicit FastNumberParser(std::unique_ptr<PhoneMetadataModel> model);
    /// `replicas` compiled models, the first given, the others compiled from `specs` the first
    /// time a thread needs one. Why: QRegularExpression::match() locks the expression's own
    /// mutex on every call, so threads sharing one set of expressions keep passing its cache
    /// line between cores. Threads parsing at the same time are given different replicas.
    FastNumberParser(std::unique_ptr<PhoneMetadataModel> model, std::vector<RegionMetadata::Spec> specs, int replicas);
    ~FastNumberParser();
    /// Built over the metadata of the loaded libphonenumber, with `replicas` compiled copies
    /// (one per thread that parses at the same time); null, with `why`, when unavailable.
    static std::unique_ptr<FastNumberParser> fromLibrary(QString *why, int replicas = 1);

    /// The first compiled model (the one region() answers from; the others are its copies).
    const PhoneMetadataModel &model() const { return *m_model; }
    int replicaCount() const { return m_replicaCount; }

    /// The metadata of a region code as PhoneNumberParser takes it (" gb " is GB); null for
    /// empty, "ZZ" and unknown codes.
    const RegionMetadata *region(QStringView code) const;

    /// Parses `input` read in `defaultRegion` (null: only "+…" numbers). On Accepted, `out` holds
    /// the complete result (valid, or refused with reason and message); on any other verdict
    /// `out` is untouched.
    Verdict parse(const QString &input, const RegionMetadata *defaultRegion, ParsedNumber *out) const;
    /// parse() on the first model without the calling-code check: for the check itself.
    Verdict parseUnchecked(const QString &input, const RegionMetadata *defaultRegion, ParsedNumber *out) const;

    /// Sets the check each calling code must pass before parse() answers for it. Call before
    /// the first parse(); without one, every calling code is answered.
    void setCallingCodeCheck(CallingCodeCheck check);

    /// "accepted", "unusual_characters", … (for benchmarks and test messages).
    static const char *verdictName(Verdict verdict);

private:
    struct Replica;
    struct CodeCheck;
    const PhoneMetadataModel &modelForThisThread() const;
    /// `usedCode`: the calling code whose metadata the answer rests on (0 before one is known).
    Verdict parseWith(const PhoneMetadataModel &model, const QString &input, const RegionMetadata *defaultRegion,
                      ParsedNumber *out, int *usedCode) const;
    /// Whether parse() may answer for `countryCode` in `model`: its check passed (run now on
    /// first need) and `model`'s regions of that code compiled.
    bool mayAnswer(const PhoneMetadataModel &model, int countryCode) const;

    std::unique_ptr<PhoneMetadataModel> m_model;
    std::vector<RegionMetadata::Spec> m_specs; ///< kept to compile replicas
    int m_replicaCount = 1;
    std::unique_ptr<Replica[]> m_replicas; ///< [1, m_replicaCount): built on first use
    CallingCodeCheck m_check;
    std::unique_ptr<CodeCheck[]> m_codeChecks; ///< by calling code, when m_check is set
};

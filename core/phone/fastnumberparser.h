#pragma once

#include "parsednumber.h"
#include "phonemetadatamodel.h"

#include <QString>
#include <QStringView>

#include <memory>

/// A fast path in front of libphonenumber for the shapes a campaign file is made of:
/// "+<cc><number>", the default region's international prefix ("00 44 …", "011 1 …") and
/// national numbers of the default region ("07911 123456", "(650) 253-0000"), with spaces,
/// dashes, dots and parentheses between the digits.
///
/// It runs the library's own algorithm (ParseHelper, MaybeExtractCountryCode,
/// MaybeStripNationalPrefixAndCarrierCode, GetRegionCodeForNumber, GetNumberTypeHelper) on the
/// library's own metadata, and answers only when it is sure: it accepts a number only when the
/// result is a VALID number, and then the result equals PhoneNumberParser's libphonenumber
/// answer field for field. Everything else — letters, extensions, other punctuation or digit
/// scripts, "+" not followed directly by the calling code, numbers parsed under regions with
/// carrier codes or prefix transform rules, national numbers with a leading zero (Italy),
/// non-geographic calling codes, and every invalid or unparsable number (whose error reason the
/// library words) — is declined with a Verdict, and the caller asks libphonenumber.
///
/// Thread-safe: parse() is const and touches only read-only, compiled metadata.
class FastNumberParser final
{
public:
    /// What parse() made of an input: Accepted, or why it left the input to libphonenumber.
    enum class Verdict {
        Accepted,
        UnusualCharacters, ///< letters, "#", ";", "/", other punctuation, non-ASCII digits
        UnusualShape, ///< "+" after digits or twice, "+ 44", "+4 4", fewer than 3 or more than 32 digits
        NoDefaultRegion, ///< a national number and no (known) default region
        RegionRules, ///< parsing needs rules modelled only by the library (transform rule, carrier codes)
        NonGeographic, ///< +800, +882, … (region "001")
        LeadingZero, ///< the national number keeps a leading zero (Italy and a few others)
        NotValid, ///< the library would refuse it (too short/long, unknown code, no number range)
    };

    explicit FastNumberParser(std::unique_ptr<PhoneMetadataModel> model);
    /// Built over the metadata of the loaded libphonenumber; null, with `why`, when unavailable.
    static std::unique_ptr<FastNumberParser> fromLibrary(QString *why);

    const PhoneMetadataModel &model() const { return *m_model; }

    /// The metadata of a region code as PhoneNumberParser takes it (" gb " is GB); null for
    /// empty, "ZZ" and unknown codes.
    const RegionMetadata *region(QStringView code) const;

    /// Parses `input` read in `defaultRegion` (null: only "+…" numbers). On Accepted, `out` holds
    /// the complete, valid result; on any other verdict `out` is untouched.
    Verdict parse(const QString &input, const RegionMetadata *defaultRegion, ParsedNumber *out) const;

    /// "accepted", "unusual_characters", … (for benchmarks and test messages).
    static const char *verdictName(Verdict verdict);

private:
    std::unique_ptr<PhoneMetadataModel> m_model;
};

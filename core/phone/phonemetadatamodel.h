// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "regionmetadata.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <bitset>
#include <memory>
#include <vector>

/// libphonenumber's own metadata, decoded once for the fast number parser: every region's
/// RegionMetadata (whose large patterns compile on first use), and for each calling code its
/// regions in the order the library tries them (the main country first, the others in metadata
/// order).
///
/// The data comes from the library itself (its exported metadata_get()/metadata_size(), found
/// at run time so a library without them only disables the fast path), so the fast path and the
/// library can never disagree about which numbering plan is in force.
///
/// Every `why` parameter receives the reason a build failed; it may be null.
///
/// Thread-safe: const after construction.
class PhoneMetadataModel final
{
public:
    /// Decodes the metadata compiled into the loaded libphonenumber. Null, with the reason in
    /// `why`, when the library does not export it, it does not decode or a prefix pattern does
    /// not compile (the number-type patterns are compiled, and checked, on first use).
    static std::unique_ptr<PhoneMetadataModel> fromLibrary(QString *why);
    /// Decodes a serialized PhoneMetadataCollection.
    static std::unique_ptr<PhoneMetadataModel> fromSerialized(const void *data, int size, QString *why);
    /// The library's metadata as plain data, in metadata order (non-geographic entities
    /// included); empty, with `why`, when unavailable. For tests that sweep every pattern.
    static std::vector<RegionMetadata::Spec> librarySpecs(QString *why);

    /// Regions in metadata order; must not be empty. Non-geographic entities ("001") only mark
    /// their calling code.
    PhoneMetadataModel(std::vector<RegionMetadata::Spec> specs, QString *why);

    bool isValid() const { return m_valid; }

    /// How many regions have compiled their number-type patterns so far (for tests).
    int compiledRegionCount() const;

    /// The region with this ISO code ("GB"), or null.
    const RegionMetadata *region(QStringView code) const;
    /// Every geographic region, in metadata order.
    const std::vector<std::unique_ptr<RegionMetadata>> &regions() const { return m_regions; }
    /// The regions of a calling code, in the library's order; empty for an unknown or a
    /// non-geographic code.
    const std::vector<const RegionMetadata *> &regionsForCountryCode(int countryCode) const;
    /// GetRegionCodeForCountryCode for geographic codes: the first region, or null.
    const RegionMetadata *mainRegion(int countryCode) const;
    /// True for calling codes of non-geographic entities (800, 808, 870, 882, …).
    bool isNonGeographic(int countryCode) const;

    /// ExtractCountryCode: the calling code at the start of `digits` (1 to 3 digits, never
    /// starting with 0) and its length, or 0 when there is none.
    int extractCountryCode(QStringView digits, qsizetype *length) const;

private:
    static constexpr int codeSlots = 26 * 26;
    static constexpr int countryCodeSlots = 1000;

    std::vector<std::unique_ptr<RegionMetadata>> m_regions;
    std::array<const RegionMetadata *, codeSlots> m_byCode {};
    std::vector<std::vector<const RegionMetadata *>> m_byCountryCode;
    std::bitset<countryCodeSlots> m_knownCountryCode;
    std::bitset<countryCodeSlots> m_nonGeographic;
    bool m_valid = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

/// Longest-prefix match over E.164 digit strings: an open-addressing hash keyed by (digits as a
/// number, length), probed from the longest length present down to the shortest. With only the
/// lengths that occur probed, a lookup costs a handful of hash probes and never allocates
/// (platform-notes §3 measured this scheme at ~100M lookups/s with std::unordered_map).
class PrefixTable final
{
public:
    static constexpr int maxDigits = 15; ///< E.164 allows at most 15 digits

    /// Digits of one number as prefix values: value(n) is the first n digits read as a number.
    struct Digits
    {
        std::array<quint64, maxDigits + 1> value {};
        int count = 0;
    };

    /// Reads `text` (ASCII digits only, 1–15 of them). False for anything else.
    template<typename Char>
    static bool read(const Char *text, qsizetype size, Digits *out)
    {
        if (size < 1 || size > maxDigits)
            return false;
        quint64 value = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned>(text[i]);
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
            out->value[size_t(i + 1)] = value;
        }
        out->count = int(size);
        return true;
    }

    /// Adds or replaces the prefix `digits` (1–15 ASCII digits). False when it is not one.
    bool insert(const char *digits, qsizetype size, qint32 payload);

    /// The payload of the longest stored prefix of `digits`, or -1. `*length` gets its length.
    qint32 longestMatch(const Digits &digits, int *length = nullptr) const
    {
        for (int n = std::min(digits.count, m_longest); n > 0; --n) {
            if (!(m_lengths & (1u << n)))
                continue;
            const qint32 found = find(digits.value[size_t(n)], n);
            if (found >= 0) {
                if (length)
                    *length = n;
                return found;
            }
        }
        return -1;
    }

    /// The payload stored for exactly this prefix, or -1.
    qint32 find(quint64 value, int length) const
    {
        if (m_slots.empty())
            return -1;
        const quint64 key = makeKey(value, length);
        for (size_t i = mix(key) & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.key == key)
                return slot.payload;
            if (slot.key == 0)
                return -1;
        }
    }

    qsizetype size() const { return m_size; }

private:
    struct Slot
    {
        quint64 key = 0; ///< 0 marks an empty slot; real keys carry a length of at least 1
        qint32 payload = -1;
    };

    static quint64 makeKey(quint64 value, int length) { return (value << 4) | quint64(length); }
    static quint64 mix(quint64 x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    void grow();

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    qsizetype m_size = 0;
    quint32 m_lengths = 0; ///< bit n set when a prefix of length n is stored
    int m_longest = 0;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

/// One PhoneNumberDesc of libphonenumber's metadata as plain data: the national number pattern
/// of a number type and its possible lengths. An empty pattern matches nothing; empty `lengths`
/// mean "not checked here" (the type shares the general description's lengths), and a single
/// -1 means the region has no numbers of this type.
struct NumberDesc
{
    QString pattern;
    std::vector<int> lengths;
    std::vector<int> localOnlyLengths;

    /// IsNumberMatchingDesc's length test: true when `lengths` is empty or holds `length`.
    bool allowsLength(qsizetype length) const
    {
        if (lengths.empty())
            return true;
        for (int l : lengths) {
            if (l == length)
                return true;
        }
        return false;
    }
    /// True when no number can ever match (no pattern, or lengths that are only -1).
    bool matchesNothing() const
    {
        if (pattern.isEmpty())
            return true;
        for (int l : lengths) {
            if (l > 0)
                return false;
        }
        return !lengths.empty();
    }
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <optional>
#include <vector>

/// A set of E.164 numbers, each with the CSV line that first named it: the import's
/// de-duplication (and its opt-out snapshot). A number is kept as a 64-bit integer of its
/// digits (E.164 has at most 15 and never starts with 0, so the integer is unique) in an
/// open-addressing table: 12 bytes a slot, about 24 MB for a million recipients instead of the
/// ~100 MB a QSet<QString> would take.
class RecipientSet final
{
public:
    /// "+351912345678" → 351912345678; nullopt for anything but '+' and 1–15 digits.
    static std::optional<quint64> key(QStringView e164);

    /// Adds `key` first seen on `line` (≥ 1). Returns 0 when it is new, else the line it was
    /// first added with (and keeps that).
    qint64 insert(quint64 key, qint64 line);
    bool contains(quint64 key) const;
    qsizetype size() const { return m_size; }

private:
    static quint64 hash(quint64 key);
    void grow();

    std::vector<quint64> m_keys; // 0 = empty slot (no E.164 number has the value 0)
    std::vector<quint32> m_lines;
    qsizetype m_size = 0;
};

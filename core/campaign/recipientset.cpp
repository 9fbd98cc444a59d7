// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "recipientset.h"

#include <limits>

std::optional<quint64> RecipientSet::key(QStringView e164)
{
    if (e164.size() < 2 || e164.size() > 16 || e164.front() != QLatin1Char('+') || e164.at(1) == QLatin1Char('0'))
        return std::nullopt;
    quint64 value = 0;
    for (qsizetype i = 1; i < e164.size(); ++i) {
        const char16_t c = e164.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + quint64(c - u'0');
    }
    return value;
}

quint64 RecipientSet::hash(quint64 key)
{
    // splitmix64's finaliser: consecutive numbers spread over the whole table.
    key ^= key >> 30;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 27;
    key *= 0x94d049bb133111ebULL;
    key ^= key >> 31;
    return key;
}

void RecipientSet::grow()
{
    std::vector<quint64> keys = std::move(m_keys);
    std::vector<quint32> lines = std::move(m_lines);
    const size_t capacity = keys.empty() ? 1024 : keys.size() * 2;
    m_keys.assign(capacity, 0);
    m_lines.assign(capacity, 0);
    const size_t mask = capacity - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == 0)
            continue;
        size_t slot = hash(keys[i]) & mask;
        while (m_keys[slot] != 0)
            slot = (slot + 1) & mask;
        m_keys[slot] = keys[i];
        m_lines[slot] = lines[i];
    }
}

qint64 RecipientSet::insert(quint64 key, qint64 line)
{
    // Linear probing at a load factor of at most 0.7.
    if (size_t(m_size + 1) * 10 > m_keys.size() * 7)
        grow();
    const size_t mask = m_keys.size() - 1;
    size_t slot = hash(key) & mask;
    while (m_keys[slot] != 0) {
        if (m_keys[slot] == key)
            return m_lines[slot];
        slot = (slot + 1) & mask;
    }
    m_keys[slot] = key;
    m_lines[slot] = quint32(std::min<qint64>(line, std::numeric_limits<quint32>::max()));
    ++m_size;
    return 0;
}

bool RecipientSet::contains(quint64 key) const
{
    if (m_keys.empty())
        return false;
    const size_t mask = m_keys.size() - 1;
    size_t slot = hash(key) & mask;
    while (m_keys[slot] != 0) {
        if (m_keys[slot] == key)
            return true;
        slot = (slot + 1) & mask;
    }
    return false;
}

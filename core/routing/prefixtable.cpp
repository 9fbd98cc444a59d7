// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "prefixtable.h"

bool PrefixTable::insert(const char *digits, qsizetype size, qint32 payload)
{
    Digits parsed;
    if (!read(digits, size, &parsed))
        return false;
    if (size_t(m_size + 1) * 2 > m_slots.size())
        grow(); // keep the load under one half so misses end quickly
    const int length = int(size);
    const quint64 key = makeKey(parsed.value[size_t(length)], length);
    for (size_t i = mix(key) & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.key == key) {
            slot.payload = payload;
            return true;
        }
        if (slot.key == 0) {
            slot = {key, payload};
            ++m_size;
            m_lengths |= 1u << length;
            m_longest = std::max(m_longest, length);
            return true;
        }
    }
}

void PrefixTable::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    const size_t capacity = old.empty() ? 16 : old.size() * 2;
    m_slots.assign(capacity, Slot());
    m_mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.key == 0)
            continue;
        for (size_t i = mix(slot.key) & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].key == 0) {
                m_slots[i] = slot;
                break;
            }
        }
    }
}

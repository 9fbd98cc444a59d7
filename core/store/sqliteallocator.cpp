// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sqliteallocator.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

namespace {

constexpr int classBytes = 64;
constexpr int classCount = 16; // blocks up to 1 KiB
constexpr int keptPerClass = 256;
/// Each block starts with its usable size; 16 bytes keep the caller's pointer 16-byte aligned.
constexpr size_t headerBytes = 16;

int classOf(size_t usable)
{
    return int((usable + classBytes - 1) / classBytes) - 1;
}

size_t usableOf(const void *p)
{
    size_t usable;
    std::memcpy(&usable, static_cast<const char *>(p) - headerBytes, sizeof usable);
    return usable;
}

/// Free blocks of one thread, by class. Trivially destructible on purpose: SQLite may still free
/// memory on a thread after its thread_local objects were destroyed (connections closed by static
/// destructors at exit), and this stays usable until the thread's storage goes.
struct FreeLists
{
    struct Block
    {
        Block *next;
    };
    std::array<Block *, classCount> heads;
    std::array<int, classCount> counts;
    bool drained; ///< the thread is ending: blocks go straight back to malloc
};

thread_local FreeLists lists {};

/// Gives a thread's kept blocks back to malloc when the thread ends.
struct Drain
{
    ~Drain()
    {
        for (FreeLists::Block *head : lists.heads) {
            while (head) {
                FreeLists::Block *next = head->next;
                std::free(reinterpret_cast<char *>(head) - headerBytes);
                head = next;
            }
        }
        lists.heads = {};
        lists.counts = {};
        lists.drained = true;
    }
};

thread_local Drain drain;

void *allocate(int bytes)
{
    if (bytes <= 0)
        return nullptr;
    const size_t wanted = size_t(bytes);
    const int cls = classOf(wanted);
    size_t usable = wanted;
    if (cls < classCount) {
        if (FreeLists::Block *block = lists.heads[size_t(cls)]) {
            lists.heads[size_t(cls)] = block->next;
            --lists.counts[size_t(cls)];
            return block;
        }
        usable = size_t(cls + 1) * classBytes;
    }
    char *raw = static_cast<char *>(std::malloc(headerBytes + usable));
    if (!raw)
        return nullptr;
    std::memcpy(raw, &usable, sizeof usable);
    return raw + headerBytes;
}

void release(void *p)
{
    if (!p)
        return;
    const size_t usable = usableOf(p);
    const int cls = classOf(usable);
    if (cls < classCount && usable == size_t(cls + 1) * classBytes && !lists.drained
        && lists.counts[size_t(cls)] < keptPerClass) {
        (void)&drain; // registers the drain at the thread's end, on the first block kept
        auto *block = static_cast<FreeLists::Block *>(p);
        block->next = lists.heads[size_t(cls)];
        lists.heads[size_t(cls)] = block;
        ++lists.counts[size_t(cls)];
        return;
    }
    std::free(static_cast<char *>(p) - headerBytes);
}

int sizeOf(void *p)
{
    return p ? int(usableOf(p)) : 0;
}

void *reallocate(void *p, int bytes)
{
    if (!p)
        return allocate(bytes);
    if (bytes <= 0) {
        release(p);
        return nullptr;
    }
    const size_t usable = usableOf(p);
    if (size_t(bytes) <= usable)
        return p;
    void *grown = allocate(bytes);
    if (!grown)
        return nullptr;
    std::memcpy(grown, p, usable);
    release(p);
    return grown;
}

int roundUp(int bytes)
{
    const int cls = classOf(size_t(std::max(bytes, 1)));
    return cls < classCount ? (cls + 1) * classBytes : bytes;
}

int initialise(void *)
{
    return SQLITE_OK;
}

void shutDown(void *) { }

} // namespace

namespace sqliteallocator {

bool install()
{
    static const sqlite3_mem_methods methods {allocate, release,    reallocate, sizeOf,
                                              roundUp,  initialise, shutDown,   nullptr};
    return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
}

} // namespace sqliteallocator

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

/// A memory allocator for SQLite that keeps freed small blocks per thread for reuse.
///
/// Why: Debian builds SQLite without lookaside memory (OMIT_LOOKASIDE), so every statement step
/// allocates its cursors and record buffers from malloc and frees them again: an import's insert
/// made about 15 malloc/free pairs a row, and glibc spent nearly half of the writer thread's time
/// in them (tests/bench/campaign-import.sh, issue 14). Blocks up to 1 KiB are rounded to 64-byte
/// classes and kept on the freeing thread's list (a few hundred per class at most); larger ones
/// go straight to malloc.
namespace sqliteallocator {

/// Hands the allocator to SQLite. Only possible before SQLite initialises, that is before the
/// process's first connection; returns false (and changes nothing) after.
bool install();

} // namespace sqliteallocator

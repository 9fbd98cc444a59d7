// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "attentioncounts.h"

#include "store/messagerepository.h"

Result<AttentionCounts> AttentionCounts::read(Database &db, qint64 sinceMs)
{
    MessageRepository repo(db);
    auto unknown = repo.countInStates({MessageState::Unknown});
    if (!unknown)
        return unknown.error();
    auto failed = repo.countChangedSince(MessageState::Failed, sinceMs);
    if (!failed)
        return failed.error();
    auto undelivered = repo.countChangedSince(MessageState::Undelivered, sinceMs);
    if (!undelivered)
        return undelivered.error();
    return AttentionCounts {*unknown, *failed, *undelivered};
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messages/message.h"

#include <QMetaType>
#include <QString>

/// What one read of the delivery log brings back to its view (see MessageLogSource).
struct MessageLogBatch
{
    enum class Kind {
        Reset, ///< a new filter: `rows` is its newest page
        Older, ///< `rows` is the next page below the oldest row loaded
        Refresh, ///< `rows` arrived above the newest row loaded; `changed` are loaded or newly matching rows
    };

    Kind kind = Kind::Reset;
    quint64 generation = 0; ///< the filter this answers; a view drops batches of an older one
    MessageList rows; ///< newest first
    /// Refresh only: messages that changed since the last batch and either are loaded or now
    /// match the filter within the loaded id range (so they belong between loaded rows).
    MessageList changed;
    bool hasOlder = false; ///< Reset/Older: rows below the oldest one loaded exist
    bool moreWaiting = false; ///< Refresh: more new rows or changes wait than one batch carries
    QString error; ///< for a person; the batch is otherwise empty
};

Q_DECLARE_METATYPE(MessageLogBatch)

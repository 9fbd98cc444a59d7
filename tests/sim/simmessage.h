// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// One message the simulator accepted. Its status is not stored: it follows from the sim clock
/// (see MessageStore::statusOf), so tests move time instead of waiting.
struct SimMessage
{
    QString sid;
    QString accountSid;
    QString from;
    QString to;
    QString body;
    QString encoding;
    QString statusCallback;
    qint64 createdMs = 0;
    /// Decided on acceptance from --undelivered-rate / --failed-rate.
    enum class Outcome { Delivered, Undelivered, Failed } outcome = Outcome::Delivered;
    /// Arrival order; breaks ties when sorting by date.
    qint64 sequence = 0;
    /// A reply from a handset (POST /sim/inbound): direction `inbound`, status `received`.
    bool inbound = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

struct SimMessage;

/// The ledger: one JSON object per line for every message the simulator ACCEPTED (including those
/// it then hung on or reset the connection for). Each line is flushed as it is written, so the
/// file is complete even if the client or the simulator is killed. Tests compare it with what the
/// client believes it sent.
class Ledger final
{
public:
    /// Opens (and truncates) the file. An empty path disables the ledger.
    bool open(const QString &path, QString *error);
    bool isEnabled() const { return m_file.isOpen(); }

    /// Writes one line: sid, account_sid, to, from, body, encoding, received_at (sim time, ms since
    /// the epoch), reply ("ok", "hang" or "reset") and status_callback when one was given.
    void append(const SimMessage &message, const char *reply);

private:
    QFile m_file;
};

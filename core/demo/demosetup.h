// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QProcess>
#include <QString>
#include <QUrl>

class Session;

/// "Try it without a Restcomm account": starts restcomm-sim on this computer and fills a demo
/// store — kept apart from the operator's real one — with the tutorial's three carriers
/// (Portugal, United Kingdom, Germany), their country rules and prices, so a message can be sent
/// and seen delivered at once. Used by `smsrouter --demo` and `scripts/run.sh --demo`.
class DemoSetup final
{
public:
    DemoSetup();
    ~DemoSetup();
    DemoSetup(const DemoSetup &) = delete;
    DemoSetup &operator=(const DemoSetup &) = delete;

    /// Where the demo store lives (next to the real store, never the same file).
    static QString defaultStorePath();
    /// The simulator: $SMSROUTER_SIM, smsrouter-sim next to this program, or in the libexec
    /// folder of an installed package.
    static QString findSimulator();

    /// Starts the simulator (it exits with this process) and rebuilds the demo store at `storePath`.
    Status start(const QString &storePath);
    QUrl baseUrl() const { return m_baseUrl; }

private:
    Status startSimulator();
    Status seed(const QString &storePath);
    /// A first message to a few handsets and their replies in the simulator (one says STOP).
    Status seedConversations(Session &session);

    QProcess m_simulator;
    QUrl m_baseUrl;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "restcomm/restcommendpoint.h"

#include <QList>
#include <QMetaType>
#include <QString>

/// What the dispatcher needs of a carrier: its limits and a ready endpoint (token included,
/// in memory only). CarrierRuntimeLoader builds these on a thread of its own and hands them
/// to the engine's thread.
struct CarrierRuntime
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    double rate = 10.0;
    int maxInFlight = 6;
    bool confirmStopReplies = false; ///< answer a STOP reply with one confirmation
    RestcommEndpoint endpoint;
    QString unusableReason; ///< non-empty when the token could not be read: nothing is sent
};

using CarrierRuntimeList = QList<CarrierRuntime>;
Q_DECLARE_METATYPE(CarrierRuntimeList)

class CredentialVault;
struct Carrier;
using CarrierList = QList<Carrier>;

/// Reads every carrier's token from `vault` (waiting for the keychain: call it off the window's
/// thread). A carrier whose token cannot be read is still listed, with the reason, so its
/// messages wait visibly.
CarrierRuntimeList buildCarrierRuntimes(const CarrierList &carriers, CredentialVault &vault);

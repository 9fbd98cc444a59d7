// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierruntime.h"

#include "carriers/carrier.h"
#include "secrets/credentialvault.h"

#include <QCoreApplication>

CarrierRuntimeList buildCarrierRuntimes(const CarrierList &carriers, CredentialVault &vault)
{
    CarrierRuntimeList runtimes;
    for (const Carrier &c : carriers) {
        CarrierRuntime r;
        r.id = c.id;
        r.name = c.name;
        r.enabled = c.enabled;
        r.rate = c.rateLimit;
        r.maxInFlight = c.maxInFlight;
        r.confirmStopReplies = c.confirmStopReplies;
        auto token = vault.read(c.secretRef);
        if (token)
            r.endpoint = RestcommEndpoint::forCarrier(c, *token);
        else
            r.unusableReason =
                QCoreApplication::translate("CarrierRuntime", "The token of carrier “%1” cannot be read: %2")
                    .arg(c.name, token.errorMessage());
        runtimes.append(r);
    }
    return runtimes;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "restcommendpoint.h"

#include "carriers/carrier.h"

RestcommEndpoint RestcommEndpoint::forCarrier(const Carrier &carrier, const QByteArray &token)
{
    RestcommEndpoint e;
    e.carrierName = carrier.name;
    e.baseUrl = carrier.baseUrl;
    while (e.baseUrl.endsWith(QLatin1Char('/')))
        e.baseUrl.chop(1);
    e.accountSid = carrier.accountSid;
    e.token = token;
    e.caFile = carrier.caFile;
    return e;
}

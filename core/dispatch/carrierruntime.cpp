#include "carrierruntime.h"

#include "carriers/carrierservice.h"

CarrierRuntimeList buildCarrierRuntimes(CarrierService &carriers)
{
    CarrierRuntimeList runtimes;
    auto list = carriers.list();
    if (!list)
        return runtimes;
    for (const Carrier &c : std::as_const(*list)) {
        CarrierRuntime r;
        r.id = c.id;
        r.name = c.name;
        r.enabled = c.enabled;
        r.rate = c.rateLimit;
        r.maxInFlight = c.maxInFlight;
        auto token = carriers.token(c);
        if (token)
            r.endpoint = RestcommEndpoint::forCarrier(c, *token);
        else
            r.unusableReason =
                QStringLiteral("The token of carrier “%1” cannot be read: %2").arg(c.name, token.errorMessage());
        runtimes.append(r);
    }
    return runtimes;
}

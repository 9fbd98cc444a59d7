// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "apirequest.h"
#include "simresponse.h"

struct SimContext;
struct SimAccount;

/// …/Accounts/{Sid}/SMS/Messages: send (POST), list (GET) and fetch one (GET …/{SmsSid}).
class SmsEndpoints final
{
public:
    explicit SmsEndpoints(SimContext &context)
        : m_context(context)
    { }

    /// \a segments are ["Accounts", Sid, "SMS", "Messages"(, SmsSid)].
    SimResponse handle(const ApiRequest &request);

private:
    SimResponse send(const ApiRequest &request, const SimAccount &target);
    SimResponse list(const ApiRequest &request, const SimAccount &target);
    SimResponse fetch(const SimAccount &target, const QString &smsSid);
    SimResponse throttled();

    SimContext &m_context;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "apirequest.h"
#include "simresponse.h"

#include <QJsonObject>

struct SimContext;
struct SimAccount;

/// …/Accounts: fetch one (GET /Accounts/{Sid|email}), list direct children (GET /Accounts),
/// create a sub-account (POST /Accounts) and update one (POST or PUT /Accounts/{Sid}).
class AccountEndpoints final
{
public:
    explicit AccountEndpoints(SimContext &context)
        : m_context(context)
    { }

    /// \a segments are ["Accounts"] or ["Accounts", Sid].
    SimResponse handle(const ApiRequest &request);

    /// The §6.1 JSON, auth_token included.
    static QJsonObject toJson(const SimAccount &account, int utcOffsetS);

private:
    SimResponse fetch(const ApiRequest &request, const SimAccount &target);
    SimResponse create(const ApiRequest &request);
    SimResponse update(const ApiRequest &request, const SimAccount &target);
    SimResponse badRequest(const QString &message);

    SimContext &m_context;
};

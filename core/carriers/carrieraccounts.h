// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrier.h"
#include "common/result.h"
#include "restcomm/networkfactory.h"

#include <QObject>

#include <functional>

class CarrierService;
class RestcommClient;

/// What the operator asks for when creating a carrier from a new Restcomm sub-account.
struct SubAccountRequest
{
    QString carrierName; ///< the new carrier's name
    QString email; ///< the sub-account's login (Restcomm derives its SID from it)
    QByteArray password; ///< its password; the token Restcomm keeps is md5(password)
    QString friendlyName; ///< empty: the carrier name
    double rateLimit = 10.0;
    int maxInFlight = 6;
};

/// The result of a credential test, worded for an operator.
struct ConnectionTest
{
    bool ok = false;
    QString accountStatus; ///< active, suspended, … (empty when no answer)
    QString friendlyName;
    QString message;
};

/// Talks to Restcomm's Accounts API on behalf of carriers: the "Test connection" button and
/// `smsrouter-cli carrier test`, and creating a sub-account under a parent carrier (stored as
/// a new carrier with its token kept like any other). Asynchronous; answers in this thread.
class CarrierAccounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierAccounts)

public:
    /// Its network managers come from `network` (network::system() when empty).
    explicit CarrierAccounts(CarrierService &carriers, QObject *parent = nullptr, const NetworkFactory &network = {});
    ~CarrierAccounts() override;

    void testConnection(const Carrier &carrier, QObject *context, std::function<void(const ConnectionTest &)> done);
    /// Checks the request first (so nothing is created in Restcomm for a carrier that could not
    /// be stored), then creates the sub-account with the parent's credentials and adds it.
    void createSubAccount(const Carrier &parent, const SubAccountRequest &request, QObject *context,
                          std::function<void(const Result<Carrier> &)> done);

private:
    CarrierService &m_carriers;
    RestcommClient *m_client;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrieraccounts.h"

#include "carrierservice.h"
#include "restcomm/restcommclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimer>

CarrierAccounts::CarrierAccounts(CarrierService &carriers, QObject *parent, const NetworkFactory &network)
    : QObject(parent)
    , m_carriers(carriers)
    , m_client(new RestcommClient(network, SystemClock::instance(), this))
{ }

CarrierAccounts::~CarrierAccounts() = default;

void CarrierAccounts::testConnection(const Carrier &carrier, QObject *context,
                                     std::function<void(const ConnectionTest &)> done)
{
    auto token = m_carriers.token(carrier);
    if (!token) {
        ConnectionTest failed;
        failed.message = token.errorMessage();
        QTimer::singleShot(0, context, [done, failed] { done(failed); });
        return;
    }
    const RestcommEndpoint endpoint = RestcommEndpoint::forCarrier(carrier, *token);
    m_client->fetchAccount(endpoint, context, [done, carrier](const RestcommReply<AccountRecord> &reply) {
        ConnectionTest result;
        if (!reply.ok()) {
            result.message = reply.error.message;
            done(result);
            return;
        }
        result.accountStatus = reply.value->status;
        result.friendlyName = reply.value->friendlyName;
        if (reply.value->status != QLatin1String("active")) {
            result.message =
                QCoreApplication::translate("CarrierAccounts",
                                            "Restcomm knows the account of “%1”, but it is %2: nothing can be sent "
                                            "through it until it is active again.")
                    .arg(carrier.name,
                         reply.value->status.isEmpty() ? QCoreApplication::translate("CarrierAccounts", "not active")
                                                       : reply.value->status);
            done(result);
            return;
        }
        result.ok = true;
        result.message =
            QCoreApplication::translate("CarrierAccounts",
                                        "Restcomm accepted the credentials of “%1”: account “%2” (%3) is active.")
                .arg(carrier.name, reply.value->friendlyName, reply.value->sid);
        done(result);
    });
}

void CarrierAccounts::createSubAccount(const Carrier &parent, const SubAccountRequest &request, QObject *context,
                                       std::function<void(const Result<Carrier> &)> done)
{
    auto refuse = [context, done](const Error &error) {
        QTimer::singleShot(0, context, [done, error] { done(error); });
    };
    static const QRegularExpression email(QStringLiteral("^[^@\\s?=]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(request.email.trimmed()).hasMatch()) {
        refuse(Error::invalid(
            QCoreApplication::translate("CarrierAccounts",
                                        "“%1” is not an e-mail address; Restcomm uses it as the sub-account's login.")
                .arg(request.email)));
        return;
    }
    if (request.password.isEmpty()) {
        refuse(Error::invalid(QCoreApplication::translate(
            "CarrierAccounts", "Give the new sub-account a password (on standard input for the CLI).")));
        return;
    }
    // Check everything the new carrier must satisfy before anything exists in Restcomm.
    Carrier draft;
    draft.name = request.carrierName;
    draft.baseUrl = parent.baseUrl;
    draft.accountSid = QStringLiteral("AC") + QString(32, QLatin1Char('0'));
    draft.rateLimit = request.rateLimit;
    draft.maxInFlight = request.maxInFlight;
    draft.caFile = parent.caFile;
    if (const auto problems = m_carriers.validate(draft); !problems.isEmpty()) {
        refuse(Error::invalid(CarrierValidator::describe(problems)));
        return;
    }
    auto token = m_carriers.token(parent);
    if (!token) {
        refuse(token.error());
        return;
    }
    const RestcommEndpoint endpoint = RestcommEndpoint::forCarrier(parent, *token);
    const QString friendly = request.friendlyName.isEmpty() ? request.carrierName : request.friendlyName;
    m_client->createSubAccount(
        endpoint, request.email.trimmed(), request.password, friendly, context,
        [this, draft, request, done](const RestcommReply<AccountRecord> &reply) {
            if (!reply.ok()) {
                // 400 (weak password, bad e-mail, too deep) and 409 (e-mail taken) are the operator's input.
                const bool input = reply.error.httpStatus == 400 || reply.error.httpStatus == 409;
                done(input ? Error::invalid(reply.error.message) : Error::failed(reply.error.message));
                return;
            }
            Carrier carrier = draft;
            carrier.accountSid = reply.value->sid;
            carrier.notes = QCoreApplication::translate("CarrierAccounts", "Restcomm sub-account %1 (%2)")
                                .arg(reply.value->email, reply.value->sid);
            // Restcomm's token is md5(password); take it from the answer, or compute the same.
            QByteArray subToken = reply.value->authToken;
            if (subToken.isEmpty())
                subToken = QCryptographicHash::hash(request.password, QCryptographicHash::Md5).toHex();
            auto added = m_carriers.add(carrier, subToken);
            if (!added) {
                done(Error::failed(
                    QCoreApplication::translate("CarrierAccounts",
                                                "Restcomm created the sub-account %1 (%2), but it could not be saved "
                                                "as a carrier: %3 Add it by hand with that Account SID and md5 of "
                                                "its password as the token.")
                        .arg(reply.value->email, reply.value->sid, added.errorMessage())));
                return;
            }
            done(*added);
        });
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "accountendpoints.h"

#include "formdata.h"
#include "messagestore.h"
#include "passwordstrength.h"
#include "permissions.h"
#include "simcontext.h"

#include <QJsonArray>
#include <QRegularExpression>

using Method = QHttpServerRequest::Method;
using Permission = Permissions::Permission;

namespace {

constexpr int maxDepth = 3;
// Restcomm's default organisation.
const QString organizationSid = QStringLiteral("ORafbe225ad37541eba518a74248f0ac4c");

bool isValidEmail(const QString &email)
{
    // InternetAddress.validate() plus ClientLoginConstrains (no '?', '=' or '@' in the local part).
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s?=]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"));
    return pattern.match(email).hasMatch();
}

} // namespace

QJsonObject AccountEndpoints::toJson(const SimAccount &account, int utcOffsetS)
{
    const QString base = QStringLiteral("/2012-04-24/Accounts/") + account.sid;
    QJsonObject subresources;
    const std::pair<const char *, const char *> names[] = {
        {"available_phone_numbers", "/AvailablePhoneNumbers"},
        {"calls", "/Calls"},
        {"conferences", "/Conferences"},
        {"incoming_phone_numbers", "/IncomingPhoneNumbers"},
        {"notifications", "/Notifications"},
        {"outgoing_caller_ids", "/OutgoingCallerIds"},
        {"recordings", "/Recordings"},
        {"sandbox", "/Sandbox"},
        {"sms_messages", "/SMS/Messages"},
        {"transcriptions", "/Transcriptions"},
    };
    for (const auto &[key, suffix] : names)
        subresources.insert(QLatin1String(key), QString(base + QLatin1String(suffix) + QStringLiteral(".json")));
    return QJsonObject {
        {QStringLiteral("sid"), account.sid},
        {QStringLiteral("organization"), organizationSid},
        {QStringLiteral("friendly_name"), account.friendlyName},
        {QStringLiteral("email_address"), account.email},
        {QStringLiteral("type"), QStringLiteral("Full")},
        {QStringLiteral("status"), account.status},
        {QStringLiteral("role"), account.role},
        {QStringLiteral("date_created"), MessageStore::rfc2822(account.createdMs, utcOffsetS)},
        {QStringLiteral("date_updated"), MessageStore::rfc2822(account.updatedMs, utcOffsetS)},
        {QStringLiteral("auth_token"), account.token},
        {QStringLiteral("uri"), QString(QStringLiteral("/2012-04-24/Accounts.json/") + account.sid)},
        {QStringLiteral("subresource_uris"), subresources},
    };
}

SimResponse AccountEndpoints::badRequest(const QString &message)
{
    ++m_context.stats.badRequest;
    return SimResponse::text(400, message);
}

SimResponse AccountEndpoints::handle(const ApiRequest &request)
{
    const SimAccount &caller = *request.caller;
    if (request.segments.size() == 1) {
        if (request.method == Method::Post)
            return create(request);
        if (request.method != Method::Get)
            return SimResponse::empty(405);
        if (!Permissions::roleAllows(caller.role, Permission::ReadAccounts)) {
            ++m_context.stats.forbidden;
            return SimResponse::empty(403);
        }
        QJsonArray children; // a bare array, not wrapped (§6.4)
        for (const SimAccount *child : m_context.accounts.children(caller.sid))
            children.append(toJson(*child, m_context.utcOffsetS));
        return SimResponse::json(children);
    }
    const SimAccount *target = m_context.accounts.find(request.segments.at(1));
    if (!target) {
        ++m_context.stats.notFound;
        return SimResponse::empty(404);
    }
    if (request.method == Method::Get)
        return fetch(request, *target);
    if (request.method == Method::Post || request.method == Method::Put)
        return update(request, *target);
    return SimResponse::empty(405);
}

SimResponse AccountEndpoints::fetch(const ApiRequest &request, const SimAccount &target)
{
    const SimAccount &caller = *request.caller;
    // A non-administrator reads only itself; an administrator itself and its descendants.
    const bool allowed = Permissions::roleAllows(caller.role, Permission::ReadAccounts)
        && (&caller == &target
            || (Permissions::isAdministrator(caller.role) && m_context.accounts.isSelfOrAncestor(caller, target)));
    if (!allowed) {
        ++m_context.stats.forbidden;
        return SimResponse::empty(403);
    }
    return SimResponse::json(toJson(target, m_context.utcOffsetS));
}

SimResponse AccountEndpoints::create(const ApiRequest &request)
{
    const SimAccount &caller = *request.caller;
    if (!Permissions::roleAllows(caller.role, Permission::CreateAccounts)) {
        ++m_context.stats.forbidden;
        return SimResponse::empty(403);
    }
    if (!caller.canCreateSubaccounts) {
        ++m_context.stats.forbidden;
        return SimResponse::text(403, QStringLiteral("Creation of sub-accounts is not Allowed"));
    }
    const FormData form = FormData::parse(request.body);
    if (!form.contains(QStringLiteral("EmailAddress")))
        return badRequest(QStringLiteral("EmailAddress can not be null."));
    if (!form.contains(QStringLiteral("Password")))
        return badRequest(QStringLiteral("Password can not be null."));
    if (caller.depth >= maxDepth)
        return badRequest(QStringLiteral("This account is not allowed to have sub-accounts"));
    const QString email = form.value(QStringLiteral("EmailAddress")).trimmed().toLower();
    if (!isValidEmail(email))
        return badRequest(QStringLiteral("Invalid EmailAddress: %1").arg(email));
    const QString password = form.value(QStringLiteral("Password"));
    if (!PasswordStrength::isStrongEnough(password))
        return badRequest(QStringLiteral("Password too weak"));
    const QString status = form.value(QStringLiteral("Status"), QStringLiteral("active"));
    if (!AccountDirectory::isKnownStatus(status))
        return badRequest(QStringLiteral("Invalid Status: %1").arg(status));
    if (m_context.accounts.find(email)) {
        return SimResponse::text(409, QStringLiteral("The email address used for the new account is already in use."));
    }

    SimAccount account;
    account.email = email;
    account.sid = QStringLiteral("AC") + AccountDirectory::md5Hex(email);
    account.password = password;
    account.token = AccountDirectory::md5Hex(password);
    account.friendlyName = form.value(QStringLiteral("FriendlyName"), email);
    account.status = status;
    // Role is honoured only when an Administrator sends it; otherwise it is inherited.
    account.role = Permissions::isAdministrator(caller.role) && form.contains(QStringLiteral("Role"))
        ? form.value(QStringLiteral("Role"))
        : caller.role;
    account.parentSid = caller.sid;
    account.createdMs = account.updatedMs = m_context.clock.nowMs();
    return SimResponse::json(toJson(m_context.accounts.add(std::move(account)), m_context.utcOffsetS));
}

SimResponse AccountEndpoints::update(const ApiRequest &request, const SimAccount &target)
{
    const SimAccount &caller = *request.caller;
    const bool allowed = Permissions::roleAllows(caller.role, Permission::ModifyAccounts)
        && (&caller == &target
            || (Permissions::isAdministrator(caller.role) && m_context.accounts.isSelfOrAncestor(caller, target)));
    const FormData form = FormData::parse(request.body);
    if (!allowed || (form.contains(QStringLiteral("Role")) && !Permissions::isAdministrator(caller.role))) {
        ++m_context.stats.forbidden;
        return SimResponse::empty(403);
    }
    const qint64 now = m_context.clock.nowMs();
    if (form.contains(QStringLiteral("Status"))) {
        const QString status = form.value(QStringLiteral("Status"));
        if (target.status == QLatin1String("closed"))
            return badRequest(QStringLiteral("Account is closed"));
        if (!AccountDirectory::isKnownStatus(status))
            return badRequest(QStringLiteral("Invalid Status: %1").arg(status));
    }
    if (form.contains(QStringLiteral("Password"))
        && !PasswordStrength::isStrongEnough(form.value(QStringLiteral("Password"))))
        return badRequest(QStringLiteral("Password too weak"));
    if (form.contains(QStringLiteral("Status")))
        m_context.accounts.setStatusTree(target.sid, form.value(QStringLiteral("Status")), now);
    if (form.contains(QStringLiteral("Password")))
        m_context.accounts.setPassword(target.sid, form.value(QStringLiteral("Password")), now);
    if (form.contains(QStringLiteral("FriendlyName")))
        m_context.accounts.setFriendlyName(target.sid, form.value(QStringLiteral("FriendlyName")), now);
    if (form.contains(QStringLiteral("Role")))
        m_context.accounts.setRole(target.sid, form.value(QStringLiteral("Role")), now);
    return SimResponse::json(toJson(target, m_context.utcOffsetS));
}

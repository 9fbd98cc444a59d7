// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "accountdirectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

namespace {

constexpr int maxDepth = 3;
constexpr qsizetype maxCachedHeaders = 100000;

QByteArray basicHeader(const QString &user, const QString &secret)
{
    return QByteArrayLiteral("Basic ") + QString(user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QString stringField(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

} // namespace

QString AccountDirectory::md5Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

bool AccountDirectory::isKnownStatus(const QString &status)
{
    static const QStringList known {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("closed"),
                                    QStringLiteral("inactive"), QStringLiteral("uninitialized")};
    return known.contains(status);
}

bool AccountDirectory::loadBuiltIn(qint64 nowMs, QString *error)
{
    QFile file(QStringLiteral(":/restcomm-sim/demo-accounts.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the built-in demo accounts resource is missing (build problem)");
        return false;
    }
    return load(QJsonDocument::fromJson(file.readAll()).array(), nowMs, error);
}

bool AccountDirectory::load(const QJsonArray &accounts, qint64 nowMs, QString *error)
{
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject object = accounts.at(i).toObject();
        const QString where = QStringLiteral("accounts[%1]").arg(i);
        auto account = std::make_unique<SimAccount>();
        account->email = stringField(object, "email").toLower();
        account->sid = stringField(object, "sid");
        if (account->sid.isEmpty() && !account->email.isEmpty())
            account->sid = QStringLiteral("AC") + md5Hex(account->email);
        if (account->sid.isEmpty()) {
            *error = QStringLiteral("%1 has neither \"sid\" nor \"email\"; give at least one").arg(where);
            return false;
        }
        if (m_bySid.contains(account->sid) || (!account->email.isEmpty() && m_byEmail.contains(account->email))) {
            *error = QStringLiteral("%1 repeats SID %2 or e-mail %3; each must be unique")
                         .arg(where, account->sid, account->email);
            return false;
        }
        account->password = stringField(object, "password");
        account->token = stringField(object, "token");
        if (account->token.isEmpty() && !account->password.isEmpty())
            account->token = md5Hex(account->password);
        if (account->token.isEmpty()) {
            *error = QStringLiteral("%1 (%2) needs \"token\" or \"password\"").arg(where, account->sid);
            return false;
        }
        account->friendlyName = stringField(object, "friendly_name");
        if (account->friendlyName.isEmpty())
            account->friendlyName = account->email.isEmpty() ? account->sid : account->email;
        const QString status = stringField(object, "status");
        if (!status.isEmpty())
            account->status = status;
        if (!isKnownStatus(account->status)) {
            *error = QStringLiteral("%1 (%2) has status \"%3\"; use active, suspended, closed, inactive or "
                                    "uninitialized")
                         .arg(where, account->sid, account->status);
            return false;
        }
        const QString role = stringField(object, "role");
        if (!role.isEmpty())
            account->role = role;
        account->parentSid = stringField(object, "parent");
        account->canCreateSubaccounts = object.value(QLatin1String("can_create_subaccounts")).toBool(true);
        account->createdMs = account->updatedMs = nowMs;
        index(account.get());
        m_accounts.push_back(std::move(account));
    }
    // Parents may come after their children in the file: resolve depths once everything is read.
    for (const auto &account : m_accounts) {
        int depth = 1;
        for (const SimAccount *node = account.get(); !node->parentSid.isEmpty(); ++depth) {
            const SimAccount *parent = m_bySid.value(node->parentSid);
            if (!parent) {
                *error = QStringLiteral("account %1 names parent %2, which is not in the file")
                             .arg(node->sid, node->parentSid);
                return false;
            }
            if (depth > maxDepth) {
                *error = QStringLiteral("account %1 is more than %2 levels deep (or in a parent cycle); Restcomm "
                                        "allows top account, child and grandchild only")
                             .arg(account->sid)
                             .arg(maxDepth);
                return false;
            }
            node = parent;
        }
        account->depth = depth;
    }
    rebuildAuthCache();
    return true;
}

void AccountDirectory::index(SimAccount *account)
{
    m_bySid.insert(account->sid, account);
    if (!account->email.isEmpty())
        m_byEmail.insert(account->email, account);
}

void AccountDirectory::rebuildAuthCache()
{
    m_authCache.clear();
    for (const auto &account : m_accounts) {
        QStringList users {account->sid};
        if (!account->email.isEmpty())
            users.append(account->email);
        for (const QString &user : users) {
            m_authCache.insert(basicHeader(user, account->token), account.get());
            if (!account->password.isEmpty())
                m_authCache.insert(basicHeader(user, account->password), account.get());
        }
    }
}

const SimAccount *AccountDirectory::authenticate(const QByteArray &authorization)
{
    if (const SimAccount *cached = m_authCache.value(authorization))
        return cached;
    // Slow path: any spelling of the scheme, any password whose md5 is the token (AccountKey.verify).
    if (authorization.left(6).compare("basic ", Qt::CaseInsensitive) != 0)
        return nullptr;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return nullptr;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    const SimAccount *account = m_byEmail.value(user.toLower());
    if (!account)
        account = m_bySid.value(user);
    if (!account || (secret != account->token && md5Hex(secret) != account->token))
        return nullptr;
    if (m_authCache.size() < maxCachedHeaders)
        m_authCache.insert(authorization, account);
    return account;
}

const SimAccount *AccountDirectory::find(const QString &sidOrEmail) const
{
    if (const SimAccount *account = m_bySid.value(sidOrEmail))
        return account;
    return m_byEmail.value(sidOrEmail.toLower());
}

bool AccountDirectory::isSelfOrAncestor(const SimAccount &caller, const SimAccount &target) const
{
    for (const SimAccount *node = &target; node; node = m_bySid.value(node->parentSid)) {
        if (node == &caller)
            return true;
        if (node->parentSid.isEmpty())
            break;
    }
    return false;
}

QList<const SimAccount *> AccountDirectory::children(const QString &sid) const
{
    QList<const SimAccount *> result;
    for (const auto &account : m_accounts) {
        if (account->parentSid == sid)
            result.append(account.get());
    }
    return result;
}

QSet<QString> AccountDirectory::selfAndDescendants(const QString &sid) const
{
    QSet<QString> result {sid};
    for (const auto &account : m_accounts) {
        const SimAccount *target = account.get();
        if (const SimAccount *root = m_bySid.value(sid); root && target != root && isSelfOrAncestor(*root, *target))
            result.insert(target->sid);
    }
    return result;
}

const SimAccount &AccountDirectory::add(SimAccount account)
{
    auto owned = std::make_unique<SimAccount>(std::move(account));
    SimAccount *raw = owned.get();
    if (const SimAccount *parent = m_bySid.value(raw->parentSid))
        raw->depth = parent->depth + 1;
    index(raw);
    m_accounts.push_back(std::move(owned));
    rebuildAuthCache();
    return *raw;
}

void AccountDirectory::setStatusTree(const QString &sid, const QString &status, qint64 nowMs)
{
    for (const QString &member : selfAndDescendants(sid)) {
        if (SimAccount *account = mutableFind(member)) {
            account->status = status;
            account->updatedMs = nowMs;
        }
    }
}

void AccountDirectory::setPassword(const QString &sid, const QString &password, qint64 nowMs)
{
    if (SimAccount *account = mutableFind(sid)) {
        account->password = password;
        account->token = md5Hex(password);
        account->updatedMs = nowMs;
        // Restcomm: setting a password on an uninitialized account activates it.
        if (account->status == QLatin1String("uninitialized"))
            account->status = QStringLiteral("active");
        rebuildAuthCache();
    }
}

void AccountDirectory::setFriendlyName(const QString &sid, const QString &name, qint64 nowMs)
{
    if (SimAccount *account = mutableFind(sid)) {
        account->friendlyName = name;
        account->updatedMs = nowMs;
    }
}

void AccountDirectory::setRole(const QString &sid, const QString &role, qint64 nowMs)
{
    if (SimAccount *account = mutableFind(sid)) {
        account->role = role;
        account->updatedMs = nowMs;
    }
}

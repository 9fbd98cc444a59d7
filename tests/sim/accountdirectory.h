// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "simaccount.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

/// The accounts the simulator knows, their tree, and authentication. Expected Authorization header
/// values (SID or e-mail, with token or password) are precomputed so the hot path of a send is one
/// hash lookup.
class AccountDirectory final
{
public:
    /// Loads accounts from a JSON array (see README.md for the fields). Parents must exist
    /// (in any order in the array); depth may not exceed 3.
    bool load(const QJsonArray &accounts, qint64 nowMs, QString *error);
    /// The built-in demo set (demo-accounts.json, embedded as a resource).
    bool loadBuiltIn(qint64 nowMs, QString *error);

    /// The authenticating account for an Authorization header value, or nullptr (→ 401).
    const SimAccount *authenticate(const QByteArray &authorization);

    /// By SID, or by e-mail (case-insensitive), or nullptr.
    const SimAccount *find(const QString &sidOrEmail) const;
    const SimAccount *findBySid(const QString &sid) const { return m_bySid.value(sid); }

    /// True when \a caller is \a target or one of its ancestors (Restcomm's secureLevelControl).
    bool isSelfOrAncestor(const SimAccount &caller, const SimAccount &target) const;
    QList<const SimAccount *> children(const QString &sid) const;
    /// \a sid and the SIDs of every account below it.
    QSet<QString> selfAndDescendants(const QString &sid) const;

    /// Adds a new account (validated by the caller) and returns it.
    const SimAccount &add(SimAccount account);
    /// Changes status (cascading to the subtree, like Restcomm), friendly name or password.
    void setStatusTree(const QString &sid, const QString &status, qint64 nowMs);
    void setPassword(const QString &sid, const QString &password, qint64 nowMs);
    void setFriendlyName(const QString &sid, const QString &name, qint64 nowMs);
    void setRole(const QString &sid, const QString &role, qint64 nowMs);

    static QString md5Hex(const QString &text);
    static bool isKnownStatus(const QString &status);

private:
    SimAccount *mutableFind(const QString &sid) const { return m_bySid.value(sid); }
    void index(SimAccount *account);
    void rebuildAuthCache();

    std::vector<std::unique_ptr<SimAccount>> m_accounts;
    QHash<QString, SimAccount *> m_bySid;
    QHash<QString, SimAccount *> m_byEmail;
    QHash<QByteArray, const SimAccount *> m_authCache;
};

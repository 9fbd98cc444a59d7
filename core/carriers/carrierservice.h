// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrier.h"
#include "carrierhealth.h"
#include "carriervalidator.h"
#include "common/clock.h"
#include "common/result.h"

#include <QHash>
#include <QObject>

#include <optional>

class CredentialVault;
struct StagedSecret;
class Database;

/// Adds, changes and removes carriers together with their tokens. The one place both faces
/// (Carriers page, `smsrouter-cli carrier …`) go through, so validation, token handling and
/// the "still used by rules" check are the same everywhere.
class CarrierService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierService)

public:
    CarrierService(Database &db, CredentialVault &vault, const Clock &clock = SystemClock::instance(),
                   QObject *parent = nullptr);

    Result<CarrierList> list() const;
    /// Carrier names by id, for printing rules and messages; empty when the store cannot be read.
    QHash<qint64, QString> namesById() const;
    /// Each carrier's health as the dispatcher last wrote it, by id (no entry: never sent through).
    Result<QHash<qint64, CarrierHealth>> health() const;
    /// Error::NotFound naming the carrier when there is none by that name.
    Result<Carrier> find(const QString &name) const;
    Result<Carrier> findById(qint64 id) const;

    /// Every problem with these fields, including a name already taken by another carrier.
    QList<FieldProblem> validate(const Carrier &carrier) const;

    /// Validates, keeps the token in the chosen backend and inserts the carrier, or changes nothing.
    Result<Carrier> add(Carrier carrier, const QByteArray &token);
    /// Saves changed fields; replaces the token only when `newToken` holds one.
    Result<Carrier> update(Carrier carrier, const std::optional<QByteArray> &newToken = std::nullopt);
    Status setEnabled(qint64 id, bool enabled);

    /// Inserts a validated carrier whose token was staged (CredentialVault::stage) before the
    /// store was locked; joins the caller's transaction when one is open. Emits nothing: the
    /// caller announces its whole change once it is committed. The caller discards the staged
    /// token when this, or its own transaction, fails.
    Result<Carrier> addStaged(Carrier carrier, StagedSecret &token);
    /// Refused, naming the rules, while any rule still sends to this carrier.
    Status remove(qint64 id);

    /// The carrier's token, for building requests. Never log or show it.
    Result<QByteArray> token(const Carrier &carrier) const;

    /// Deletes the keychain entries of removed carriers (and of replaced tokens) that are still
    /// listed for removal; those the keychain refuses stay listed for the next time.
    void forgetRetiredTokens();

Q_SIGNALS:
    /// Any carrier was added, changed or removed.
    void changed();

private:
    /// Inserts a normalised, validated carrier with its staged token, in one transaction.
    Result<Carrier> insertStaged(Carrier carrier, StagedSecret &token);
    /// Inside the transaction that stops referring to `ref`: removes a database-kept token at
    /// once, and lists a keychain entry for forgetRetiredTokens() after the commit.
    Status retireToken(const QString &ref);
    /// A keychain failure as this store's operator can act on it (no database fallback on a server).
    Error onThisStore(Error error) const;

    Database &m_db;
    CredentialVault &m_vault;
    const Clock &m_clock;
};

#pragma once

#include "carrier.h"
#include "carriervalidator.h"
#include "common/clock.h"
#include "common/result.h"

#include <QObject>

#include <optional>

class CredentialVault;
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
    /// Refused, naming the rules, while any rule still sends to this carrier.
    Status remove(qint64 id);

    /// The carrier's token, for building requests. Never log or show it.
    Result<QByteArray> token(const Carrier &carrier) const;

Q_SIGNALS:
    /// Any carrier was added, changed or removed.
    void changed();

private:
    Database &m_db;
    CredentialVault &m_vault;
    const Clock &m_clock;
};

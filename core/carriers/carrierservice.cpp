// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierservice.h"

#include "common/logging.h"
#include "secrets/credentialvault.h"
#include "store/carrierhealthrepository.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/rulerepository.h"
#include "store/secretrepository.h"

#include <QCoreApplication>

namespace {

QStringList otherNames(const CarrierList &carriers, qint64 exceptId)
{
    QStringList names;
    for (const Carrier &c : carriers) {
        if (c.id != exceptId)
            names.append(c.name);
    }
    return names;
}

void normalise(Carrier &carrier)
{
    carrier.baseUrl = carrier.baseUrl.trimmed();
    while (carrier.baseUrl.endsWith(QLatin1Char('/')))
        carrier.baseUrl.chop(1);
    carrier.accountSid = carrier.accountSid.trimmed();
    carrier.caFile = carrier.caFile.trimmed();
}

} // namespace

CarrierService::CarrierService(Database &db, CredentialVault &vault, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_vault(vault)
    , m_clock(clock)
{ }

Result<CarrierList> CarrierService::list() const
{
    return CarrierRepository(m_db).list();
}

Result<QHash<qint64, CarrierHealth>> CarrierService::health() const
{
    return CarrierHealthRepository(m_db).all();
}

QHash<qint64, QString> CarrierService::namesById() const
{
    QHash<qint64, QString> names;
    if (auto carriers = list()) {
        for (const Carrier &c : *carriers)
            names.insert(c.id, c.name);
    }
    return names;
}

Result<Carrier> CarrierService::find(const QString &name) const
{
    auto found = CarrierRepository(m_db).findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QCoreApplication::translate("CarrierService",
                                        "There is no carrier named “%1”; `smsrouter-cli carrier list` shows them.")
                .arg(name));
    return **found;
}

Result<Carrier> CarrierService::findById(qint64 id) const
{
    auto found = CarrierRepository(m_db).findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QCoreApplication::translate("CarrierService", "Carrier %1 no longer exists.").arg(id));
    return **found;
}

QList<FieldProblem> CarrierService::validate(const Carrier &carrier) const
{
    auto carriers = list();
    return CarrierValidator::validate(carrier, carriers ? otherNames(*carriers, carrier.id) : QStringList());
}

Result<Carrier> CarrierService::add(Carrier carrier, const QByteArray &token)
{
    normalise(carrier);
    carrier.id = 0;
    QList<FieldProblem> problems = validate(carrier);
    if (token.trimmed().isEmpty())
        problems.append(
            {FieldProblem::Field::Token,
             QCoreApplication::translate("CarrierService",
                                         "Enter the carrier's Auth Token (the Restcomm console shows it beside the "
                                         "Account SID).")});
    if (!problems.isEmpty())
        return Error::invalid(CarrierValidator::describe(problems));

    // The keychain first, before the store is locked; then the row (and a database-kept token)
    // in one transaction. A failure of either leaves neither behind.
    auto staged = m_vault.stage(token.trimmed());
    if (!staged)
        return onThisStore(staged.error());
    auto added = insertStaged(std::move(carrier), *staged); // validated above
    if (!added) {
        m_vault.discard(*staged);
        return added.error();
    }
    qCInfo(lcStore) << "added carrier" << added->name << "token kept in"
                    << CredentialVault::backendOf(added->secretRef);
    Q_EMIT changed();
    return added;
}

Result<Carrier> CarrierService::addStaged(Carrier carrier, StagedSecret &token)
{
    normalise(carrier);
    carrier.id = 0;
    if (const QList<FieldProblem> problems = validate(carrier); !problems.isEmpty())
        return Error::invalid(CarrierValidator::describe(problems));
    return insertStaged(std::move(carrier), token);
}

Result<Carrier> CarrierService::insertStaged(Carrier carrier, StagedSecret &token)
{
    carrier.createdAt = carrier.updatedAt = m_clock.nowMs();
    carrier.secretRef = token.ref;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto placed = m_vault.place(token); !placed)
        return placed.error();
    auto inserted = CarrierRepository(m_db).insert(carrier);
    if (!inserted)
        return inserted.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return inserted;
}

Result<Carrier> CarrierService::update(Carrier carrier, const std::optional<QByteArray> &newToken)
{
    normalise(carrier);
    auto existing = findById(carrier.id);
    if (!existing)
        return existing.error();
    QList<FieldProblem> problems = validate(carrier);
    if (newToken && newToken->trimmed().isEmpty())
        problems.append({FieldProblem::Field::Token,
                         QCoreApplication::translate("CarrierService",
                                                     "The new token is empty; leave the field alone "
                                                     "to keep the current token.")});
    if (!problems.isEmpty())
        return Error::invalid(CarrierValidator::describe(problems));

    const QString oldRef = existing->secretRef;
    carrier.secretRef = oldRef;
    carrier.createdAt = existing->createdAt;
    carrier.updatedAt = m_clock.nowMs();
    std::optional<StagedSecret> staged;
    if (newToken) {
        auto fresh = m_vault.stage(newToken->trimmed());
        if (!fresh)
            return onThisStore(fresh.error());
        staged = std::move(*fresh);
        carrier.secretRef = staged->ref;
    }

    Status saved = [&]() -> Status {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        if (staged) {
            if (auto placed = m_vault.place(*staged); !placed)
                return placed;
        }
        if (auto updated = CarrierRepository(m_db).update(carrier); !updated)
            return updated;
        if (staged) {
            if (auto retired = retireToken(oldRef); !retired)
                return retired;
        }
        return tx->commit();
    }();
    if (!saved) {
        if (staged)
            m_vault.discard(*staged);
        return saved.error();
    }
    if (staged)
        forgetRetiredTokens();
    Q_EMIT changed();
    return carrier;
}

Status CarrierService::setEnabled(qint64 id, bool enabled)
{
    auto carrier = findById(id);
    if (!carrier)
        return carrier.error();
    carrier->enabled = enabled;
    carrier->updatedAt = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto saved = CarrierRepository(m_db).update(*carrier); !saved)
        return saved;
    if (auto committed = tx->commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status CarrierService::remove(qint64 id)
{
    auto carrier = findById(id);
    if (!carrier)
        return carrier.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto rules = RuleRepository(m_db).listForCarrier(id);
    if (!rules)
        return rules.error();
    if (!rules->isEmpty()) {
        QStringList names;
        for (const Rule &rule : *rules)
            names.append(QStringLiteral("#%1 %2").arg(rule.id).arg(rule.matchText()));
        return Error::invalid(
            QCoreApplication::translate("CarrierService",
                                        "Carrier “%1” is still used by %n rule(s): %2. Remove those rules or "
                                        "give them another carrier first.",
                                        nullptr, int(rules->size()))
                .arg(carrier->name, names.join(QStringLiteral(", "))));
    }
    // Its messages would be stranded (never claimed, looked up or followed again), and a reply
    // or failover naming it could no longer be written.
    auto open = MessageRepository(m_db).countOpenForCarrier(id);
    if (!open)
        return open.error();
    if (*open > 0)
        return Error::invalid(
            QCoreApplication::translate("CarrierService",
                                        "Carrier “%1” still has %n message(s) to send or follow (waiting, being "
                                        "sent, unknown, or sent without a final status, including as a "
                                        "fallback). Disable it instead, and delete it once they are final.",
                                        nullptr, int(*open))
                .arg(carrier->name));
    if (auto removed = CarrierRepository(m_db).remove(id); !removed)
        return removed;
    if (auto retired = retireToken(carrier->secretRef); !retired)
        return retired;
    if (auto committed = tx->commit(); !committed)
        return committed;
    forgetRetiredTokens();
    Q_EMIT changed();
    return {};
}

Status CarrierService::retireToken(const QString &ref)
{
    if (ref.isEmpty())
        return {};
    if (m_vault.isKeptInStore(ref))
        return m_vault.remove(ref);
    return SecretRepository(m_db).scheduleRemoval(ref, m_clock.nowMs());
}

void CarrierService::forgetRetiredTokens()
{
    auto refs = SecretRepository(m_db).scheduledRemovals();
    if (!refs) {
        qCWarning(lcSecrets) << "could not list the tokens of removed carriers:" << refs.errorMessage();
        return;
    }
    for (const QString &ref : std::as_const(*refs)) {
        if (auto forgotten = m_vault.remove(ref); !forgotten) {
            qCWarning(lcSecrets) << "the token" << ref << "of a removed carrier is still in the keychain; it is tried "
                                 << "again at the next removal:" << forgotten.errorMessage();
            continue;
        }
        if (auto done = SecretRepository(m_db).removalDone(ref); !done)
            qCWarning(lcSecrets) << "removed token" << ref << "stays listed for removal:" << done.errorMessage();
    }
}

Result<QByteArray> CarrierService::token(const Carrier &carrier) const
{
    return m_vault.read(carrier.secretRef);
}

Error CarrierService::onThisStore(Error error) const
{
    // The keychain's own advice (keep tokens in the database instead) does not hold on a server
    // store, which refuses that backend (databaseBackendRefusedOnServer): only the keychain is left.
    if (error.code == QLatin1String("keychain_unavailable") && m_db.location().isPostgres()) {
        error.message = QCoreApplication::translate("CarrierService",
                                                    "The system keychain is not available: no keyring such as GNOME "
                                                    "Keyring or KWallet answered, or it is locked. This store is on a "
                                                    "server, where tokens are kept only in each operator's keychain: "
                                                    "start and unlock your keyring and save again.");
        error.code = QStringLiteral("keychain_unavailable_on_server");
    }
    return error;
}

#include "carrierservice.h"

#include "common/logging.h"
#include "secrets/credentialvault.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/rulerepository.h"

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

Result<Carrier> CarrierService::find(const QString &name) const
{
    auto found = CarrierRepository(m_db).findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QStringLiteral("There is no carrier named “%1”; `smsrouter-cli carrier list` shows them.").arg(name));
    return **found;
}

Result<Carrier> CarrierService::findById(qint64 id) const
{
    auto found = CarrierRepository(m_db).findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("Carrier %1 no longer exists.").arg(id));
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
        problems.append({FieldProblem::Field::Token,
                         QStringLiteral("Enter the carrier's Auth Token (the Restcomm console shows it beside the "
                                        "Account SID).")});
    if (!problems.isEmpty())
        return Error::invalid(CarrierValidator::describe(problems));

    auto ref = m_vault.store(token.trimmed());
    if (!ref)
        return ref.error();
    carrier.secretRef = *ref;
    carrier.createdAt = carrier.updatedAt = m_clock.nowMs();

    Transaction tx(m_db);
    auto inserted = CarrierRepository(m_db).insert(carrier);
    Status committed = inserted ? tx.commit() : Status(inserted.error());
    if (!committed) {
        (void)m_vault.remove(*ref); // keep no orphaned token behind
        return committed.error();
    }
    qCInfo(lcStore) << "added carrier" << inserted->name << "token kept in" << CredentialVault::backendOf(*ref);
    Q_EMIT changed();
    return *inserted;
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
                         QStringLiteral("The new token is empty; leave the field alone "
                                        "to keep the current token.")});
    if (!problems.isEmpty())
        return Error::invalid(CarrierValidator::describe(problems));

    const QString oldRef = existing->secretRef;
    carrier.secretRef = oldRef;
    carrier.createdAt = existing->createdAt;
    carrier.updatedAt = m_clock.nowMs();
    if (newToken) {
        auto ref = m_vault.store(newToken->trimmed());
        if (!ref)
            return ref.error();
        carrier.secretRef = *ref;
    }

    Transaction tx(m_db);
    Status saved = CarrierRepository(m_db).update(carrier);
    if (saved)
        saved = tx.commit();
    if (!saved) {
        if (newToken)
            (void)m_vault.remove(carrier.secretRef);
        return saved.error();
    }
    if (newToken && !oldRef.isEmpty())
        (void)m_vault.remove(oldRef);
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
    Transaction tx(m_db);
    if (auto saved = CarrierRepository(m_db).update(*carrier); !saved)
        return saved;
    if (auto committed = tx.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status CarrierService::remove(qint64 id)
{
    auto carrier = findById(id);
    if (!carrier)
        return carrier.error();

    Transaction tx(m_db);
    auto rules = RuleRepository(m_db).listForCarrier(id);
    if (!rules)
        return rules.error();
    if (!rules->isEmpty()) {
        QStringList names;
        for (const Rule &rule : *rules)
            names.append(QStringLiteral("#%1 %2").arg(rule.id).arg(rule.matchText()));
        return Error::invalid(QStringLiteral("Carrier “%1” is still used by %2 rule(s): %3. Remove those rules or "
                                             "give them another carrier first.")
                                  .arg(carrier->name)
                                  .arg(rules->size())
                                  .arg(names.join(QStringLiteral(", "))));
    }
    // Its messages would be stranded (never claimed, looked up or followed again), and a reply
    // or failover naming it could no longer be written.
    auto open = MessageRepository(m_db).countOpenForCarrier(id);
    if (!open)
        return open.error();
    if (*open > 0)
        return Error::invalid(QStringLiteral("Carrier “%1” still has %2 message(s) to send or follow (waiting, being "
                                             "sent, unknown, or sent without a final status, including as a "
                                             "fallback). Disable it instead, and delete it once they are final.")
                                  .arg(carrier->name)
                                  .arg(*open));
    if (auto removed = CarrierRepository(m_db).remove(id); !removed)
        return removed;
    if (auto committed = tx.commit(); !committed)
        return committed;
    if (auto forgotten = m_vault.remove(carrier->secretRef); !forgotten)
        qCWarning(lcSecrets) << "carrier" << carrier->name
                             << "removed, but its token could not be deleted:" << forgotten.errorMessage();
    Q_EMIT changed();
    return {};
}

Result<QByteArray> CarrierService::token(const Carrier &carrier) const
{
    return m_vault.read(carrier.secretRef);
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sql.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sql {

int storeCode(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite's codes, even extended ones, have at most four digits; a SQLSTATE always has five.
    if (code.size() != 5)
        return code.toInt();
    constexpr int sqliteError = 1, sqliteBusy = 5, sqliteConstraint = 19;
    if (code.startsWith(QLatin1String("23")))
        return sqliteConstraint;
    if (code == QLatin1String("55P03") || code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return sqliteBusy;
    return sqliteError;
}

Error failure(const QSqlError &error, const QString &message)
{
    Error e = Error::failed(message);
    e.storeCode = storeCode(error);
    if (e.isStoreBusy())
        e.message = QCoreApplication::translate("Database",
                                                "The store is busy: another program held it for writing for too "
                                                "long. Nothing was changed; try again once it has finished.");
    return e;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, std::initializer_list<Binding> bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << statement;
        return failure(query.lastError(),
                       QCoreApplication::translate("Database", "The store could not prepare a query: %1")
                           .arg(query.lastError().text()));
    }
    for (const auto &[name, value] : bindings) {
        // Qt's SQL drivers bind a null QString as SQL NULL; an empty text is meant here. A
        // deliberate NULL is an invalid QVariant (see nullIfEmpty).
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + QLatin1String(name), nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        qCDebug(lcStore) << "query failed:" << error.text();
        return failure(error,
                       QCoreApplication::translate("Database", "The store refused a change: %1").arg(error.text()));
    }
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<Binding> bindings)
{
    auto query = run(db, statement, bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Result<QList<qint64>> ids(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    return ids(*query);
}

QList<qint64> ids(QSqlQuery &query)
{
    QList<qint64> list;
    while (query.next())
        list.append(query.value(0).toLongLong());
    return list;
}

Result<QStringList> texts(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QStringList list;
    while (query->next())
        list.append(query->value(0).toString());
    return list;
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

} // namespace sql

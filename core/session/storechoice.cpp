// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storechoice.h"

#include "store/database.h"
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

Result<QString> StoreChoice::check(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "StoreChoice", "Give a store file, or a PostgreSQL server as postgresql://user@host:5432/dbname."));
    auto location = StoreLocation::parse(trimmed);
    if (!location)
        return location.error();
    if (location->isPostgres())
        return location->text();
    const QFileInfo file(QDir::cleanPath(QDir::fromNativeSeparators(trimmed)));
    if (file.isDir())
        return Error::invalid(
            QCoreApplication::translate("StoreChoice", "%1 is a folder; name a store file in it (smsrouter.sqlite).")
                .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    return file.absoluteFilePath();
}

Result<QString> StoreChoice::checkServer(const QString &text)
{
    auto checked = check(text);
    if (!checked)
        return checked;
    if (!isServer(*checked))
        return Error::invalid(QCoreApplication::translate("StoreChoice",
                                                          "Name a PostgreSQL server as "
                                                          "postgresql://user@host:5432/dbname, not a file."));
    return checked;
}

bool StoreChoice::isServer(const QString &store)
{
    const auto location = StoreLocation::parse(store);
    return location && location->isPostgres();
}

QString StoreChoice::title(const QString &store)
{
    const auto location = StoreLocation::parse(store);
    if (!location || !location->isPostgres())
        return QFileInfo(store).fileName();
    QString server = location->host().isEmpty() ? QStringLiteral("localhost") : location->host();
    if (location->port() > 0)
        server += QLatin1Char(':') + QString::number(location->port());
    return QCoreApplication::translate("StoreChoice", "%1 on %2", "a database on a server")
        .arg(location->databaseName(), server);
}

QString StoreChoice::passwordTarget(const QString &store)
{
    const auto location = StoreLocation::parse(store);
    if (!location || !location->isPostgres())
        return {};
    QString server = location->host().isEmpty() ? QStringLiteral("localhost") : location->host();
    if (location->port() > 0)
        server += QLatin1Char(':') + QString::number(location->port());
    return location->user().isEmpty() ? server : location->user() + QLatin1Char('@') + server;
}

bool StoreChoice::needsPassword(const Error &error)
{
    return Database::needsPassword(error);
}

void StoreChoice::rememberPassword(const QString &store, const QString &password)
{
    if (const auto location = StoreLocation::parse(store); location && location->isPostgres())
        Database::rememberPassword(*location, password);
}

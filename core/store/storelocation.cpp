// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storelocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString example()
{
    return QStringLiteral("postgresql://user@host:5432/dbname");
}

/// libpq options a URL may carry; anything else is most likely a typo and refused.
bool isKnownOption(const QString &key)
{
    static const QStringList known {QStringLiteral("sslmode"),
                                    QStringLiteral("sslrootcert"),
                                    QStringLiteral("sslcert"),
                                    QStringLiteral("sslkey"),
                                    QStringLiteral("connect_timeout"),
                                    QStringLiteral("application_name"),
                                    QStringLiteral("target_session_attrs")};
    return known.contains(key);
}

} // namespace

bool StoreLocation::looksLikeUrl(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

Result<StoreLocation> StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    location.m_text = text;
    if (!looksLikeUrl(text))
        return location;

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return Error::invalid(QCoreApplication::translate("StoreLocation",
                                                          "“%1” is not a store SMS Router can use: a store is a "
                                                          "file (SQLite) or a PostgreSQL server written as %2.")
                                  .arg(url.toDisplayString(QUrl::RemovePassword), example()));
    if (!url.isValid())
        return Error::invalid(
            QCoreApplication::translate("StoreLocation", "The store address is not a valid URL (%1); write it as %2.")
                .arg(url.errorString(), example()));
    if (!url.password().isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "StoreLocation",
            "The store address holds a password. Remove it from the address and put it in PGPASSWORD or "
            "~/.pgpass instead (a command line is visible to every user of the machine)."));
    location.m_kind = Kind::Postgres;
    location.m_user = url.userName();
    location.m_host = url.host();
    location.m_port = url.port(0);
    location.m_database = url.path().mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return Error::invalid(
            QCoreApplication::translate("StoreLocation", "The store address names no database; write it as %1.")
                .arg(example()));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!isKnownOption(key))
            return Error::invalid(QCoreApplication::translate("StoreLocation",
                                                              "The store address has an option “%1” that SMS Router "
                                                              "does not know; use sslmode, sslrootcert, sslcert, "
                                                              "sslkey or connect_timeout.")
                                      .arg(key));
        options << key + QLatin1Char('=') + value;
    }
    location.m_options = options.join(QLatin1Char(';'));
    location.m_text = url.toString(QUrl::RemovePassword);
    return location;
}

QString StoreLocation::serverKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
}

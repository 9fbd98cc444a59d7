// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "settings.h"

#include "common/translations.h"
#include "inbox/stopwords.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

std::unique_ptr<QSettings> openUserSettings(const QString &userSettingsFile)
{
    // ~/.config/smsrouter/smsrouter.conf: named explicitly so the GUI and CLI agree whatever the
    // application's organisation name is.
    return userSettingsFile.isEmpty() ? std::make_unique<QSettings>(
               QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("smsrouter"), QStringLiteral("smsrouter"))
                                      : std::make_unique<QSettings>(userSettingsFile, QSettings::IniFormat);
}

} // namespace

Settings::Settings(Database &store, const QString &userSettingsFile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_user(openUserSettings(userSettingsFile))
{
    (void)reload();
    // The default region's first value comes from the system locale; keep it so that a later
    // change of locale does not silently change how national numbers are read.
    if (!m_storeValues.contains(DefaultRegionKey))
        (void)writeStore(DefaultRegionKey, systemRegion());
}

Settings::~Settings() = default;

Status Settings::reload()
{
    auto values = SettingsRepository(m_store).all();
    if (!values)
        return values.error();
    m_storeValues = *values;
    return {};
}

void Settings::adopt(const QHash<QString, QString> &values)
{
    QStringList differing;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m_storeValues.value(it.key()) != it.value() || !m_storeValues.contains(it.key()))
            differing.append(it.key());
    }
    m_storeValues = values;
    for (const QString &key : std::as_const(differing))
        Q_EMIT changed(key);
}

QString Settings::systemRegion()
{
    const QLocale locale = QLocale::system();
    if (locale.territory() == QLocale::AnyTerritory)
        return QStringLiteral("ZZ");
    return QLocale::territoryToCode(locale.territory());
}

QString Settings::storeValue(const QString &key, const QString &fallback) const
{
    return m_storeValues.value(key, fallback);
}

Status Settings::writeStore(const QString &key, const QString &value)
{
    if (auto written = SettingsRepository(m_store).set(key, value); !written)
        return written;
    m_storeValues.insert(key, value);
    Q_EMIT changed(key);
    return {};
}

QString Settings::defaultRegion() const
{
    return storeValue(DefaultRegionKey, systemRegion());
}

Status Settings::setDefaultRegion(const QString &isoRegion)
{
    const QString upper = isoRegion.trimmed().toUpper();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!twoLetters.match(upper).hasMatch())
        return Error::invalid(
            QCoreApplication::translate("Settings", "“%1” is not a region code; use two letters such as PT, GB or US.")
                .arg(isoRegion));
    return writeStore(DefaultRegionKey, upper);
}

int Settings::maxSegments() const
{
    bool ok = false;
    const int value = storeValue(MaxSegmentsKey, QString()).toInt(&ok);
    return ok && value > 0 ? value : defaultMaxSegments;
}

Status Settings::setMaxSegments(int segments)
{
    if (segments < 1 || segments > 255)
        return Error::invalid(QCoreApplication::translate("Settings", "Allow between 1 and 255 segments per message."));
    return writeStore(MaxSegmentsKey, QString::number(segments));
}

SecretBackend Settings::secretBackend() const
{
    // A server store never takes tokens, whatever a row says (databaseBackendRefusedOnServer).
    if (m_store.location().isPostgres())
        return SecretBackend::Keychain;
    return secretBackendFromName(storeValue(SecretBackendKey, QString())).value_or(SecretBackend::Keychain);
}

Status Settings::setSecretBackend(SecretBackend backend)
{
    if (backend == SecretBackend::Database && m_store.location().isPostgres())
        return databaseBackendRefusedOnServer();
    return writeStore(SecretBackendKey, secretBackendName(backend));
}

QString Settings::currency() const
{
    return storeValue(CurrencyKey, QStringLiteral("EUR"));
}

Result<QString> Settings::readCurrency(Database &store)
{
    auto values = SettingsRepository(store).all();
    if (!values)
        return values.error();
    return values->value(CurrencyKey, QStringLiteral("EUR"));
}

QStringList Settings::stopWordsFrom(const QHash<QString, QString> &values)
{
    const auto stored = values.constFind(StopWordsKey);
    if (stored == values.constEnd())
        return StopWords::defaults();
    const QStringList words = StopWords::parse(*stored);
    return words.isEmpty() ? StopWords::defaults() : words;
}

QStringList Settings::stopWords() const
{
    return stopWordsFrom(m_storeValues);
}

Status Settings::setStopWords(const QStringList &words)
{
    const QStringList parsed = StopWords::parse(words.join(QLatin1Char(',')));
    if (parsed.isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "Settings", "List at least one stop word; without one, no reply would opt its sender out."));
    return writeStore(StopWordsKey, parsed.join(QLatin1Char(',')));
}

Status Settings::resetStopWords()
{
    if (auto removed = SettingsRepository(m_store).remove(StopWordsKey); !removed)
        return removed;
    m_storeValues.remove(StopWordsKey);
    Q_EMIT changed(StopWordsKey);
    return {};
}

Status Settings::setCurrency(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    static const QRegularExpression threeLetters(QStringLiteral("^[A-Z]{3}$"));
    if (!threeLetters.match(upper).hasMatch())
        return Error::invalid(QCoreApplication::translate(
                                  "Settings", "“%1” is not a currency code; use three letters such as EUR or USD.")
                                  .arg(code));
    return writeStore(CurrencyKey, upper);
}

int Settings::maxAttempts() const
{
    bool ok = false;
    const int value = storeValue(MaxAttemptsKey, QString()).toInt(&ok);
    return ok && value > 0 ? value : defaultMaxAttempts;
}

Status Settings::setMaxAttempts(int attempts)
{
    if (attempts < 1 || attempts > 100)
        return Error::invalid(QCoreApplication::translate("Settings", "Allow between 1 and 100 attempts per message."));
    return writeStore(MaxAttemptsKey, QString::number(attempts));
}

void Settings::writeUser(const QString &key, const QVariant &value)
{
    m_user->setValue(key, value);
    Q_EMIT changed(key);
}

QByteArray Settings::windowGeometry() const
{
    return m_user->value(WindowGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    writeUser(WindowGeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_user->value(WindowStateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    writeUser(WindowStateKey, state);
}

namespace {

/// Column widths fit the headers of one language (German ones are longer), so each language
/// keeps its own; English keeps the key it always had.
QString headerKey(const QString &table)
{
    const QString language = translations::current();
    return language == QLatin1String("en") ? QStringLiteral("tables/") + table
                                           : QStringLiteral("tables/%1/%2").arg(language, table);
}

} // namespace

QByteArray Settings::headerState(const QString &table) const
{
    return m_user->value(headerKey(table)).toByteArray();
}

void Settings::setHeaderState(const QString &table, const QByteArray &state)
{
    writeUser(headerKey(table), state);
}

QVariant Settings::userValue(const QString &key, const QVariant &fallback) const
{
    return m_user->value(key, fallback);
}

void Settings::setUserValue(const QString &key, const QVariant &value)
{
    writeUser(key, value);
}

QString Settings::language() const
{
    return m_user->value(LanguageKey).toString();
}

void Settings::setLanguage(const QString &code)
{
    writeUser(LanguageKey, code);
}

QString Settings::savedLanguage(const QString &userSettingsFile)
{
    return openUserSettings(userSettingsFile)->value(LanguageKey).toString();
}

QString Settings::savedStore(const QString &userSettingsFile)
{
    return openUserSettings(userSettingsFile)->value(StoreKey).toString();
}

void Settings::setSavedStore(const QString &store)
{
    if (store.isEmpty())
        m_user->remove(StoreKey);
    else
        m_user->setValue(StoreKey, store);
    m_user->sync();
}

void Settings::saveStore(const QString &store, const QString &userSettingsFile)
{
    auto settings = openUserSettings(userSettingsFile);
    if (store.isEmpty())
        settings->remove(StoreKey);
    else
        settings->setValue(StoreKey, store);
    settings->sync();
}

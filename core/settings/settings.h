// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "secrets/secretbackend.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSettings>

#include <memory>

class Database;

/// The one class that reads and writes settings. Two kinds live here:
/// - store-wide settings (default region, max segments, token storage, currency) in the
///   store's `settings` table, so the GUI and the CLI pointed at one store agree;
/// - per-user view state (window geometry, column widths) in QSettings.
/// Every key has a declared default; `changed(key)` fires after a successful write.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    // Store-wide keys.
    static inline const QString DefaultRegionKey = QStringLiteral("default_region");
    static inline const QString MaxSegmentsKey = QStringLiteral("max_segments");
    static inline const QString SecretBackendKey = QStringLiteral("secret_backend");
    static inline const QString CurrencyKey = QStringLiteral("currency");
    static inline const QString MaxAttemptsKey = QStringLiteral("max_attempts");
    /// Comma-separated; absent means StopWords::defaults().
    static inline const QString StopWordsKey = QStringLiteral("stop_words");
    // Per-user keys.
    static inline const QString WindowGeometryKey = QStringLiteral("window/geometry");
    static inline const QString WindowStateKey = QStringLiteral("window/state");
    static inline const QString LanguageKey = QStringLiteral("language");
    /// The store File → Open store… chose: a file or a postgresql:// URL (never a password).
    static inline const QString StoreKey = QStringLiteral("store");

    static constexpr int defaultMaxSegments = 10;
    static constexpr int defaultMaxAttempts = 5;

    /// `userSettingsFile`: an INI file for the per-user part; empty means the platform's place.
    explicit Settings(Database &store, const QString &userSettingsFile = {}, QObject *parent = nullptr);
    ~Settings() override;

    /// Re-reads the store-wide values (another process may have changed them).
    Status reload();
    /// The store-wide values as last read or written.
    QHash<QString, QString> storeValues() const { return m_storeValues; }
    /// Takes store-wide values that another connection of this program read or wrote (the
    /// window's store worker), so this copy answers as the store does without reading it;
    /// changed() for each value that differs.
    void adopt(const QHash<QString, QString> &values);

    QString defaultRegion() const;
    Status setDefaultRegion(const QString &isoRegion);
    int maxSegments() const;
    Status setMaxSegments(int segments);
    SecretBackend secretBackend() const;
    Status setSecretBackend(SecretBackend backend);
    QString currency() const;
    /// The store's currency read from the store now, for a worker that has no Settings of its
    /// own (the Dashboard's): the same answer as currency() after a reload().
    static Result<QString> readCurrency(Database &store);
    Status setCurrency(const QString &code);
    int maxAttempts() const;
    Status setMaxAttempts(int attempts);
    /// The words that opt a replying number out (StopWords); the default list until changed.
    QStringList stopWords() const;
    /// Error::invalid for an empty list (every reply would be ignored without anyone noticing).
    Status setStopWords(const QStringList &words);
    /// Back to StopWords::defaults().
    Status resetStopWords();
    /// stopWords() as stored in `values` (another thread's connection reads the store itself).
    static QStringList stopWordsFrom(const QHash<QString, QString> &values);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Column widths and order of one table, by the table's name, for the language spoken now.
    QByteArray headerState(const QString &table) const;
    void setHeaderState(const QString &table, const QByteArray &state);

    /// The language chosen in Settings ("de", "pt_PT", "en"); empty follows the system. It
    /// applies at the next start.
    QString language() const;
    void setLanguage(const QString &code);
    /// language() before a store is open, for the start of the program: the same per-user file.
    static QString savedLanguage(const QString &userSettingsFile = {});
    /// The store the window opened last through File → Open store…, for its next start when
    /// neither --db nor SMSROUTER_DB names one; empty when none was chosen. Read and written
    /// before (or without) a store: the same per-user file as the language.
    static QString savedStore(const QString &userSettingsFile = {});
    /// Remembers `store` (empty: forget it). It holds no password (StoreLocation refuses one).
    static void saveStore(const QString &store, const QString &userSettingsFile = {});
    /// saveStore() in this Settings' per-user file.
    void setSavedStore(const QString &store);

    /// A per-user value that is not worth a typed accessor (last sender on the Compose page, …).
    QVariant userValue(const QString &key, const QVariant &fallback = {}) const;
    void setUserValue(const QString &key, const QVariant &value);

    /// The region of the system locale ("PT" for pt_PT), or "ZZ" (unknown) for the C locale.
    static QString systemRegion();

Q_SIGNALS:
    void changed(const QString &key);

private:
    Status writeStore(const QString &key, const QString &value);
    QString storeValue(const QString &key, const QString &fallback) const;
    void writeUser(const QString &key, const QVariant &value);

    Database &m_store;
    QHash<QString, QString> m_storeValues;
    std::unique_ptr<QSettings> m_user;
};

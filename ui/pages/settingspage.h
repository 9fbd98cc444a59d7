// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "page.h"

#include <functional>

class FieldError;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class Session;
class Settings;
class StoreWorker;

/// Store-wide settings: default region, message limits, currency and where tokens are kept.
/// Each field is saved as soon as it changes; a refused value is explained under the field.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    /// Writes go through `worker` (the window's Session follows them); reads come from the cache.
    SettingsPage(Session &session, StoreWorker &worker, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/settings.svg")); }
    void activate() override;

    /// "stop, Parar ,STOP" → STOP, PARAR: upper case, each once, empty parts dropped.
    static QStringList parseStopWords(const QString &text);
    /// What is wrong with a stop-word list as typed (none, a phrase), or empty.
    static QString stopWordsProblem(const QString &text);

private:
    /// Asks the worker to read the settings again, and shows them.
    void load();
    /// Fills the fields from the window's Settings.
    void showValues();
    void updateSecretExplanation();

    /// Stores one setting through the worker; its problem (or none) goes to `error`.
    void store(std::function<Status(Settings &)> write, FieldError *error);

    Session &m_session;
    StoreWorker &m_worker;
    QComboBox *m_region;
    FieldError *m_regionError;
    QSpinBox *m_maxSegments;
    FieldError *m_segmentsError;
    QSpinBox *m_maxAttempts;
    FieldError *m_attemptsError;
    QLineEdit *m_currency;
    FieldError *m_currencyError;
    QComboBox *m_secretBackend;
    QLabel *m_secretExplanation;
    FieldError *m_secretError;
    QLineEdit *m_stopWords;
    FieldError *m_stopWordsError;
    QPushButton *m_restoreStopWords;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QString m_startLanguage; ///< the choice when the page opened; the program speaks it now
};

#pragma once

#include "page.h"

class FieldError;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Session;

/// Store-wide settings: default region, message limits, currency and where tokens are kept.
/// Each field is saved as soon as it changes; a refused value is explained under the field.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/settings.svg")); }
    void activate() override;

private:
    void load();
    void updateSecretExplanation();

    Session &m_session;
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
};

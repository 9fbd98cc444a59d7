// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class CampaignImportWizard;
class FieldError;
class QLineEdit;

/// The wizard's first step: the recipient file and the campaign's name.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    explicit ImportFilePage(CampaignImportWizard *wizard);

    /// Types a path as the operator would (the name follows the file's unless typed).
    void setPath(const QString &path);
    void setName(const QString &name);
    QString problem() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void pathChanged();

    CampaignImportWizard *m_wizard;
    QLineEdit *m_path;
    QLineEdit *m_name;
    FieldError *m_pathError;
    bool m_nameTyped = false;
};

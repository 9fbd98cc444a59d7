// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class CampaignImportWizard;
class FieldError;
class QComboBox;
class QLabel;
class QTableWidget;

/// The wizard's second step: how the file is read (encoding, separator, header row — detected,
/// each changeable) with its first rows as read, and the column that holds the numbers.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFormatPage)

public:
    explicit ImportFormatPage(CampaignImportWizard *wizard);

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *headerBox() const { return m_header; }
    QComboBox *phoneColumnBox() const { return m_phoneColumn; }
    QComboBox *regionBox() const { return m_region; }
    QTableWidget *rows() const { return m_rows; }
    /// "UTF-8 with a byte-order mark · separator “,” · header row" as read now.
    QString readAs() const;
    QString phoneProblem() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void fillOverrides();
    void overridesChanged();
    void phoneColumnChosen();
    void showPreview();

    CampaignImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_header;
    QComboBox *m_phoneColumn;
    QComboBox *m_region;
    QLabel *m_readAs;
    QTableWidget *m_rows;
    FieldError *m_phoneError;
    bool m_updating = false;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWizardPage>

class BodyCounter;
class CampaignImportWizard;
class FieldError;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

/// The wizard's third step: the sender and the message template, with the file's columns to
/// insert as {placeholders}, and the first rows rendered as they would be sent — each with its
/// number, carrier and segments. A template that does not fit the file blocks Next.
class ImportMessagePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMessagePage)

public:
    enum RenderedColumn { Number, Carrier, Segments, Body, RenderedColumnCount };

    explicit ImportMessagePage(CampaignImportWizard *wizard);

    void setSender(const QString &sender);
    void setTemplate(const QString &text);
    QString templateText() const;
    /// Inserts "{column}" at the cursor of the template.
    void insertPlaceholder(const QString &column);
    /// Reads the preview for the template and sender now (otherwise debounced while typing).
    void updatePreview();

    QString senderProblem() const;
    QString templateProblem() const;
    QListWidget *columns() const { return m_columns; }
    QTableWidget *rendered() const { return m_rendered; }
    BodyCounter *counter() const { return m_counter; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void showPreview();
    void replaceTypographic();
    void stripAccents();

    CampaignImportWizard *m_wizard;
    QLineEdit *m_sender;
    FieldError *m_senderError;
    QPlainTextEdit *m_template;
    FieldError *m_templateError;
    QListWidget *m_columns;
    BodyCounter *m_counter;
    QTableWidget *m_rendered;
    QTimer m_debounce;
};

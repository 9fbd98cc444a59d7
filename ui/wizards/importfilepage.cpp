// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importfilepage.h"

#include "campaignimportwizard.h"
#include "widgets/fielderror.h"
#include "widgets/prefilledtext.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(CampaignImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_pathError(new FieldError(this))
{
    setTitle(tr("Choose the recipients"));
    setSubTitle(tr("A CSV or text file with one recipient a row and a column of phone numbers, as Excel, "
                   "LibreOffice, Google Contacts or Outlook export it."));
    m_path->setPlaceholderText(tr("/home/you/customers.csv"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_name->setPlaceholderText(tr("Spring sale"));
    m_name->setObjectName(QStringLiteral("campaignName"));

    auto *hint = new QLabel(tr("Encoding (UTF-8, UTF-16, Windows-1252, …), separator (comma, semicolon, tab, "
                               "|) and the header row are detected; you can change them on the next page. "
                               "Nothing is stored until you import."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label with a buddy: addRow(text, layout) would show the "&" instead of underlining.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(QString(), m_pathError);
    form->addRow(tr("Campaign &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::pathChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_wizard->request().name = name;
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportFilePage::setName(const QString &name)
{
    m_name->setText(name);
    m_nameTyped = true;
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the recipients"), start,
                                                      tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportFilePage::pathChanged()
{
    const QFileInfo info(m_path->text().trimmed());
    if (!m_nameTyped)
        PrefilledText::suggest(m_name, m_path->text().trimmed().isEmpty() ? QString() : info.completeBaseName());
    m_pathError->setProblem(problem());
    Q_EMIT completeChanged();
}

QString ImportFilePage::problem() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return tr("There is no file “%1”. Check the path, or choose the file with Browse….").arg(path);
    if (!info.isFile() || !info.isReadable())
        return tr("“%1” cannot be read. Choose a file you have permission to read.").arg(path);
    return {};
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && problem().isEmpty() && !m_name->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    // Reading the start of the file decides everything the next pages show. Coming back to the
    // same file keeps the choices made on them.
    const QString path = m_path->text().trimmed();
    const bool same = path == m_wizard->request().filePath && m_wizard->previewError().isEmpty();
    if (!(same ? m_wizard->refreshPreview() : m_wizard->setFile(path))) {
        m_pathError->setProblem(m_wizard->previewError());
        return false;
    }
    m_wizard->request().name = m_name->text();
    return true;
}

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importmessagepage.h"

#include "campaignimportwizard.h"
#include "dispatch/sendservice.h"
#include "settings/settings.h"
#include "sms/segmentcounter.h"
#include "sms/smartencoding.h"
#include "widgets/bodycounter.h"
#include "widgets/fielderror.h"
#include "widgets/prefilledtext.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace std::chrono_literals;

ImportMessagePage::ImportMessagePage(CampaignImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_sender(new QLineEdit(this))
    , m_senderError(new FieldError(this))
    , m_template(new QPlainTextEdit(this))
    , m_templateError(new FieldError(this))
    , m_columns(new QListWidget(this))
    , m_counter(new BodyCounter(this))
    , m_rendered(new QTableWidget(this))
{
    setTitle(tr("Write the message"));
    setSubTitle(tr("{column} is replaced by the row's value in that column; write {{ and }} for braces. Below: "
                   "the first rows as they would be sent."));

    m_sender->setPlaceholderText(tr("+15550001111 or a name of up to 11 characters"));
    m_template->setPlaceholderText(tr("Hi {Name}, our spring sale starts today."));
    m_template->setTabChangesFocus(true);
    m_template->setFixedHeight(m_template->fontMetrics().lineSpacing() * 4 + 12);

    m_columns->setFlow(QListView::LeftToRight);
    m_columns->setWrapping(true);
    m_columns->setSpacing(2);
    m_columns->setFixedHeight(m_columns->fontMetrics().height() * 2 + 18);
    m_columns->setToolTip(tr("Click a column (or press Enter on it) to insert it at the cursor."));

    m_rendered->setColumnCount(RenderedColumnCount);
    m_rendered->setHorizontalHeaderLabels({tr("Number"), tr("Carrier"), tr("Segments"), tr("Message")});
    m_rendered->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rendered->setSelectionMode(QAbstractItemView::NoSelection);
    m_rendered->verticalHeader()->hide();
    m_rendered->verticalHeader()->setDefaultSectionSize(m_rendered->fontMetrics().height() + 6);
    m_rendered->horizontalHeader()->setStretchLastSection(true);
    m_rendered->setWordWrap(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&From:"), m_sender);
    form->addRow(QString(), m_senderError);
    form->addRow(tr("&Message:"), m_template);
    form->addRow(QString(), m_templateError);
    form->addRow(tr("&Insert a column:"), m_columns);
    form->addRow(tr("First row:"), m_counter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rendered, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200ms);
    connect(&m_debounce, &QTimer::timeout, this, &ImportMessagePage::updatePreview);
    connect(m_template, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_sender, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_wizard->request().sender = text;
        m_senderError->setProblem(senderProblem());
        Q_EMIT completeChanged();
    });
    auto insert = [this](QListWidgetItem *item) {
        insertPlaceholder(item->data(Qt::UserRole).toString());
    };
    connect(m_columns, &QListWidget::itemClicked, this, insert);
    connect(m_columns, &QListWidget::itemActivated, this, insert);
    connect(m_counter, &BodyCounter::fixRequested, this, &ImportMessagePage::replaceTypographic);
    connect(m_counter, &BodyCounter::stripRequested, this, &ImportMessagePage::stripAccents);
    connect(m_wizard, &CampaignImportWizard::previewChanged, this, &ImportMessagePage::showPreview);
}

void ImportMessagePage::initializePage()
{
    PrefilledText::suggest(m_sender, m_wizard->request().sender); // typing a new sender replaces it
    m_columns->clear();
    for (const QString &column : m_wizard->preview().columns) {
        auto *item = new QListWidgetItem(QStringLiteral("{%1}").arg(column), m_columns);
        item->setData(Qt::UserRole, column);
    }
    if (m_template->toPlainText() != m_wizard->request().bodyTemplate)
        setTemplate(m_wizard->request().bodyTemplate);
    updatePreview();
    m_template->setFocus();
}

void ImportMessagePage::setSender(const QString &sender)
{
    m_sender->setText(sender);
}

void ImportMessagePage::setTemplate(const QString &text)
{
    m_template->setPlainText(text);
    m_template->moveCursor(QTextCursor::End); // go on typing where the text ends
}

QString ImportMessagePage::templateText() const
{
    return m_template->toPlainText();
}

void ImportMessagePage::insertPlaceholder(const QString &column)
{
    m_template->insertPlainText(QStringLiteral("{%1}").arg(column));
    m_template->setFocus();
}

void ImportMessagePage::updatePreview()
{
    m_debounce.stop();
    m_wizard->request().bodyTemplate = m_template->toPlainText();
    m_wizard->refreshPreview();
}

QString ImportMessagePage::senderProblem() const
{
    return m_sender->text().isEmpty() ? QString() : SendService::checkSender(m_sender->text().trimmed());
}

QString ImportMessagePage::templateProblem() const
{
    if (!m_wizard->previewError().isEmpty())
        return m_wizard->previewError();
    return m_wizard->preview().templateProblem;
}

void ImportMessagePage::showPreview()
{
    const ImportPreview &preview = m_wizard->preview();
    const int maxSegments = m_wizard->settings().maxSegments();
    const bool typed = !m_template->toPlainText().isEmpty();
    m_templateError->setProblem(typed ? templateProblem() : QString());

    const QString first = preview.rows.isEmpty() ? QString() : preview.rows.constFirst().body;
    EncodingReport report = SegmentCounter::report(typed ? first : QString());
    // The one-click fix changes the template, so offer it only when the template has something to fix.
    report.replacements = SmartEncoding::apply(m_template->toPlainText()).replacements;
    m_counter->setReport(report, maxSegments);

    const QColor problem = FieldError::errorColor(palette());
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_rendered->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        const ImportPreviewRow &row = preview.rows.at(r);
        auto *number = new QTableWidgetItem(row.e164.isEmpty() ? row.phone : row.e164);
        number->setFont(fixed);
        if (row.e164.isEmpty()) {
            number->setForeground(problem);
            number->setToolTip(row.numberProblem);
        }
        auto *carrier = new QTableWidgetItem(row.carrier.isEmpty() ? QStringLiteral("—") : row.carrier);
        if (row.carrier.isEmpty() && !row.e164.isEmpty()) {
            carrier->setForeground(problem);
            carrier->setToolTip(row.routeProblem);
        }
        const QString segments =
            QStringLiteral("%1 · %2").arg(row.segments.segments).arg(smsEncodingName(row.segments.encoding));
        auto *count = new QTableWidgetItem(typed ? segments : QString());
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setToolTip(tr("%n character(s)", nullptr, row.segments.characters));
        if (row.segments.segments > maxSegments) {
            count->setForeground(problem);
            count->setToolTip(
                tr("Longer than the limit of %1 segments: this row would be rejected as too long.").arg(maxSegments));
        }
        auto *body = new QTableWidgetItem(QString(row.body).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")));
        body->setToolTip(row.body);
        m_rendered->setItem(r, Number, number);
        m_rendered->setItem(r, Carrier, carrier);
        m_rendered->setItem(r, Segments, count);
        m_rendered->setItem(r, Body, body);
    }
    m_rendered->resizeColumnToContents(Number);
    m_rendered->resizeColumnToContents(Carrier);
    m_rendered->resizeColumnToContents(Segments);
    Q_EMIT completeChanged();
}

void ImportMessagePage::stripAccents()
{
    if (BodyCounter::removeAccents(m_template)) // the operator saw the result and chose it
        updatePreview();
}

void ImportMessagePage::replaceTypographic()
{
    if (BodyCounter::usePlainQuotes(m_template))
        updatePreview();
}

bool ImportMessagePage::isComplete() const
{
    return !m_sender->text().trimmed().isEmpty() && senderProblem().isEmpty()
        && !m_template->toPlainText().trimmed().isEmpty() && templateProblem().isEmpty();
}

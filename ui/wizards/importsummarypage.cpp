// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importsummarypage.h"

#include "campaign/campaignservice.h"
#include "campaign/importreject.h"
#include "campaign/rejectsexporter.h"
#include "campaignimportwizard.h"
#include "common/money.h"
#include "displaytext.h"
#include "settings/settings.h"
#include "widgets/exportprogress.h"
#include "widgets/fielderror.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using displaytext::count;

ImportSummaryPage::ImportSummaryPage(CampaignImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_rejects(new QTreeWidget(this))
    , m_export(new QPushButton(tr("Export rejects…"), this))
    , m_exportJob(new ExportProgress(this))
    , m_costs(new QTreeWidget(this))
    , m_totals(new QLabel(this))
    , m_draft(new QRadioButton(tr("&Save as draft — start it later from the Campaigns page"), this))
    , m_now(new QRadioButton(tr("Start &now"), this))
    , m_later(new QRadioButton(tr("Start &at:"), this))
    , m_at(new QDateTimeEdit(this))
    , m_error(new FieldError(this))
{
    setTitle(tr("Review and start"));
    setSubTitle(tr("The campaign is stored as a draft. Check what was rejected and what it will cost."));
    m_headline->setWordWrap(true);
    QFont bigger = m_headline->font();
    bigger.setBold(true);
    m_headline->setFont(bigger);

    m_rejects->setHeaderLabels({tr("Rejected rows"), tr("Rows")});
    m_rejects->setRootIsDecorated(false);
    m_rejects->setUniformRowHeights(true);
    m_rejects->setSelectionMode(QAbstractItemView::NoSelection);
    m_rejects->header()->setStretchLastSection(false);
    m_rejects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_export->setToolTip(tr("Save the rejected rows as CSV (line, raw value, reason, detail) to fix them in a "
                            "spreadsheet."));
    m_costs->setHeaderLabels({tr("Carrier"), tr("Messages"), tr("Segments"), tr("Est. cost")});
    m_costs->setRootIsDecorated(false);
    m_costs->setUniformRowHeights(true);
    m_costs->setSelectionMode(QAbstractItemView::NoSelection);
    m_costs->header()->setStretchLastSection(false);
    m_costs->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *rejectBox = new QVBoxLayout;
    rejectBox->addWidget(m_rejects, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    rejectBox->addLayout(exportRow);
    auto *costBox = new QVBoxLayout;
    costBox->addWidget(m_costs, 1);
    costBox->addWidget(m_totals);
    auto *tables = new QHBoxLayout;
    tables->addLayout(rejectBox, 1);
    tables->addLayout(costBox, 1);

    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *choices = new QButtonGroup(this);
    choices->addButton(m_draft);
    choices->addButton(m_now);
    choices->addButton(m_later);
    m_draft->setChecked(true);
    auto *laterRow = new QHBoxLayout;
    laterRow->addWidget(m_later);
    laterRow->addWidget(m_at);
    laterRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(tables, 1);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("<b>What next</b>"), this));
    layout->addWidget(m_draft);
    layout->addWidget(m_now);
    layout->addLayout(laterRow);
    layout->addWidget(m_error);

    for (QRadioButton *button : {m_draft, m_now, m_later})
        connect(button, &QRadioButton::toggled, this, &ImportSummaryPage::choiceChanged);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &ImportSummaryPage::choiceChanged);
    connect(m_export, &QPushButton::clicked, this, &ImportSummaryPage::askExportPath);
    connect(m_exportJob, &ExportProgress::finished, this, &ImportSummaryPage::exportEnded);
}

void ImportSummaryPage::initializePage()
{
    const ImportSummary *s = m_wizard->summary();
    if (!s)
        return;
    const int maxSegments = m_wizard->settings().maxSegments();
    const QString currency = m_wizard->settings().currency();
    m_headline->setText(headline());

    m_rejects->clear();
    // Every pipeline reason is listed (zero greyed), in the order the Campaigns page uses too.
    QStringList keys = rejectreason::pipelineKeys();
    for (auto it = s->rejectedByReason.cbegin(); it != s->rejectedByReason.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    keys = rejectreason::inDisplayOrder(keys);
    for (const QString &key : std::as_const(keys)) {
        auto *item = new QTreeWidgetItem(
            m_rejects, {displaytext::rejectReason(key, maxSegments), count(s->rejectedByReason.value(key))});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, key);
        if (s->rejectedByReason.value(key) == 0)
            item->setForeground(1, palette().color(QPalette::PlaceholderText));
    }
    m_rejects->resizeColumnToContents(1);
    m_export->setEnabled(s->rejected > 0);

    m_costs->clear();
    for (const CarrierCost &c : s->carriers) {
        auto *item =
            new QTreeWidgetItem(m_costs,
                                {c.carrierName.isEmpty() ? tr("carrier #%1").arg(c.carrierId) : c.carrierName,
                                 count(c.messages), count(c.segments), money::displayWithUnit(c.costMicros, currency)});
        for (int column = 1; column < 4; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 1; column < 4; ++column)
        m_costs->resizeColumnToContents(column);
    m_totals->setText(totals());

    const QDateTime now = QDateTime::currentDateTime();
    m_at->setMinimumDateTime(now.addSecs(60));
    QDateTime nextHour(now.date(), QTime(now.time().hour(), 0));
    m_at->setDateTime(nextHour.addSecs(3600));
    m_now->setEnabled(s->accepted > 0);
    m_later->setEnabled(s->accepted > 0);
    choiceChanged();
}

QString ImportSummaryPage::headline() const
{
    const ImportSummary *s = m_wizard->summary();
    if (!s)
        return {};
    if (s->accepted == 0)
        return tr("None of the %1 rows can be sent. The campaign is kept as an empty draft; see why below.")
            .arg(count(s->rows));
    return tr("%1 of %2 rows become messages of the draft campaign “%3”; %4 rejected.")
        .arg(count(s->accepted), count(s->rows), m_wizard->request().name.trimmed(), count(s->rejected));
}

QString ImportSummaryPage::totals() const
{
    const ImportSummary *s = m_wizard->summary();
    if (!s)
        return {};
    return tr("%1 · %2 · estimated cost %3")
        .arg(tr("%Ln message(s)", nullptr, displaytext::plural(s->accepted)),
             tr("%Ln segment(s)", nullptr, displaytext::plural(s->segments)),
             money::displayWithUnit(s->estimatedCostMicros, m_wizard->settings().currency()));
}

void ImportSummaryPage::choiceChanged()
{
    m_at->setEnabled(m_later->isChecked());
    if (m_later->isChecked())
        m_wizard->setFinish(CampaignImportWizard::Finish::Schedule, m_at->dateTime());
    else if (m_now->isChecked())
        m_wizard->setFinish(CampaignImportWizard::Finish::StartNow);
    else
        m_wizard->setFinish(CampaignImportWizard::Finish::SaveDraft);
    const bool past = m_later->isChecked() && m_at->dateTime() <= QDateTime::currentDateTime();
    m_error->setProblem(past ? tr("Choose a time in the future, or start now.") : QString());
    Q_EMIT completeChanged();
}

bool ImportSummaryPage::isComplete() const
{
    if (m_wizard->campaignId() == 0)
        return false;
    return !(m_later->isChecked() && m_at->dateTime() <= QDateTime::currentDateTime());
}

void ImportSummaryPage::exportRejects(const QString &path)
{
    if (m_exportJob->isRunning())
        return;
    m_error->setProblem(QString());
    m_export->setEnabled(false);
    m_exportJob->start(m_wizard->storePath(), RejectsExporter::writer(m_wizard->campaignId()), path,
                       tr("Exporting the rejects"));
}

void ImportSummaryPage::exportEnded(qint64 rows, const QString &error, bool cancelled)
{
    m_export->setEnabled(true);
    const QString path = QDir::toNativeSeparators(m_exportJob->filePath());
    if (!cancelled && !error.isEmpty())
        m_error->setProblem(error);
    else if (!cancelled)
        m_export->setToolTip(tr("Saved %Ln rejected row(s) to %1", nullptr, displaytext::plural(rows)).arg(path));
    Q_EMIT rejectsExported(m_exportJob->filePath(), cancelled ? tr("cancelled") : error);
}

void ImportSummaryPage::askExportPath()
{
    const QString suggested =
        QFileInfo(m_wizard->request().filePath)
            .absoluteDir()
            .filePath(QFileInfo(m_wizard->request().filePath).completeBaseName() + tr("-rejects.csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export rejects"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    exportRejects(path);
}

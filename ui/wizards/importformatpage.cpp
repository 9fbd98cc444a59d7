// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importformatpage.h"

#include "campaignimportwizard.h"
#include "phone/phonenumberparser.h"
#include "settings/settings.h"
#include "widgets/fielderror.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return ImportFormatPage::tr("tab");
    if (c == QLatin1Char(','))
        return ImportFormatPage::tr("comma");
    if (c == QLatin1Char(';'))
        return ImportFormatPage::tr("semicolon");
    if (c == QLatin1Char('|'))
        return ImportFormatPage::tr("pipe");
    return QStringLiteral("“%1”").arg(c);
}

} // namespace

ImportFormatPage::ImportFormatPage(CampaignImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QComboBox(this))
    , m_phoneColumn(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_readAs(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_phoneError(new FieldError(this))
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("If names show odd characters or everything sits in one column, change the encoding or the "
                   "separator. The numbers' column is marked in bold."));

    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "ISO-8859-15",
                             "windows-1250", "windows-1251", "windows-1253", "windows-1255", "macintosh"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(c), QString(c));
    m_header->addItem(tr("First row is the header"), true);
    m_header->addItem(tr("No header row (columns are 1, 2, …)"), false);
    // The first item of each is "what detection found"; fillOverrides() writes it.
    m_encoding->insertItem(0, QString(), QString());
    m_delimiter->insertItem(0, QString(), QString());
    m_header->insertItem(0, QString(), QVariant());

    auto *overrides = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    overrides->addWidget(encodingLabel);
    overrides->addWidget(m_encoding, 1);
    auto *separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(m_delimiter);
    overrides->addWidget(separatorLabel);
    overrides->addWidget(m_delimiter, 1);
    auto *headerLabel = new QLabel(tr("&Header:"), this);
    headerLabel->setBuddy(m_header);
    overrides->addWidget(headerLabel);
    overrides->addWidget(m_header, 1);

    m_readAs->setForegroundRole(QPalette::PlaceholderText);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->verticalHeader()->hide();
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 6);
    m_rows->setWordWrap(false);
    m_rows->horizontalHeader()->setStretchLastSection(true);

    m_region->addItem(QString(), QString());
    for (const QString &region : PhoneNumberParser::supportedRegions())
        m_region->addItem(PhoneNumberParser::describeRegion(region), region);
    m_region->setToolTip(tr("Where a number written without +country code (912 345 678, 07400 123456) is read."));

    auto *phone = new QFormLayout;
    phone->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    phone->addRow(tr("&Numbers are in:"), m_phoneColumn);
    phone->addRow(QString(), m_phoneError);
    phone->addRow(tr("National numbers are &read in:"), m_region);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(overrides);
    layout->addWidget(m_readAs);
    layout->addWidget(m_rows, 1);
    layout->addLayout(phone);

    for (QComboBox *box : {m_encoding, m_delimiter, m_header})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportFormatPage::overridesChanged);
    connect(m_phoneColumn, &QComboBox::currentIndexChanged, this, &ImportFormatPage::phoneColumnChosen);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_wizard->request().region = m_region->currentData().toString();
        m_wizard->refreshPreview();
    });
    connect(m_wizard, &CampaignImportWizard::previewChanged, this, &ImportFormatPage::showPreview);
}

void ImportFormatPage::initializePage()
{
    fillOverrides();
    showPreview();
}

void ImportFormatPage::fillOverrides()
{
    const QSignalBlocker a(m_encoding), b(m_delimiter), c(m_header), d(m_region);
    const QString defaultRegion = m_wizard->settings().defaultRegion();
    m_region->setItemText(0,
                          defaultRegion.isEmpty() || defaultRegion == QLatin1String("ZZ")
                              ? tr("No default region (Settings): + country code needed")
                              : tr("%1 — the default region").arg(PhoneNumberParser::describeRegion(defaultRegion)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_wizard->request().region)));
    const CsvSniff &found = m_wizard->detected();
    const CsvOptions &csv = m_wizard->request().csv;
    m_encoding->setItemText(0,
                            tr("Detected: %1%2").arg(found.encoding, found.bom ? tr(" (byte-order mark)") : QString()));
    m_delimiter->setItemText(0, tr("Detected: %1").arg(delimiterName(found.delimiter)));
    m_header->setItemText(0, found.hasHeader ? tr("Detected: first row is the header") : tr("Detected: no header row"));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(csv.encoding)));
    m_delimiter->setCurrentIndex(csv.delimiter.isNull() ? 0
                                                        : std::max(0, m_delimiter->findData(QString(csv.delimiter))));
    m_header->setCurrentIndex(!csv.hasHeader ? 0 : (*csv.hasHeader ? 1 : 2));
}

void ImportFormatPage::overridesChanged()
{
    CsvOptions &csv = m_wizard->request().csv;
    csv.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    csv.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    const QVariant header = m_header->currentData();
    csv.hasHeader = header.isValid() ? std::optional<bool>(header.toBool()) : std::nullopt;
    // Other columns may come out: let detection choose the numbers' column again.
    m_wizard->request().phoneColumn.clear();
    m_wizard->refreshPreview();
}

void ImportFormatPage::phoneColumnChosen()
{
    if (m_updating || m_phoneColumn->currentIndex() < 0)
        return;
    m_wizard->request().phoneColumn = QString::number(m_phoneColumn->currentIndex() + 1);
    m_wizard->refreshPreview();
}

void ImportFormatPage::showPreview()
{
    const ImportPreview &preview = m_wizard->preview();
    m_updating = true;
    m_phoneColumn->clear();
    for (int i = 0; i < preview.columns.size(); ++i)
        m_phoneColumn->addItem(preview.sniff.hasHeader ? preview.columns.at(i) : tr("column %1").arg(i + 1));
    m_phoneColumn->setCurrentIndex(preview.phoneColumn);
    m_updating = false;

    m_readAs->setText(readAs());
    m_rows->clear();
    m_rows->setColumnCount(int(preview.columns.size()));
    m_rows->setRowCount(int(preview.rows.size()));
    m_rows->setHorizontalHeaderLabels(preview.columns);
    QFont bold = m_rows->font();
    bold.setBold(true);
    for (int r = 0; r < preview.rows.size(); ++r) {
        const QStringList &fields = preview.rows.at(r).fields;
        for (int c = 0; c < fields.size() && c < preview.columns.size(); ++c) {
            auto *item = new QTableWidgetItem(QString(fields.at(c)).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")));
            item->setToolTip(fields.at(c));
            if (c == preview.phoneColumn) {
                item->setFont(bold);
                if (!preview.rows.at(r).numberProblem.isEmpty()) {
                    // Not a number as read here (maybe in another region): show it at once.
                    item->setForeground(FieldError::errorColor(palette()));
                    item->setToolTip(preview.rows.at(r).numberProblem);
                }
            }
            m_rows->setItem(r, c, item);
        }
    }
    if (auto *header = m_rows->horizontalHeaderItem(preview.phoneColumn))
        header->setFont(bold);
    m_rows->resizeColumnsToContents();
    for (int c = 0; c < m_rows->columnCount(); ++c)
        m_rows->setColumnWidth(c, std::min(m_rows->columnWidth(c), 260));
    m_phoneError->setProblem(phoneProblem());
    Q_EMIT completeChanged();
}

QString ImportFormatPage::readAs() const
{
    const ImportPreview &preview = m_wizard->preview();
    if (!m_wizard->previewError().isEmpty())
        return m_wizard->previewError();
    const CsvSniff &s = preview.sniff;
    return tr("Read as %1%2 · separator: %3 · %4 · %5 columns")
        .arg(s.encoding, s.bom ? tr(" with a byte-order mark") : QString(), delimiterName(s.delimiter),
             s.hasHeader ? tr("header row") : tr("no header row"))
        .arg(preview.columns.size());
}

QString ImportFormatPage::phoneProblem() const
{
    const ImportPreview &preview = m_wizard->preview();
    if (!m_wizard->previewError().isEmpty())
        return m_wizard->previewError();
    // Nothing chosen and nothing detected: say so in this page's words (the core's message
    // names the CLI's option).
    if (preview.phoneColumn < 0 && m_wizard->request().phoneColumn.isEmpty())
        return tr("No column looks like phone numbers. Choose the one that holds them.");
    if (!preview.phoneColumnProblem.isEmpty())
        return preview.phoneColumnProblem;
    if (preview.phoneColumn < 0)
        return tr("No column looks like phone numbers. Choose the one that holds them.");
    if (const int national = preview.needsRegionCount(); national > 0)
        return tr("%1 of the first %2 numbers have no country code: which country are they in? Choose it under "
                  "“National numbers are read in”.")
            .arg(national)
            .arg(preview.rows.size());
    return {};
}

bool ImportFormatPage::isComplete() const
{
    // National numbers with no region to read them in are a question, not rejects: Next waits
    // for the answer instead of importing them all as invalid.
    return m_wizard->previewError().isEmpty() && m_wizard->preview().phoneColumn >= 0
        && m_wizard->preview().phoneColumnProblem.isEmpty() && m_wizard->preview().needsRegionCount() == 0;
}

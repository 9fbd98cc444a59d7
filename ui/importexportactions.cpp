#include "importexportactions.h"

#include "routing/carriersjsonimporter.h"
#include "routing/ratecardfile.h"
#include "session/session.h"
#include "widgets/importsummarydialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

ImportExportActions::ImportExportActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

void ImportExportActions::addTo(QMenu *menu)
{
    menu->addAction(tr("Import &carriers.json…"), this, &ImportExportActions::chooseCarriersJson)
        ->setStatusTip(tr("Add the carriers and country rules of the tutorial's carriers.json, all or nothing."));
    menu->addAction(tr("&Import rate card…"), this, &ImportExportActions::chooseRateCardToImport)
        ->setStatusTip(tr("Add and update rules from a CSV rate card, all or nothing."));
    menu->addAction(tr("&Export rate card…"), this, &ImportExportActions::chooseRateCardToExport)
        ->setStatusTip(tr("Write every rule to a CSV rate card that imports back unchanged."));
}

ImportSummaryDialog *ImportExportActions::showSummary(ImportSummaryDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ImportSummaryDialog *ImportExportActions::importCarriersJson(const QString &path)
{
    ImportReport report;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        report = CarriersJsonImporter(m_session).import(file.readAll());
    } else {
        report.problems.append({QString(), tr("Cannot read %1: %2.").arg(path, file.errorString())});
    }
    return showSummary(new ImportSummaryDialog(tr("carriers.json"), path, report, m_window));
}

ImportSummaryDialog *ImportExportActions::importRateCard(const QString &path)
{
    const ImportReport report = RateCardFile::import(path, m_session.carriers(), m_session.rules());
    return showSummary(new ImportSummaryDialog(tr("rate card"), path, report, m_window));
}

Result<qsizetype> ImportExportActions::exportRateCard(const QString &path)
{
    auto written = RateCardFile::exportTo(path, m_session.carriers(), m_session.rules());
    if (written)
        Q_EMIT message(tr("Exported %n rule(s) to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
    return written;
}

void ImportExportActions::chooseCarriersJson()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import carriers.json"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importCarriersJson(path);
}

void ImportExportActions::chooseRateCardToImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import rate card"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importRateCard(path);
}

void ImportExportActions::chooseRateCardToExport()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export rate card"),
                                                      QDir::home().filePath(QStringLiteral("rates.csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto written = exportRateCard(path); !written)
        QMessageBox::warning(m_window, tr("Rate card not exported"), written.errorMessage());
}

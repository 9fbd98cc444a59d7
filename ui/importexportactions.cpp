// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importexportactions.h"

#include "routing/carriersjsonimporter.h"
#include "routing/ratecardfile.h"
#include "session/session.h"
#include "session/storeworker.h"
#include "widgets/importsummarydialog.h"
#include "widgets/notice.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

ImportExportActions::ImportExportActions(StoreWorker &worker, QWidget *window)
    : QObject(window)
    , m_worker(worker)
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

void ImportExportActions::showSummary(const QString &what, const QString &path, const ImportReport &report)
{
    auto *dialog = new ImportSummaryDialog(what, path, report, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT summaryShown(dialog);
}

void ImportExportActions::importCarriersJson(const QString &path)
{
    m_worker.run(
        this,
        [path](Session &session) -> Result<ImportReport> {
            ImportReport report;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                report = CarriersJsonImporter(session).import(file.readAll());
            else
                report.problems.append({QString(), tr("Cannot read %1: %2.").arg(path, file.errorString())});
            return report;
        },
        [this, path](const Result<ImportReport> &report) {
            showSummary(tr("carriers.json"), path, report ? *report : ImportReport::failure(report.error()));
        });
}

void ImportExportActions::importRateCard(const QString &path)
{
    m_worker.run(
        this,
        [path](Session &session) -> Result<ImportReport> {
            return RateCardFile::import(path, session.carriers(), session.rules());
        },
        [this, path](const Result<ImportReport> &report) {
            showSummary(tr("rate card"), path, report ? *report : ImportReport::failure(report.error()));
        });
}

void ImportExportActions::exportRateCard(const QString &path)
{
    m_worker.run(
        this, [path](Session &session) { return RateCardFile::exportTo(path, session.carriers(), session.rules()); },
        [this, path](const Result<qsizetype> &written) {
            if (!written) {
                Q_EMIT exportFailed(written.errorMessage());
                openNotice(m_window, QMessageBox::Warning, tr("Rate card not exported"), written.errorMessage());
                return;
            }
            Q_EMIT message(
                tr("Exported %n rule(s) to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
        });
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
    if (!path.isEmpty())
        exportRateCard(path);
}

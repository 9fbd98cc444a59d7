// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QObject>

class ImportSummaryDialog;
struct ImportReport;
class QMenu;
class QWidget;
class Session;
class StoreWorker;

/// The File menu's imports and exports: carriers.json, rate cards in and out. Each asks for a
/// file, hands it to the same core code as the CLI (CarriersJsonImporter, RateCardFile) on the
/// store worker, and shows the result when it comes: a summary dialog for imports, the status
/// bar or an error box for exports. The window never waits for the file or the store.
class ImportExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportExportActions)

public:
    /// `window` parents the file and summary dialogs.
    ImportExportActions(StoreWorker &worker, QWidget *window);

    /// Adds "Import carriers.json…", "Import rate card…" and "Export rate card…" to `menu`.
    void addTo(QMenu *menu);

    /// Imports the file, then opens (not modally blocking) the summary dialog: summaryShown().
    void importCarriersJson(const QString &path);
    void importRateCard(const QString &path);
    /// Writes every rule to `path`: message() says how many, or exportFailed() why not (with a
    /// warning box).
    void exportRateCard(const QString &path);

Q_SIGNALS:
    /// A line for the status bar ("Exported 12 rules to rates.csv").
    void message(const QString &text);
    void summaryShown(ImportSummaryDialog *dialog);
    void exportFailed(const QString &error);

private:
    void chooseCarriersJson();
    void chooseRateCardToImport();
    void chooseRateCardToExport();
    void showSummary(const QString &what, const QString &path, const ImportReport &report);

    StoreWorker &m_worker;
    QWidget *m_window;
};

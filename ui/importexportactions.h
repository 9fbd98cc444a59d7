#pragma once

#include "common/result.h"

#include <QObject>

class ImportSummaryDialog;
class QMenu;
class QWidget;
class Session;

/// The File menu's imports and exports: carriers.json, rate cards in and out. Each asks for a
/// file, hands it to the same core code as the CLI (CarriersJsonImporter, RateCardFile) and shows
/// the result: a summary dialog for imports, the status bar or an error box for exports.
class ImportExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportExportActions)

public:
    /// `window` parents the file and summary dialogs.
    ImportExportActions(Session &session, QWidget *window);

    /// Adds "Import carriers.json…", "Import rate card…" and "Export rate card…" to `menu`.
    void addTo(QMenu *menu);

    /// Imports the file and opens (not modally blocking) the summary dialog, which is returned.
    ImportSummaryDialog *importCarriersJson(const QString &path);
    ImportSummaryDialog *importRateCard(const QString &path);
    /// Writes every rule to `path`; the number of rules written.
    Result<qsizetype> exportRateCard(const QString &path);

Q_SIGNALS:
    /// A line for the status bar ("Exported 12 rules to rates.csv").
    void message(const QString &text);

private:
    void chooseCarriersJson();
    void chooseRateCardToImport();
    void chooseRateCardToExport();
    ImportSummaryDialog *showSummary(ImportSummaryDialog *dialog);

    Session &m_session;
    QWidget *m_window;
};

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "optouts/optout.h"
#include "optouts/optoutimportreport.h"
#include "page.h"

#include <QTimer>

class EmptyState;
class FieldError;
class FilterBox;
class OptOutService;
class OptOutTableModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class Session;
class StoreWatcher;
class StoreWorker;

/// Opt-outs: numbers that never receive messages (campaign imports reject them, the dispatcher
/// checks again before sending). Add one, import a list from CSV, filter, remove.
class OptOutImportJob;
class QProgressDialog;
class OptOutsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutsPage)

public:
    /// Reads and writes go through `worker`; the window's thread only draws.
    OptOutsPage(Session &session, StoreWorker &worker, StoreWatcher &watcher, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("optouts"); }
    QString title() const override { return tr("Opt-outs"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/optouts.svg")); }
    void activate() override;
    void focusFilter() override;

    void reload();
    /// reload() when the list's version moved: another process may have changed it.
    void reloadIfChanged();
    /// Imports a CSV list on a worker thread, with a progress dialog and Cancel;
    /// importFinished() follows with the summary shown, or the error.
    void startImport(const QString &path);
    OptOutImportJob *importJob() const { return m_import; }
    /// "Imported 12 numbers from list.csv: 10 added, 1 already opted out; 2 lines could not be read."
    static QString describe(const QString &fileName, const OptOutImportReport &report);
    /// Every line that could not be read, one a line ("line 7: “abc” — …").
    static QString problems(const OptOutImportReport &report);
    /// Removes the numbers (no dialog); removeFinished() follows with the problem, or empty.
    void removeNumbers(const QStringList &e164s);
    QString removeQuestion(const QStringList &e164s) const;
    QStringList selectedNumbers() const;
    void selectNumber(const QString &e164);

    OptOutTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FilterBox *filterBox() const { return m_filter; }
    bool showsEmptyState() const;
    QString statusText() const;

Q_SIGNALS:
    void importFinished(const QString &text, bool ok);
    void removeFinished(const QString &problem);
    /// A list read by the worker is on screen.
    void listShown();

private:
    void addNumber();
    void importDone();
    /// Asks the worker for the list; unless `evenIfUnchanged`, only when its version moved.
    void readList(bool evenIfUnchanged);
    /// Shows a list read at `version` (OptOutService::version()).
    void showList(const QString &version, const OptOutList &list);
    void askImport();
    void askRemove();
    void updateActions();

    Session &m_session;
    StoreWorker &m_worker;
    OptOutTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_body;
    EmptyState *m_empty;
    FilterBox *m_filter;
    QTableView *m_table;
    QPushButton *m_remove;
    QLabel *m_count;
    QLabel *m_status;
    FieldError *m_error;
    QTimer m_externalChange;
    QString m_version; ///< OptOutService::version() of the list shown
    bool m_reading = false; ///< a read is on its way from the worker
    bool m_readAgain = false; ///< the list changed while it was
    QString m_pendingSelection; ///< a number just added, selected once the list shows it
    OptOutImportJob *m_import = nullptr;
    QProgressDialog *m_importProgress = nullptr;
    bool m_importAskedByUser = false; ///< explain skipped lines in a dialog
    bool m_columnsSized = false;
};

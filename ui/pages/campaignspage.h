// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/campaignaction.h"
#include "campaign/campaignsnapshot.h"
#include "campaign/carriercost.h"
#include "page.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

class CampaignDetailPane;
struct CampaignDetails;
class CampaignImportWizard;
class CampaignMonitor;
class CampaignService;
class CampaignTableModel;
class Dispatcher;
class EmptyState;
class ExportProgress;
class FieldError;
class FilterBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class Session;
class StoreWatcher;
class StoreWorker;

/// Campaigns: every campaign with its state, progress, counters and cost, live; the selected one's
/// details and actions below; "New campaign…" opens the import wizard. Reads and lifecycle
/// changes run on a CampaignMonitor's worker thread, so a million-message campaign never
/// freezes the window.
class CampaignsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    /// `dispatcher` may be null (then nothing is woken after start or resume).
    CampaignsPage(Session &session, StoreWorker &worker, Dispatcher *dispatcher, StoreWatcher &watcher,
                  QWidget *parent = nullptr);
    ~CampaignsPage() override;

    QString pageId() const override { return QStringLiteral("campaigns"); }
    QString title() const override { return tr("Campaigns"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/campaigns.svg")); }
    void activate() override;
    void focusFilter() override;
    /// `wizard:FILE[|TEMPLATE[|SENDER]]` opens the wizard on FILE, at the message step when a
    /// template is given (for documentation pictures); a campaign id selects that campaign.
    void setPageArgument(const QString &argument) override;

    /// Opens the import wizard (non-blocking), on `file` if given.
    CampaignImportWizard *openWizard(const QString &file = {});
    CampaignImportWizard *wizard() const;

    /// Runs a lifecycle change without asking (the buttons ask first where they should).
    void run(CampaignAction::Kind kind, qint64 id, const QDateTime &at = {});
    /// What Cancel asks: what will not be sent, and what finishes on its own.
    QString cancelQuestion(qint64 id) const;
    /// Start (or, with `at`, schedule) after asking once what it will spend: the campaign's cost
    /// per carrier is read on the worker, then startQuestion() opens (non-blocking).
    void askStart(qint64 id, const QDateTime &at = {});
    /// "Send 980 messages, 1,245 segments, about 43.40 EUR, through 3 carriers?"
    static QString startQuestionText(const CarrierCostList &costs, const QString &currency, const QDateTime &at);
    /// The open start question, or null.
    QMessageBox *startQuestion() const { return m_startQuestion; }
    void selectCampaign(qint64 id);
    qint64 selectedId() const;
    /// Applies a snapshot as if the monitor had just read it (the monitor calls this).
    void applySnapshot(const CampaignSnapshot &snapshot);
    /// Starts writing campaign `id`'s rejects to `path` off the GUI thread; rejectsExported()
    /// says how it ended.
    void exportRejects(qint64 id, const QString &path);

    CampaignTableModel *model() const { return m_model; }
    CampaignMonitor *monitor() const { return m_monitor; }
    CampaignDetailPane *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }
    EmptyState *emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    /// The last line saying what an action did.
    QString statusText() const;
    QString errorText() const;

Q_SIGNALS:
    /// A rejects export ended: `error` empty on success ("cancelled" when stopped).
    void rejectsExported(const QString &path, const QString &error);

private:
    void showSelected();
    void askSchedule(qint64 id);
    void askCancel(qint64 id);
    void askExport(qint64 id);
    void exportEnded(qint64 rows, const QString &error, bool cancelled);
    void actionFinished(const CampaignAction &action);
    void showStartQuestion(const CampaignDetails &details);

    Session &m_session;
    StoreWorker &m_worker;
    CampaignService &m_campaigns;
    Dispatcher *m_dispatcher;
    CampaignMonitor *m_monitor;
    CampaignTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_body;
    EmptyState *m_empty;
    FilterBox *m_filter;
    QTableView *m_table;
    CampaignDetailPane *m_detail;
    QLabel *m_status;
    FieldError *m_error;
    ExportProgress *m_export;
    QString m_exportingName; ///< the campaign whose rejects are being exported
    QPointer<CampaignImportWizard> m_wizard;
    QTimer m_tick;
    bool m_readFailed = false;
    bool m_columnsRestored = false;
    qint64 m_selectAfterLoad = 0;
    qint64 m_detailsFor = 0;
    CampaignState m_detailsState = CampaignState::Draft;
    QElapsedTimer m_sinceDetails;
    qint64 m_startAskedFor = 0; ///< askStart() is waiting for this campaign's costs
    QDateTime m_startAskedAt;
    QPointer<QMessageBox> m_startQuestion;
};

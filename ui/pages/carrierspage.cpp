// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierspage.h"

#include "carriers/carrieraccounts.h"
#include "carriers/carrierservice.h"
#include "models/carriertablemodel.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/carriereditor.h"
#include "widgets/emptystate.h"
#include "widgets/fielderror.h"
#include "widgets/filterbox.h"
#include "widgets/formscrollarea.h"
#include "widgets/notice.h"
#include "widgets/pageheader.h"
#include "widgets/subaccountdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

CarriersPage::CarriersPage(StoreWorker &worker, Settings &settings, QWidget *parent)
    : Page(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_model(new CarrierTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *header = new PageHeader(tr("Carriers"),
                                  tr("Restcomm accounts or sub-accounts that terminate your traffic, each with its "
                                     "own Account SID and token."),
                                  this);
    auto *add = new QPushButton(tr("Add carrier…"), this);
    header->addAction(add);

    m_empty = new EmptyState(tr("No carriers yet. A carrier is a Restcomm account or sub-account that sends your "
                                "messages; you need its Account SID and Auth Token."),
                             tr("Add your first carrier"), this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CarrierTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new FilterBox(tr("Filter carriers (Ctrl+F)"), this);
    m_toggle = new QPushButton(tr("Disable"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setToolTip(tr("Ask Restcomm whether this carrier's Account SID and token work."));
    m_subAccount = new QPushButton(tr("New sub-account…"), this);
    m_subAccount->setToolTip(tr("Create a Restcomm sub-account under this carrier's account and add it as a carrier."));
    // A sub-account is a new carrier: its button sits with "Add carrier…", which also leaves the
    // row above the table narrow enough for the form beside it in a 1024-pixel window.
    header->addAction(m_subAccount);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_test);
    tools->addWidget(m_toggle);
    tools->addWidget(m_delete);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CarrierTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_columnsRestored = m_table->horizontalHeader()->restoreState(m_settings.headerState(pageId()));

    m_error = new FieldError(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_status);

    m_editor = new CarrierEditor(m_worker, this);
    auto *editorScroll = new FormScrollArea(m_editor, this);
    m_noSelection = new QLabel(tr("Select a carrier to see and change its settings."), this);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_detail = new QStackedWidget(this);
    m_detail->addWidget(m_noSelection);
    m_detail->addWidget(editorScroll);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});

    m_body = new QStackedWidget(this);
    m_body->addWidget(m_empty);
    m_body->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_body, 1);

    connect(add, &QPushButton::clicked, this, &CarriersPage::startAdding);
    connect(m_empty->button(), &QPushButton::clicked, this, &CarriersPage::startAdding);
    QPushButton *demo = m_empty->addSecondaryButton(tr("No Restcomm account yet? Try the demo…"));
    demo->setToolTip(tr("Opens a second window on a separate demo store, with three carriers on a Restcomm simulator "
                        "running on this computer. Your store stays as it is."));
    connect(demo, &QPushButton::clicked, this, &CarriersPage::demoRequested);
    connect(m_filter, &FilterBox::filterChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CarriersPage::showSelected);
    connect(m_toggle, &QPushButton::clicked, this, &CarriersPage::toggleEnabled);
    connect(m_delete, &QPushButton::clicked, this, &CarriersPage::deleteSelected);
    connect(m_test, &QPushButton::clicked, this, &CarriersPage::testConnection);
    connect(m_subAccount, &QPushButton::clicked, this, &CarriersPage::createSubAccount);
    connect(m_editor, &CarrierEditor::saved, this, [this](qint64 id) {
        m_pendingSelection = id; // selected once the list that holds it is read
        reload();
    });
    connect(m_editor, &CarrierEditor::cancelled, this, [this] {
        m_body->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
        showSelected();
    });
    connect(&m_worker, &StoreWorker::carriersChanged, this, &CarriersPage::reload);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_columnsRestored)
            m_settings.setHeaderState(pageId(), m_table->horizontalHeader()->saveState());
    });

    reload();
}

CarriersPage::~CarriersPage() = default;

void CarriersPage::activate()
{
    reload();
}

void CarriersPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void CarriersPage::reload()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_worker.run(
        this, [](Session &session) { return session.carriers().list(); },
        [this](const Result<CarrierList> &carriers) {
            m_reading = false;
            if (!carriers)
                m_error->setProblem(carriers.errorMessage());
            else
                showCarriers(*carriers);
            if (std::exchange(m_readAgain, false))
                reload();
        });
}

void CarriersPage::showCarriers(const CarrierList &carriers)
{
    const qint64 keep = m_pendingSelection != 0 ? std::exchange(m_pendingSelection, 0) : selectedId();
    m_error->setProblem(QString());
    m_model->setCarriers(carriers);
    m_editor->setCarriers(carriers);
    const bool adding = m_detail->currentIndex() == 1 && m_editor->isNew();
    m_body->setCurrentIndex(carriers.isEmpty() && !adding ? 0 : 1);
    if (!m_columnsRestored && !carriers.isEmpty()) {
        m_table->resizeColumnsToContents();
        m_columnsRestored = true;
    }
    // Open on the first carrier rather than on an empty detail pane.
    if (keep != 0 && m_model->rowOf(keep) >= 0)
        selectCarrier(keep);
    else if (!adding && m_model->rowCount() > 0)
        selectCarrier(m_proxy->index(0, 0).data(CarrierTableModel::IdRole).toLongLong());
    else if (m_model->rowOf(selectedId()) < 0 && !adding)
        m_detail->setCurrentIndex(0);
    updateActions();
    Q_EMIT listShown();
}

void CarriersPage::startAdding()
{
    m_body->setCurrentIndex(1);
    m_table->clearSelection();
    m_editor->editNew();
    m_detail->setCurrentIndex(1);
    m_editor->focusFirstField();
}

qint64 CarriersPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return current.data(CarrierTableModel::IdRole).toLongLong();
}

void CarriersPage::selectCarrier(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
}

void CarriersPage::showSelected()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        if (!(m_detail->currentIndex() == 1 && m_editor->isNew()))
            m_detail->setCurrentIndex(0);
    } else {
        m_editor->edit(m_model->carrierAt(row));
        m_detail->setCurrentIndex(1);
    }
    updateActions();
}

void CarriersPage::updateActions()
{
    const int row = m_model->rowOf(selectedId());
    m_toggle->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_test->setEnabled(row >= 0);
    m_subAccount->setEnabled(row >= 0);
    m_toggle->setText(row >= 0 && !m_model->carrierAt(row).enabled ? tr("Enable") : tr("Disable"));
}

void CarriersPage::toggleEnabled()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const Carrier carrier = m_model->carrierAt(row);
    m_toggle->setEnabled(false);
    m_worker.run(
        this,
        [id = carrier.id, enable = !carrier.enabled](Session &session) {
            return session.carriers().setEnabled(id, enable);
        },
        [this](const Status &changed) {
            m_error->setProblem(changed ? QString() : changed.errorMessage());
            updateActions();
        });
}

void CarriersPage::testConnection()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const Carrier carrier = m_model->carrierAt(row);
    m_test->setEnabled(false);
    m_error->setProblem(QString());
    m_status->setText(tr("Asking Restcomm about “%1”…").arg(carrier.name));
    m_worker.runAsync<Result<ConnectionTest>>(
        this,
        [carrier](Session &session, std::function<void(Result<ConnectionTest>)> reply) {
            CarrierAccounts &accounts = session.accounts();
            accounts.testConnection(carrier, &accounts, [reply](const ConnectionTest &result) { reply(result); });
        },
        [this](const Result<ConnectionTest> &result) {
            m_test->setEnabled(true);
            const bool ok = result && result->ok;
            const QString message = result ? result->message : result.errorMessage();
            m_status->setText(ok ? message : QString());
            m_error->setProblem(ok ? QString() : message);
            Q_EMIT connectionTested(ok, message);
        });
}

void CarriersPage::createSubAccount()
{
    auto *dialog = new SubAccountDialog(m_worker, m_model->carriers(), selectedId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Carrier created = dialog->created();
        m_pendingSelection = created.id;
        reload();
        m_status->setText(tr("Created Restcomm sub-account %1 as carrier “%2”.").arg(created.accountSid, created.name));
    });
    dialog->open();
}

void CarriersPage::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const Carrier carrier = m_model->carrierAt(row);
    const auto answer = QMessageBox::question(
        this, tr("Delete carrier"),
        tr("Delete carrier “%1”? Its token is removed from the %2 as well. Messages already sent through it stay in "
           "the delivery log.")
            .arg(carrier.name, carrier.secretRef.startsWith(QLatin1String("database")) ? tr("store") : tr("keychain")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    removeCarrier(carrier.id);
}

void CarriersPage::removeCarrier(qint64 id)
{
    m_delete->setEnabled(false);
    m_worker.run(
        this, [id](Session &session) { return session.carriers().remove(id); },
        [this](const Status &removed) {
            updateActions();
            Q_EMIT removeFinished(removed ? QString() : removed.errorMessage());
            if (!removed) {
                openNotice(this, QMessageBox::Warning, tr("Carrier not deleted"), removed.errorMessage());
                return;
            }
            m_detail->setCurrentIndex(0);
        });
}

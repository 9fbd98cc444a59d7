// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "rulespage.h"

#include "carriers/carrierservice.h"
#include "models/ruletablemodel.h"
#include "routing/ruleservice.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "widgets/emptystate.h"
#include "widgets/fielderror.h"
#include "widgets/filterbox.h"
#include "widgets/formscrollarea.h"
#include "widgets/notice.h"
#include "widgets/pageheader.h"
#include "widgets/routetester.h"
#include "widgets/ruleeditor.h"

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

#include <algorithm>
#include <utility>

RulesPage::RulesPage(StoreWorker &worker, Settings &settings, QWidget *parent)
    : Page(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_model(new RuleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *header = new PageHeader(tr("Rules"),
                                  tr("Which carrier terminates which prefix or country, in what order and at what "
                                     "price. The longest matching prefix wins, then the country, then the default."),
                                  this);
    m_add = new QPushButton(tr("Add rule…"), this);
    header->addAction(m_add);

    m_empty = new EmptyState(QString(), tr("Add your first rule"), this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RuleTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new FilterBox(tr("Filter rules (Ctrl+F)"), this);
    m_toggle = new QPushButton(tr("Disable"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_toggle);
    tools->addWidget(m_delete);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RuleTableModel::Match, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_columnsRestored = m_table->horizontalHeader()->restoreState(m_settings.headerState(pageId()));

    m_error = new FieldError(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_error);

    m_editor = new RuleEditor(m_worker, this);
    auto *editorScroll = new FormScrollArea(m_editor, this);
    m_noSelection = new QLabel(tr("Select a rule to see and change it."), this);
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
    splitter->setSizes({680, 320});
    splitter->setChildrenCollapsible(false);

    // The test box takes the height it needs; the table and the form take the rest.
    m_tester = new RouteTester(m_worker, m_settings, this);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_tester);

    m_body = new QStackedWidget(this);
    m_body->addWidget(m_empty);
    m_body->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_body, 1);

    connect(m_add, &QPushButton::clicked, this, &RulesPage::startAdding);
    connect(m_empty->button(), &QPushButton::clicked, this, &RulesPage::startAdding);
    connect(m_filter, &FilterBox::filterChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RulesPage::showSelected);
    connect(m_toggle, &QPushButton::clicked, this, &RulesPage::toggleEnabled);
    connect(m_delete, &QPushButton::clicked, this, &RulesPage::deleteSelected);
    connect(m_editor, &RuleEditor::saved, this, [this](qint64 id) {
        m_pendingSelection = id; // selected once the list that holds it is read
        reload();
    });
    connect(m_editor, &RuleEditor::cancelled, this, [this] {
        // Back to the rule that was shown (its saved fields), else the first one.
        qint64 back = m_editor->isNew() ? m_shownBeforeAdding : selectedId();
        if (m_model->rowOf(back) < 0 && m_proxy->rowCount() > 0)
            back = m_proxy->index(0, 0).data(RuleTableModel::IdRole).toLongLong();
        m_body->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
        m_detail->setCurrentIndex(0);
        if (back != 0)
            selectRule(back);
        else
            showSelected();
    });
    connect(&m_worker, &StoreWorker::rulesChanged, this, &RulesPage::reload);
    connect(&m_worker, &StoreWorker::carriersChanged, this, &RulesPage::reload);
    connect(&m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == Settings::CurrencyKey)
            reload();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_columnsRestored)
            m_settings.setHeaderState(pageId(), m_table->horizontalHeader()->saveState());
    });

    reload();
}

RulesPage::~RulesPage() = default;

void RulesPage::activate()
{
    reload();
}

void RulesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_columnsRestored && m_model->rowCount() > 0)
        fitColumns();
}

void RulesPage::fitColumns()
{
    // Widths from the contents, then the long names give way so every column shows without
    // scrolling sideways; the operator's own widths are kept from then on.
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    int excess = header->length() - m_table->viewport()->width();
    for (int column : {int(RuleTableModel::Carrier), int(RuleTableModel::Value)}) {
        // Never below its header, however long a language makes it.
        const int narrowest = std::max(m_table->fontMetrics().averageCharWidth() * 12, header->sectionSizeHint(column));
        const int give = std::max(0, std::min(excess, header->sectionSize(column) - narrowest));
        header->resizeSection(column, header->sectionSize(column) - give);
        excess -= give;
    }
    m_columnsRestored = true;
}

void RulesPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void RulesPage::testNumber(const QString &number)
{
    m_tester->setNumber(number);
}

void RulesPage::reload()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    using Lists = std::pair<CarrierList, RuleList>;
    m_worker.run(
        this,
        [](Session &session) -> Result<Lists> {
            auto carriers = session.carriers().list();
            if (!carriers)
                return carriers.error();
            auto rules = session.rules().list();
            if (!rules)
                return rules.error();
            return Lists {std::move(*carriers), std::move(*rules)};
        },
        [this](const Result<Lists> &lists) {
            m_reading = false;
            if (!lists)
                m_error->setProblem(lists.errorMessage());
            else
                showRules(lists->first, lists->second);
            if (std::exchange(m_readAgain, false))
                reload();
        });
}

void RulesPage::showRules(const CarrierList &carrierList, const RuleList &ruleList)
{
    const CarrierList *carriers = &carrierList;
    const RuleList *rules = &ruleList;
    const qint64 keep = m_pendingSelection != 0 ? std::exchange(m_pendingSelection, 0) : selectedId();
    m_error->setProblem(QString());
    const QString currency = m_settings.currency();
    m_model->setRules(*rules, *carriers, currency);
    m_editor->setContext(*carriers, *rules, currency);

    m_haveCarriers = !carriers->isEmpty();
    m_empty->setSentence(m_haveCarriers
                             ? tr("No rules yet. A rule sends the numbers of a prefix or a country to a carrier, in "
                                  "an order and at a price; a default rule takes every other number. You can also "
                                  "import a rate card from the File menu.")
                             : tr("No rules yet, and no carrier to send to: add a carrier on the Carriers page "
                                  "first. Then a rule says which numbers go to it, in what order and at what price."));
    m_empty->button()->setEnabled(m_haveCarriers);
    m_add->setEnabled(m_haveCarriers);
    m_add->setToolTip(m_haveCarriers ? QString() : tr("Add a carrier first: a rule sends numbers to a carrier."));

    const bool adding = m_detail->currentIndex() == 1 && m_editor->isNew() && m_body->currentIndex() == 1;
    m_body->setCurrentIndex(rules->isEmpty() && !adding ? 0 : 1);
    if (!m_columnsRestored && !rules->isEmpty() && m_table->isVisible())
        fitColumns();
    // Open on the first rule rather than on an empty detail pane.
    if (keep != 0 && m_model->rowOf(keep) >= 0)
        selectRule(keep);
    else if (!adding && m_proxy->rowCount() > 0)
        selectRule(m_proxy->index(0, 0).data(RuleTableModel::IdRole).toLongLong());
    else
        showSelected();
    Q_EMIT listShown();
}

void RulesPage::startAdding()
{
    if (!m_haveCarriers)
        return;
    m_shownBeforeAdding = selectedId();
    m_body->setCurrentIndex(1);
    m_table->clearSelection();
    m_editor->editNew();
    m_detail->setCurrentIndex(1);
    m_editor->focusFirstField();
    updateActions();
}

qint64 RulesPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return current.data(RuleTableModel::IdRole).toLongLong();
}

void RulesPage::selectRule(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return; // filtered out
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelected();
}

void RulesPage::showSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0) {
        if (!(m_detail->currentIndex() == 1 && m_editor->isNew()))
            m_detail->setCurrentIndex(0);
    } else {
        m_editor->edit(m_model->ruleAt(row));
        m_detail->setCurrentIndex(1);
    }
    updateActions();
}

void RulesPage::updateActions()
{
    const int row = m_model->rowOf(selectedId());
    m_toggle->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_toggle->setText(row >= 0 && !m_model->ruleAt(row).enabled ? tr("Enable") : tr("Disable"));
}

void RulesPage::toggleEnabled()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const Rule rule = m_model->ruleAt(row);
    m_toggle->setEnabled(false);
    m_worker.run(
        this,
        [id = rule.id, enable = !rule.enabled](Session &session) { return session.rules().setEnabled(id, enable); },
        [this](const Status &changed) {
            m_error->setProblem(changed ? QString() : changed.errorMessage());
            updateActions();
        });
}

void RulesPage::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const Rule rule = m_model->ruleAt(row);
    const QString carrier = m_model->index(row, RuleTableModel::Carrier).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Delete rule"),
        tr("Delete the rule “%1 → %2”? Numbers it matches go to the next matching rule, or are refused as "
           "unroutable when none matches. Messages already sent stay in the delivery log.")
            .arg(RuleTableModel::describe(rule), carrier),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    removeRule(rule.id);
}

void RulesPage::removeRule(qint64 id)
{
    m_delete->setEnabled(false);
    m_worker.run(
        this, [id](Session &session) { return session.rules().remove(id); },
        [this](const Status &removed) {
            updateActions();
            Q_EMIT removeFinished(removed ? QString() : removed.errorMessage());
            if (!removed) {
                openNotice(this, QMessageBox::Warning, tr("Rule not deleted"), removed.errorMessage());
            }
            // StoreWorker::rulesChanged reloads the table and selects the next rule.
        });
}

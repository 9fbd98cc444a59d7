// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "routetester.h"

#include "fielderror.h"
#include "phone/phonenumberparser.h"
#include "routing/ruleservice.h"
#include "routing/rulevalidator.h"
#include "session/storeworker.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <chrono>

RouteTester::RouteTester(StoreWorker &worker, Settings &settings, QWidget *parent)
    : QGroupBox(tr("Test a number"), parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_number(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_sentence(new QLabel(this))
    , m_details(new QLabel(this))
    , m_candidates(new QTreeWidget(this))
{
    m_number->setPlaceholderText(tr("Type a number, e.g. %1")
                                     .arg(PhoneNumberParser::exampleNumber(
                                         QStringLiteral("GB"), PhoneNumberParser::ExampleStyle::International)));
    m_number->setClearButtonEnabled(true);
    m_region->setToolTip(tr("Where a number written without +country code is read."));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->addItem(QString(), QString());
    for (const QString &region : PhoneNumberParser::supportedRegions())
        m_region->addItem(PhoneNumberParser::describeRegion(region), region);
    updateDefaultRegion();

    auto *input = new QHBoxLayout;
    input->addWidget(m_number, 1);
    input->addWidget(new QLabel(tr("read in:"), this));
    input->addWidget(m_region);

    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The box keeps its height while you type, so the table above does not jump.
    m_details->setMinimumHeight(m_details->fontMetrics().height());
    m_sentence->setMinimumHeight(m_sentence->fontMetrics().lineSpacing() * 2);
    m_sentence->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_candidates->setColumnCount(ColumnCount);
    m_candidates->setHeaderLabels({tr("Carrier"), tr("Rule"), tr("Priority"), tr("Cost/segment"), tr("State")});
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setSelectionMode(QAbstractItemView::NoSelection);
    m_candidates->setFocusPolicy(Qt::NoFocus);
    m_candidates->header()->setStretchLastSection(true);
    // Each header whole, however long a language makes it ("Kosten/Segment").
    for (int column = 0; column + 1 < ColumnCount; ++column)
        m_candidates->header()->resizeSection(
            column,
            std::max(m_candidates->header()->defaultSectionSize(), m_candidates->header()->sectionSizeHint(column)));
    m_candidates->header()->setSectionsMovable(false);
    m_candidates->setMaximumHeight(m_candidates->fontMetrics().height() * 8);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(input);
    layout->addWidget(m_sentence);
    layout->addWidget(m_details);
    layout->addWidget(m_candidates);
    layout->addStretch(1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(debounceMs));
    connect(m_number, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_region, &QComboBox::currentIndexChanged, this, &RouteTester::testNow);
    connect(&m_debounce, &QTimer::timeout, this, &RouteTester::testNow);
    connect(&m_worker, &StoreWorker::rulesChanged, this, &RouteTester::testNow);
    connect(&m_worker, &StoreWorker::carriersChanged, this, &RouteTester::testNow);
    connect(&m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == Settings::DefaultRegionKey || key == Settings::CurrencyKey) {
            updateDefaultRegion();
            testNow();
        }
    });
    testNow();
}

void RouteTester::updateDefaultRegion()
{
    const QString region = m_settings.defaultRegion();
    m_region->setItemText(0,
                          region.isEmpty() || region == QLatin1String("ZZ") ? tr("Default region (none)")
                                                                            : tr("Default region (%1)").arg(region));
}

void RouteTester::setNumber(const QString &number)
{
    m_number->setText(number);
    m_debounce.stop();
    testNow();
}

void RouteTester::testNow()
{
    m_debounce.stop();
    const int asked = ++m_asked;
    const QString input = m_number->text().trimmed();
    if (input.isEmpty()) {
        m_candidates->clear();
        QPalette pal = m_sentence->palette();
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        m_sentence->setPalette(pal);
        m_sentence->setText(tr("Type a number to see which carrier it goes to, which rule chose it, and why other "
                               "carriers were skipped."));
        m_details->clear();
        Q_EMIT answered();
        return;
    }
    m_worker.run(
        this,
        [input, region = m_region->currentData().toString()](Session &session) -> Result<RouteExplanation> {
            return session.rules().explain(input, region);
        },
        [this, asked](const Result<RouteExplanation> &explained) {
            if (asked != m_asked)
                return; // the box holds another number by now; its answer comes next
            if (explained) {
                show(*explained);
            } else {
                m_candidates->clear();
                m_details->clear();
                m_sentence->setText(explained.errorMessage());
            }
            Q_EMIT answered();
        });
}

void RouteTester::show(const RouteExplanation &explained)
{
    m_candidates->clear();
    QPalette pal = m_sentence->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    const RouteDecision &decision = explained.decision;
    if (!decision.routed())
        pal.setColor(QPalette::WindowText, FieldError::errorColor(pal));
    m_sentence->setPalette(pal);
    m_sentence->setText(explained.text());

    const ParsedNumber &n = explained.number;
    m_details->clear();
    if (n.valid)
        m_details->setText(
            tr("Read as %1 · %2 · %3").arg(n.e164, PhoneNumberParser::describeRegion(n.region), n.typeName()));

    const QString currency = m_settings.currency();
    const QList<RouteDecision::Candidate> candidates = decision.candidates();
    for (const RouteDecision::Candidate &c : candidates) {
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(CarrierColumn, c.carrierName);
        item->setText(RuleColumn, c.ruleText());
        item->setText(PriorityColumn, QString::number(c.priority));
        item->setText(CostColumn, QStringLiteral("%1 %2").arg(RuleValidator::formatCost(c.costMicros), currency));
        item->setText(StateColumn,
                      c.chosen                  ? tr("chosen")
                          : c.skipped.isEmpty() ? tr("fallback")
                                                : tr("skipped: %1").arg(c.skipped));
        item->setTextAlignment(PriorityColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (c.chosen) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
        } else if (!c.skipped.isEmpty()) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_candidates->resizeColumnToContents(column);
}

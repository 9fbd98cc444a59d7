// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "ruleeditor.h"

#include "fielderror.h"
#include "models/ruletablemodel.h"
#include "phone/phonenumberparser.h"
#include "routing/ruleservice.h"
#include "session/storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

/// A field with its hint and error lines beneath it, as one cell of the form.
QWidget *withError(QWidget *field, FieldError *error, QWidget *parent, QLabel *hint = nullptr)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(error);
    return cell;
}

/// "GB (United Kingdom)" as the completer fills it in → "GB"; anything else as typed.
QString regionFromText(const QString &text)
{
    static const QRegularExpression described(QStringLiteral("^\\s*([A-Za-z]{2,3})\\s+\\("));
    const QRegularExpressionMatch match = described.match(text);
    return match.hasMatch() ? match.captured(1) : text;
}

} // namespace

RuleEditor::RuleEditor(StoreWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
{
    buildForm();
    editNew();
}

void RuleEditor::buildForm()
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_kind = new QComboBox(this);
    for (Rule::Kind kind : {Rule::Kind::Prefix, Rule::Kind::Country, Rule::Kind::Default})
        m_kind->addItem(RuleTableModel::kindText(kind), int(kind));

    m_value = new QLineEdit(this);
    QStringList regions;
    for (const QString &region : PhoneNumberParser::supportedRegions())
        regions.append(PhoneNumberParser::describeRegion(region));
    // Offered only while the rule matches a country (see kindChanged()).
    m_regionCompleter = new QCompleter(regions, this);
    m_regionCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_regionCompleter->setFilterMode(Qt::MatchContains);
    m_valueHint = new QLabel(this);
    m_valueHint->setWordWrap(true);
    m_valueHint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_valueHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_valueHint->setFont(small);

    m_carrier = new QComboBox(this);
    m_carrier->setPlaceholderText(tr("Choose a carrier"));
    m_carrierHint = new QLabel(this);
    m_carrierHint->setWordWrap(true);
    m_carrierHint->setForegroundRole(QPalette::PlaceholderText);
    m_carrierHint->setFont(small);
    m_priority = new QSpinBox(this);
    m_priority->setRange(1, RuleValidator::maxPriority);
    m_priority->setToolTip(tr("1 is tried first; higher numbers are fallbacks."));
    m_weight = new QSpinBox(this);
    m_weight->setRange(0, RuleValidator::maxWeight);
    m_weight->setToolTip(tr("Share of traffic among rules of equal priority and cost; 0 takes none while others can."));
    m_cost = new QLineEdit(this);
    m_cost->setPlaceholderText(tr("e.g. 0.021"));
    m_cost->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_currencyLabel = new QLabel(this);
    auto *costRow = new QWidget(this);
    auto *costLayout = new QHBoxLayout(costRow);
    costLayout->setContentsMargins(0, 0, 0, 0);
    costLayout->addWidget(m_cost, 1);
    costLayout->addWidget(m_currencyLabel);
    m_enabled = new QCheckBox(tr("Route numbers with this rule"), this);

    for (auto field : {RuleProblem::Field::Kind, RuleProblem::Field::Value, RuleProblem::Field::Carrier,
                       RuleProblem::Field::Priority, RuleProblem::Field::Weight, RuleProblem::Field::Cost})
        m_errors.insert(field, new FieldError(this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Match:"), withError(m_kind, m_errors[RuleProblem::Field::Kind], this));
    form->addRow(tr("&Value:"), withError(m_value, m_errors[RuleProblem::Field::Value], this, m_valueHint));
    form->addRow(tr("C&arrier:"), withError(m_carrier, m_errors[RuleProblem::Field::Carrier], this, m_carrierHint));
    form->addRow(tr("&Priority:"), withError(m_priority, m_errors[RuleProblem::Field::Priority], this));
    form->addRow(tr("&Weight:"), withError(m_weight, m_errors[RuleProblem::Field::Weight], this));
    form->addRow(tr("C&ost:"), withError(costRow, m_errors[RuleProblem::Field::Cost], this));
    form->addRow(QString(), m_enabled);

    // Names for tests and accessibility tools.
    m_kind->setObjectName(QStringLiteral("kind"));
    m_value->setObjectName(QStringLiteral("value"));
    m_carrier->setObjectName(QStringLiteral("carrier"));
    m_priority->setObjectName(QStringLiteral("priority"));
    m_weight->setObjectName(QStringLiteral("weight"));
    m_cost->setObjectName(QStringLiteral("cost"));
    m_enabled->setObjectName(QStringLiteral("enabled"));

    m_formError = new FieldError(this);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    layout->addStretch();

    // A new form shows a field's problem once that field has been changed (or Save pressed).
    auto touched = [this](std::initializer_list<RuleProblem::Field> fields) {
        for (RuleProblem::Field field : fields)
            m_touched.insert(field);
        revalidate();
    };
    using F = RuleProblem::Field;
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, touched] {
        kindChanged();
        touched({F::Kind, F::Value});
    });
    connect(m_value, &QLineEdit::textChanged, this, [touched] { touched({F::Value}); });
    connect(m_carrier, &QComboBox::currentIndexChanged, this, [touched] { touched({F::Carrier}); });
    connect(m_priority, &QSpinBox::valueChanged, this, [touched] { touched({F::Priority}); });
    connect(m_weight, &QSpinBox::valueChanged, this, [touched] { touched({F::Weight}); });
    connect(m_cost, &QLineEdit::textChanged, this, [touched] { touched({F::Cost}); });
    connect(m_enabled, &QCheckBox::toggled, this, [touched] { touched({}); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &RuleEditor::cancelled);
}

void RuleEditor::keyPressEvent(QKeyEvent *event)
{
    // Line edits, spin boxes and closed combo boxes pass Enter and Esc on to the form, so they
    // work wherever the cursor is; an open completer or list takes them first.
    switch (event->key()) {
    case Qt::Key_Escape:
        Q_EMIT cancelled();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        save();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void RuleEditor::setContext(const CarrierList &carriers, const RuleList &rules, const QString &currency)
{
    m_carriers = carriers;
    m_rules = rules;
    m_currency = currency;
    m_currencyLabel->setText(tr("%1/segment").arg(currency));
    fillCarriers();
    revalidate();
}

void RuleEditor::fillCarriers()
{
    const QSignalBlocker blocker(m_carrier);
    const qint64 keep = m_carrier->currentIndex() >= 0 ? m_carrier->currentData().toLongLong() : m_rule.carrierId;
    m_carrier->clear();
    CarrierList sorted = m_carriers;
    std::sort(sorted.begin(), sorted.end(),
              [](const Carrier &a, const Carrier &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Carrier &c : std::as_const(sorted))
        m_carrier->addItem(c.name, c.id);
    int index = m_carrier->findData(keep);
    if (index < 0 && isNew() && m_carrier->count() == 1)
        index = 0; // one carrier: nothing to choose
    m_carrier->setCurrentIndex(index);
}

void RuleEditor::editNew()
{
    edit(Rule());
}

void RuleEditor::edit(const Rule &rule)
{
    m_rule = rule;
    {
        const QSignalBlocker blockers[] = {
            QSignalBlocker(m_kind),   QSignalBlocker(m_value), QSignalBlocker(m_carrier), QSignalBlocker(m_priority),
            QSignalBlocker(m_weight), QSignalBlocker(m_cost),  QSignalBlocker(m_enabled)};
        m_heading->setText(isNew() ? tr("New rule") : tr("Edit rule “%1”").arg(RuleTableModel::describe(rule)));
        m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
        kindChanged();
        m_value->setText(rule.kind == Rule::Kind::Country ? PhoneNumberParser::describeRegion(rule.value) : rule.value);
        m_carrier->setCurrentIndex(-1);
        fillCarriers();
        m_priority->setValue(rule.priority);
        m_weight->setValue(rule.weight);
        m_cost->setText(isNew() ? QString() : RuleValidator::formatCost(rule.costMicros));
        m_enabled->setChecked(rule.enabled);
    }
    m_formError->setProblem(QString());
    // A new form is not greeted with a wall of red; an existing rule shows its problems at once.
    m_touched.clear();
    if (!isNew())
        touchAll();
    revalidate();
}

void RuleEditor::focusFirstField()
{
    m_kind->setFocus();
}

void RuleEditor::kindChanged()
{
    const auto kind = Rule::Kind(m_kind->currentData().toInt());
    m_value->setEnabled(kind != Rule::Kind::Default);
    m_value->setCompleter(kind == Rule::Kind::Country ? m_regionCompleter : nullptr);
    switch (kind) {
    case Rule::Kind::Prefix:
        m_value->setPlaceholderText(tr("digits, country code first: 447 for UK mobiles"));
        break;
    case Rule::Kind::Country:
        m_value->setPlaceholderText(tr("two-letter code or name: GB, Portugal, …"));
        break;
    case Rule::Kind::Default:
        m_value->clear();
        m_value->setPlaceholderText(tr("every number no other rule matches"));
        break;
    }
}

Rule RuleEditor::ruleFromFields() const
{
    Rule rule = m_rule;
    rule.kind = Rule::Kind(m_kind->currentData().toInt());
    const QString typed = rule.kind == Rule::Kind::Country ? regionFromText(m_value->text()) : m_value->text();
    rule.value = RuleValidator::normaliseValue(rule.kind, rule.kind == Rule::Kind::Default ? QString() : typed);
    rule.carrierId = m_carrier->currentIndex() >= 0 ? m_carrier->currentData().toLongLong() : 0;
    rule.priority = m_priority->value();
    rule.weight = m_weight->value();
    rule.costMicros = RuleValidator::parseCost(m_cost->text().trimmed()).value_or(0);
    rule.enabled = m_enabled->isChecked();
    return rule;
}

QString RuleEditor::valueHint(const Rule &rule) const
{
    switch (rule.kind) {
    case Rule::Kind::Prefix:
        return tr("Numbers starting with +%1.").arg(rule.value);
    case Rule::Kind::Country:
        return tr("Every number of %1 (country code +%2), whatever its prefix.")
            .arg(PhoneNumberParser::describeRegion(rule.value))
            .arg(PhoneNumberParser::countryCodeForRegion(rule.value));
    case Rule::Kind::Default:
        break;
    }
    return tr("Numbers no prefix or country rule matches.");
}

void RuleEditor::revalidate()
{
    const Rule rule = ruleFromFields();
    QList<RuleProblem> problems = RuleValidator::validate(rule, m_carriers, m_rules);
    const QString costText = m_cost->text().trimmed();
    QString costProblem;
    if (costText.isEmpty())
        costProblem = tr("Enter the price of one segment, e.g. 0.021 (0 if it costs nothing).");
    else if (!RuleValidator::parseCost(costText, &costProblem))
        costProblem = costProblem.isEmpty() ? tr("“%1” is not a price.").arg(costText) : costProblem;
    if (!costProblem.isEmpty())
        problems.prepend({RuleProblem::Field::Cost, costProblem});

    for (FieldError *error : std::as_const(m_errors))
        error->setProblem(QString());
    bool valueOk = true;
    for (const RuleProblem &problem : std::as_const(problems)) {
        if (problem.field == RuleProblem::Field::Value)
            valueOk = false;
        FieldError *error = m_errors.value(problem.field);
        // A duplicate is reported on the carrier but is as much about the value just typed.
        const bool shown = m_touched.contains(problem.field)
            || (problem.field == RuleProblem::Field::Carrier && m_touched.contains(RuleProblem::Field::Value));
        if (shown && error && error->text().isEmpty())
            error->setProblem(problem.message);
    }
    m_valueHint->setText(valueOk ? valueHint(rule) : QString());
    m_valueHint->setVisible(valueOk);
    const auto chosen = std::find_if(m_carriers.cbegin(), m_carriers.cend(),
                                     [&rule](const Carrier &c) { return c.id == rule.carrierId; });
    const bool carrierDisabled = chosen != m_carriers.cend() && !chosen->enabled;
    m_carrierHint->setText(carrierDisabled ? tr("This carrier is disabled: routing skips the rule until the carrier "
                                                "is enabled again.")
                                           : QString());
    m_carrierHint->setVisible(carrierDisabled);
    m_save->setEnabled(problems.isEmpty() && !m_saving);
}

void RuleEditor::touchAll()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        m_touched.insert(it.key());
}

void RuleEditor::save()
{
    touchAll();
    revalidate();
    if (!m_save->isEnabled()) {
        if (!m_saving)
            Q_EMIT saveFailed(tr("Fix the fields marked above first."));
        return;
    }
    const Rule rule = ruleFromFields();
    const bool adding = isNew();
    m_saving = true;
    m_save->setEnabled(false);
    m_worker.run(
        this,
        [rule, adding](Session &session) { return adding ? session.rules().add(rule) : session.rules().update(rule); },
        [this](const Result<Rule> &result) {
            m_saving = false;
            revalidate();
            if (!result) {
                m_formError->setProblem(result.errorMessage());
                Q_EMIT saveFailed(result.errorMessage());
                return;
            }
            m_rule = *result;
            m_formError->setProblem(QString());
            Q_EMIT saved(result->id);
        });
}

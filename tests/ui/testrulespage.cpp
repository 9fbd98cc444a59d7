// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Rules page: model contract, empty states, inline validation, the "Test a number" box,
// filter and sort, enable/disable and delete with confirmation.
#include "carriers/carrierservice.h"
#include "mainwindow.h"
#include "models/ruletablemodel.h"
#include "pages/rulespage.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/emptystate.h"
#include "widgets/filterbox.h"
#include "widgets/routetester.h"
#include "widgets/ruleeditor.h"
#include "workertesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

QPushButton *findButton(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

/// The visible error lines of a form, joined.
QString shownProblems(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->inherits("FieldError") && label->isVisible())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

/// Answers the next modal message box with `button`, as a person would.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

qint64 addCarrier(Session &session, const QString &name, int n, bool enabled = true)
{
    Carrier c;
    c.name = name;
    c.accountSid = testAccountSid(n);
    c.enabled = enabled;
    auto added = session.carriers().add(c, "token");
    if (!added)
        qFatal("%s", qPrintable(added.errorMessage()));
    return added->id;
}

Rule makeRule(Rule::Kind kind, const QString &value, qint64 carrierId, qint64 costMicros, int priority = 1)
{
    Rule rule;
    rule.kind = kind;
    rule.value = value;
    rule.carrierId = carrierId;
    rule.costMicros = costMicros;
    rule.priority = priority;
    return rule;
}

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

} // namespace

class TestRulesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelPassesTheModelTester();
    void pageModelStaysValidThroughChanges();
    void emptyStateSaysCarriersComeFirst();
    void editorValidatesAsYouTypeAndSaves();
    void editorRefusesADuplicateAndReadsCountryNames();
    void escapeCancelsAnEdit();
    void testBoxExplainsAsYouType();
    void testBoxFollowsRuleChanges();
    void filterAndSort();
    void toggleAndDeleteWithConfirmation();
    void registeredAfterCarriers();

private:
    /// A rules page on the test's worker, once it shows what the store holds.
    std::unique_ptr<RulesPage> makePage();
    /// Adds a rule the way the window does, through the worker (whose signals the page follows).
    Rule addThroughWorker(const Rule &rule);

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWorker> m_worker;
};

std::unique_ptr<RulesPage> TestRulesPage::makePage()
{
    auto page = std::make_unique<RulesPage>(*m_worker, m_session->settings());
    QSignalSpy shown(page.get(), &RulesPage::listShown);
    if (!shown.wait(10000))
        qFatal("the rules page never showed its list");
    return page;
}

Rule TestRulesPage::addThroughWorker(const Rule &rule)
{
    auto added = onWorker(*m_worker, [rule](Session &session) { return session.rules().add(rule); });
    if (!added)
        qFatal("%s", qPrintable(added.errorMessage()));
    return *added;
}

void TestRulesPage::init()
{
    m_store = std::make_unique<TempStore>();
    m_session = m_store->openSession(SecretBackend::Database);
    m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
}

void TestRulesPage::cleanup()
{
    m_worker.reset();
    m_session.reset();
    m_store.reset();
}

void TestRulesPage::modelPassesTheModelTester()
{
    RuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    Carrier uk;
    uk.id = 7;
    uk.name = QStringLiteral("EE UK");
    Carrier off = uk;
    off.id = 8;
    off.name = QStringLiteral("Backup");
    off.enabled = false;
    Rule prefix = makeRule(Rule::Kind::Prefix, QStringLiteral("447"), 7, 21'000);
    prefix.id = 1;
    Rule country = makeRule(Rule::Kind::Country, QStringLiteral("GB"), 8, 125, 2);
    country.id = 2;
    country.enabled = false;
    Rule fallback = makeRule(Rule::Kind::Default, QString(), 7, 1'500'000, 9);
    fallback.id = 3;
    model.setRules({prefix, country, fallback}, {uk, off}, QStringLiteral("GBP"));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RuleTableModel::ColumnCount));
    QCOMPARE(column(&model, RuleTableModel::Match),
             (QStringList {QStringLiteral("Prefix"), QStringLiteral("Country"), QStringLiteral("Default")}));
    QCOMPARE(column(&model, RuleTableModel::Value),
             (QStringList {QStringLiteral("447"), QStringLiteral("GB (United Kingdom)"),
                           QStringLiteral("all other numbers")}));
    QCOMPARE(column(&model, RuleTableModel::Carrier),
             (QStringList {QStringLiteral("EE UK"), QStringLiteral("Backup"), QStringLiteral("EE UK")}));
    QCOMPARE(
        column(&model, RuleTableModel::Cost),
        (QStringList {QStringLiteral("0.0210 GBP"), QStringLiteral("0.000125 GBP"), QStringLiteral("1.5000 GBP")}));
    QCOMPARE(column(&model, RuleTableModel::Enabled),
             (QStringList {QStringLiteral("Enabled"), QStringLiteral("Disabled"), QStringLiteral("Enabled")}));
    QCOMPARE(model.index(2, RuleTableModel::Cost).data(RuleTableModel::SortRole).toLongLong(), 1'500'000);
    QCOMPARE(model.index(1, RuleTableModel::Priority).data(RuleTableModel::SortRole).toInt(), 2);
    QCOMPARE(model.index(1, RuleTableModel::Value).data(RuleTableModel::IdRole).toLongLong(), 2);
    QCOMPARE(model.index(0, RuleTableModel::Cost).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(
        model.index(1, RuleTableModel::Carrier).data(Qt::ToolTipRole).toString().contains(QStringLiteral("disabled")));
    QCOMPARE(model.rowOf(3), 2);
    QCOMPARE(model.rowOf(4), -1);

    model.setRules({}, {}, QStringLiteral("EUR"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(1), -1);
}

void TestRulesPage::pageModelStaysValidThroughChanges()
{
    const qint64 uk = addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();

    const Rule added = addThroughWorker(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), uk, 21'000));
    QTRY_COMPARE(page.model()->rowCount(), 1); // the worker's rulesChanged reloads
    addThroughWorker(makeRule(Rule::Kind::Country, QStringLiteral("PT"), uk, 12'500));
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QVERIFY(onWorker(*m_worker, [id = added.id](Session &session) { return session.rules().remove(id); }));
    QTRY_COMPARE(page.model()->rowCount(), 1);

    // Renaming a carrier shows without asking.
    Carrier renamed = *m_session->carriers().findById(uk);
    renamed.name = QStringLiteral("EE");
    QVERIFY(onWorker(*m_worker, [renamed](Session &session) { return session.carriers().update(renamed); }));
    QTRY_COMPARE(page.model()->index(0, RuleTableModel::Carrier).data().toString(), QStringLiteral("EE"));
    QVERIFY(m_session->settings().setCurrency(QStringLiteral("usd")));
    QTRY_COMPARE(page.model()->index(0, RuleTableModel::Cost).data().toString(), QStringLiteral("0.0125 USD"));
}

void TestRulesPage::emptyStateSaysCarriersComeFirst()
{
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    EmptyState *empty = page.emptyState();
    QVERIFY(empty->isVisible());
    QVERIFY(!page.table()->isVisible());
    QVERIFY(!page.tester()->isVisible());
    QVERIFY(empty->sentence().contains(QStringLiteral("add a carrier on the Carriers page first")));
    QVERIFY(!empty->button()->isEnabled());
    QPushButton *add = findButton(&page, QStringLiteral("Add rule…"));
    QVERIFY(add && !add->isEnabled());

    // A carrier added through the worker (as the Carriers page does) refreshes this page.
    QVERIFY(onWorker(
        *m_worker, [](Session &session) -> Result<qint64> { return addCarrier(session, QStringLiteral("EE UK"), 1); }));
    QTRY_VERIFY(empty->sentence().startsWith(QStringLiteral("No rules yet.")));
    QVERIFY(empty->button()->isEnabled());
    QVERIFY(add->isEnabled());
    QCOMPARE(empty->button()->text(), QStringLiteral("Add your first rule"));

    empty->button()->click();
    QVERIFY(page.editor()->isVisible());
    QVERIFY(page.editor()->isNew());
    // Nothing typed yet: no wall of red, but no Save either (there is no cost).
    QVERIFY(shownProblems(page.editor()).isEmpty());
    QVERIFY(!findButton(page.editor(), QStringLiteral("Save"))->isEnabled());
}

void TestRulesPage::editorValidatesAsYouTypeAndSaves()
{
    addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    page.startAdding();
    RuleEditor *editor = page.editor();
    auto *value = editor->findChild<QLineEdit *>(QStringLiteral("value"));
    auto *cost = editor->findChild<QLineEdit *>(QStringLiteral("cost"));
    auto *carrier = editor->findChild<QComboBox *>(QStringLiteral("carrier"));
    auto *weight = editor->findChild<QSpinBox *>(QStringLiteral("weight"));
    QPushButton *save = findButton(editor, QStringLiteral("Save"));
    QVERIFY(value && cost && carrier && weight && save);
    QCOMPARE(carrier->currentText(), QStringLiteral("EE UK")); // the only carrier is chosen

    QTest::keyClicks(value, QStringLiteral("07"));
    QVERIFY2(shownProblems(editor).contains(QStringLiteral("cannot start with 0")), qPrintable(shownProblems(editor)));
    // Only the field being typed in speaks up; Enter on an invalid form shows every problem.
    QVERIFY(!shownProblems(editor).contains(QStringLiteral("Enter the price of one segment")));
    QVERIFY(!save->isEnabled());
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(shownProblems(editor).contains(QStringLiteral("Enter the price of one segment")));
    QVERIFY(m_session->rules().list()->isEmpty());

    value->clear();
    QTest::keyClicks(value, QStringLiteral("+44 7"));
    QTest::keyClicks(cost, QStringLiteral("cheap"));
    QVERIFY(shownProblems(editor).contains(QStringLiteral("“cheap” is not a price")));
    QVERIFY(!shownProblems(editor).contains(QStringLiteral("prefix")));
    QVERIFY(!save->isEnabled());

    cost->clear();
    QTest::keyClicks(cost, QStringLiteral("0,021"));
    weight->setValue(3);
    QVERIFY2(shownProblems(editor).isEmpty(), qPrintable(shownProblems(editor)));
    QVERIFY(save->isEnabled());
    QSignalSpy saved(editor, &RuleEditor::saved);
    QTest::keyClick(cost, Qt::Key_Return); // Enter saves, on the store worker
    QVERIFY(!save->isEnabled()); // no second save while the first is on its way
    QVERIFY(saved.wait(10000));

    const RuleList rules = *m_session->rules().list();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.constFirst().value, QStringLiteral("447"));
    QCOMPARE(rules.constFirst().costMicros, 21'000);
    QCOMPARE(rules.constFirst().weight, 3);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(!editor->isNew());
    QCOMPARE(editor->ruleId(), rules.constFirst().id);

    // Editing: change the cost of the selected rule, save with the button.
    cost->clear();
    QTest::keyClicks(cost, QStringLiteral("0.019"));
    save->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_session->rules().findById(rules.constFirst().id)->costMicros, 19'000);
    QTRY_COMPARE(page.model()->index(0, RuleTableModel::Cost).data().toString(), QStringLiteral("0.0190 EUR"));
}

void TestRulesPage::editorRefusesADuplicateAndReadsCountryNames()
{
    const qint64 uk = addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    addCarrier(*m_session, QStringLiteral("Backup"), 2, false);
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Country, QStringLiteral("GB"), uk, 25'000)));
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    page.startAdding();
    RuleEditor *editor = page.editor();
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kind"));
    auto *value = editor->findChild<QLineEdit *>(QStringLiteral("value"));
    auto *carrier = editor->findChild<QComboBox *>(QStringLiteral("carrier"));
    auto *cost = editor->findChild<QLineEdit *>(QStringLiteral("cost"));
    QPushButton *save = findButton(editor, QStringLiteral("Save"));
    QCOMPARE(carrier->currentIndex(), -1); // two carriers: the operator chooses

    kind->setCurrentIndex(kind->findData(int(Rule::Kind::Country)));
    QTest::keyClicks(value, QStringLiteral("uk"));
    QTest::keyClicks(cost, QStringLiteral("0.02"));
    QVERIFY2(shownProblems(editor).contains(QStringLiteral("Use the two-letter code: “UK” is GB.")),
             qPrintable(shownProblems(editor)));
    QVERIFY(shownProblems(editor).contains(QStringLiteral("Choose the carrier")));

    value->setText(QStringLiteral("GB (United Kingdom)")); // what the completer fills in
    carrier->setCurrentIndex(carrier->findText(QStringLiteral("EE UK")));
    QCOMPARE(editor->ruleFromFields().value, QStringLiteral("GB"));
    QVERIFY2(shownProblems(editor).contains(QStringLiteral("country GB")), qPrintable(shownProblems(editor)));
    QVERIFY(!save->isEnabled());

    carrier->setCurrentIndex(carrier->findText(QStringLiteral("Backup")));
    QVERIFY2(shownProblems(editor).isEmpty(), qPrintable(shownProblems(editor)));
    bool disabledHint = false;
    for (QLabel *label : editor->findChildren<QLabel *>())
        disabledHint |= label->isVisible() && label->text().startsWith(QStringLiteral("This carrier is disabled"));
    QVERIFY(disabledHint);
    QVERIFY(save->isEnabled());

    // The default rule takes no value.
    kind->setCurrentIndex(kind->findData(int(Rule::Kind::Default)));
    QVERIFY(!value->isEnabled());
    QVERIFY(value->text().isEmpty());
    QVERIFY(save->isEnabled());
    QSignalSpy saved(editor, &RuleEditor::saved);
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_session->rules().list()->size(), 2);
}

void TestRulesPage::escapeCancelsAnEdit()
{
    const qint64 uk = addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), uk, 21'000)));
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    page.startAdding();
    QSignalSpy cancelled(page.editor(), &RuleEditor::cancelled);
    auto *value = page.editor()->findChild<QLineEdit *>(QStringLiteral("value"));
    QTest::keyClicks(value, QStringLiteral("351"));
    QTest::keyClick(value, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(m_session->rules().list()->size(), 1);
    QVERIFY(!page.editor()->isNew()); // back on the selected rule
}

void TestRulesPage::testBoxExplainsAsYouType()
{
    const qint64 uk = addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    const qint64 backup = addCarrier(*m_session, QStringLiteral("Backup"), 2, false);
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), uk, 21'000)));
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), backup, 19'000)));
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    RouteTester *tester = page.tester();
    QVERIFY(tester->isVisible());
    QVERIFY(tester->sentence()->text().startsWith(QStringLiteral("Type a number")));
    QCOMPARE(tester->candidates()->topLevelItemCount(), 0);

    QTest::keyClicks(tester->numberField(), QStringLiteral("+447911123456"));
    // Debounced: nothing is routed per key press; the timer's target runs once typing pauses.
    QVERIFY(tester->debounce().isActive());
    QCOMPARE(tester->debounce().interval(), RouteTester::debounceMs);
    QVERIFY(tester->sentence()->text().startsWith(QStringLiteral("Type a number")));
    QSignalSpy answered(tester, &RouteTester::answered);
    tester->testNow();
    QVERIFY(!tester->debounce().isActive());
    QVERIFY(answered.wait(10000));

    const QString expected = m_session->rules().explain(QStringLiteral("+447911123456")).text();
    QCOMPARE(tester->sentence()->text(), expected);
    QVERIFY(expected.startsWith(QStringLiteral("+447911123456 → EE UK: prefix 447")));
    QVERIFY(expected.contains(QStringLiteral("skipped Backup: disabled")));
    QVERIFY(tester->details()->text().contains(QStringLiteral("mobile")));
    QTreeWidget *list = tester->candidates();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(RouteTester::CarrierColumn), QStringLiteral("EE UK"));
    QCOMPARE(list->topLevelItem(0)->text(RouteTester::RuleColumn), QStringLiteral("prefix 447"));
    QCOMPARE(list->topLevelItem(0)->text(RouteTester::CostColumn), QStringLiteral("0.0210 EUR"));
    QCOMPARE(list->topLevelItem(0)->text(RouteTester::StateColumn), QStringLiteral("chosen"));
    QCOMPARE(list->topLevelItem(1)->text(RouteTester::CarrierColumn), QStringLiteral("Backup"));
    QCOMPARE(list->topLevelItem(1)->text(RouteTester::StateColumn), QStringLiteral("skipped: disabled"));

    // A national number needs a region: the selector reads it in GB (the test locale has none).
    tester->numberField()->setText(QStringLiteral("07911 123456"));
    tester->testNow();
    QVERIFY(answered.wait(10000));
    QVERIFY(!tester->sentence()->text().contains(QStringLiteral("EE UK")));
    tester->regionField()->setCurrentIndex(tester->regionField()->findData(QStringLiteral("GB")));
    QVERIFY(answered.wait(10000));
    QVERIFY2(tester->sentence()->text().startsWith(QStringLiteral("+447911123456 → EE UK")),
             qPrintable(tester->sentence()->text()));

    // A refused number says why, and lists nothing.
    tester->setNumber(QStringLiteral("+44 12"));
    QVERIFY(answered.wait(10000));
    QVERIFY2(tester->sentence()->text().contains(QStringLiteral("too short")), qPrintable(tester->sentence()->text()));
    QCOMPARE(tester->candidates()->topLevelItemCount(), 0);
    QVERIFY(tester->details()->text().isEmpty());

    // Valid but unroutable.
    tester->setNumber(QStringLiteral("+351912345678"));
    QVERIFY(answered.wait(10000));
    QVERIFY(tester->sentence()->text().contains(QStringLiteral("no enabled rule matches")));
    tester->setNumber(QString());
    QVERIFY(tester->sentence()->text().startsWith(QStringLiteral("Type a number")));
}

void TestRulesPage::testBoxFollowsRuleChanges()
{
    const qint64 uk = addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    const qint64 de = addCarrier(*m_session, QStringLiteral("Telekom DE"), 2);
    auto prefix = m_session->rules().add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), uk, 21'000));
    QVERIFY(prefix);
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Default, QString(), de, 60'000, 5)));
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    page.testNumber(QStringLiteral("+447911123456"));
    QTRY_VERIFY(page.tester()->sentence()->text().startsWith(QStringLiteral("+447911123456 → EE UK")));

    QVERIFY(onWorker(*m_worker, [id = prefix->id](Session &session) { return session.rules().setEnabled(id, false); }));
    QTRY_VERIFY2(page.tester()->sentence()->text().startsWith(QStringLiteral("+447911123456 → Telekom DE: default")),
                 qPrintable(page.tester()->sentence()->text()));
    QVERIFY(onWorker(*m_worker, [de](Session &session) { return session.carriers().setEnabled(de, false); }));
    QTRY_VERIFY(page.tester()->sentence()->text().contains(QStringLiteral("unroutable")));
}

void TestRulesPage::filterAndSort()
{
    const qint64 uk = addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    const qint64 pt = addCarrier(*m_session, QStringLiteral("Vodafone PT"), 2);
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), uk, 21'000)));
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Country, QStringLiteral("GB"), uk, 25'000)));
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Country, QStringLiteral("PT"), pt, 12'500)));
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Default, QString(), pt, 100'000)));
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    QSortFilterProxyModel *proxy = page.proxy();
    QCOMPARE(proxy->rowCount(), 4);

    // Sorted by match by default, in the order routing tries them.
    QCOMPARE(column(proxy, RuleTableModel::Match),
             (QStringList {QStringLiteral("Prefix"), QStringLiteral("Country"), QStringLiteral("Country"),
                           QStringLiteral("Default")}));
    page.table()->sortByColumn(RuleTableModel::Cost, Qt::AscendingOrder);
    QCOMPARE(column(proxy, RuleTableModel::Cost),
             (QStringList {QStringLiteral("0.0125 EUR"), QStringLiteral("0.0210 EUR"), QStringLiteral("0.0250 EUR"),
                           QStringLiteral("0.1000 EUR")}));

    // The filter matches shown text (region names too), once typing pauses.
    QSignalSpy filtered(page.filter(), &FilterBox::filterChanged);
    page.focusFilter();
    QTest::keyClicks(page.filter(), QStringLiteral("united"));
    QCOMPARE(proxy->rowCount(), 4); // debounced
    QVERIFY(filtered.wait(2000));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, RuleTableModel::Value).data().toString(), QStringLiteral("GB (United Kingdom)"));
}

void TestRulesPage::toggleAndDeleteWithConfirmation()
{
    const qint64 uk = addCarrier(*m_session, QStringLiteral("EE UK"), 1);
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), uk, 21'000)));
    auto pagePtr = makePage();
    RulesPage &page = *pagePtr;
    page.show();
    QVERIFY(page.table()->selectionModel()->hasSelection());

    QPushButton *disable = findButton(&page, QStringLiteral("Disable"));
    QVERIFY(disable && disable->isEnabled());
    disable->click();
    QTRY_VERIFY(!m_session->rules().list()->constFirst().enabled);
    QTRY_VERIFY(findButton(&page, QStringLiteral("Enable")));
    QTRY_COMPARE(page.model()->index(0, RuleTableModel::Enabled).data().toString(), QStringLiteral("Disabled"));

    QPushButton *remove = findButton(&page, QStringLiteral("Delete…"));
    QSignalSpy removed(&page, &RulesPage::removeFinished);
    answerNextMessageBox(QMessageBox::Cancel);
    remove->click();
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_session->rules().list()->size(), 1);

    answerNextMessageBox(QMessageBox::Yes);
    remove->click();
    QVERIFY(removed.wait(10000));
    QVERIFY(m_session->rules().list()->isEmpty());
    QTRY_COMPARE(page.model()->rowCount(), 0);
    QTRY_VERIFY(page.emptyState()->isVisible());
    QVERIFY(page.emptyState()->button()->isEnabled());
}

void TestRulesPage::registeredAfterCarriers()
{
    MainWindow window(*m_session);
    QVERIFY(window.page(QStringLiteral("rules")));
    auto *navigation = window.findChild<QListWidget *>();
    QVERIFY(navigation);
    QList<QListWidgetItem *> carriers = navigation->findItems(QStringLiteral("Carriers"), Qt::MatchExactly);
    QCOMPARE(carriers.size(), 1);
    QCOMPARE(navigation->item(navigation->row(carriers.constFirst()) + 1)->text(), QStringLiteral("Rules"));
    QVERIFY(window.showPage(QStringLiteral("carriers")));
    QVERIFY(window.showPage(QStringLiteral("rules")));
    QCOMPARE(window.currentPage()->title(), QStringLiteral("Rules"));
    window.currentPage()->setPageArgument(QStringLiteral("+351912345678"));
    auto *page = qobject_cast<RulesPage *>(window.currentPage());
    QVERIFY(page);
    QCOMPARE(page->tester()->numberField()->text(), QStringLiteral("+351912345678"));
}

SMSROUTER_GUI_TEST(TestRulesPage)
#include "testrulespage.moc"

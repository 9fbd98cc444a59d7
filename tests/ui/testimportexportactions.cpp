// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// File → Import carriers.json / Import rate card / Export rate card: the same core code as the
// CLI, with a summary dialog that lists what was imported or every problem.
#include "carriers/carrierservice.h"
#include "importexportactions.h"
#include "mainwindow.h"
#include "routing/ruleservice.h"
#include "session/storeworker.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/importsummarydialog.h"

#include <QEventLoop>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(SMSROUTER_TEST_DATA "/routing/") + QLatin1String(name);
}

void addNamedCarrier(Session &session, const QString &name, int n)
{
    Carrier c;
    c.name = name;
    c.accountSid = testAccountSid(n);
    QVERIFY(session.carriers().add(c, "token"));
}

} // namespace

class TestImportExportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fileMenuOffersTheImports();
    void importsARateCard();
    void badRateCardListsEveryLineAndChangesNothing();
    void exportThenImportChangesNothing();
    void exportFailureIsReported();
    void importsCarriersJson();
    void badCarriersJsonNamesEveryKey();

private:
    /// Starts an import and waits for the summary it shows.
    ImportSummaryDialog *summaryOf(const std::function<void()> &startImport);

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<QWidget> m_window;
    ImportExportActions *m_actions = nullptr;
};

ImportSummaryDialog *TestImportExportActions::summaryOf(const std::function<void()> &startImport)
{
    ImportSummaryDialog *shown = nullptr;
    QEventLoop loop;
    const auto connection =
        connect(m_actions, &ImportExportActions::summaryShown, &loop, [&](ImportSummaryDialog *dialog) {
            shown = dialog;
            loop.quit();
        });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    startImport();
    if (!shown)
        loop.exec();
    disconnect(connection);
    return shown;
}

void TestImportExportActions::init()
{
    m_store = std::make_unique<TempStore>();
    m_session = m_store->openSession(SecretBackend::Database);
    m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
    m_window = std::make_unique<QWidget>();
    m_actions = new ImportExportActions(*m_worker, m_window.get());
}

void TestImportExportActions::cleanup()
{
    m_window.reset();
    m_worker.reset();
    m_session.reset();
    m_store.reset();
}

void TestImportExportActions::fileMenuOffersTheImports()
{
    MainWindow window(*m_session);
    QMenu *file = window.menuBar()->findChildren<QMenu *>().constFirst();
    QStringList texts;
    for (QAction *action : file->actions()) {
        if (!action->isSeparator())
            texts.append(action->text().remove(QLatin1Char('&')));
    }
    // The store first (File → Open store…, Move store to server…), then the imports and exports.
    QCOMPARE(texts.mid(0, 5),
             (QStringList {QStringLiteral("Open store…"), QStringLiteral("Move store to server…"),
                           QStringLiteral("Import carriers.json…"), QStringLiteral("Import rate card…"),
                           QStringLiteral("Export rate card…")}));
    QVERIFY(texts.contains(QStringLiteral("Quit")));
}

void TestImportExportActions::importsARateCard()
{
    addNamedCarrier(*m_session, QStringLiteral("EE UK"), 1);
    addNamedCarrier(*m_session, QStringLiteral("Vodafone PT"), 2);
    addNamedCarrier(*m_session, QStringLiteral("Backup"), 3);
    ImportSummaryDialog *dialog = summaryOf([this] { m_actions->importRateCard(dataFile("rates-semicolon.csv")); });
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(dialog->headline(), QStringLiteral("Imported rates-semicolon.csv: 4 rules added."));
    QCOMPARE(m_session->rules().list()->size(), 4);
    dialog->close();
}

void TestImportExportActions::badRateCardListsEveryLineAndChangesNothing()
{
    addNamedCarrier(*m_session, QStringLiteral("EE UK"), 1);
    QSignalSpy changed(m_worker.get(), &StoreWorker::rulesChanged);
    ImportSummaryDialog *dialog = summaryOf([this] { m_actions->importRateCard(dataFile("rates-bad.csv")); });
    QVERIFY(dialog);
    QCOMPARE(dialog->headline(),
             QStringLiteral("Nothing was imported: rates-bad.csv has 6 problems. Fix them in the "
                            "file and import it again."));
    const QString details = dialog->details();
    for (const char *expected : {"line 3", "Ghost", "line 4", "“XX”", "line 6", "7 fields", "line 7", "“first”", "“€1”",
                                 "line 8", "The same rule as line 2"})
        QVERIFY2(details.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(m_session->rules().list()->isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestImportExportActions::exportThenImportChangesNothing()
{
    addNamedCarrier(*m_session, QStringLiteral("EE UK"), 1);
    addNamedCarrier(*m_session, QStringLiteral("Vodafone PT"), 2);
    addNamedCarrier(*m_session, QStringLiteral("Backup"), 3);
    ImportSummaryDialog *first = summaryOf([this] { m_actions->importRateCard(dataFile("rates-semicolon.csv")); });
    QVERIFY(first);
    first->close();
    const RuleList before = *m_session->rules().list();

    QSignalSpy message(m_actions, &ImportExportActions::message);
    const QString file = m_store->filePath(QStringLiteral("card.csv"));
    m_actions->exportRateCard(file);
    QVERIFY(message.wait(30000));
    QVERIFY2(message.constFirst().constFirst().toString().startsWith(QStringLiteral("Exported 4 rules to ")),
             qPrintable(message.constFirst().constFirst().toString()));
    QVERIFY(QFile::exists(file));

    ImportSummaryDialog *dialog = summaryOf([this, file] { m_actions->importRateCard(file); });
    QVERIFY(dialog);
    QCOMPARE(dialog->headline(), QStringLiteral("Imported card.csv: 0 rules added, 0 updated, 4 unchanged."));
    QCOMPARE(*m_session->rules().list(), before);
}

void TestImportExportActions::exportFailureIsReported()
{
    QSignalSpy message(m_actions, &ImportExportActions::message);
    QSignalSpy failed(m_actions, &ImportExportActions::exportFailed);
    m_actions->exportRateCard(m_store->filePath(QStringLiteral("missing/folder/card.csv")));
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.constFirst().constFirst().toString().startsWith(QStringLiteral("Cannot write")),
             qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(message.count(), 0);
}

void TestImportExportActions::importsCarriersJson()
{
    ImportSummaryDialog *dialog = summaryOf([this] { m_actions->importCarriersJson(dataFile("carriers-good.json")); });
    QVERIFY(dialog);
    QVERIFY2(dialog->headline().startsWith(QStringLiteral("Imported carriers-good.json: 3 carriers added, 3 rules "
                                                          "added")),
             qPrintable(dialog->headline()));
    QCOMPARE(dialog->details().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    QCOMPARE(m_session->carriers().list()->size(), 3);
}

void TestImportExportActions::badCarriersJsonNamesEveryKey()
{
    ImportSummaryDialog *dialog = summaryOf([this] { m_actions->importCarriersJson(dataFile("carriers-bad.json")); });
    QVERIFY(dialog);
    QVERIFY2(dialog->headline().startsWith(QStringLiteral("Nothing was imported: carriers-bad.json has")),
             qPrintable(dialog->headline()));
    for (const char *key : {"germany", "italy", "narnia", "portugall", "united kingdom"})
        QVERIFY2(dialog->details().contains(QString::fromUtf8(key)), key);
    QVERIFY(m_session->carriers().list()->isEmpty());

    ImportSummaryDialog *missing =
        summaryOf([this] { m_actions->importCarriersJson(m_store->filePath(QStringLiteral("nope.json"))); });
    QVERIFY(missing);
    QVERIFY(missing->details().contains(QStringLiteral("Cannot read")));
}

SMSROUTER_GUI_TEST(TestImportExportActions)
#include "testimportexportactions.moc"

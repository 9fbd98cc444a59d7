// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The import wizard driven as an operator would: real-world fixtures previewed with the right
// encoding, separator and rendered bodies; overrides re-preview; template errors block Next; the
// import runs off the GUI thread and the summary counts every reason; Cancel stores nothing;
// Finish starts or schedules.
#include "campaign/campaignimportjob.h"
#include "campaign/campaignmonitor.h"
#include "campaign/campaignservice.h"
#include "campaigntesting.h"
#include "optouts/optoutservice.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/bodycounter.h"
#include "widgets/prefilledtext.h"
#include "wizards/campaignimportwizard.h"
#include "wizards/importfilepage.h"
#include "wizards/importformatpage.h"
#include "wizards/importmessagepage.h"
#include "wizards/importprogresspage.h"
#include "wizards/importsummarypage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

class TestCampaignImportWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CampaignMonitor> m_monitor;
    std::unique_ptr<StoreWorker> m_worker;

    std::unique_ptr<CampaignImportWizard> makeWizard()
    {
        auto wizard =
            std::make_unique<CampaignImportWizard>(*m_worker, m_session->settings(), *m_monitor, m_store->path());
        wizard->show();
        // What the import routes with comes from the worker.
        if (!wizard->hasContext() && !QSignalSpy(wizard.get(), &CampaignImportWizard::contextReady).wait(10000))
            qFatal("the wizard never got its routing context");
        return wizard;
    }

    /// From the file page to the message page, with the given file.
    static bool toMessagePage(CampaignImportWizard &wizard, const QString &path)
    {
        wizard.filePage()->setPath(path);
        if (!wizard.filePage()->isComplete())
            return false;
        wizard.next();
        if (wizard.currentId() != CampaignImportWizard::FormatPage || !wizard.formatPage()->isComplete())
            return false;
        wizard.next();
        return wizard.currentId() == CampaignImportWizard::MessagePage;
    }

    /// Writes the template, then imports and waits for the summary page.
    static bool importWith(CampaignImportWizard &wizard, const QString &bodyTemplate)
    {
        wizard.messagePage()->setSender(QStringLiteral("Shop"));
        wizard.messagePage()->setTemplate(bodyTemplate);
        wizard.messagePage()->updatePreview();
        if (!wizard.messagePage()->isComplete())
            return false;
        wizard.next();
        if (wizard.currentId() != CampaignImportWizard::ProgressPage)
            return false;
        return QTest::qWaitFor([&] { return wizard.currentId() == CampaignImportWizard::SummaryPage; }, 60000);
    }

    qint64 count(const char *table) const
    {
        return sql::scalar(m_session->database().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            ->toLongLong();
    }

    static QString rejectCount(const ImportSummaryPage *page, const QString &key)
    {
        for (int i = 0; i < page->rejects()->topLevelItemCount(); ++i) {
            if (page->rejects()->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
                return page->rejects()->topLevelItem(i)->text(1);
        }
        return QStringLiteral("(none)");
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        QVERIFY(CampaignTesting::setUpRouting(*m_session));
        m_monitor = std::make_unique<CampaignMonitor>(m_store->path(), m_session->clock());
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
    }

    void cleanup()
    {
        m_worker.reset();
        m_monitor.reset();
        m_session.reset();
        m_store.reset();
    }

    void excelUtf8WithBom()
    {
        auto wizard = makeWizard();
        wizard->filePage()->setPath(QStringLiteral(SMSROUTER_TEST_DATA "/csv/excel-csv-utf8.csv"));
        QCOMPARE(wizard->request().name, QStringLiteral("excel-csv-utf8")); // the name follows the file
        wizard->filePage()->setName(QStringLiteral("Lisboa"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CampaignImportWizard::FormatPage));
        ImportFormatPage *format = wizard->formatPage();
        QCOMPARE(wizard->preview().sniff.encoding, QStringLiteral("UTF-8"));
        QVERIFY(wizard->preview().sniff.bom);
        QCOMPARE(wizard->preview().sniff.delimiter, QLatin1Char(','));
        QVERIFY(format->encodingBox()->currentText().contains(QStringLiteral("UTF-8")));
        QVERIFY(format->encodingBox()->currentText().contains(QStringLiteral("byte-order mark")));
        QCOMPARE(format->delimiterBox()->currentText(), QStringLiteral("Detected: comma"));
        QVERIFY2(format->readAs().contains(QStringLiteral("header row")), qPrintable(format->readAs()));
        QCOMPARE(format->phoneColumnBox()->currentText(), QStringLiteral("Telemóvel"));
        QCOMPARE(format->rows()->horizontalHeaderItem(0)->text(), QStringLiteral("Nome"));
        QCOMPARE(format->rows()->item(0, 0)->text(), QStringLiteral("José Conceição"));
        QVERIFY(format->rows()->item(0, 1)->font().bold()); // the numbers' column
        QVERIFY(format->isComplete());
        wizard->next();

        ImportMessagePage *message = wizard->messagePage();
        QCOMPARE(message->columns()->count(), 4);
        QCOMPARE(message->columns()->item(0)->text(), QStringLiteral("{Nome}"));
        message->setTemplate(QStringLiteral("Olá "));
        message->insertPlaceholder(QStringLiteral("Nome"));
        message->updatePreview();
        QCOMPARE(message->templateText(), QStringLiteral("Olá {Nome}"));
        QTableWidget *rendered = message->rendered();
        QCOMPARE(rendered->rowCount(), 4);
        QCOMPARE(rendered->item(0, ImportMessagePage::Number)->text(), QStringLiteral("+351912345678"));
        QCOMPARE(rendered->item(0, ImportMessagePage::Carrier)->text(), QStringLiteral("PT Mobile"));
        QCOMPARE(rendered->item(0, ImportMessagePage::Body)->text(), QStringLiteral("Olá José Conceição"));
        QCOMPARE(rendered->item(0, ImportMessagePage::Segments)->text(), QStringLiteral("1 · UCS-2"));
        QCOMPARE(rendered->item(1, ImportMessagePage::Carrier)->text(), QStringLiteral("EU Carrier"));
        QVERIFY2(message->counter()->text().startsWith(QStringLiteral("18 characters · UCS-2")),
                 qPrintable(message->counter()->text()));
        QVERIFY(!message->isComplete()); // no sender yet
        message->setSender(QStringLiteral("Loja"));
        QVERIFY(message->isComplete());
    }

    void noPhoneColumnAsksInTheWizardsWords()
    {
        const QString path = m_store->filePath(QStringLiteral("names.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,city\nAna,Lisboa\nBruno,Porto\n");
        file.close();
        auto wizard = makeWizard();
        wizard->filePage()->setPath(path);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CampaignImportWizard::FormatPage));
        const QString problem = wizard->formatPage()->phoneProblem();
        QVERIFY2(problem.startsWith(QStringLiteral("No column looks like phone numbers")), qPrintable(problem));
        QVERIFY(!problem.contains(QStringLiteral("--")));
        QVERIFY(!wizard->formatPage()->isComplete());
    }

    void semicolonWindows1252AndOverrides()
    {
        auto wizard = makeWizard();
        wizard->filePage()->setPath(QStringLiteral(SMSROUTER_TEST_DATA "/csv/excel-semicolon-1252.csv"));
        wizard->next();
        ImportFormatPage *format = wizard->formatPage();
        QCOMPARE(wizard->preview().sniff.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(wizard->preview().sniff.delimiter, QLatin1Char(';'));
        QCOMPARE(format->delimiterBox()->currentText(), QStringLiteral("Detected: semicolon"));
        QCOMPARE(format->rows()->item(0, 0)->text(), QStringLiteral("João Gonçalves"));
        QCOMPARE(format->rows()->columnCount(), 4);

        // Read as UTF-8 instead: the accents break, and the preview says so at once.
        format->encodingBox()->setCurrentIndex(format->encodingBox()->findData(QStringLiteral("UTF-8")));
        QCOMPARE(wizard->request().csv.encoding, QStringLiteral("UTF-8"));
        QVERIFY(format->rows()->item(0, 0)->text() != QStringLiteral("João Gonçalves"));
        format->encodingBox()->setCurrentIndex(0); // back to detection
        QCOMPARE(format->rows()->item(0, 0)->text(), QStringLiteral("João Gonçalves"));

        // A comma separator squeezes everything into one column, whose cells are no numbers.
        format->delimiterBox()->setCurrentIndex(format->delimiterBox()->findData(QStringLiteral(",")));
        QCOMPARE(wizard->request().csv.delimiter, QLatin1Char(','));
        QCOMPARE(format->rows()->columnCount(), 1);
        QVERIFY(format->readAs().contains(QStringLiteral("separator: comma")));
        QVERIFY(wizard->preview().rows.first().e164.isEmpty());
        format->delimiterBox()->setCurrentIndex(0);
        QCOMPARE(format->rows()->columnCount(), 4);
        QVERIFY(format->isComplete());

        // Choosing a column that holds no numbers says so and blocks Next.
        format->phoneColumnBox()->setCurrentIndex(0);
        QCOMPARE(wizard->request().phoneColumn, QStringLiteral("1"));
        QCOMPARE(wizard->preview().phoneColumn, 0);
        format->phoneColumnBox()->setCurrentIndex(1);
        QVERIFY(format->isComplete());

        // Without a header row the first row is data and columns are numbered.
        format->headerBox()->setCurrentIndex(2);
        QCOMPARE(wizard->preview().columns.first(), QStringLiteral("1"));
        QCOMPARE(format->rows()->rowCount(), 4);
        format->headerBox()->setCurrentIndex(0);

        // National numbers are read in the region chosen here (the store has PT by default).
        format->regionBox()->setCurrentIndex(format->regionBox()->findData(QStringLiteral("US")));
        QVERIFY(wizard->preview().rows.first().e164.isEmpty()); // 912 345 678 is no US number
        format->regionBox()->setCurrentIndex(0);
        QCOMPARE(wizard->preview().rows.first().e164, QStringLiteral("+351912345678"));

        wizard->next();
        wizard->messagePage()->setTemplate(QStringLiteral("Olá {Nome}: saldo {Saldo} EUR"));
        wizard->messagePage()->updatePreview();
        QCOMPARE(wizard->messagePage()->rendered()->item(0, ImportMessagePage::Body)->text(),
                 QStringLiteral("Olá João Gonçalves: saldo 12,50 EUR"));
    }

    void templateErrorsBlockNext()
    {
        auto wizard = makeWizard();
        QVERIFY(toMessagePage(*wizard, QStringLiteral(SMSROUTER_TEST_DATA "/csv/excel-semicolon-1252.csv")));
        ImportMessagePage *message = wizard->messagePage();
        message->setSender(QStringLiteral("Loja"));
        message->setTemplate(QStringLiteral("Olá {Nome}: {Desconto}"));
        message->updatePreview();
        QVERIFY(!message->isComplete());
        QVERIFY2(message->templateProblem().contains(QStringLiteral("{Desconto}")),
                 qPrintable(message->templateProblem()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        message->setTemplate(QStringLiteral("Olá {Nome"));
        message->updatePreview();
        QVERIFY(!message->isComplete());
        message->setTemplate(QStringLiteral("Olá {Nome} {{VIP}}"));
        message->updatePreview();
        QVERIFY2(message->isComplete(), qPrintable(message->templateProblem()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(message->rendered()->item(0, ImportMessagePage::Body)->text(),
                 QStringLiteral("Olá João Gonçalves {VIP}"));
        message->setSender(QStringLiteral("far too long a sender"));
        QVERIFY(!message->isComplete());
        QVERIFY(!message->senderProblem().isEmpty());
    }

    void importShowsTheSummaryAndStarts()
    {
        QVERIFY(m_session->optouts().add(QStringLiteral("+351912000003")));
        const QString path = m_store->filePath(QStringLiteral("customers.csv"));
        QVERIFY(CampaignTesting::writeList(path, 40, 0, 3));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("+351 912 000 001,Again\n+44 7400 123456,Abroad\n");
        file.close();

        auto wizard = makeWizard();
        QVERIFY(toMessagePage(*wizard, path));
        QVERIFY(importWith(*wizard, QStringLiteral("Hi {name}")));
        QVERIFY(wizard->job()->result());
        const ImportSummaryPage *summary = wizard->summaryPage();
        // 40 numbers (one opted out), 3 invalid, 1 duplicate, 1 British through the default rule.
        QVERIFY2(summary->headline().startsWith(QStringLiteral("40 of 45 rows")), qPrintable(summary->headline()));
        QCOMPARE(rejectCount(summary, QStringLiteral("invalid_number")), QStringLiteral("3"));
        QCOMPARE(rejectCount(summary, QStringLiteral("duplicate")), QStringLiteral("1"));
        QCOMPARE(rejectCount(summary, QStringLiteral("opted_out")), QStringLiteral("1"));
        QCOMPARE(rejectCount(summary, QStringLiteral("unroutable")), QStringLiteral("0"));
        QCOMPARE(rejectCount(summary, QStringLiteral("too_long")), QStringLiteral("0"));
        QCOMPARE(summary->costs()->topLevelItemCount(), 2);
        QCOMPARE(summary->costs()->topLevelItem(0)->text(0), QStringLiteral("PT Mobile"));
        QCOMPARE(summary->costs()->topLevelItem(0)->text(1), QStringLiteral("39"));
        QVERIFY2(summary->totals().startsWith(QStringLiteral("40 messages · 40 segments · estimated cost 0.5375")),
                 qPrintable(summary->totals()));
        QVERIFY(summary->exportButton()->isEnabled());

        // The rejects export as CSV, one line each after the header.
        const QString rejects = m_store->filePath(QStringLiteral("rejects.csv"));
        QSignalSpy exportEnded(wizard->summaryPage(), &ImportSummaryPage::rejectsExported);
        wizard->summaryPage()->exportRejects(rejects); // off the GUI thread
        QVERIFY(exportEnded.wait(30'000));
        QCOMPARE(exportEnded.first().at(1).toString(), QString());
        QFile exported(rejects);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 6);

        // Remembered for next time.
        QCOMPARE(m_session->settings().userValue(CampaignImportWizard::lastSenderKey).toString(),
                 QStringLiteral("Shop"));
        QCOMPARE(m_session->settings().userValue(CampaignImportWizard::lastPhoneColumnKey).toString(),
                 QStringLiteral("phone"));
        QVERIFY(!wizard->closeQuestion().isEmpty()); // closing now keeps a draft: say so

        const qint64 id = wizard->campaignId();
        QVERIFY(id > 0);
        wizard->setFinish(CampaignImportWizard::Finish::StartNow);
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("Start now"));
        QSignalSpy finished(wizard.get(), &CampaignImportWizard::campaignFinished);
        wizard->accept();
        QCOMPARE(finished.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->campaigns().counts(id)->value(MessageState::Queued), 40, 10000);
        QCOMPARE(m_session->campaigns().find(id)->state, CampaignState::Running);
    }

    void finishScheduleStoresTheTime()
    {
        const QString path = m_store->filePath(QStringLiteral("few.csv"));
        QVERIFY(CampaignTesting::writeList(path, 5));
        auto wizard = makeWizard();
        QVERIFY(toMessagePage(*wizard, path));
        QVERIFY(importWith(*wizard, QStringLiteral("Hi")));
        const QDateTime at = QDateTime::currentDateTime().addDays(1);
        wizard->setFinish(CampaignImportWizard::Finish::Schedule, at);
        QSignalSpy done(m_monitor.get(), &CampaignMonitor::actionFinished);
        wizard->accept();
        QVERIFY(done.wait(10000));
        const Campaign campaign = m_session->campaigns().find(wizard->campaignId()).value();
        QCOMPARE(campaign.state, CampaignState::Scheduled);
        QCOMPARE(campaign.scheduledAt, at.toMSecsSinceEpoch());
    }

    void saveAsDraftKeepsADraft()
    {
        const QString path = m_store->filePath(QStringLiteral("few.csv"));
        QVERIFY(CampaignTesting::writeList(path, 5));
        auto wizard = makeWizard();
        QVERIFY(toMessagePage(*wizard, path));
        QVERIFY(importWith(*wizard, QStringLiteral("Hi")));
        QCOMPARE(wizard->finishChoice(), CampaignImportWizard::Finish::SaveDraft);
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("Save draft"));
        wizard->accept();
        QCOMPARE(m_session->campaigns().find(wizard->campaignId())->state, CampaignState::Draft);
        QCOMPARE(m_session->campaigns().counts(wizard->campaignId())->value(MessageState::Pending), 5);
    }

    void importingAgainAfterBackStoresTheListOnce()
    {
        const QString path = m_store->filePath(QStringLiteral("few.csv"));
        QVERIFY(CampaignTesting::writeList(path, 40));
        auto wizard = makeWizard();
        QVERIFY(toMessagePage(*wizard, path));
        QVERIFY(importWith(*wizard, QStringLiteral("Hi")));
        wizard->back();
        wizard->back();
        QCOMPARE(wizard->currentId(), int(CampaignImportWizard::MessagePage));
        QVERIFY(importWith(*wizard, QStringLiteral("Hello {name}")));
        // The first draft is removed on the old job's thread (its id may then be reused).
        QVERIFY(QTest::qWaitFor([&] { return count("campaigns") == 1; }, 60000));
        QCOMPARE(count("messages"), 40);
        QCOMPARE(m_session->campaigns().find(wizard->campaignId())->bodyTemplate, QStringLiteral("Hello {name}"));
    }

    // Esc asks before a typed template is lost (non-blocking); No keeps the wizard and the text,
    // and with nothing typed Esc closes at once.
    void escapeAsksBeforeLosingATypedTemplate()
    {
        auto wizard = makeWizard();
        wizard->show();
        QVERIFY(toMessagePage(*wizard, QStringLiteral(SMSROUTER_TEST_DATA "/csv/excel-csv-utf8.csv")));
        wizard->messagePage()->setTemplate(QStringLiteral("Spring sale: 20% off, {name}"));
        QTest::keyClick(wizard.get(), Qt::Key_Escape);
        QMessageBox *question = wizard->closeQuestionBox();
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("message you typed")));
        question->button(QMessageBox::No)->click();
        QVERIFY(wizard->isVisible());
        QTRY_VERIFY(!wizard->closeQuestionBox()); // answered: gone
        QCOMPARE(wizard->messagePage()->templateText(), QStringLiteral("Spring sale: 20% off, {name}"));

        wizard->messagePage()->setTemplate(QString());
        QVERIFY(wizard->closeQuestion().isEmpty());
        QTest::keyClick(wizard.get(), Qt::Key_Escape);
        QVERIFY(!wizard->closeQuestionBox());
        QVERIFY(!wizard->isVisible());
    }

    // With no default region, national numbers are a question on the format page (Next waits
    // for the country), not a file of invalid numbers; the file page's label works as a label,
    // and the name taken from the file is a suggestion that typing replaces.
    void nationalNumbersWithoutARegionAskFirst()
    {
        m_worker.reset(); // its Settings must read the store as it is now
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("ZZ")));
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
        const QString path = m_store->filePath(QStringLiteral("clientes.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("telefone,nome\n912345678,Ana\n912345679,Rui\n+351912345670,Eva\n");
        file.close();

        auto wizard = makeWizard();
        QLabel *fileLabel = nullptr;
        for (QLabel *label : wizard->filePage()->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("&File:"))
                fileLabel = label;
        }
        QVERIFY(fileLabel && fileLabel->buddy()); // shown as "File:" with F underlined, not "&File:"
        wizard->filePage()->setPath(path);
        auto *name = wizard->filePage()->findChild<QLineEdit *>(QStringLiteral("campaignName"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("clientes"));
        QVERIFY(PrefilledText::isSuggestion(name));

        wizard->next();
        QCOMPARE(wizard->currentId(), int(CampaignImportWizard::FormatPage));
        ImportFormatPage *format = wizard->formatPage();
        QVERIFY(!format->isComplete());
        QVERIFY2(format->phoneProblem().startsWith(QStringLiteral("2 of the first 3 numbers have no country code: "
                                                                  "which country are they in?")),
                 qPrintable(format->phoneProblem()));
        format->regionBox()->setCurrentIndex(format->regionBox()->findData(QStringLiteral("PT")));
        QTRY_VERIFY_WITH_TIMEOUT(format->isComplete(), 10000);
        QVERIFY(format->phoneProblem().isEmpty());
    }

    void cancelLeavesNothingBehind()
    {
        const QString path = m_store->filePath(QStringLiteral("big.csv"));
        QVERIFY(CampaignTesting::writeList(path, 200000));
        auto wizard = makeWizard();
        QVERIFY(toMessagePage(*wizard, path));
        wizard->messagePage()->setSender(QStringLiteral("Shop"));
        wizard->messagePage()->setTemplate(QStringLiteral("Hi {name}"));
        wizard->messagePage()->updatePreview();
        QVERIFY(wizard->closeQuestion().contains(QStringLiteral("message you typed"))); // the template would go
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CampaignImportWizard::ProgressPage));
        CampaignImportJob *job = wizard->job();
        QVERIFY(job && job->isRunning());
        QVERIFY(wizard->closeQuestion().contains(QStringLiteral("Nothing")));
        QSignalSpy ended(wizard.get(), &CampaignImportWizard::importFinished);
        wizard->progressPage()->cancelButton()->click();
        QVERIFY(ended.wait(60000));
        QVERIFY(job->result());
        QVERIFY(job->result()->cancelled); // even when Cancel came after the last commit
        QCOMPARE(wizard->currentId(), int(CampaignImportWizard::ProgressPage));
        QVERIFY2(wizard->progressPage()->statusText().contains(QStringLiteral("Nothing was stored")),
                 qPrintable(wizard->progressPage()->statusText()));
        QVERIFY(!wizard->progressPage()->isComplete());
        QVERIFY(wizard->progressPage()->retryButton()->isVisibleTo(wizard->progressPage()));
        QCOMPARE(count("campaigns"), 0);
        QCOMPARE(count("messages"), 0);
        QCOMPARE(count("import_rejects"), 0);
    }

    void progressText_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("start") << qint64(0) << qint64(0) << qint64(1000) << qint64(0) << "0 rows";
        QTest::newRow("early") << qint64(412) << qint64(412) << qint64(1000) << qint64(500)
                               << "412 of about 1,000 rows";
        QTest::newRow("guide") << qint64(412'000) << qint64(10'300'000) << qint64(25'000'000) << qint64(5600)
                               << "412,000 of about 1,000,000 rows · 8 s left";
        QTest::newRow("done") << qint64(1000) << qint64(1000) << qint64(1000) << qint64(9000) << "1,000 of 1,000 rows";
    }

    void progressText()
    {
        QFETCH(qint64, rows);
        QFETCH(qint64, bytes);
        QFETCH(qint64, total);
        QFETCH(qint64, elapsedMs);
        QFETCH(QString, text);
        QCOMPARE(ImportProgressPage::describe(rows, bytes, total, elapsedMs), text);
    }
};

SMSROUTER_GUI_TEST(TestCampaignImportWizard)
#include "testcampaignimportwizard.moc"

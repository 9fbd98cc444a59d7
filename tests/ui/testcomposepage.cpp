// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Compose page: live counter and UCS-2 warning with its fix, route preview, sending.
#include "carriers/carrierservice.h"
#include "models/routepreviewmodel.h"
#include "pages/composepage.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "store/messagerepository.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/bodycounter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

class TestComposePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWatcher> m_watcher;
    std::unique_ptr<StoreWorker> m_worker;

    /// Asks for the preview of what the page holds and waits for it.
    static bool previewed(ComposePage &page)
    {
        QSignalSpy shown(&page, &ComposePage::previewShown);
        page.updatePreview();
        return shown.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("PT")));
        Carrier pt;
        pt.name = QStringLiteral("Vodafone PT");
        pt.accountSid = testAccountSid(1);
        auto added = m_session->carriers().add(pt, "t");
        Rule rule;
        rule.kind = Rule::Kind::Country;
        rule.value = QStringLiteral("PT");
        rule.carrierId = added->id;
        rule.costMicros = 45'000;
        QVERIFY(m_session->rules().add(rule));
        m_watcher = std::make_unique<StoreWatcher>(m_session->storePath());
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
    }

    void cleanup()
    {
        m_worker.reset();
        m_watcher.reset();
        m_session.reset();
        m_store.reset();
    }

    void counterText_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("warning");
        QTest::newRow("short GSM") << QString(143, QLatin1Char('a')) << "143 characters · GSM-7 · 1 segment (17 left)"
                                   << "";
        QTest::newRow("two segments") << QString(161, QLatin1Char('a'))
                                      << "161 characters · GSM-7 · 2 segments (145 left)"
                                      << "";
        QTest::newRow("smart quote") << QString(36, QLatin1Char('a')) + QStringLiteral("’")
                + QString(120, QLatin1Char('b'))
                                     << "157 characters · UCS-2 · 3 segments (44 left)"
                                     << "’ at position 37 forces UCS-2 — 3 segments instead of 1";
        QTest::newRow("emoji, no fix") << QStringLiteral("hi 😀") << "4 characters · UCS-2 · 1 segment (65 left)"
                                       << "😀 at position 4 forces UCS-2";
    }

    void counterText()
    {
        QFETCH(QString, body);
        QFETCH(QString, summary);
        QFETCH(QString, warning);
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.setBody(body);
        QCOMPARE(page.counter()->text(), summary);
        QCOMPARE(page.counter()->warning(), warning);
    }

    void oneClickFixReplacesTypographicCharacters()
    {
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.show();
        page.setBody(QStringLiteral("It’s “great” – really…"));
        auto *fix = page.counter()->findChild<QPushButton *>();
        QVERIFY(fix && fix->isVisible());
        fix->click();
        QCOMPARE(page.body(), QStringLiteral("It's \"great\" - really..."));
        QVERIFY(page.counter()->warning().isEmpty());
        QVERIFY(page.counter()->text().contains(QStringLiteral("GSM-7")));
    }

    // Every character forcing UCS-2 is named; for accented letters GSM-7 lacks, removing the
    // accents is offered with the result shown first, and only used when chosen.
    void accentsAreNamedAndRemovedOnlyWhenChosen()
    {
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.show();
        page.setBody(QStringLiteral("Promoção: pão grátis"));
        QVERIFY2(
            page.counter()->warning().startsWith(QStringLiteral("ç, ã and á force UCS-2 (the first at position 6)")),
            qPrintable(page.counter()->warning()));
        QPushButton *strip = page.counter()->stripButton();
        QVERIFY(strip->isVisibleTo(page.counter()));
        strip->click();
        QMessageBox *question = page.counter()->stripQuestion();
        QVERIFY(question);
        QVERIFY2(question->informativeText().startsWith(QStringLiteral("Promocao: pao gratis")),
                 qPrintable(question->informativeText()));
        question->button(QMessageBox::Cancel)->click();
        QCOMPARE(page.body(), QStringLiteral("Promoção: pão grátis")); // never on its own

        strip->click();
        question = page.counter()->stripQuestion();
        QVERIFY(question);
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel)); // choosing it takes a click
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == QStringLiteral("Use this text"))
                button->click();
        }
        QCOMPARE(page.body(), QStringLiteral("Promocao: pao gratis"));
        QVERIFY(page.counter()->text().contains(QStringLiteral("GSM-7")));
        QVERIFY(page.counter()->warning().isEmpty());
    }

    // The remembered sender is a suggestion: focusing the field selects it, so typing replaces
    // it ("SMSRouterSMSRouter" came from appending).
    void aSuggestedSenderIsReplacedByTyping()
    {
        m_session->settings().setUserValue(QStringLiteral("compose/sender"), QStringLiteral("SMSRouter"));
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QLineEdit *from = page.senderField();
        QCOMPARE(from->text(), QStringLiteral("SMSRouter"));
        from->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(from->selectedText(), QStringLiteral("SMSRouter"));
        QTest::keyClicks(from, QStringLiteral("Shop"));
        QCOMPARE(from->text(), QStringLiteral("Shop"));
        page.setFocus();
        from->setFocus(Qt::MouseFocusReason);
        QCoreApplication::processEvents();
        QVERIFY(from->selectedText().isEmpty()); // typed by the operator: no longer a suggestion
    }

    void previewAndSend()
    {
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        QAbstractItemModelTester tester(page.preview(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setSender(QStringLiteral("Router"));
        page.setRecipients(QStringLiteral("912 345 678, +351 912 345 679\nnonsense"));
        page.setBody(QStringLiteral("Olá"));
        QVERIFY(previewed(page));
        RoutePreviewModel *preview = page.preview();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->index(0, RoutePreviewModel::Number).data().toString(), QStringLiteral("+351912345678"));
        QCOMPARE(preview->index(0, RoutePreviewModel::Carrier).data().toString(), QStringLiteral("Vodafone PT"));
        QCOMPARE(preview->index(0, RoutePreviewModel::Price).data().toString(), QStringLiteral("0.0450 EUR"));
        QVERIFY(!preview->index(2, RoutePreviewModel::Problem).data().toString().isEmpty());
        QVERIFY(page.sendButton()->isEnabled());
        QCOMPARE(page.sendButton()->text(), QStringLiteral("Send 2 messages"));

        QSignalSpy sent(&page, &ComposePage::sendFinished);
        page.send();
        QVERIFY(!page.sendButton()->isEnabled()); // no second send while the first is on its way
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.constFirst().constFirst().toString(), QString());
        MessageRepository repo(m_session->database());
        QCOMPARE(repo.countInStates({MessageState::Queued}).value(), qint64(2));
        QCOMPARE(repo.countInStates({MessageState::Rejected}).value(), qint64(1));
        QCOMPARE(
            page.sentNotice(),
            QStringLiteral("Queued 2 messages; follow them below. 1 recipient could not be sent to: see the list."));
        QTRY_COMPARE(page.results()->topLevelItemCount(), 3);
        QCOMPARE(m_session->settings().userValue(QStringLiteral("compose/sender")).toString(),
                 QStringLiteral("Router"));
    }

    // After a send the form stays, but Send waits until the text or the recipients change: a
    // second press cannot send the same thing again.
    void sendWaitsForAChange()
    {
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.setSender(QStringLiteral("Router"));
        page.setRecipients(QStringLiteral("+351912345678"));
        page.setBody(QStringLiteral("Hello"));
        QVERIFY(previewed(page));
        QSignalSpy sent(&page, &ComposePage::sendFinished);
        page.sendButton()->click();
        page.sendButton()->click(); // a quick second press: the button is already disabled
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.count(), 1);
        QCOMPARE(page.sentNotice(), QStringLiteral("Queued 1 message to +351912345678; follow it below."));
        QVERIFY(previewed(page));
        QVERIFY(!page.sendButton()->isEnabled());
        page.sendButton()->click(); // disabled: nothing happens
        QCOMPARE(MessageRepository(m_session->database()).count(MessageFilter()).value(), qint64(1));

        page.setBody(QStringLiteral("Hello again"));
        QVERIFY(previewed(page));
        QVERIFY(page.sendButton()->isEnabled());
        page.setBody(QStringLiteral("Hello"));
        QVERIFY(previewed(page));
        QVERIFY(!page.sendButton()->isEnabled()); // back to what was sent
        page.setRecipients(QStringLiteral("+351912345679"));
        QVERIFY(previewed(page));
        QVERIFY(page.sendButton()->isEnabled());
    }

    // The same text to the same number minutes later (here from a fresh page, as after a
    // restart) asks first; Cancel sends nothing, "Send again" sends.
    void aRepeatAsksFirst()
    {
        auto sendFrom = [this](ComposePage &page) {
            page.setSender(QStringLiteral("Router"));
            page.setRecipients(QStringLiteral("912 345 678"));
            page.setBody(QStringLiteral("Hello"));
            return previewed(page);
        };
        MessageRepository repo(m_session->database());
        {
            ComposePage first(*m_worker, m_session->settings(), nullptr, *m_watcher);
            QVERIFY(sendFrom(first));
            QSignalSpy sent(&first, &ComposePage::sendFinished);
            first.send();
            QVERIFY(sent.wait(10000));
            QCOMPARE(sent.constFirst().constFirst().toString(), QString());
        }
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.show();
        QVERIFY(sendFrom(page));
        QVERIFY(page.sendButton()->isEnabled());
        QSignalSpy sent(&page, &ComposePage::sendFinished);
        page.send();
        QMessageBox *question = page.repeatQuestion();
        QVERIFY(question);
        QVERIFY2(question->text().startsWith(QStringLiteral("Message 1 sent this text from “Router” to +351912345678")),
                 qPrintable(question->text()));
        QVERIFY(!page.sendButton()->isEnabled()); // no second question on top
        question->button(QMessageBox::Cancel)->click();
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.constFirst().constFirst().toString(), QStringLiteral("cancelled"));
        QCOMPARE(repo.count(MessageFilter()).value(), qint64(1));

        QVERIFY(page.sendButton()->isEnabled());
        page.send();
        question = page.repeatQuestion();
        QVERIFY(question);
        QAbstractButton *again = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == QStringLiteral("Send again"))
                again = button;
        }
        QVERIFY(again);
        again->click();
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.constLast().constFirst().toString(), QString());
        QCOMPARE(repo.count(MessageFilter()).value(), qint64(2));
    }

    // A store with no default region: national numbers are a question (which country?), not
    // invalid numbers; the answer becomes the default region and the send can go.
    void nationalNumbersWithoutARegionAsk()
    {
        m_worker.reset(); // its Settings must read the store as it is now
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("ZZ")));
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.setSender(QStringLiteral("Router"));
        page.setRecipients(QStringLiteral("912 345 678, 912 345 679"));
        page.setBody(QStringLiteral("Hello"));
        QVERIFY(previewed(page));
        QVERIFY(!page.sendButton()->isEnabled());
        QVERIFY(page.regionQuestion()->isVisibleTo(&page));
        QComboBox *region = page.regionQuestion();
        QSignalSpy shown(&page, &ComposePage::previewShown);
        region->setCurrentIndex(region->findData(QStringLiteral("PT")));
        Q_EMIT region->activated(region->currentIndex());
        QVERIFY(shown.wait(10000));
        QVERIFY(!page.regionQuestion()->isVisibleTo(&page));
        QVERIFY(page.sendButton()->isEnabled());
        QCOMPARE(page.preview()->index(0, RoutePreviewModel::Number).data().toString(),
                 QStringLiteral("+351912345678"));
        QVERIFY(m_session->settings().reload());
        QCOMPARE(m_session->settings().defaultRegion(), QStringLiteral("PT"));
    }

    void nothingToSendKeepsTheButtonDisabled()
    {
        ComposePage page(*m_worker, m_session->settings(), nullptr, *m_watcher);
        page.setSender(QStringLiteral("Router"));
        page.setRecipients(QStringLiteral("+447911123456")); // no rule for GB
        page.setBody(QStringLiteral("x"));
        QVERIFY(previewed(page));
        QVERIFY(!page.sendButton()->isEnabled());
        QSignalSpy sent(&page, &ComposePage::sendFinished);
        page.send();
        QCOMPARE(sent.count(), 1); // refused at once: nothing reached the store
        QVERIFY(!sent.constFirst().constFirst().toString().isEmpty());
        QCOMPARE(MessageRepository(m_session->database()).countInStates({MessageState::Queued}).value(), qint64(0));
    }
};

SMSROUTER_GUI_TEST(TestComposePage)
#include "testcomposepage.moc"

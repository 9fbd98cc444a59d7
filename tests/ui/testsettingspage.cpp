// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Settings page's Language choice: every shipped language under its own name, kept per user
// and read at the next start.
#include "pages/settingspage.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StoreWorker> m_worker;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        m_worker = std::make_unique<StoreWorker>(m_session->optionsForAnotherThread());
    }

    void cleanup()
    {
        m_worker.reset();
        m_session.reset();
        m_store.reset();
    }

    void languageChoiceAppliesAtTheNextStart()
    {
        SettingsPage page(*m_session, *m_worker);
        auto *language = page.findChild<QComboBox *>(QStringLiteral("language"));
        auto *note = page.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(language && note);
        // The system's choice first (the tests run in English), then each language by its own name.
        QCOMPARE(language->count(), 4);
        QCOMPARE(language->itemText(0), QStringLiteral("As the system (English)"));
        QCOMPARE(language->currentIndex(), 0);
        QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(language->itemText(3), QStringLiteral("Português"));
        QVERIFY(note->text().isEmpty());

        language->setCurrentIndex(language->findData(QStringLiteral("pt_PT")));
        QCOMPARE(m_session->settings().language(), QStringLiteral("pt_PT"));
        QCOMPARE(Settings::savedLanguage(m_store->filePath(QStringLiteral("user.ini"))), QStringLiteral("pt_PT"));
        QCOMPARE(note->text(), QStringLiteral("SMS Router speaks Português from its next start."));

        // Back to what it speaks now: nothing to announce.
        language->setCurrentIndex(0);
        QCOMPARE(m_session->settings().language(), QString());
        QVERIFY(note->text().isEmpty());

        // A page opened later shows the saved choice.
        m_session->settings().setLanguage(QStringLiteral("de"));
        SettingsPage later(*m_session, *m_worker);
        QCOMPARE(later.findChild<QComboBox *>(QStringLiteral("language"))->currentText(), QStringLiteral("Deutsch"));
    }

    // Stop words: a comma-separated line, checked as typed, saved through the worker, with a way
    // back to the defaults.
    void stopWordsAreEditedAndRestored()
    {
        QCOMPARE(SettingsPage::parseStopWords(QStringLiteral(" stop, Parar ,,STOP ")),
                 (QStringList {QStringLiteral("STOP"), QStringLiteral("PARAR")}));
        QVERIFY(!SettingsPage::stopWordsProblem(QStringLiteral(" , ")).isEmpty());
        QVERIFY(
            SettingsPage::stopWordsProblem(QStringLiteral("stop please")).contains(QStringLiteral("more than one")));
        QVERIFY(SettingsPage::stopWordsProblem(QStringLiteral("STOP, ARRET")).isEmpty());

        m_worker->setSettingsFollower(&m_session->settings()); // as the window does
        const QStringList defaults = m_session->settings().stopWords();
        QVERIFY(defaults.contains(QStringLiteral("STOP")));
        SettingsPage page(*m_session, *m_worker);
        auto *words = page.findChild<QLineEdit *>(QStringLiteral("stopWords"));
        QVERIFY(words);
        QTRY_COMPARE(m_worker->unanswered(), 0);
        QCOMPARE(SettingsPage::parseStopWords(words->text()), defaults);
        words->setText(QStringLiteral("stop, arret"));
        Q_EMIT words->editingFinished();
        QTRY_COMPARE(m_session->settings().stopWords(),
                     (QStringList {QStringLiteral("STOP"), QStringLiteral("ARRET")}));
        QPushButton *restore = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Restore defaults"))
                restore = button;
        }
        QVERIFY(restore);
        restore->click();
        QTRY_COMPARE(m_session->settings().stopWords(), defaults);
        QTRY_COMPARE(SettingsPage::parseStopWords(words->text()), defaults);
    }
};

SMSROUTER_GUI_TEST(TestSettingsPage)
#include "testsettingspage.moc"

// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Every page fits the small window an operator may have (1024×700) and the large one
// (1920×1080): no widget outside its parent, no two visible siblings on top of each other, no
// label, button or field whose text is cut, and lists that show whole rows. The window is filled
// with a realistic store (carriers with long names, a campaign with every state, messages with
// long errors, opt-outs) first; each page is grabbed to tests/layouts/ in the build tree so a
// person can look at it.
#include "campaign/campaignservice.h"
#include "campaigntesting.h"
#include "carriers/carrierservice.h"
#include "mainwindow.h"
#include "messagetesting.h"
#include "models/campaigntablemodel.h"
#include "models/messagelogmodel.h"
#include "optouts/optoutservice.h"
#include "page.h"
#include "pages/campaignspage.h"
#include "pages/deliverylogpage.h"
#include "session/session.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "store/database.h"
#include "tempstore.h"
#include "testprogram.h"
#include "widgets/chiplabel.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitterHandle>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

namespace {

/// Widgets whose geometry is another widget's business: the insides of item views and scroll
/// areas (they scroll), and popups.
bool managedElsewhere(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p); area && w->parentWidget() == area->viewport())
            return true;
    }
    return w->isWindow() || qobject_cast<const QMenu *>(w);
}

QString describe(const QWidget *w)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (auto *combo = qobject_cast<const QComboBox *>(w))
        text = combo->currentText();
    return QStringLiteral("%1 \"%2\" %3x%4")
        .arg(QString::fromLatin1(w->metaObject()->className()), text.left(50))
        .arg(w->width())
        .arg(w->height());
}

/// The text a widget shows, and whether it fits the room it has.
QString clippedText(const QWidget *w)
{
    // A state chip elides what does not fit ("undeli…"): the column it stands in is too narrow.
    if (auto *chip = qobject_cast<const ChipLabel *>(w)) {
        if (!chip->text().isEmpty() && chip->width() + 1 < chip->sizeHint().width())
            return QStringLiteral("chip “%1” cut: needs %2 px").arg(chip->text()).arg(chip->sizeHint().width());
        return {};
    }
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return {};
        if (label->wordWrap()) {
            // A sentence squeezed into a column a word or two wide reads as a list of words.
            if (label->text().size() > 40 && label->width() < 160)
                return QStringLiteral("wrapped text squeezed into %1 px").arg(label->width());
            // Wrapped text needs its height at this width.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                return QStringLiteral("wrapped text cut: needs %1 px high").arg(needed);
            return {};
        }
        // Rich text and plain text alike: the label's own minimum is what its text needs.
        if (label->minimumSizeHint().width() > label->width() + 1)
            return QStringLiteral("label text cut: needs %1 px").arg(label->minimumSizeHint().width());
        return {};
    }
    if (auto *button = qobject_cast<const QPushButton *>(w)) {
        if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
            return QStringLiteral("button text cut: needs %1 px").arg(button->sizeHint().width());
        return {};
    }
    if (auto *combo = qobject_cast<const QComboBox *>(w)) {
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 36;
        if (!combo->currentText().isEmpty() && needed > combo->width() && combo->width() < 160)
            return QStringLiteral("combo text cut: needs %1 px").arg(needed);
        return {};
    }
    if (auto *bar = qobject_cast<const QProgressBar *>(w)) {
        if (bar->isTextVisible() && bar->height() < bar->fontMetrics().height())
            return QStringLiteral("progress text taller than its bar");
        return {};
    }
    return {};
}

QStringList problemsIn(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || managedElsewhere(w) || w->width() <= 0 || w->height() <= 0)
            continue;
        QWidget *parent = w->parentWidget();
        if (parent && !parent->rect().contains(w->geometry()) && !qobject_cast<QStackedWidget *>(parent))
            problems.append(QStringLiteral("outside its parent (%1): %2").arg(describe(parent), describe(w)));
        if (const QString cut = clippedText(w); !cut.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(cut, describe(w)));
        // A form or detail in a scroll area must fit its width: sideways scrolling hides the
        // right half of every field, and with the scroll bar off the text is simply cut.
        if (auto *area = qobject_cast<QScrollArea *>(w); area && area->widget() && area->widget()->isVisible()
            && area->widget()->width() > area->viewport()->width() + 1)
            problems.append(QStringLiteral("wider than its scroll area (%1 > %2 px): %3")
                                .arg(area->widget()->width())
                                .arg(area->viewport()->width())
                                .arg(describe(w)));
        // A small list's columns fit its width (the main tables may scroll sideways).
        if (auto *tree = qobject_cast<QTreeWidget *>(w);
            tree && tree->header()->isVisible() && tree->header()->length() > tree->viewport()->width() + 1)
            problems.append(QStringLiteral("columns wider than the list (%1 > %2 px): %3")
                                .arg(tree->header()->length())
                                .arg(tree->viewport()->width())
                                .arg(describe(w)));
        // Every column's header whole: a language's longer words widen the column, never cut it.
        const QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(w))
            header = table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(w))
            header = tree->header();
        for (int i = 0; header && header->isVisible() && i < header->count(); ++i) {
            const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
            if (!header->isSectionHidden(i) && !text.isEmpty()
                && header->sectionSize(i) + 2 < header->sectionSizeHint(i))
                problems.append(QStringLiteral("column header “%1” cut (%2 < %3 px): %4")
                                    .arg(text)
                                    .arg(header->sectionSize(i))
                                    .arg(header->sectionSizeHint(i))
                                    .arg(describe(w)));
        }
        if (auto *view = qobject_cast<QTreeView *>(w); view && view->model() && view->model()->rowCount() > 0) {
            const int wanted = std::min(view->model()->rowCount(), 2);
            const int rowHeight = view->sizeHintForRow(0);
            if (view->viewport()->height() < wanted * rowHeight)
                problems.append(QStringLiteral("shows less than %1 whole rows: %2").arg(wanted).arg(describe(w)));
        }
    }
    // Visible siblings that lie on each other (a label on top of a field).
    QList<QWidget *> parents = all;
    parents.append(root);
    for (QWidget *parent : std::as_const(parents)) {
        if (!parent->isVisible() || managedElsewhere(parent) || qobject_cast<QStackedWidget *>(parent))
            continue;
        QList<QWidget *> children;
        for (QObject *o : parent->children()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (w && w->isVisible() && !w->isWindow() && w->width() > 0 && w->height() > 0
                && !qobject_cast<QSplitterHandle *>(w))
                children.append(w);
        }
        for (int i = 0; i < children.size(); ++i) {
            for (int j = i + 1; j < children.size(); ++j) {
                if (children.at(i)->geometry().intersects(children.at(j)->geometry()))
                    problems.append(
                        QStringLiteral("overlap: %1 and %2").arg(describe(children.at(i)), describe(children.at(j))));
            }
        }
    }
    return problems;
}

/// The window's language for one test row: the app's catalogue and Qt's, removed afterwards
/// (English is the catalogue every test program has).
class SpokenLanguage
{
public:
    explicit SpokenLanguage(const QString &code)
    {
        if (code == QLatin1String("en"))
            return;
        QVERIFY(m_app.load(QStringLiteral(":/i18n/smsrouter_") + code));
        QCoreApplication::installTranslator(&m_app);
        // Debian has qtbase_pt_BR for Portuguese (see translations::install).
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qt.load(QStringLiteral("qtbase_") + code, folder)
            || m_qt.load(QStringLiteral("qtbase_") + code.left(2) + QStringLiteral("_BR"), folder))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~SpokenLanguage()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_app);
    }
    Q_DISABLE_COPY_MOVE(SpokenLanguage)

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    /// A store as an operator's looks after a day: long names, every state, long errors.
    void seed()
    {
        QVERIFY(CampaignTesting::setUpRouting(*m_session));
        Carrier longName;
        longName.name = QStringLiteral("Backup route (Restcomm cloud, EU)");
        longName.accountSid = testAccountSid(9);
        longName.notes = QStringLiteral("Only for failover while the primary carriers are down");
        QVERIFY(m_session->carriers().add(longName, "t"));
        const QString path = m_store->filePath(QStringLiteral("spring-sale-customers-portugal.csv"));
        QVERIFY(CampaignTesting::writeList(path, 40, 0, 3));
        const qint64 campaign = CampaignTesting::import(*m_session, path, QStringLiteral("Spring sale, Portugal"));
        QVERIFY(campaign > 0);
        QVERIFY(m_session->campaigns().start(campaign));
        Database &db = m_session->database();
        const QString longError = QStringLiteral(
            "Restcomm refused the message (HTTP 400: The 'To' number +351912000017 is not a valid phone number for "
            "this account). Correct it; it is not retried.");
        int n = 0;
        for (const MessageState state : {MessageState::Delivered, MessageState::Failed, MessageState::Undelivered,
                                         MessageState::Unknown, MessageState::Sent, MessageState::Rejected}) {
            Message m = messagetesting::make(QStringLiteral("+4479111234%1").arg(10 + n), 1, state);
            m.providerSid = QStringLiteral("SM%1").arg(n++, 32, 16, QLatin1Char('a')); // no space to wrap at
            if (state == MessageState::Failed || state == MessageState::Unknown)
                m.lastError = longError;
            messagetesting::insert(db, m);
        }
        QVERIFY(m_session->optouts().add(QStringLiteral("+447911123456"),
                                         QStringLiteral("Replied STOP to the spring sale")));
    }

    /// Shows the page and lets its first reads arrive.
    static void visit(MainWindow &window, const QString &pageId)
    {
        QVERIFY(window.showPage(pageId));
        QTRY_COMPARE_WITH_TIMEOUT(window.storeWorker().unanswered(), 0, 10000);
        if (auto *campaigns = qobject_cast<CampaignsPage *>(window.page(pageId)))
            QTRY_VERIFY_WITH_TIMEOUT(campaigns->model()->rowCount() > 0, 10000);
        if (auto *log = qobject_cast<DeliveryLogPage *>(window.page(pageId)))
            QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() > 0, 10000);
        QCoreApplication::processEvents();
        QTRY_COMPARE_WITH_TIMEOUT(window.storeWorker().unanswered(), 0, 10000);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        seed();
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    // In each shipped language: German texts are a third longer than English ones.
    void everyPageFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "pt_PT"}) {
            for (const QSize size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) {
                for (const char *page :
                     {"dashboard", "carriers", "rules", "compose", "campaigns", "log", "inbox", "optouts", "settings"})
                    QTest::addRow("%s %dx%d %s", language, size.width(), size.height(), page)
                        << size << QString::fromLatin1(page) << QString::fromLatin1(language);
            }
        }
    }

    void everyPageFits()
    {
        QFETCH(QSize, size);
        QFETCH(QString, page);
        QFETCH(QString, language);
        const SpokenLanguage speaking(language);
        MainWindow window(*m_session);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (page == QLatin1String("compose")) // a text with fixes to offer, and recipients to route
            window.page(page)->setPageArgument(
                QStringLiteral("+351 912 345 678, +44 7400 123456, +33 6 12 34 56 78|SMSRouter|It’s a test – olá!"));
        visit(window, page);
        if (page == QLatin1String("log")) {
            auto *log = qobject_cast<DeliveryLogPage *>(window.page(page));
            log->selectMessage(log->model()->messageAt(0).id); // the detail pane too
            QTRY_COMPARE_WITH_TIMEOUT(window.storeWorker().unanswered(), 0, 10000);
            QCoreApplication::processEvents();
        }
        // The window does not insist on being larger; if it does, say which page asks for it.
        QStringList widest;
        for (const char *id :
             {"dashboard", "carriers", "rules", "compose", "campaigns", "log", "inbox", "optouts", "settings"}) {
            const QSize needs = window.page(QString::fromLatin1(id))->minimumSizeHint();
            widest.append(
                QStringLiteral("%1 %2x%3").arg(QString::fromLatin1(id)).arg(needs.width()).arg(needs.height()));
        }
        if (qEnvironmentVariableIsSet("DUMPMIN")) {
            std::function<void(QWidget *, int)> dump = [&](QWidget *w, int depth) {
                if (depth > 7 || !w->isVisible())
                    return;
                qDebug().noquote() << QString(depth * 2, QLatin1Char(' ')) << w->metaObject()->className()
                                   << w->objectName() << w->minimumSizeHint().width() << w->minimumWidth();
                for (QObject *c : w->children())
                    if (auto *cw = qobject_cast<QWidget *>(c))
                        dump(cw, depth + 1);
            };
            dump(window.page(QString::fromLatin1(qgetenv("DUMPMIN"))), 0);
        }
        QVERIFY2(window.size() == size, qPrintable(widest.join(QStringLiteral(", "))));

        const QString dir = QStringLiteral(SMSROUTER_TEST_BUILD_DIR "/layouts");
        QDir().mkpath(dir);
        window.grab().save(
            QStringLiteral("%1/%2-%3x%4-%5.png").arg(dir, language).arg(size.width()).arg(size.height()).arg(page));
        const QStringList problems = problemsIn(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

SMSROUTER_GUI_TEST(TestLayouts)
#include "testlayouts.moc"

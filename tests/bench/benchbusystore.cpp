// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The window while another program holds the store: `sqlite3` (another process) takes the
// store's write lock for 10 s, and meanwhile the bench drives each page's main action the way an
// operator would: save a carrier, add a rule, retry a failed message, add an opt-out, start a
// campaign. A 10 ms heartbeat timer on the GUI thread measures its longest stall (largest gap
// minus 10 ms). Each action must either complete once the lock goes or say the store is busy.
//
//   benchbusystore [--hold SECONDS]
//   build with the release preset: ninja -C build/release benchbusystore
//   targets (issue 11): longest stall <= 50 ms; every action completes or reports "busy"

#include "campaign/campaignmonitor.h"
#include "campaigntesting.h"
#include "carriers/carrierservice.h"
#include "mainwindow.h"
#include "messagetesting.h"
#include "models/carriertablemodel.h"
#include "models/messagelogmodel.h"
#include "pages/campaignspage.h"
#include "pages/carrierspage.h"
#include "pages/deliverylogpage.h"
#include "pages/rulespage.h"
#include "session/session.h"
#include "session/storeworker.h"
#include "tempstore.h"
#include "widgets/carriereditor.h"
#include "widgets/messagelogfilterbar.h"
#include "widgets/optoutdialog.h"
#include "widgets/ruleeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace mt = messagetesting;

namespace {

/// One operator action and what became of it.
struct Action
{
    QString name;
    qint64 startedAt = -1; ///< ms since the lock was taken
    qint64 endedAt = -1;
    QString outcome; ///< "done", or the error shown
};

QLineEdit *fieldByPlaceholder(QWidget *root, const QString &start)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(start))
            return edit;
    }
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("hold"), QStringLiteral("Seconds the other program holds the lock."),
                      QStringLiteral("S"), QStringLiteral("10")});
    parser.process(app);
    const int holdMs = int(parser.value(QStringLiteral("hold")).toDouble() * 1000);

    TempStore store;
    auto session = store.openSession(SecretBackend::Database);
    if (!CampaignTesting::setUpRouting(*session)) {
        std::fprintf(stderr, "could not set up routing\n");
        return 1;
    }
    const qint64 carrierId = session->carriers().find(QStringLiteral("PT Mobile"))->id;
    const Message failed =
        mt::insert(session->database(), mt::make(QStringLiteral("+351912000999"), carrierId, MessageState::Failed));
    const QString list = store.filePath(QStringLiteral("list.csv"));
    CampaignTesting::writeList(list, 2000);
    const qint64 campaignId = CampaignTesting::import(*session, list);

    MainWindow window(*session);
    window.resize(1280, 800);
    window.show();
    StoreWorker &worker = window.storeWorker();

    // The heartbeat: a 10 ms timer whose late ticks are the GUI thread's stalls.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longest = 0;
    qint64 longestAt = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        const qint64 stall = now - lastTick - 10;
        if (lastTick > 0 && stall > longest) {
            longest = stall;
            longestAt = now;
        }
        lastTick = now;
    });

    QList<Action> actions;
    const auto begin = [&](const QString &name) {
        actions.append({name, clock.elapsed(), -1, {}});
        return int(actions.size() - 1);
    };
    const auto end = [&](int index, const QString &error) {
        actions[index].endedAt = clock.elapsed();
        actions[index].outcome = error.isEmpty() ? QStringLiteral("done") : error;
    };

    // The delivery log shows the failed message before the lock is taken (reading needs no lock).
    auto *logPage = qobject_cast<DeliveryLogPage *>(window.page(QStringLiteral("log")));
    window.showPage(QStringLiteral("log"));
    logPage->filterBar()->setStates({MessageState::Failed});
    {
        QEventLoop loaded;
        QObject::connect(logPage->model(), &MessageLogModel::loaded, &loaded, &QEventLoop::quit);
        QTimer::singleShot(10000, &loaded, &QEventLoop::quit);
        logPage->filterBar()->applyNow();
        loaded.exec();
    }

    // The other program: sqlite3 takes the write lock, says so, and keeps it until told.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {store.path()});
    if (!holder.waitForStarted()) {
        std::fprintf(stderr, "sqlite3 did not start (scripts/bootstrap.sh installs it)\n");
        return 1;
    }
    holder.write("BEGIN IMMEDIATE;\nSELECT 'locked';\n");
    while (!holder.readAllStandardOutput().contains("locked") && holder.waitForReadyRead(10000)) { }
    qint64 lockedAt = 0;
    qint64 releasedAt = 0;
    lockedAt = clock.elapsed();
    // Measured from the first action on: the window's first layout and paint are not the subject.
    QTimer::singleShot(250, &app, [&] { heartbeat.start(); });
    QTimer::singleShot(holdMs, Qt::PreciseTimer, &app, [&] {
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        releasedAt = clock.elapsed();
    });

    // The actions, a moment apart, all while the lock is held.
    auto *carriers = qobject_cast<CarriersPage *>(window.page(QStringLiteral("carriers")));
    auto *rules = qobject_cast<RulesPage *>(window.page(QStringLiteral("rules")));
    auto *log = qobject_cast<DeliveryLogPage *>(window.page(QStringLiteral("log")));
    auto *campaigns = qobject_cast<CampaignsPage *>(window.page(QStringLiteral("campaigns")));
    QTimer::singleShot(300, &app, [&] {
        window.showPage(QStringLiteral("carriers"));
        carriers->startAdding();
        CarrierEditor *editor = carriers->editor();
        fieldByPlaceholder(editor, QStringLiteral("e.g."))->setText(QStringLiteral("Backup"));
        fieldByPlaceholder(editor, QStringLiteral("AC followed"))->setText(testAccountSid(77));
        fieldByPlaceholder(editor, QStringLiteral("Paste the Auth Token"))->setText(QStringLiteral("token"));
        const int index = begin(QStringLiteral("save a carrier"));
        QObject::connect(editor, &CarrierEditor::saved, &app, [&, index] { end(index, {}); });
        QObject::connect(editor, &CarrierEditor::saveFailed, &app,
                         [&, index](const QString &error) { end(index, error); });
        editor->save();
    });
    QTimer::singleShot(600, &app, [&] {
        window.showPage(QStringLiteral("rules"));
        rules->startAdding();
        RuleEditor *editor = rules->editor();
        auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(int(Rule::Kind::Prefix)));
        editor->findChild<QLineEdit *>(QStringLiteral("value"))->setText(QStringLiteral("44"));
        auto *carrier = editor->findChild<QComboBox *>(QStringLiteral("carrier"));
        carrier->setCurrentIndex(carrier->findText(QStringLiteral("PT Mobile")));
        editor->findChild<QLineEdit *>(QStringLiteral("cost"))->setText(QStringLiteral("0.03"));
        const int index = begin(QStringLiteral("add a rule"));
        QObject::connect(editor, &RuleEditor::saved, &app, [&, index] { end(index, {}); });
        QObject::connect(editor, &RuleEditor::saveFailed, &app,
                         [&, index](const QString &error) { end(index, error); });
        editor->save();
    });
    QTimer::singleShot(900, &app, [&] {
        window.showPage(QStringLiteral("log"));
        log->selectMessage(failed.id);
        const int index = begin(QStringLiteral("retry a message"));
        QObject::connect(log, &DeliveryLogPage::actionFinished, &app,
                         [&, index](const QString &error) { end(index, error); });
        log->retrySelected();
        if (log->selectedIds().isEmpty())
            end(index, QStringLiteral("the failed message was not on the page"));
    });
    QTimer::singleShot(1200, &app, [&] {
        auto *dialog = new OptOutDialog(worker, session->settings(), &window);
        dialog->setNumber(QStringLiteral("+351912000111"));
        const int index = begin(QStringLiteral("add an opt-out"));
        QObject::connect(dialog, &QDialog::accepted, &app, [&, index] { end(index, {}); });
        QTimer *watch = new QTimer(dialog);
        QObject::connect(watch, &QTimer::timeout, &app, [&, index, dialog] {
            if (!dialog->problem().isEmpty() && actions[index].endedAt < 0)
                end(index, dialog->problem());
        });
        watch->start(20);
        dialog->accept();
    });
    QTimer::singleShot(1500, &app, [&] {
        window.showPage(QStringLiteral("campaigns"));
        const int index = begin(QStringLiteral("start a campaign"));
        QObject::connect(
            campaigns->monitor(), &CampaignMonitor::actionFinished, &app,
            [&, index](const CampaignAction &action) { end(index, action.ok ? QString() : action.message); });
        campaigns->run(CampaignAction::Kind::Start, campaignId);
    });

    // Done when every action has ended and the lock is gone, or after the hold plus 30 s.
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        const bool allEnded = actions.size() == 5
            && std::all_of(actions.cbegin(), actions.cend(), [](const Action &a) { return a.endedAt >= 0; });
        if ((allEnded && releasedAt > 0) || clock.elapsed() > holdMs + 30000)
            app.quit();
    });
    done.start(50);
    app.exec();
    heartbeat.stop();
    holder.waitForFinished(5000);

    std::printf("lock held by sqlite3 from %.2f s to %.2f s\n", lockedAt / 1000.0, releasedAt / 1000.0);
    bool allAnswered = true;
    for (const Action &a : std::as_const(actions)) {
        const bool busy = a.outcome.contains(QStringLiteral("busy"), Qt::CaseInsensitive);
        const bool ok = a.outcome == QLatin1String("done");
        allAnswered = allAnswered && a.endedAt >= 0 && (ok ? a.endedAt >= releasedAt : busy);
        std::printf("%-18s asked at %5.2f s, answered at %6.2f s: %s\n", qPrintable(a.name), a.startedAt / 1000.0,
                    a.endedAt < 0 ? -1.0 : a.endedAt / 1000.0, qPrintable(a.outcome.left(100)));
    }
    std::printf("longest GUI stall: %lld ms (at %.1f s)\n", longest, longestAt / 1000.0);
    std::printf("every action completed after the lock went, or said the store was busy: %s\n",
                allAnswered && actions.size() == 5 ? "yes" : "NO");
    return allAnswered && actions.size() == 5 && longest <= 50 ? 0 : 1;
}

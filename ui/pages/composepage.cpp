// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "composepage.h"

#include "carriers/carrierservice.h"
#include "common/money.h"
#include "dispatch/dispatcher.h"
#include "dispatch/sendservice.h"
#include "displaytext.h"
#include "models/routepreviewmodel.h"
#include "phone/phonenumberparser.h"
#include "session/session.h"
#include "session/storewatcher.h"
#include "session/storeworker.h"
#include "settings/settings.h"
#include "sms/segmentcounter.h"
#include "widgets/bodycounter.h"
#include "widgets/fielderror.h"
#include "widgets/pageheader.h"
#include "widgets/prefilledtext.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {
const QString lastSenderKey = QStringLiteral("compose/sender");
}

ComposePage::ComposePage(StoreWorker &worker, Settings &settings, Dispatcher *dispatcher, StoreWatcher &watcher,
                         QWidget *parent)
    : Page(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_dispatcher(dispatcher)
    , m_from(new QLineEdit(this))
    , m_to(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_carrier(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_regionLabel(new QLabel(tr("National numbers are &in:"), this))
    , m_counter(new BodyCounter(this))
    , m_preview(new RoutePreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_problems(new FieldError(this))
    , m_sent(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_results(new QTreeWidget(this))
{
    auto *header = new PageHeader(tr("Compose"),
                                  tr("Send one message to one or more numbers now, through your routing "
                                     "rules."),
                                  this);
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    header->addAction(m_send);

    m_from->setPlaceholderText(tr("Sender number or name"));
    m_from->setToolTip(tr("A number such as +15550001111, or a name of up to 11 letters and digits."));
    PrefilledText::suggest(m_from, m_settings.userValue(lastSenderKey).toString()); // the last one used
    // Examples from libphonenumber, so that each is a number of the country it claims.
    m_to->setPlaceholderText(
        tr("One number per line, or separated by commas: %1, %2")
            .arg(PhoneNumberParser::exampleNumber(QStringLiteral("PT"), PhoneNumberParser::ExampleStyle::International),
                 PhoneNumberParser::exampleNumber(QStringLiteral("GB"),
                                                  PhoneNumberParser::ExampleStyle::International)));
    m_to->setTabChangesFocus(true);
    m_to->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_to->setMaximumHeight(90);
    m_body->setPlaceholderText(tr("Your message"));
    m_body->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Message:"), m_body);
    form->addRow(QString(), m_counter);
    form->addRow(tr("C&arrier:"), m_carrier);
    m_region->addItem(tr("Choose their country…"), QString());
    for (const QString &code : PhoneNumberParser::supportedRegions())
        m_region->addItem(PhoneNumberParser::describeRegion(code), code);
    m_regionLabel->setBuddy(m_region);
    form->addRow(m_regionLabel, m_region);
    m_regionLabel->hide();
    m_region->hide();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_problems);
    // A sentence, not a value: it wraps, so its length (and a longer translation) never sets the
    // window's minimum width. Unwrapped, the empty form's hint ("Type one or more numbers …")
    // could widen the window for good if a layout pass came before the first plan.
    m_totals->setWordWrap(true);
    m_sent->setWordWrap(true);
    m_sent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sent->hide();
    leftLayout->addWidget(m_sent);
    leftLayout->addStretch();

    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    // The reason a number is not sent is a sentence; it wraps in its row rather than being cut.
    m_previewView->setWordWrap(true);
    m_previewView->verticalHeader()->setMinimumSectionSize(m_previewView->verticalHeader()->defaultSectionSize());
    connect(m_previewView->horizontalHeader(), &QHeaderView::sectionResized, m_previewView,
            [this] { m_previewView->resizeRowsToContents(); });
    m_results->setHeaderLabels({tr("Message"), tr("Number"), tr("Carrier"), tr("State"), tr("Restcomm SID")});
    m_results->setRootIsDecorated(false);
    // Every column as wide as its contents, the SID (long, and last) taking what is left.
    for (int column = 0; column < 4; ++column)
        m_results->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setUniformRowHeights(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Where it goes</b>"), this));
    rightLayout->addWidget(m_previewView, 3);
    rightLayout->addWidget(m_totals);
    rightLayout->addWidget(new QLabel(tr("<b>Sent from this page</b>"), this));
    rightLayout->addWidget(m_results, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({420, 560});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200ms);
    connect(&m_debounce, &QTimer::timeout, this, &ComposePage::updatePreview);
    auto later = [this] {
        m_planCurrent = false; // Send waits for the preview of what is typed now
        m_send->setEnabled(false);
        m_debounce.start();
    };
    connect(m_from, &QLineEdit::textChanged, this, later);
    connect(m_to, &QPlainTextEdit::textChanged, this, later);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, later);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        // The counter follows every key press; routing waits for a pause.
        m_counter->setReport(SegmentCounter::report(m_body->toPlainText()), m_settings.maxSegments());
        highlightOffenders();
        m_planCurrent = false;
        m_send->setEnabled(false);
        m_debounce.start();
    });
    connect(m_counter, &BodyCounter::fixRequested, this, &ComposePage::replaceTypographic);
    connect(m_region, &QComboBox::activated, this, &ComposePage::regionChosen);
    connect(m_counter, &BodyCounter::stripRequested, this, &ComposePage::stripAccents);
    connect(m_send, &QPushButton::clicked, this, &ComposePage::send);
    connect(&m_worker, &StoreWorker::carriersChanged, this, &ComposePage::reloadCarriers);
    connect(&m_worker, &StoreWorker::rulesChanged, this, &ComposePage::updatePreview);
    connect(&watcher, &StoreWatcher::changedTables, this, [this](const QSet<QString> &tables) {
        if (StoreWatcher::touches(tables, {"messages"}))
            refreshResults();
    });
    reloadCarriers();
    updatePreview();
}

void ComposePage::activate()
{
    reloadCarriers();
    updatePreview();
}

void ComposePage::setPageArgument(const QString &argument)
{
    const QStringList parts = argument.split(QLatin1Char('|'));
    if (parts.size() > 0)
        setRecipients(parts.at(0));
    if (parts.size() > 1)
        setSender(parts.at(1));
    if (parts.size() > 2)
        setBody(parts.mid(2).join(QLatin1Char('|')));
    updatePreview();
}

void ComposePage::reloadCarriers()
{
    m_worker.run(
        this, [](Session &session) { return session.carriers().list(); },
        [this](const Result<CarrierList> &carriers) {
            if (!carriers)
                return; // a busy store: the list stays as it was until the next change
            const QString current = m_carrier->currentData().toString();
            const QSignalBlocker blocker(m_carrier);
            m_carrier->clear();
            m_carrier->addItem(tr("Chosen by the routing rules"), QString());
            m_carrierNames.clear();
            for (const Carrier &c : *carriers) {
                m_carrierNames.insert(c.id, c.name);
                if (c.enabled)
                    m_carrier->addItem(tr("Always %1").arg(c.name), c.name);
            }
            m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(current)));
        });
}

void ComposePage::setRecipients(const QString &text)
{
    m_to->setPlainText(text);
}

void ComposePage::setSender(const QString &text)
{
    m_from->setText(text);
}

void ComposePage::setBody(const QString &text)
{
    m_body->setPlainText(text);
}

QString ComposePage::body() const
{
    return m_body->toPlainText();
}

SendRequest ComposePage::requestFromFields() const
{
    SendRequest request;
    request.recipients = SendService::splitRecipients(m_to->toPlainText());
    request.from = m_from->text().trimmed();
    request.body = m_body->toPlainText();
    request.carrierName = m_carrier->currentData().toString();
    return request;
}

void ComposePage::updatePreview()
{
    m_debounce.stop();
    const int asked = ++m_planAsked;
    m_planCurrent = false;
    m_send->setEnabled(false);
    m_worker.run(
        this,
        [request = requestFromFields()](Session &session) -> Result<SendPlan> { return session.sends().plan(request); },
        [this, asked](const Result<SendPlan> &plan) {
            if (asked != m_planAsked)
                return; // the fields changed meanwhile; that preview comes next
            if (!plan) {
                m_problems->setProblem(plan.errorMessage());
                return;
            }
            showPlan(*plan);
        });
}

void ComposePage::showPlan(const SendPlan &plan)
{
    const SendRequest request = requestFromFields();
    m_preview->setPlan(plan);
    // The last column (the reason) takes what is left and wraps; the others fit their contents.
    for (int column = 0; column + 1 < m_preview->columnCount(); ++column)
        m_previewView->resizeColumnToContents(column);
    m_previewView->resizeRowsToContents();
    m_counter->setReport(SegmentCounter::report(request.body), plan.maxSegments);

    const int sendable = plan.sendableCount();
    if (plan.recipients.isEmpty())
        m_totals->setText(tr("Type one or more numbers to see where each message goes and what it costs."));
    else
        m_totals->setText(tr("%1 · %2 will be sent · %3 in all")
                              .arg(tr("%Ln recipient(s)", nullptr, int(plan.recipients.size())))
                              .arg(sendable)
                              .arg(money::displayWithUnit(plan.totalCostMicros, plan.currency)));
    // Say what is missing only once the operator has started; an empty form is not an error.
    const bool started = !request.body.isEmpty() || !request.recipients.isEmpty();
    m_problems->setProblem(started ? plan.problems.join(QLatin1Char('\n')) : QString());
    m_regionLabel->setVisible(plan.needRegion > 0);
    m_region->setVisible(plan.needRegion > 0);
    m_planCurrent = true;
    m_planSendable = plan.canSend();
    m_repeatWarning = plan.repeatWarning;
    updateSendButton();
    m_send->setText(sendable > 1 ? tr("Send %1 messages").arg(sendable) : tr("Send"));
    Q_EMIT previewShown();
}

void ComposePage::highlightOffenders()
{
    // Mark every character that forces UCS-2, so the operator sees where they are.
    const QList<char32_t> offenders = SegmentCounter::offenders(m_body->toPlainText());
    QList<QTextEdit::ExtraSelection> marks;
    QColor mark = FieldError::errorColor(palette());
    mark.setAlpha(70);
    for (const char32_t offender : offenders) {
        const QString needle = QString::fromUcs4(&offender, 1);
        QTextCursor cursor(m_body->document());
        while (!(cursor = m_body->document()->find(needle, cursor)).isNull()) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setBackground(mark);
            selection.format.setToolTip(tr("This character forces UCS-2."));
            marks.append(selection);
        }
    }
    m_body->setExtraSelections(marks);
}

void ComposePage::regionChosen()
{
    const QString code = m_region->currentData().toString();
    if (code.isEmpty())
        return;
    // The answer is the store's default region from now on, as Settings would set it.
    m_worker.run(
        this, [code](Session &session) { return session.settings().setDefaultRegion(code); },
        [this](const Status &stored) {
            if (!stored) {
                m_problems->setProblem(stored.errorMessage());
                return;
            }
            m_region->setCurrentIndex(0);
            updatePreview();
        });
}

void ComposePage::stripAccents()
{
    BodyCounter::removeAccents(m_body); // the operator saw the result and chose it
}

void ComposePage::replaceTypographic()
{
    BodyCounter::usePlainQuotes(m_body);
}

QString ComposePage::sendSignature() const
{
    return SendService::splitRecipients(m_to->toPlainText()).join(QLatin1Char('\n')) + QChar(0) + m_body->toPlainText();
}

void ComposePage::updateSendButton()
{
    const bool alreadySent = !m_sentSignature.isEmpty() && m_sentSignature == sendSignature();
    m_send->setEnabled(m_planCurrent && m_planSendable && !m_sending && !m_repeatQuestion && !alreadySent);
    m_send->setToolTip(alreadySent ? tr("Already sent. Change the text or the recipients to send again.")
                                   : tr("Send (Ctrl+Enter)"));
    if (!alreadySent && !m_sent->isHidden())
        m_sent->setEnabled(false); // the notice is about the previous send, not what is typed now
}

void ComposePage::send()
{
    if (m_sending || m_repeatQuestion)
        return;
    if (!m_planCurrent || !m_planSendable) {
        Q_EMIT sendFinished(tr("Nothing can be sent yet."));
        return;
    }
    SendRequest request = requestFromFields();
    request.origin = tr("sent from the Compose page");
    if (m_repeatWarning.isEmpty()) {
        enqueue(request);
        return;
    }
    // The same text to the same number minutes ago: most likely a second press by mistake.
    m_repeatQuestion =
        new QMessageBox(QMessageBox::Question, tr("Send it again?"), m_repeatWarning, QMessageBox::Cancel, this);
    m_repeatQuestion->setInformativeText(tr("Sending again spends money on the same message twice."));
    auto *again = m_repeatQuestion->addButton(tr("Send again"), QMessageBox::AcceptRole);
    m_repeatQuestion->setDefaultButton(QMessageBox::Cancel);
    m_repeatQuestion->setAttribute(Qt::WA_DeleteOnClose);
    updateSendButton();
    connect(m_repeatQuestion, &QMessageBox::finished, this, [this, again, request]() mutable {
        const bool confirmed = m_repeatQuestion->clickedButton() == again;
        m_repeatQuestion = nullptr;
        updateSendButton();
        if (!confirmed) {
            Q_EMIT sendFinished(tr("cancelled"));
            return;
        }
        request.allowRepeat = true;
        enqueue(request);
    });
    m_repeatQuestion->open();
}

void ComposePage::enqueue(SendRequest request)
{
    m_sending = true;
    updateSendButton();
    const QString signature = sendSignature();
    m_worker.run(
        this, [request](Session &session) { return session.sends().enqueue(request); },
        [this, from = request.from, signature](const Result<MessageList> &stored) {
            m_sending = false;
            if (!stored) {
                updateSendButton();
                m_problems->setProblem(stored.errorMessage());
                Q_EMIT sendFinished(stored.errorMessage());
                return;
            }
            m_sentSignature = signature;
            updateSendButton();
            m_settings.setUserValue(lastSenderKey, from);
            for (const Message &m : std::as_const(*stored))
                m_sentIds.prepend(m.id);
            showSent(*stored);
            if (m_dispatcher)
                m_dispatcher->wake();
            refreshResults();
            Q_EMIT sendFinished(QString());
        });
}

void ComposePage::showSent(const MessageList &stored)
{
    QStringList queuedTo;
    int rejected = 0;
    for (const Message &m : stored) {
        if (m.state == MessageState::Rejected)
            ++rejected;
        else
            queuedTo.append(m.to);
    }
    QString text;
    if (queuedTo.isEmpty())
        text = tr("Nothing was queued.");
    else if (queuedTo.size() == 1)
        text = tr("Queued 1 message to %1; follow it below.").arg(queuedTo.constFirst());
    else
        text = tr("Queued %Ln messages; follow them below.", nullptr, int(queuedTo.size()));
    if (rejected > 0)
        text += QLatin1Char(' ')
            + tr("%Ln recipient(s) could not be sent to: see the list.", nullptr, displaytext::plural(rejected));
    m_sent->setText(text);
    m_sent->setEnabled(true);
    m_sent->show();
}

QString ComposePage::sentNotice() const
{
    return m_sent->isHidden() ? QString() : m_sent->text();
}

void ComposePage::refreshResults()
{
    if (m_sentIds.isEmpty() || m_refreshing)
        return; // the store watcher asks again at the next change
    m_refreshing = true;
    m_worker.run(
        this,
        [ids = m_sentIds.mid(0, 200)](Session &session) -> Result<MessageList> { return session.sends().current(ids); },
        [this](const Result<MessageList> &messages) {
            m_refreshing = false;
            if (!messages)
                return;
            m_results->clear();
            for (const Message &m : *messages) {
                auto *item = new QTreeWidgetItem(m_results,
                                                 {QString::number(m.id), m.to, m_carrierNames.value(m.carrierId),
                                                  messageStateTitle(m.state), m.providerSid});
                item->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
                if (!m.lastError.isEmpty())
                    item->setToolTip(3, m.lastError);
            }
            Q_EMIT resultsShown();
        });
}

#include "composepage.h"

#include "carriers/carrierservice.h"
#include "common/money.h"
#include "dispatch/dispatcher.h"
#include "dispatch/sendservice.h"
#include "models/routepreviewmodel.h"
#include "settings/settings.h"
#include "sms/segmentcounter.h"
#include "sms/smartencoding.h"
#include "store/storewatcher.h"
#include "widgets/bodycounter.h"
#include "widgets/fielderror.h"
#include "widgets/pageheader.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

ComposePage::ComposePage(SendService &sends, CarrierService &carriers, Settings &settings, Dispatcher *dispatcher,
                         StoreWatcher &watcher, QWidget *parent)
    : Page(parent)
    , m_sends(sends)
    , m_carriers(carriers)
    , m_settings(settings)
    , m_dispatcher(dispatcher)
    , m_from(new QLineEdit(this))
    , m_to(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_carrier(new QComboBox(this))
    , m_counter(new BodyCounter(this))
    , m_preview(new RoutePreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_problems(new FieldError(this))
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

    m_from->setPlaceholderText(tr("+15550001111 or a name of up to 11 characters"));
    m_from->setText(m_settings.userValue(lastSenderKey).toString());
    m_to->setPlaceholderText(tr("One number per line, or separated by commas: +351 912 345 678, +44 7911 123456"));
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
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_problems);
    leftLayout->addStretch();

    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setWordWrap(false);
    m_results->setHeaderLabels({tr("Message"), tr("Number"), tr("Carrier"), tr("State"), tr("Restcomm SID")});
    m_results->setRootIsDecorated(false);
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
        m_debounce.start();
    };
    connect(m_from, &QLineEdit::textChanged, this, later);
    connect(m_to, &QPlainTextEdit::textChanged, this, later);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, later);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        // The counter follows every key press; routing waits for a pause.
        m_counter->setReport(SegmentCounter::report(m_body->toPlainText()), m_settings.maxSegments());
        highlightOffenders();
        m_debounce.start();
    });
    connect(m_counter, &BodyCounter::fixRequested, this, &ComposePage::replaceTypographic);
    connect(m_send, &QPushButton::clicked, this, [this] { (void)send(); });
    connect(&m_carriers, &CarrierService::changed, this, &ComposePage::reloadCarriers);
    connect(&watcher, &StoreWatcher::changed, this, &ComposePage::refreshResults);
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
    const QString current = m_carrier->currentData().toString();
    const QSignalBlocker blocker(m_carrier);
    m_carrier->clear();
    m_carrier->addItem(tr("Chosen by the routing rules"), QString());
    if (auto carriers = m_carriers.list()) {
        for (const Carrier &c : *carriers) {
            if (c.enabled)
                m_carrier->addItem(tr("Always %1").arg(c.name), c.name);
        }
    }
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(current)));
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

void ComposePage::updatePreview()
{
    m_debounce.stop();
    SendRequest request;
    request.recipients = SendService::splitRecipients(m_to->toPlainText());
    request.from = m_from->text().trimmed();
    request.body = m_body->toPlainText();
    request.carrierName = m_carrier->currentData().toString();
    const SendPlan plan = m_sends.plan(request);
    m_preview->setPlan(plan);
    m_previewView->resizeColumnsToContents();
    m_counter->setReport(SegmentCounter::report(request.body), plan.maxSegments);

    const int sendable = plan.sendableCount();
    if (plan.recipients.isEmpty())
        m_totals->setText(tr("Type one or more numbers to see where each message goes and what it costs."));
    else
        m_totals->setText(
            tr("%1 · %2 will be sent · %3 in all")
                .arg(plan.recipients.size() == 1 ? tr("1 recipient") : tr("%1 recipients").arg(plan.recipients.size()))
                .arg(sendable)
                .arg(money::formatWithUnit(plan.totalCostMicros, plan.currency)));
    // Say what is missing only once the operator has started; an empty form is not an error.
    const bool started = !request.body.isEmpty() || !request.recipients.isEmpty();
    m_problems->setProblem(started ? plan.problems.join(QLatin1Char('\n')) : QString());
    m_send->setEnabled(plan.canSend());
    m_send->setText(sendable > 1 ? tr("Send %1 messages").arg(sendable) : tr("Send"));
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

void ComposePage::replaceTypographic()
{
    const SmartEncoding::Fixed fixed = SmartEncoding::apply(m_body->toPlainText());
    if (fixed.replacements == 0)
        return;
    QTextCursor cursor(m_body->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(fixed.text); // one undo step, so Ctrl+Z brings the original back
}

QString ComposePage::send()
{
    updatePreview();
    if (!m_send->isEnabled())
        return tr("Nothing can be sent yet.");
    SendRequest request;
    request.recipients = SendService::splitRecipients(m_to->toPlainText());
    request.from = m_from->text().trimmed();
    request.body = m_body->toPlainText();
    request.carrierName = m_carrier->currentData().toString();
    request.origin = tr("sent from the Compose page");
    auto stored = m_sends.enqueue(request);
    if (!stored) {
        m_problems->setProblem(stored.errorMessage());
        return stored.errorMessage();
    }
    m_settings.setUserValue(lastSenderKey, request.from);
    for (const Message &m : std::as_const(*stored))
        m_sentIds.prepend(m.id);
    if (m_dispatcher)
        m_dispatcher->wake();
    refreshResults();
    return {};
}

void ComposePage::refreshResults()
{
    if (m_sentIds.isEmpty())
        return;
    QHash<qint64, QString> names;
    if (auto carriers = m_carriers.list()) {
        for (const Carrier &c : *carriers)
            names.insert(c.id, c.name);
    }
    m_results->clear();
    for (const Message &m : m_sends.current(m_sentIds.mid(0, 200))) {
        auto *item = new QTreeWidgetItem(
            m_results,
            {QString::number(m.id), m.to, names.value(m.carrierId), messageStateName(m.state), m.providerSid});
        item->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (!m.lastError.isEmpty())
            item->setToolTip(3, m.lastError);
    }
}

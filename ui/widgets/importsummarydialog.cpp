// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString counts(const ImportReport &report)
{
    QStringList parts;
    if (report.carriersAdded > 0)
        parts.append(ImportSummaryDialog::tr("%n carrier(s) added", nullptr, report.carriersAdded));
    parts.append(ImportSummaryDialog::tr("%n rule(s) added", nullptr, report.rulesAdded));
    if (report.rulesUpdated > 0 || report.rulesUnchanged > 0)
        parts.append(ImportSummaryDialog::tr("%n updated", nullptr, report.rulesUpdated));
    if (report.rulesUnchanged > 0)
        parts.append(ImportSummaryDialog::tr("%n unchanged", nullptr, report.rulesUnchanged));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const QString &what, const QString &path, const ImportReport &report,
                                         QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    const QString file = QFileInfo(path).fileName();
    setWindowTitle(report.ok() ? tr("Imported %1").arg(what) : tr("%1 not imported").arg(what));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()
            ->standardIcon(report.ok() ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning, nullptr, this)
            .pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    if (report.ok()) {
        m_headline->setText(tr("Imported %1: %2.").arg(file, counts(report)));
    } else if (report.failureKind == Error::Kind::Failed) {
        m_headline->setText(tr("%1 could not be imported, and nothing was changed: the store or the keychain "
                               "failed. Try again; if it fails again, check the disk and the keychain.")
                                .arg(file));
    } else {
        m_headline->setText(tr("Nothing was imported: %1 has %n problem(s). Fix them in the file and import it "
                               "again.",
                               nullptr, int(report.problems.size()))
                                .arg(file));
    }
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Escaped text in a small table: keys and line numbers in one column, messages in the other.
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&html](const QString &where, const QString &text) {
        html += QStringLiteral("<tr><td style=\"white-space:nowrap\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(where.toHtmlEscaped(), text.toHtmlEscaped());
    };
    if (report.ok()) {
        for (const QString &line : report.summary)
            row(QString(), line);
    } else {
        for (const ImportProblem &problem : report.problems)
            row(problem.where, problem.message);
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_details->setOpenLinks(false);
    // A rate card's summary is the counts already in the headline.
    m_details->setVisible(!report.ok() || report.carriersAdded > 0 || report.summary.size() > 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the text above, to fix the file or to send it to someone."));

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(headline() + QLatin1Char('\n') + details()); });
    m_headline->setMinimumWidth(420);
    if (m_details->isVisibleTo(this))
        resize(720, report.ok() ? 300 : 420);
}

QString ImportSummaryDialog::headline() const
{
    return m_headline->text();
}

QString ImportSummaryDialog::details() const
{
    return m_details->toPlainText();
}

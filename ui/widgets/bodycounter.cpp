// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "bodycounter.h"

#include "fielderror.h"
#include "sms/accentstripping.h"
#include "sms/smartencoding.h"
#include "stackingrow.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

BodyCounter::BodyCounter(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_fix(new QPushButton(tr("Use plain quotes and dashes"), this))
    , m_strip(new QPushButton(tr("Remove accents…"), this))
{
    m_strip->setToolTip(tr("See the text with ã, á, ç and the like as plain letters, which GSM-7 can send, and "
                           "choose whether to use it."));
    m_warning->setWordWrap(true);
    QPalette pal = m_warning->palette();
    pal.setColor(QPalette::WindowText, FieldError::errorColor(pal));
    m_warning->setPalette(pal);
    m_fix->setToolTip(tr("Replace typographic quotes, dashes, ellipses and special spaces with their plain GSM-7 "
                         "equivalents."));
    // The warning across the width, the fixes under it: beside it, two buttons squeezed the
    // sentence into a column a word wide. Under it they stack when a language makes them long.
    auto *fixes = new StackingRow(this);
    fixes->addWidget(m_fix);
    fixes->addWidget(m_strip);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(fixes);
    connect(m_fix, &QPushButton::clicked, this, &BodyCounter::fixRequested);
    connect(m_strip, &QPushButton::clicked, this, &BodyCounter::askToStrip);
    setReport(EncodingReport(), 10);
}

QString BodyCounter::describe(const SegmentInfo &info)
{
    const QString characters = tr("%n character(s)", nullptr, info.characters);
    const QString segments = tr("%n segment(s)", nullptr, info.segments);
    return tr("%1 · %2 · %3 (%4 left)").arg(characters, smsEncodingName(info.encoding), segments).arg(info.remaining);
}

QString BodyCounter::describeOffender(const EncodingReport &report)
{
    if (!report.info.hasOffender())
        return {};
    auto shown = [](char32_t c) {
        const QString character = QString::fromUcs4(&c, 1);
        return character.trimmed().isEmpty() ? QStringLiteral("U+%1").arg(quint32(c), 4, 16, QLatin1Char('0')).toUpper()
                                             : character;
    };
    QString text;
    if (report.offenders.size() <= 1) {
        text = tr("%1 at position %2 forces UCS-2")
                   .arg(shown(report.info.firstOffender))
                   .arg(report.info.firstOffenderPosition());
    } else {
        QStringList names;
        for (const char32_t c : report.offenders)
            names.append(shown(c));
        const QString last = names.takeLast();
        text = tr("%1 and %2 force UCS-2 (the first at position %3)")
                   .arg(names.join(QStringLiteral(", ")), last)
                   .arg(report.info.firstOffenderPosition());
    }
    const SegmentInfo *better = report.fixMakesGsm7() ? &report.fixed
        : report.strippingMakesGsm7()                 ? &report.stripped
                                                      : nullptr;
    if (better && better->segments != report.info.segments)
        text += tr(" — %1 segments instead of %2").arg(report.info.segments).arg(better->segments);
    else if (better)
        text += tr(" — 70 characters per segment instead of 160");
    return text;
}

void BodyCounter::setReport(const EncodingReport &report, int maxSegments)
{
    QString summary = report.info.isEmpty() ? tr("0 characters") : describe(report.info);
    if (report.info.segments > maxSegments)
        summary += tr(" — over the limit of %1 segments").arg(maxSegments);
    m_summary->setText(summary);
    const QString warning = describeOffender(report);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_fix->setVisible(report.replacements > 0 && !warning.isEmpty());
    // Accents are offered only when the plain-quotes fix is not enough on its own.
    m_strip->setVisible(report.strippingMakesGsm7() && !report.fixMakesGsm7());
    m_report = report;
}

namespace {

bool replaceAll(QPlainTextEdit *edit, const SmartEncoding::Fixed &fixed)
{
    if (fixed.replacements == 0)
        return false;
    QTextCursor cursor(edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(fixed.text); // one undo step
    return true;
}

} // namespace

bool BodyCounter::usePlainQuotes(QPlainTextEdit *edit)
{
    return replaceAll(edit, SmartEncoding::apply(edit->toPlainText()));
}

bool BodyCounter::removeAccents(QPlainTextEdit *edit)
{
    const SmartEncoding::Fixed plain = SmartEncoding::apply(edit->toPlainText());
    SmartEncoding::Fixed stripped = AccentStripping::apply(plain.text);
    stripped.replacements += plain.replacements;
    return replaceAll(edit, stripped);
}

void BodyCounter::askToStrip()
{
    if ((m_stripQuestion && m_stripQuestion->isVisible()) || m_report.strippedText.isEmpty())
        return;
    m_stripQuestion = new QMessageBox(QMessageBox::Question, tr("Remove accents?"),
                                      tr("Without accents the text would read:"), QMessageBox::Cancel, this);
    m_stripQuestion->setInformativeText(
        tr("%1\n\n%2 instead of %3. Removing accents changes words: read it before you choose it.")
            .arg(m_report.strippedText, describe(m_report.stripped), describe(m_report.info)));
    QPushButton *use = m_stripQuestion->addButton(tr("Use this text"), QMessageBox::AcceptRole);
    m_stripQuestion->setDefaultButton(QMessageBox::Cancel);
    m_stripQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_stripQuestion, &QMessageBox::finished, this, [this, use] {
        if (m_stripQuestion->clickedButton() == use)
            Q_EMIT stripRequested();
    });
    m_stripQuestion->open();
}

QString BodyCounter::text() const
{
    return m_summary->text();
}

QString BodyCounter::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

#include "bodycounter.h"

#include "fielderror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BodyCounter::BodyCounter(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_fix(new QPushButton(tr("Use plain quotes and dashes"), this))
{
    m_warning->setWordWrap(true);
    QPalette pal = m_warning->palette();
    pal.setColor(QPalette::WindowText, FieldError::errorColor(pal));
    m_warning->setPalette(pal);
    m_fix->setToolTip(tr("Replace typographic quotes, dashes, ellipses and special spaces with their plain GSM-7 "
                         "equivalents."));
    auto *warningRow = new QHBoxLayout;
    warningRow->setContentsMargins(0, 0, 0, 0);
    warningRow->addWidget(m_warning, 1);
    warningRow->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addLayout(warningRow);
    connect(m_fix, &QPushButton::clicked, this, &BodyCounter::fixRequested);
    setReport(EncodingReport(), 10);
}

QString BodyCounter::describe(const SegmentInfo &info)
{
    const QString characters = info.characters == 1 ? tr("1 character") : tr("%1 characters").arg(info.characters);
    const QString segments = info.segments == 1 ? tr("1 segment") : tr("%1 segments").arg(info.segments);
    return tr("%1 · %2 · %3 (%4 left)").arg(characters, smsEncodingName(info.encoding), segments).arg(info.remaining);
}

QString BodyCounter::describeOffender(const EncodingReport &report)
{
    if (!report.info.hasOffender())
        return {};
    const QString character = report.info.firstOffenderText();
    const QString shown = character.trimmed().isEmpty()
        ? QStringLiteral("U+%1").arg(quint32(report.info.firstOffender), 4, 16, QLatin1Char('0')).toUpper()
        : character;
    QString text = tr("%1 at position %2 forces UCS-2").arg(shown).arg(report.info.firstOffenderPosition());
    if (report.offenders.size() > 1)
        text += tr(" (and %1 more)").arg(report.offenders.size() - 1);
    if (report.fixMakesGsm7() && report.fixed.segments != report.info.segments)
        text += tr(" — %1 segments instead of %2").arg(report.info.segments).arg(report.fixed.segments);
    else if (report.fixMakesGsm7())
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
}

QString BodyCounter::text() const
{
    return m_summary->text();
}

QString BodyCounter::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

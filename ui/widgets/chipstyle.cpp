// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "chipstyle.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace {

constexpr int horizontalPadding = 7;
constexpr int verticalPadding = 1;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// `hue` over `base` at `amount` (0–1).
QColor mix(const QColor &hue, const QColor &base, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (hue.redF() - base.redF()) * amount),
                            float(base.greenF() + (hue.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (hue.blueF() - base.blueF()) * amount));
}

ChipStyle filled(const QColor &hue, const QPalette &palette)
{
    const bool dark = isDark(palette);
    ChipStyle style;
    style.fill = mix(hue, palette.color(QPalette::Base), dark ? 0.42 : 0.20);
    style.border = dark ? hue.lighter(130) : hue;
    style.text = palette.color(QPalette::Text);
    return style;
}

ChipStyle outlined(const QColor &hue, const QPalette &palette)
{
    ChipStyle style = filled(hue, palette);
    style.fill = Qt::transparent;
    return style;
}

QFont chipFont(const QFont &font, const ChipStyle &style)
{
    QFont f = font;
    f.setBold(style.bold);
    f.setStrikeOut(style.strikeOut);
    return f;
}

} // namespace

QColor ChipStyle::stateHue(MessageState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case MessageState::Pending:
    case MessageState::Queued:
    case MessageState::Cancelled:
        return dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x80, 0x86, 0x8b);
    case MessageState::Submitting:
    case MessageState::Sent:
        return dark ? QColor(0x5b, 0x9b, 0xf5) : QColor(0x1f, 0x63, 0xd6);
    case MessageState::Delivered:
        return dark ? QColor(0x4c, 0xc2, 0x6a) : QColor(0x1e, 0x8e, 0x3e);
    case MessageState::Undelivered:
        return dark ? QColor(0xf2, 0x9b, 0x38) : QColor(0xe3, 0x74, 0x00);
    case MessageState::Failed:
        return dark ? QColor(0xff, 0x6b, 0x61) : QColor(0xd0, 0x2b, 0x2b);
    case MessageState::Unknown:
        return dark ? QColor(0xc0, 0x84, 0xfc) : QColor(0x84, 0x30, 0xc8);
    case MessageState::Rejected:
        return dark ? QColor(0x70, 0x74, 0x78) : QColor(0x4a, 0x4e, 0x52);
    }
    return palette.color(QPalette::Mid);
}

ChipStyle ChipStyle::forState(MessageState state, const QPalette &palette)
{
    const QColor hue = stateHue(state, palette);
    ChipStyle style;
    switch (state) {
    case MessageState::Pending:
    case MessageState::Sent:
        style = outlined(hue, palette);
        break;
    case MessageState::Rejected:
        // Dark grey: a stronger fill than the other greys so it is told from queued.
        style = filled(hue, palette);
        style.fill = mix(hue, palette.color(QPalette::Base), isDark(palette) ? 0.65 : 0.35);
        break;
    default:
        style = filled(hue, palette);
        break;
    }
    style.bold = state == MessageState::Unknown;
    style.strikeOut = state == MessageState::Cancelled;
    return style;
}

ChipStyle ChipStyle::forCampaignState(CampaignState state, const QPalette &palette)
{
    switch (state) {
    case CampaignState::Importing:
        return forState(MessageState::Queued, palette);
    case CampaignState::Draft:
        return forState(MessageState::Pending, palette);
    case CampaignState::Scheduled:
        return forState(MessageState::Sent, palette);
    case CampaignState::Running:
        return forState(MessageState::Submitting, palette);
    case CampaignState::Paused:
        return forState(MessageState::Undelivered, palette);
    case CampaignState::Completed:
        return forState(MessageState::Delivered, palette);
    case CampaignState::Cancelled:
        return forState(MessageState::Cancelled, palette);
    }
    return forState(MessageState::Pending, palette);
}

ChipStyle ChipStyle::forHealth(const QString &health, const QPalette &palette)
{
    if (health == QLatin1String("ok"))
        return filled(stateHue(MessageState::Delivered, palette), palette);
    if (health == QLatin1String("throttled"))
        return filled(stateHue(MessageState::Undelivered, palette), palette);
    if (health == QLatin1String("probing"))
        return outlined(stateHue(MessageState::Submitting, palette), palette);
    if (health == QLatin1String("breaker open") || health == QLatin1String("no token")
        || health == QLatin1String("failing")) {
        ChipStyle style = filled(stateHue(MessageState::Failed, palette), palette);
        style.bold = true;
        return style;
    }
    return filled(stateHue(MessageState::Queued, palette), palette); // disabled, paused, …
}

ChipStyle ChipStyle::forStopReply(const QPalette &palette)
{
    ChipStyle style = filled(stateHue(MessageState::Failed, palette), palette);
    style.bold = true;
    return style;
}

QSize ChipStyle::sizeFor(const QString &text, const QFont &font) const
{
    // Rounded up, plus a pixel: elidedText() measures fractional advances and would cut a word
    // that an integer width says fits.
    const QFontMetricsF metrics(chipFont(font, *this));
    return {int(std::ceil(metrics.horizontalAdvance(text))) + 1 + 2 * horizontalPadding,
            int(std::ceil(metrics.height())) + 2 * verticalPadding};
}

int ChipStyle::widestStateChip(const QPalette &palette, const QFont &font)
{
    int widest = 0;
    for (int state = 0; state <= int(MessageState::Cancelled); ++state) {
        const auto s = MessageState(state);
        widest = std::max(widest, forState(s, palette).sizeFor(messageStateTitle(s), font).width());
    }
    return widest;
}

void ChipStyle::paint(QPainter &painter, const QRect &area, const QString &text, const QFont &font) const
{
    const QFont f = chipFont(font, *this);
    const QFontMetrics metrics(f);
    QSize size = sizeFor(text, font);
    const bool clipped = size.width() > area.width();
    size.setWidth(std::min(size.width(), area.width()));
    size.setHeight(std::min(size.height(), area.height()));
    const QRect chip(area.left(), area.top() + (area.height() - size.height()) / 2, size.width(), size.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    const qreal radius = chip.height() / 2.0;
    painter.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.setFont(f);
    painter.setPen(this->text);
    const QRect textRect = chip.adjusted(horizontalPadding, 0, -horizontalPadding, 0);
    painter.drawText(textRect, Qt::AlignCenter,
                     clipped ? metrics.elidedText(text, Qt::ElideRight, textRect.width()) : text);
    painter.restore();
}

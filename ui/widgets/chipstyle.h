// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/campaign.h"
#include "messages/messagestate.h"

#include <QColor>
#include <QFont>
#include <QRect>
#include <QString>

class QPainter;
class QPalette;

/// How a small coloured chip with a word looks: message states in the delivery log, carrier
/// health in its side panel. The word always carries the meaning; the colour only helps.
struct ChipStyle
{
    QColor fill; ///< transparent for an outline chip
    QColor border;
    QColor text;
    bool bold = false;
    bool strikeOut = false;

    /// The state colours of the ui-guide, mixed with the palette so the chip reads on a light
    /// and on a dark one: the fill is the hue over the base colour, the text the palette's own.
    static ChipStyle forState(MessageState state, const QPalette &palette);
    /// A campaign's state in the colours of the message state it is closest to: draft like
    /// pending, scheduled like sent (blue outline), running like submitting (blue), paused like
    /// undelivered (orange), completed like delivered (green), cancelled grey and struck out.
    static ChipStyle forCampaignState(CampaignState state, const QPalette &palette);
    /// Carrier health words from DispatchStatus ("ok", "throttled", "breaker open", …).
    static ChipStyle forHealth(const QString &health, const QPalette &palette);
    /// A reply that asked to stop ("STOP"): red and bold like a failure, a person should know.
    static ChipStyle forStopReply(const QPalette &palette);
    /// The hue of a state, for charts and legends that should match the chips.
    static QColor stateHue(MessageState state, const QPalette &palette);

    /// The chip's size for `text` in `font` (which paint() adjusts for bold and strike-out).
    QSize sizeFor(const QString &text, const QFont &font) const;
    /// The width of the widest message-state chip in the language spoken now: what a state
    /// column needs to show every state whole.
    static int widestStateChip(const QPalette &palette, const QFont &font);
    /// Draws the chip at the left of `area`, vertically centred, elided if it does not fit.
    void paint(QPainter &painter, const QRect &area, const QString &text, const QFont &font) const;
};
